/**
 * # The import check's child process
 *
 * Main definitions: the entry point forked by `importCheck.ts`: it receives `{ files }`, loads the
 * claim kit once, then imports each file in order, announcing `{ start: i }` before file i, and
 * answers `{ end: true }` when every import has finished (thrown or not).
 *
 * Main statements: it never outlives its parent — it exits on IPC `disconnect`, and a watchdog
 * thread kills it when the parent id changes (a parent killed with SIGKILL sends nothing; a module
 * looping at import blocks this process's event loop, not the thread). It installs no signal
 * handler, so SIGINT/SIGTERM end it at once.
 */
import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const watchdog = new Worker(
  `const { workerData } = require('node:worker_threads');
   setInterval(() => { if (process.ppid !== workerData.ppid) process.kill(workerData.pid, 'SIGKILL'); }, 200);`,
  { eval: true, workerData: { ppid: process.ppid, pid: process.pid } },
);
watchdog.unref();

process.on('disconnect', () => process.exit(0));

process.on('message', (msg: { files: string[] }) => {
  void (async () => {
    if (
      !fileURLToPath(import.meta.url).endsWith('.ts') &&
      msg.files.some((f) => extname(f) === '.ts' || extname(f) === '.mts')
    ) {
      try {
        ((await import('tsx/esm/api')) as { register: () => unknown }).register();
      } catch {
        /* the registry reports a missing TypeScript loader itself */
      }
    }
    try {
      // the claim kit once, before the per-file clock starts
      await import('../index.js');
    } catch {
      /* a broken kit shows in every claim's own import */
    }
    for (let i = 0; i < msg.files.length; i++) {
      process.send!({ start: i });
      try {
        await import(pathToFileURL(msg.files[i]!).href);
      } catch {
        /* a throw is the registry's to report (it imports the file again) */
      }
    }
    process.send!({ end: true });
  })();
});
