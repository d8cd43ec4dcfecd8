/**
 * # Options of a claim run
 *
 * Main definitions: {@link RunOptions} — seed, depth, the `--runs` override, the time budgets and the
 * stored counterexamples to re-run.
 */
import type { Depth } from '../claims/defineClaim.js';

/** Options of a run. */
export interface RunOptions {
  readonly seed: number;
  readonly depth: Depth;
  readonly runs?: number;
  /** Time budget for this claim in ms. */
  readonly budgetMs: number;
  /** Stored counterexamples (decoded) to re-run as regression inputs, apart from the search. */
  readonly pinned?: readonly unknown[];
  /** Time budget of the SMT ladder in ms (0 or absent: no SMT). */
  readonly smtBudgetMs?: number;
}
