/**
 * # A small process pool for running claims on every core
 *
 * Main definitions: {@link runPool} — runs jobs on `jobs` forked workers (TypeScript through tsx's
 * loader), reports each finished job, kills a worker that exceeds its hard limit (the claim's budget
 * plus a grace period) and reports that claim as a timeout.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunOptions, RunRecord } from '../claims/runClaim.js';

/** The outcome of one job. */
export type PoolResult = { ok: true; rec: RunRecord } | { ok: false; id: string; error: string; timeout?: boolean };

// under tsx the worker is TypeScript (loaded through tsx); in the compiled package it is plain JS
const fromSource = import.meta.url.endsWith('.ts');
const workerPath = fileURLToPath(new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url));

/** Live workers, so that an interrupt can kill them. */
export const liveWorkers = new Set<ChildProcess>();

/** Run the claims `ids` on `jobs` workers; `onDone` sees each result as it arrives. */
export async function runPool(
  ids: readonly string[],
  opts: Omit<RunOptions, 'pinned'>,
  dir: string,
  jobs: number,
  onStart: (id: string) => void,
  onDone: (r: PoolResult) => void,
): Promise<PoolResult[]> {
  const queue = [...ids];
  const results: PoolResult[] = [];
  const graceMs = 60_000;
  const worker = async (): Promise<void> => {
    while (queue.length > 0) {
      const child = fork(workerPath, [], { execArgv: fromSource ? ['--import', 'tsx'] : [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      liveWorkers.add(child);
      await new Promise<void>((res) => child.once('message', () => res()));
      // one worker process serves jobs until the queue is empty (or it must be killed)
      let alive = true;
      while (alive && queue.length > 0) {
        const id = queue.shift()!;
        onStart(id);
        const r = await new Promise<PoolResult>((resolve) => {
          const timer = setTimeout(() => {
            alive = false;
            child.kill('SIGKILL');
            resolve({ ok: false, id, error: `exceeded the hard limit of ${opts.budgetMs + graceMs} ms`, timeout: true });
          }, opts.budgetMs + graceMs);
          const onExit = (code: number | null) => {
            clearTimeout(timer);
            alive = false;
            resolve({ ok: false, id, error: `worker exited with code ${code}` });
          };
          child.once('exit', onExit);
          child.once('message', (m: PoolResult) => {
            clearTimeout(timer);
            child.off('exit', onExit);
            resolve(m);
          });
          child.send({ id, opts, dir });
        });
        results.push(r);
        onDone(r);
      }
      if (alive) child.kill();
      liveWorkers.delete(child);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, () => worker()));
  return results;
}
