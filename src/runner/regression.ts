/**
 * # Re-running stored counterexamples
 *
 * Main definitions: {@link rerunPinned}(claim, pinned) → {@link RegressionResult} with the first
 * stored input that still refutes the claim.
 *
 * Main statements: stored counterexamples of earlier runs are re-run apart from the seeded search
 * (their count goes to `timings.json`, not into the verdict files); an input that still violates the
 * claim is reported, an input outside the hypothesis is not, and a stored input the claim can no
 * longer take (it throws) is not a refutation.
 */
import type { ExactClaim } from '../claims/defineClaim.js';
import { evaluate } from './evaluate.js';

/** The re-run of stored counterexamples (not part of the verdict files). */
export interface RegressionResult {
  readonly stored: number;
  readonly stillRefuting: number;
}

/** Re-run the stored inputs; `firstStill` is the first one that still refutes the claim. */
export function rerunPinned(
  claim: ExactClaim,
  pinned: readonly unknown[],
): { result: RegressionResult; firstStill?: unknown } {
  let still = 0;
  let firstStill: unknown;
  for (const p of pinned) {
    const ev = evaluate(claim, p);
    // a stored input that no longer decodes for this claim is not a refutation
    if (!ev.ok && ev.error === undefined) {
      if (still === 0) firstStill = p;
      still++;
    }
  }
  return { result: { stored: pinned.length, stillRefuting: still }, ...(still > 0 ? { firstStill } : {}) };
}
