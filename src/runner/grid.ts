/**
 * # The bounded-exhaustive pass of an exact claim
 *
 * Main definitions: {@link gridPass}(claim, constants, deadline) → {@link GridOutcome}: the first
 * grid input that violates the claim (with these constants), and the counts.
 *
 * Main statements: every input of the claim's `exhaustive` grid is evaluated exactly, in order,
 * until the first violation; the pass is `complete` only if it reached the end without one and
 * before the deadline. A claim without a grid gives a complete pass over 0 inputs.
 */
import type { ConstantOverrides, ExactClaim } from '../claims/defineClaim.js';
import { evaluate } from './evaluate.js';

/** Outcome of a grid pass. */
export interface GridOutcome {
  readonly inputs: number;
  readonly met: number;
  readonly violating?: unknown;
  readonly complete: boolean;
}

/** The first grid input that violates the claim (with these constants), and the counts. */
export function gridPass(claim: ExactClaim, constants: ConstantOverrides | undefined, deadline: number): GridOutcome {
  let inputs = 0;
  let met = 0;
  if (!claim.exhaustive) return { inputs, met, complete: true };
  for (const input of claim.exhaustive.inputs()) {
    if (Date.now() > deadline) return { inputs, met, complete: false };
    inputs++;
    const ev = evaluate(claim, input, constants);
    if (ev.met) met++;
    if (!ev.ok) return { inputs, met, violating: input, complete: false };
  }
  return { inputs, met, complete: true };
}
