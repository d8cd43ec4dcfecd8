/**
 * # One claim job, as a worker runs it
 *
 * Main definitions: {@link runJob} — loads the claim `id` (from the built-ins or the researcher's
 * folders; only its own file when it is named after the id), runs it with the stored
 * counterexamples of the report folder as pinned regression inputs, and answers with a
 * {@link PoolResult}: the run record, or a one-line error.
 *
 * Implementation notes: shared by the forked worker (`worker.ts`) and the in-process mode of the
 * pool (`--jobs 0`), so that both give the same records byte for byte (a test compares them).
 */
import { pinnedInputs } from '../claims/pinned.js';
import { loadClaim } from './registry.js';
import type { PoolResult } from './poolResult.js';
import { runClaim } from './runClaim.js';
import type { RunOptions } from './runOptions.js';

/** A job: the claim id, the run options, and the report folder (for its stored counterexamples). */
export interface Job {
  readonly id: string;
  readonly opts: Omit<RunOptions, 'pinned'>;
  readonly dir: string;
}

/** The error's name and the first line of its message. */
export function oneLine(e: unknown): string {
  return `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
}

/** Run one job; never throws (an error is the result `{ ok: false }` with one line). */
export async function runJob(job: Job, claimsDirs: readonly string[]): Promise<PoolResult> {
  try {
    const claim = await loadClaim(job.id, { claimsDirs });
    const rec = await runClaim(claim, { ...job.opts, pinned: pinnedInputs(job.dir, claim) });
    return { ok: true, rec };
  } catch (e) {
    return { ok: false, id: job.id, error: oneLine(e) };
  }
}
