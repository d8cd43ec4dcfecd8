/**
 * # The re-run of a statistical refutation, interruptible
 *
 * Main definitions: {@link StatReplayJob} — the claim (id and folders), seed, depth and runs of a
 * stored statistical refutation; {@link rerunStatistical} — runs the claim's experiment again and
 * returns each test's counts and judgement; {@link rerunStatisticalInThread} — the same on a worker
 * thread (`thread.ts`), so that SIGINT/SIGTERM stop `replay` at once however long the re-run is.
 *
 * Implementation notes: this module is also the thread's entry (it runs the job it finds in
 * `workerData`); the thread loads only the claim's own file (`loadClaim`).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Depth } from '../claims/defineClaim.js';
import { loadClaim } from '../runner/registry.js';
import { claimContext } from '../runner/depth.js';
import { runOnThread } from './thread.js';

/** A stored statistical refutation to re-run. */
export interface StatReplayJob {
  readonly claimId: string;
  readonly claimsDirs: readonly string[];
  readonly seed: number;
  readonly depth: Depth;
  readonly runs: number | null;
  readonly budgetMs: number;
}

/** What a re-run gives: whether it ran out of time, and each test's counts and judgement. */
export interface StatReplayOutcome {
  readonly timedOut: boolean;
  readonly tests: readonly {
    readonly name: string;
    readonly n: number;
    readonly successes: number | null;
    readonly judgement: string;
  }[];
}

/** Re-run the claim's experiment (see the module header). */
export async function rerunStatistical(job: StatReplayJob): Promise<StatReplayOutcome> {
  const claim = await loadClaim(job.claimId, { claimsDirs: job.claimsDirs });
  if (claim.kind !== 'statistical') throw new Error(`claim '${job.claimId}' is not statistical`);
  const out = claim.run(
    claimContext(
      { depth: job.depth, ...(job.runs !== null ? { runs: job.runs } : {}) },
      job.seed,
      Date.now() + job.budgetMs,
    ),
  );
  return {
    timedOut: out.timedOut === true,
    tests: out.tests.map((t) => ({ name: t.name, n: t.n, successes: t.successes ?? null, judgement: t.judgement })),
  };
}

const here = fileURLToPath(import.meta.url);

/** {@link rerunStatistical} on a worker thread. @throws the thread's error */
export function rerunStatisticalInThread(job: StatReplayJob): Promise<StatReplayOutcome> {
  return runOnThread(here, { statReplay: job }, () => undefined);
}

if (!isMainThread && parentPort && (workerData as { statReplay?: StatReplayJob } | null)?.statReplay) {
  const port = parentPort;
  void rerunStatistical((workerData as { statReplay: StatReplayJob }).statReplay).then((result) =>
    port.postMessage({ result }),
  );
}
