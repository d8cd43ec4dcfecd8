/**
 * # How many runs a depth means
 *
 * Main definitions: {@link resolveRuns}(depth, runs, defaults) — the number of runs (exact claims)
 * or trials (statistical claims) of one run: the command line's `--runs` when given, else the
 * claim's default for the depth (`ci` or `full`).
 *
 * Main statements: this is the only place the rule is written. The runner resolves an exact
 * claim's `numRuns` with it, and a statistical claim's `trialsFor` (claim kit) resolves each of its
 * trial counts with it, so `--runs` and `--depth` mean the same for both kinds of claim.
 *
 * Implementation notes: a pure function of the claim kit (L3), so that the claims (L4) and the
 * runner (L5) share it without the kit importing the runner.
 */
import type { Depth } from './defineClaim.js';

/** Default numbers of runs per depth. */
export interface RunsPerDepth {
  readonly ci: number;
  readonly full: number;
}

/** `runs` when given (the `--runs` override), else `defaults[depth]`. */
export function resolveRuns(depth: Depth, runs: number | undefined, defaults: RunsPerDepth): number {
  return runs ?? defaults[depth];
}
