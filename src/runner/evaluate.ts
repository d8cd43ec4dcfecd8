/**
 * # Evaluating a claim on one input: the one evaluation path
 *
 * Main definitions: {@link evaluate}(claim, input, constants) → {@link Evaluation}: whether the input
 * meets the hypothesis, whether the conclusion holds, the exact relations, and the error when the
 * claim threw.
 *
 * Main statements: an input *meets the hypothesis* iff the claim's `hypothesis` (if any) is not false
 * and `check` returns at least one relation; an input that misses it is never a violation
 * (`ok` is true). A throw of `hypothesis` or `check` is reported as `error` (with `ok` false): the
 * callers decide what it means (a failure for the search, not a refutation for stored inputs, an
 * invalid input for replay).
 *
 * Implementation notes: the search, the grid, the stored-counterexample re-run, the tightness probes,
 * the counterexample builder and `replay` all evaluate through this function.
 */
import type { Claim, ConstantOverrides } from '../claims/defineClaim.js';
import { relationHolds, type Relation } from '../claims/Relation.js';

/** The outcome of evaluating a claim on one input. */
export interface Evaluation {
  /** The input meets the hypothesis (and `check` returned at least one relation). */
  readonly met: boolean;
  /** No relation is violated and nothing threw. */
  readonly ok: boolean;
  readonly relations: readonly Relation[];
  /** `Name: message` of an error thrown by the hypothesis or the check. */
  readonly error?: string;
}

/** Evaluate `claim` on `input` (hypothesis, then check) with optional constant overrides. */
export function evaluate(claim: Claim, input: unknown, constants?: ConstantOverrides): Evaluation {
  try {
    if (claim.kind !== 'statistical' && claim.hypothesis && claim.hypothesis(input) === false)
      return { met: false, ok: true, relations: [] };
    const relations = claim.check(input, constants);
    if (!Array.isArray(relations)) throw new TypeError('check did not return a list of relations');
    return { met: relations.length > 0, ok: relations.every(relationHolds), relations };
  } catch (e) {
    return {
      met: false,
      ok: false,
      relations: [],
      error: `${(e as Error)?.name ?? 'Error'}: ${String((e as Error)?.message ?? e)}`,
    };
  }
}
