/**
 * # Judging statistical claims
 *
 * Main definitions: {@link StatTest} (one judged test with its α, n, interval and claimed region),
 * {@link judgeProportionAtMost}, {@link judgeProportionAtLeast}, {@link judgeProportionEquals},
 * {@link combineJudgements}.
 *
 * Main statements (SPEC §3, statistical method): a test is *refuted* when its 1−α interval excludes
 * the claim, *holds* when the interval supports it (lies inside the claimed region; for a point
 * claim: contains it and is narrower than the stated resolution), otherwise *inconclusive at n*.
 * Seeds are fixed, so verdicts are deterministic.
 */
import { Rational } from '../exact/Rational.js';
import { Interval } from '../exact/Interval.js';
import { clopperPearson } from './binomial.js';

/** holds | refuted | inconclusive */
export type Judgement = 'holds' | 'refuted' | 'inconclusive';

/** One judged statistical test. */
export interface StatTest {
  readonly name: string;
  readonly method: string;
  readonly n: number;
  readonly successes?: number;
  readonly alpha: Rational;
  readonly interval: Interval;
  readonly claimed: string;
  readonly judgement: Judgement;
}

/** Claim P ≤ bound (bound given as a rigorous enclosure). */
export function judgeProportionAtMost(name: string, k: number, n: number, bound: Interval, alpha: Rational): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const judgement: Judgement = ci.lo.gt(bound.hi) ? 'refuted' : ci.hi.le(bound.lo) ? 'holds' : 'inconclusive';
  return { name, method: 'Clopper–Pearson', n, successes: k, alpha, interval: ci, claimed: `p ≤ ${fmt(bound)}`, judgement };
}

/** Claim P ≥ bound. */
export function judgeProportionAtLeast(name: string, k: number, n: number, bound: Interval, alpha: Rational): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const judgement: Judgement = ci.hi.lt(bound.lo) ? 'refuted' : ci.lo.ge(bound.hi) ? 'holds' : 'inconclusive';
  return { name, method: 'Clopper–Pearson', n, successes: k, alpha, interval: ci, claimed: `p ≥ ${fmt(bound)}`, judgement };
}

/** Claim P = value (value as an enclosure); holds when the interval meets it and is narrower than `resolution`. */
export function judgeProportionEquals(name: string, k: number, n: number, value: Interval, alpha: Rational, resolution: Rational): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const meets = !(ci.lo.gt(value.hi) || ci.hi.lt(value.lo));
  const judgement: Judgement = !meets ? 'refuted' : ci.width().le(resolution) ? 'holds' : 'inconclusive';
  return { name, method: 'Clopper–Pearson', n, successes: k, alpha, interval: ci, claimed: `p = ${fmt(value)}`, judgement };
}

/** refuted if any test is, holds if all do, inconclusive otherwise. */
export function combineJudgements(tests: readonly { judgement: Judgement }[]): Judgement {
  if (tests.some((t) => t.judgement === 'refuted')) return 'refuted';
  if (tests.every((t) => t.judgement === 'holds')) return 'holds';
  return 'inconclusive';
}

function fmt(x: Interval): string {
  return x.lo.eq(x.hi) ? `${x.lo.toDecimal(9)}` : `[${x.lo.toDecimal(9)}, ${x.hi.toDecimal(9)}]`;
}

/** Split a claim-level α evenly over k tests (Bonferroni). */
export function bonferroni(alpha: Rational, k: number): Rational {
  return alpha.div(Rational.of(Math.max(1, k)));
}

/** Claim: a statistic D satisfies D ≤ bound (e.g. a DKW distance); holds if so and the bound is below `resolution`. */
export function judgeStatisticAtMost(name: string, method: string, n: number, D: Rational, bound: Rational, alpha: Rational, resolution: Rational): StatTest {
  const judgement: Judgement = D.gt(bound) ? 'refuted' : bound.le(resolution) ? 'holds' : 'inconclusive';
  return { name, method, n, alpha, interval: Interval.point(D), claimed: `statistic ≤ ${bound.toDecimal(9)}`, judgement };
}
