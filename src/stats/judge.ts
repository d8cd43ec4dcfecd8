/**
 * # Judging statistical claims
 *
 * Main definitions: {@link StatTest} (one judged test with its α, n, interval, claimed region and
 * stated power), {@link judgeProportionAtMost}, {@link judgeProportionAtLeast},
 * {@link judgeProportionEquals}, {@link judgeStatisticAtMost}, {@link exactTest} (an exact decision
 * recorded beside the sampled ones), {@link combineJudgements}.
 *
 * Main statements (the statistical method; README, "Reading the results"): a test is *refuted*
 * when its 1−α interval excludes the claim, *holds* when the interval supports it (lies inside the
 * claimed region; for a point claim: contains it and is narrower than the stated resolution),
 * otherwise *inconclusive at n*.
 * Seeds are fixed, so verdicts are deterministic. Every test states its power (`power.ts`): the
 * smallest relative deviation from the claimed value that its rule refutes with probability ≥ 9/10
 * at its n and α; an exact decision states power 1 beyond its enclosure's width.
 */
import { Rational } from '../exact/Rational.js';
import { Interval } from '../exact/Interval.js';
import { clopperPearson } from './binomial.js';
import { exactPower, proportionPower, relativeWidth, type StatPower } from './power.js';

export type { StatPower } from './power.js';

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
  /** The stated power: the smallest relative deviation this test detects with power ≥ 9/10. */
  readonly power?: StatPower;
}

/** Claim P ≤ bound (bound given as a rigorous enclosure). */
export function judgeProportionAtMost(name: string, k: number, n: number, bound: Interval, alpha: Rational): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const judgement: Judgement = ci.lo.gt(bound.hi) ? 'refuted' : ci.hi.le(bound.lo) ? 'holds' : 'inconclusive';
  return {
    name,
    method: 'Clopper–Pearson',
    n,
    successes: k,
    alpha,
    interval: ci,
    claimed: `p ≤ ${fmt(bound)}`,
    judgement,
    power: proportionPower(n, alpha, clamp01(bound), 'up'),
  };
}

/** Claim P ≥ bound. */
export function judgeProportionAtLeast(name: string, k: number, n: number, bound: Interval, alpha: Rational): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const judgement: Judgement = ci.hi.lt(bound.lo) ? 'refuted' : ci.lo.ge(bound.hi) ? 'holds' : 'inconclusive';
  return {
    name,
    method: 'Clopper–Pearson',
    n,
    successes: k,
    alpha,
    interval: ci,
    claimed: `p ≥ ${fmt(bound)}`,
    judgement,
    power: proportionPower(n, alpha, clamp01(bound), 'down'),
  };
}

/** Claim P = value (value as an enclosure); holds when the interval meets it and is narrower than `resolution`. */
export function judgeProportionEquals(
  name: string,
  k: number,
  n: number,
  value: Interval,
  alpha: Rational,
  resolution: Rational,
): StatTest {
  const ci = clopperPearson(k, n, alpha).interval;
  const meets = !(ci.lo.gt(value.hi) || ci.hi.lt(value.lo));
  const judgement: Judgement = !meets ? 'refuted' : ci.width().le(resolution) ? 'holds' : 'inconclusive';
  return {
    name,
    method: 'Clopper–Pearson',
    n,
    successes: k,
    alpha,
    interval: ci,
    claimed: `p = ${fmt(value)}`,
    judgement,
    power: proportionPower(n, alpha, clamp01(value), 'both'),
  };
}

/** The part of an enclosure inside [0, 1] (a probability's enclosure may poke out by rounding). */
function clamp01(x: Interval): Interval {
  const lo = x.lo.max(Rational.ZERO).min(Rational.ONE);
  const hi = x.hi.min(Rational.ONE).max(lo);
  return new Interval(lo, hi);
}

/**
 * An exact decision recorded as a test (method `exact …`, α = 0): `value` is the decided quantity as
 * a point or rigorous enclosure, `judgement` the outcome of the exact comparison; its power is 1 beyond
 * the enclosure's relative width.
 */
export function exactTest(
  name: string,
  method: string,
  n: number,
  value: Interval,
  claimed: string,
  judgement: Judgement,
  what?: string,
): StatTest {
  return {
    name,
    method,
    n,
    alpha: Rational.ZERO,
    interval: value,
    claimed,
    judgement,
    power: exactPower(relativeWidth(value), what),
  };
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
export function judgeStatisticAtMost(
  name: string,
  method: string,
  n: number,
  D: Rational,
  bound: Rational,
  alpha: Rational,
  resolution: Rational,
  power?: StatPower,
): StatTest {
  const judgement: Judgement = D.gt(bound) ? 'refuted' : bound.le(resolution) ? 'holds' : 'inconclusive';
  return {
    name,
    method,
    n,
    alpha,
    interval: Interval.point(D),
    claimed: `statistic ≤ ${bound.toDecimal(9)}`,
    judgement,
    ...(power ? { power } : {}),
  };
}
