/**
 * # Worker process of the claim runner
 *
 * Says it is ready, then receives `{ id, opts, dir }` messages, imports that claim (from the
 * built-ins or the `--claims-dir` folders given as its argument; `loadClaim`), runs it and answers
 * with its {@link RunRecord} (see `runJob.ts`). Stored counterexamples of `dir` are handed to the runner as `pinned`
 * regression inputs (re-run apart from the seeded search).
 *
 * Main statements: a worker never outlives its parent. It exits on IPC `disconnect` (the parent
 * exited or closed the channel), and a watchdog thread checks the parent id every 200 ms and kills
 * the worker when the parent is gone (a parent killed with SIGKILL sends nothing) — from a thread,
 * because a claim computing synchronously blocks this process's event loop. SIGINT/SIGTERM keep
 * their default action (terminate at once); the parent forwards them.
 */
import { Worker } from 'node:worker_threads';
import { oneLine, runJob, type Job } from './runJob.js';
import { parseJsonText } from '../util/safeJson.js';
import { failRunningSmtPhase } from './smtPhase.js';

/** The claim folders come as the first argument (JSON). */
const claimsDirs = parseJsonText(process.argv[2] ?? '[]') as string[];

const watchdog = new Worker(
  `const { workerData } = require('node:worker_threads');
   setInterval(() => { if (process.ppid !== workerData.ppid) process.kill(workerData.pid, 'SIGKILL'); }, 200);`,
  { eval: true, workerData: { ppid: process.ppid, pid: process.pid } },
);
watchdog.unref();

let current: string | null = null;
/** An error escaping a claim (a throw in a callback, a rejected promise): report it for the job, no stack on the terminal. */
function crash(e: unknown): void {
  // a crash inside the SMT engine (its threads' traps surface here) fails only the SMT phase, which is retried
  if (failRunningSmtPhase(e)) return;
  const line = oneLine(e);
  if (current !== null && process.connected)
    process.send!({ ok: false, id: current, error: line, fatal: true }, () => process.exit(1));
  else process.exit(1);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

process.on('message', (msg: Job) => {
  current = msg.id;
  void runJob(msg, claimsDirs).then((r) => {
    current = null;
    process.send!(r);
  });
});
// the parent died or closed the channel: stop at once rather than finish an orphaned job
process.on('disconnect', () => process.exit(0));
// ready at once: each job imports its own claim (the parent has validated the whole registry), so a
// worker that runs two claims does not import all of them first
process.send!({ ready: true });
