/**
 * # The seeded search of an exact claim
 *
 * Main definitions: {@link search}(claim, { seed, numRuns, timeMs, constants, shrink }) →
 * {@link SearchOutcome}: the draws made, how many met the hypothesis, the boundary structures those
 * cases hit, the closest case to equality, and the (shrunk) failing input when one was found.
 *
 * Main statements: `numRuns` n is the number of cases that must **meet** the hypothesis: a draw
 * that misses it is skipped (never a failure) and another is drawn; the search stops after 9·n
 * skipped draws, so it makes at most {@link maxDraws}(n) = 10·n draws; `met < n` at the end (without a failure or a timeout) is the failed health
 * check "filtered too much". Draws are counted until the first failure (shrink steps are not
 * draws); the closest case is the smallest slack ratio lhs/rhs (for ≥, >) or rhs/lhs (for ≤, <)
 * over the inequality relations of the cases that met the hypothesis (both sides positive); the
 * boundary hits count, per label of {@link boundaryTagsOf}, the cases that met the hypothesis.
 *
 * Implementation notes: runs through `fc.check` (not `fc.assert`), so the seed, the shrink path and
 * the counterexample are kept; the claim's own `examples` run first (and count as draws). A missed
 * hypothesis is `fc.pre(false)` — fast-check's own precondition skip, so `numRuns` counts only the
 * cases that met it — and `maxSkipsPerRun` is set to (9n − ½)/n so that fast-check stops after
 * exactly 9n skips (it stops once the skips exceed numRuns·maxSkipsPerRun): at most 10·n draws. A
 * claim that throws fails the case (the throw is not counted as a met case). Running out of time
 * marks the outcome `interrupted`, never a pass.
 */
import fc from 'fast-check';
import type { ConstantOverrides, ExactClaim } from '../claims/defineClaim.js';
import type { Relation } from '../claims/Relation.js';
import { Rational } from '../exact/Rational.js';
import { boundaryTagsOf } from '../arbitraries/boundaryTags.js';
import { evaluate } from './evaluate.js';
import { DRAW_MULTIPLE } from './verdict.js';

/** Outcome of one property search (random cases). */
export interface SearchOutcome {
  /** Draws made and how many met the hypothesis (counted until the first failure). */
  readonly draws: number;
  readonly met: number;
  /** Fewer than `numRuns` cases met the hypothesis within the draw limit (no failure, no timeout). */
  readonly filteredTooMuch: boolean;
  /** Per boundary label, the cases that met the hypothesis and carried it (labels sorted). */
  readonly boundaryHits: readonly { readonly label: string; readonly cases: number }[];
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
  /** The number of cases that must meet the hypothesis (at most 10× as many draws). */
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
  let draws = 0;
  let met = 0;
  let counting = true;
  let closest: { ratio: Rational; label: string } | null = null;
  const hits = new Map<string, number>();
  const property = fc.property(claim.arbitrary(), (input) => {
    const ev = evaluate(claim, input, s.constants);
    if (counting) draws++;
    if (ev.error !== undefined) {
      counting = false;
      return false;
    }
    if (counting && ev.met) {
      met++;
      for (const label of boundaryTagsOf(input)) hits.set(label, (hits.get(label) ?? 0) + 1);
      for (const r of ev.relations) {
        const q = slackRatio(r);
        if (q && (closest === null || q.lt(closest.ratio)))
          closest = { ratio: q, label: `${r.lhsLabel} ${r.op} ${r.rhsLabel}` };
      }
    }
    if (!ev.ok) counting = false;
    // a missed hypothesis is a skipped draw, not a case (fast-check draws another)
    fc.pre(ev.met || !ev.ok);
    return ev.ok;
  });
  const res = fc.check(property, {
    seed: s.seed,
    numRuns: s.numRuns,
    // fast-check stops once its skips exceed numRuns · maxSkipsPerRun: (9n − ½) allows exactly 9n skips
    maxSkipsPerRun: DRAW_MULTIPLE - 1 - 0.5 / s.numRuns,
    examples: (claim.examples ?? []).map((x) => [x] as [unknown]),
    interruptAfterTimeLimit: Math.max(1, s.timeMs),
    markInterruptAsFailure: false,
    endOnFailure: !s.shrink,
  });
  const failed = res.failed && res.counterexample !== null;
  return {
    draws,
    met,
    filteredTooMuch: !failed && !res.interrupted && met < s.numRuns,
    boundaryHits: [...hits.keys()].sort().map((label) => ({ label, cases: hits.get(label)! })),
    closest,
    failed,
    interrupted: res.interrupted,
    input: res.counterexample?.[0],
    numShrinks: res.numShrinks,
    path: res.counterexamplePath ?? null,
    seed: res.seed,
  };
}
