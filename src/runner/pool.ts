/**
 * # A small process pool for running claims on every core
 *
 * Main definitions: {@link runPool} — runs jobs on `jobs` forked workers (TypeScript through tsx's
 * in-process loader), or in this process one after another when `jobs` is 0; reports each finished
 * job, kills a worker that exceeds its hard limit (the claim's budget plus a grace period) and
 * reports that claim as a timeout; {@link stopWorkers} —
 * forwards a signal to every live worker (used by the interrupt handler).
 *
 * Implementation notes: the hard limit is the budget plus the SMT budget plus a grace period of
 * max(10 s, the budget), capped at 60 s (loading the SMT engine in a fresh worker takes seconds): claims check their
 * deadline themselves (fast-check's time limit, `checkDeadline` in statistical loops), so the hard
 * kill only catches a claim stuck in one long step. Workers exit when the parent dies (see worker.ts).
 * A worker ended by SIGINT/SIGTERM/SIGHUP is reported after a grace period (see `INTERRUPTS`), so
 * a Ctrl-C that reaches the workers before the parent's handler ends the run with one line.
 * In-process (`jobs` = 0: for a debugger or a profiler, and for tests that already hold the
 * modules) there is no hard limit — the claims' own deadlines still apply — and no process start-up;
 * forked and in-process runs give the same records (both go through `runJob`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunOptions } from './runOptions.js';
import type { PoolResult } from './poolResult.js';
import { runJob } from './runJob.js';

export type { PoolResult };

const here = fileURLToPath(import.meta.url);
const workerPath = here.replace(/pool\.(ts|js)$/, (_m, ext: string) => `worker.${ext}`);

/**
 * Signals that stop a whole run when they reach its process group (Ctrl-C in a terminal, a CI
 * runner's SIGTERM): the parent handles them too, and exits with one line. A worker ended by one of
 * them is reported only after {@link INTERRUPT_GRACE_MS}, so that the parent's own handler — queued
 * behind the worker's exit in the same event-loop turn — runs first and no claim is printed as "not
 * judged" on the way out. A worker ended by such a signal while the parent is not (someone killed
 * the worker alone) is reported as before, after the grace period.
 */
const INTERRUPTS: ReadonlySet<string> = new Set(['SIGINT', 'SIGTERM', 'SIGHUP']);
/** See {@link INTERRUPTS}: long enough for a pending signal of the parent, short against a claim's run. */
export const INTERRUPT_GRACE_MS = 500;
const graceIfInterrupted = (sig: string | null): Promise<void> =>
  sig !== null && INTERRUPTS.has(sig) ? new Promise((r) => setTimeout(r, INTERRUPT_GRACE_MS)) : Promise.resolve();

/** Live workers, so that an interrupt can stop them. */
export const liveWorkers = new Set<ChildProcess>();
let stopping = false;

/** Send `signal` to every live worker and start no new one. */
export function stopWorkers(signal: NodeJS.Signals = 'SIGTERM'): void {
  stopping = true;
  for (const w of liveWorkers) {
    try {
      w.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Settings a worker needs besides the claim id. */
export interface PoolSettings {
  readonly opts: Omit<RunOptions, 'pinned'>;
  /** The report folder (its stored counterexamples are re-run as regression inputs). */
  readonly dir: string;
  /** Researchers' claim folders (`--claims-dir`). */
  readonly claimsDirs: readonly string[];
}

/** Run the claims `ids` on `jobs` workers (0: in this process); `onDone` sees each result as it arrives. */
export async function runPool(
  ids: readonly string[],
  settings: PoolSettings,
  jobs: number,
  onStart: (id: string) => void,
  onDone: (r: PoolResult) => void,
): Promise<PoolResult[]> {
  const { opts } = settings;
  const queue = [...ids];
  const results: PoolResult[] = [];
  const graceMs = Math.min(60_000, Math.max(10_000, opts.budgetMs));
  // the claim's budget, then its SMT budget (a separate phase), then the grace period
  const limitMs = opts.budgetMs + (opts.smtBudgetMs ?? 0) + graceMs;
  if (jobs === 0) {
    for (const id of ids) {
      if (stopping) break;
      onStart(id);
      const r = await runJob({ id, opts, dir: settings.dir }, settings.claimsDirs);
      results.push(r);
      onDone(r);
    }
    return results;
  }
  const execArgv = here.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const worker = async (): Promise<void> => {
    while (queue.length > 0 && !stopping) {
      const child = fork(workerPath, [JSON.stringify(settings.claimsDirs)], {
        execArgv,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.on('error', () => undefined); // a send to a worker that just died: its 'exit' reports the job
      liveWorkers.add(child);
      const ready = await new Promise<boolean>((res) => {
        child.once('message', () => res(true));
        child.once('exit', (_code, sig) => void graceIfInterrupted(sig).then(() => res(false)));
      });
      // one worker process serves jobs until the queue is empty (or it must be killed)
      let alive = ready;
      while (alive && queue.length > 0 && !stopping) {
        const id = queue.shift()!;
        onStart(id);
        const r = await new Promise<PoolResult>((resolve) => {
          const timer = setTimeout(() => {
            alive = false;
            child.kill('SIGKILL');
            resolve({ ok: false, id, error: `exceeded the hard limit of ${limitMs} ms`, timeout: true });
          }, limitMs);
          const onExit = (code: number | null, sig: string | null) => {
            clearTimeout(timer);
            alive = false;
            void graceIfInterrupted(sig).then(() =>
              resolve({ ok: false, id, error: `worker exited with ${sig ? `signal ${sig}` : `code ${code}`}` }),
            );
          };
          child.once('exit', onExit);
          child.once('message', (m: PoolResult & { fatal?: boolean }) => {
            clearTimeout(timer);
            child.off('exit', onExit);
            if (m.fatal) alive = false; // the worker reported a crash and exits: the next job gets a new one
            const { fatal: _f, ...r } = m;
            resolve(r as PoolResult);
          });
          child.send({ id, opts, dir: settings.dir });
        });
        results.push(r);
        onDone(r);
      }
      if (alive) child.kill();
      liveWorkers.delete(child);
      if (!ready && !stopping) {
        // a worker that cannot start would fail every job: report them instead of looping
        for (const id of queue.splice(0)) {
          const r: PoolResult = { ok: false, id, error: 'the worker process failed to start' };
          results.push(r);
          onDone(r);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, ids.length)) }, () => worker()));
  return results;
}
