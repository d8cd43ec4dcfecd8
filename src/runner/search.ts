/**
 * # The seeded search of an exact claim
 *
 * Main definitions: {@link search}(claim, { seed, numRuns, timeMs, constants, shrink }) →
 * {@link SearchOutcome}: the random cases run, how many met the hypothesis, the closest case to
 * equality, and the (shrunk) failing input when one was found.
 *
 * Main statements: a case that misses the hypothesis is counted but never a failure; cases are
 * counted until the first failure (shrink steps are not cases); the closest case is the smallest
 * slack ratio lhs/rhs (for ≥, >) or rhs/lhs (for ≤, <) over the inequality relations of the cases
 * that met the hypothesis (both sides positive).
 *
 * Implementation notes: runs through `fc.check` (not `fc.assert`), so the seed, the shrink path and
 * the counterexample are kept; the claim's own `examples` run first. A claim that throws fails the
 * case (the throw is not counted as a case, as before the evaluation path caught it). Running out
 * of time marks the outcome `interrupted`, never a pass.
 */
import fc from 'fast-check';
import type { ConstantOverrides, ExactClaim } from '../claims/defineClaim.js';
import type { Relation } from '../claims/Relation.js';
import { Rational } from '../exact/Rational.js';
import { evaluate } from './evaluate.js';

/** Outcome of one property search (random cases). */
export interface SearchOutcome {
  /** Random cases run and how many met the hypothesis (counted until the first failure). */
  readonly total: number;
  readonly met: number;
  readonly closest: { readonly ratio: Rational; readonly label: string } | null;
  readonly failed: boolean;
  readonly interrupted: boolean;
  readonly input?: unknown;
  readonly numShrinks?: number;
  readonly path?: string | null;
  readonly seed: number;
}

/** Settings of one search. */
export interface SearchSettings {
  readonly seed: number;
  readonly numRuns: number;
  readonly timeMs: number;
  readonly constants?: ConstantOverrides;
  /** Shrink a failure (the main search) or stop at the first one (tightness probes). */
  readonly shrink: boolean;
}

/** The closest an inequality relation came to equality: lhs/rhs for ≥, >; rhs/lhs for ≤, < (both sides positive). */
export function slackRatio(r: Relation): Rational | null {
  if (typeof r.lhs === 'boolean' || typeof r.rhs === 'boolean') return null;
  if (r.lhs.sign() <= 0 || r.rhs.sign() <= 0) return null;
  if (r.op === '>=' || r.op === '>') return r.lhs.div(r.rhs);
  if (r.op === '<=' || r.op === '<') return r.rhs.div(r.lhs);
  return null;
}

/** Run the seeded search of `claim` (see the header). */
export function search(claim: ExactClaim, s: SearchSettings): SearchOutcome {
  let total = 0;
  let met = 0;
  let counting = true;
  let closest: { ratio: Rational; label: string } | null = null;
  const property = fc.property(claim.arbitrary(), (input) => {
    const ev = evaluate(claim, input, s.constants);
    if (ev.error !== undefined) return false;
    if (counting) {
      total++;
      if (ev.met) {
        met++;
        for (const r of ev.relations) {
          const q = slackRatio(r);
          if (q && (closest === null || q.lt(closest.ratio))) closest = { ratio: q, label: `${r.lhsLabel} ${r.op} ${r.rhsLabel}` };
        }
      }
      if (!ev.ok) counting = false;
    }
    return ev.ok;
  });
  const res = fc.check(property, {
    seed: s.seed,
    numRuns: s.numRuns,
    examples: (claim.examples ?? []).map((x) => [x] as [unknown]),
    interruptAfterTimeLimit: Math.max(1, s.timeMs),
    markInterruptAsFailure: false,
    endOnFailure: !s.shrink,
  });
  return {
    total,
    met,
    closest,
    failed: res.failed && res.counterexample !== null,
    interrupted: res.interrupted,
    input: res.counterexample?.[0],
    numShrinks: res.numShrinks,
    path: res.counterexamplePath ?? null,
    seed: res.seed,
  };
}
