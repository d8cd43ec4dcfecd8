/**
 * # Depth and runs, resolved once for both kinds of claim
 *
 * Main definitions: {@link exactNumRuns}(claim, options) — the number of random cases of an exact
 * claim; {@link claimContext}(options, seed, deadline) — the {@link ClaimContext} handed to a
 * statistical claim's `run` (and to its replay).
 *
 * Main statements: both resolve `--depth` and `--runs` with the claim kit's one rule
 * ({@link resolveRuns}: `--runs` when given, else the claim's default for the depth); a statistical
 * claim applies the same rule to each of its trial counts through `trialsFor(ctx, defaults)`, with
 * the depth and the override this context carries.
 */
import type { ClaimContext, ExactClaim } from '../claims/defineClaim.js';
import { resolveRuns } from '../claims/depth.js';
import type { RunOptions } from './runOptions.js';

/** The number of random cases of an exact claim for this run. */
export function exactNumRuns(claim: ExactClaim, opts: Pick<RunOptions, 'depth' | 'runs'>): number {
  return resolveRuns(opts.depth, opts.runs, claim.numRuns);
}

/** The context of a statistical claim's run: seed, depth, the `--runs` override, the deadline. */
export function claimContext(opts: Pick<RunOptions, 'depth' | 'runs'>, seed: number, deadline: number): ClaimContext {
  return { seed, depth: opts.depth, ...(opts.runs !== undefined ? { runs: opts.runs } : {}), deadline };
}
