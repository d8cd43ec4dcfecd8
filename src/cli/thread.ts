/**
 * # A command's long computation on a worker thread
 *
 * Main definitions: {@link runOnThread}(moduleFile, data, onLine) — starts `moduleFile` as a worker
 * thread with `workerData = data`, passes the `{ line }` messages it posts to `onLine`, and resolves
 * with the `{ result }` it posts (rejects with its error, or when it exits without one).
 *
 * Main statements: while the thread computes, the command's main thread is idle, so SIGINT/SIGTERM
 * run the command's handler at once (a synchronous loop on the main thread never runs a signal
 * handler); exiting the process ends the thread.
 *
 * Implementation notes: from the TypeScript sources (tsx), the thread registers tsx's loader before
 * importing the module: loader hooks of the main thread do not reach worker threads on Node 20.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

/** Run `moduleFile` on a worker thread (see the module header). */
export function runOnThread<T>(moduleFile: string, data: unknown, onLine: (line: string) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const w = moduleFile.endsWith('.ts')
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(moduleFile).href)}); })`,
          { eval: true, workerData: data },
        )
      : new Worker(moduleFile, { workerData: data });
    let answered = false;
    w.on('message', (m: { line?: string; result?: T }) => {
      if (m.line !== undefined) onLine(m.line);
      if (m.result !== undefined) {
        answered = true;
        resolve(m.result);
      }
    });
    w.on('error', (e) => {
      answered = true;
      reject(e);
    });
    w.on('exit', (code) => {
      if (!answered) reject(new Error(`the computation's thread exited with code ${code}`));
    });
  });
}
