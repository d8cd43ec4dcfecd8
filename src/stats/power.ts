/**
 * # The stated power of a statistical test
 *
 * Main definitions: {@link StatPower} (what a test reports: the smallest relative deviation from the
 * claimed value that it detects with probability ≥ {@link POWER_LEVEL}), {@link proportionPower}
 * (Clopper–Pearson tests, exactly from the binomial distribution), {@link dkwPower} (a DKW band),
 * {@link slopePower} (an OLS slope judged by a normal-approximation interval), {@link exactPower}
 * (an exact decision: any deviation beyond its enclosure is detected).
 *
 * Main statements. A two-sided Clopper–Pearson test of p = v (v enclosed in [v⁻, v⁺]) at level α
 * refutes on k successes iff its interval excludes [v⁻, v⁺], i.e. iff
 * P(X ≥ k; v⁺) < α/2 (interval above v) or P(X ≤ k; v⁻) < α/2 (interval below v), by monotonicity of
 * the tails in p. So the rejection region is {k ≥ k↑} ∪ {k ≤ k↓}, with k↑ the smallest k of the
 * first kind and k↓ the largest of the second. At a true p > v⁺ the power is at least
 * P(X ≥ k↑; p), which increases in p: the smallest p with power ≥ 9/10 is the root of
 * P(X ≥ k↑; p) = 9/10, found by the same tail inversion as the interval itself. The detectable relative
 * deviation upward is p/v⁺ − 1, downward 1 − p/v⁻; a point claim reports the larger of the two, a
 * one-sided claim (p ≤ b: refuted only upward; p ≥ b: only downward) its own side.
 *
 * Implementation notes: exact binomial tails in deterministic double arithmetic (`binomial.ts`),
 * results rounded *up* to two significant digits, so the stated deviation is conservative; the opposite tail's rejection
 * probability is ignored (it only adds power). The interval's outward widening (10⁻⁹ relative) moves
 * the rejection boundary by far less than the two-digit figure can see. Results are memoised per
 * (n, α, claimed value, side), so sweeps and repeated configurations pay once.
 *
 * References: Clopper & Pearson (1934); Massart (1990) for the DKW constant.
 */
import { Decimal } from 'decimal.js';
import { Rational } from '../exact/Rational.js';
import type { Interval } from '../exact/Interval.js';
import { InvalidParameterError, requireInt, show } from '../errors.js';
import { decOf, invertBinomialTail, lnBinomialCdf, lnBinomialUpperTail, lnRational, type Dec } from './binomial.js';

/** The power every stated deviation is computed at. */
export const POWER_LEVEL = Rational.of(9, 10);

/** What a statistical test states about its power (all numbers as decimal strings). */
export interface StatPower {
  /** The power level, e.g. '9/10'. */
  readonly level: string;
  /** The smallest relative deviation from the claimed value detected with power ≥ level (null: none at this n). */
  readonly detectableRelDeviation: string | null;
  /** The same as an absolute deviation of the tested quantity (null: none at this n). */
  readonly detectableAbsDeviation: string | null;
  /** How the figure was obtained and what it refers to. */
  readonly note: string;
}

/** Which way a deviation refutes the claim: `both` for p = v, `up` for p ≤ b, `down` for p ≥ b. */
export type PowerSide = 'both' | 'up' | 'down';

const D = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_EVEN });

/** x rounded up to two significant digits, as a decimal string (exponent notation below 10⁻⁴; a double enters exactly). */
function up2(x: number | Dec): string {
  const d = typeof x === 'number' ? decOf(Rational.fromDouble(x)) : x;
  if (d.lte(0)) return '0';
  const r = new D(d).toSignificantDigits(2, Decimal.ROUND_UP);
  return r.gte('1e-4') ? r.toFixed() : r.toExponential();
}

function checkAlpha(api: string, alpha: Rational): void {
  if (!(alpha instanceof Rational) || alpha.sign() <= 0 || alpha.ge(Rational.ONE))
    throw new InvalidParameterError(api, 'alpha', 'a Rational in (0, 1)', show(alpha));
}

/** Smallest k ∈ [lo, hi] with pred(k) (pred monotone false → true on the range, true at hi). */
function firstTrue(lo: number, hi: number, pred: (k: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const memo = new Map<string, StatPower>();

/**
 * The power of the two-sided Clopper–Pearson test at level α with n trials, against a claimed
 * probability enclosed in `claimed`, for deviations on `side` (see the module header).
 * @throws InvalidParameterError for n < 1, α ∉ (0, 1) or a claimed value outside [0, 1]
 */
export function proportionPower(n: number, alpha: Rational, claimed: Interval, side: PowerSide): StatPower {
  requireInt('proportionPower', 'n', n, 1, 1e9);
  checkAlpha('proportionPower', alpha);
  if (claimed.lo.sign() < 0 || claimed.hi.gt(Rational.ONE) || claimed.lo.gt(claimed.hi))
    throw new InvalidParameterError('proportionPower', 'claimed', 'an enclosure inside [0, 1]', show(claimed));
  const key = `${n}|${alpha}|${claimed.lo}|${claimed.hi}|${side}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const lnA2 = lnRational(alpha.div(Rational.of(2)));
  const lnOneMinusLevel = lnRational(Rational.ONE.sub(POWER_LEVEL));
  const vHi = claimed.hi.toNumber();
  const vLo = claimed.lo.toNumber();
  // upward: k↑ = smallest k with P(X ≥ k; v⁺) < α/2 (n + 1: never)
  let relUp: number | null = null,
    absUp: number | null = null;
  if (side !== 'down' && vHi < 1) {
    const start = Math.floor(n * vHi);
    const kUp = vHi === 0 ? 1 : firstTrue(start, n + 1, (k) => k === n + 1 || lnBinomialUpperTail(k, n, vHi) < lnA2);
    if (kUp <= n) {
      // power P(X ≥ k↑; p) ≥ 9/10 ⟺ P(X ≤ k↑ − 1; p) ≤ 1/10: the root of the lower tail at 1/10
      const p = kUp === 0 ? 0 : invertBinomialTail(kUp - 1, n, 'lower', lnOneMinusLevel);
      absUp = p - vHi;
      relUp = vHi === 0 ? null : p / vHi - 1;
    }
  }
  // downward: k↓ = largest k with P(X ≤ k; v⁻) < α/2 (−1: never)
  let relDown: number | null = null,
    absDown: number | null = null;
  if (side !== 'up' && vLo > 0) {
    const top = Math.min(n, Math.ceil(n * vLo));
    // at v⁻ = 1, P(X ≤ k; 1) = 0 for every k < n (no logarithm of 1 − v⁻ = 0 needed): k↓ = n − 1
    const kDown = vLo === 1 ? n - 1 : firstTrue(-1, top, (k) => k === top || !(lnBinomialCdf(k + 1, n, vLo) < lnA2));
    if (kDown >= 0) {
      // power P(X ≤ k↓; p) ≥ 9/10 ⟺ P(X ≥ k↓ + 1; p) ≤ 1/10
      const p = kDown === n ? 1 : invertBinomialTail(kDown + 1, n, 'upper', lnOneMinusLevel);
      absDown = vLo - p;
      relDown = 1 - p / vLo;
    }
  }
  const pick = (u: number | null, d: number | null): string | null => {
    if (side === 'up') return u === null ? null : up2(u);
    if (side === 'down') return d === null ? null : up2(d);
    return u === null || d === null ? null : up2(Math.max(u, d));
  };
  const what = side === 'both' ? 'either direction' : side === 'up' ? 'above the bound' : 'below the bound';
  const out: StatPower = {
    level: POWER_LEVEL.toString(),
    detectableRelDeviation: pick(relUp, relDown),
    detectableAbsDeviation: pick(absUp, absDown),
    note: `exact binomial power of the Clopper–Pearson rule at n = ${n}, α = ${alpha}: a true probability this far ${what} the claimed value is refuted with probability ≥ ${POWER_LEVEL}`,
  };
  if (memo.size > 5000) memo.clear();
  memo.set(key, out);
  return out;
}

/**
 * The power of a DKW test (refuted when the distance of the empirical CDF from the claimed F exceeds
 * ε_n(α) at some grid point): if the true F′ differs from F by Δ at a grid point u, the one-sided
 * Hoeffding bound P(F_n(u) ≤ F′(u) − x) ≤ exp(−2nx²) makes the distance exceed ε_n(α) with
 * probability ≥ 9/10 once Δ ≥ ε_n(α) + √(ln 10/(2n)). Relative to F(u) = 1/2 (the median grid point).
 * @throws InvalidParameterError for n < 1 or α ∉ (0, 1)
 */
export function dkwPower(n: number, alpha: Rational): StatPower {
  requireInt('dkwPower', 'n', n, 1, 1e12);
  checkAlpha('dkwPower', alpha);
  const a = decOf(alpha);
  const eps = new D(2)
    .div(a)
    .ln()
    .div(2 * n)
    .sqrt();
  const x = new D(1)
    .div(new D(1).minus(decOf(POWER_LEVEL)))
    .ln()
    .div(2 * n)
    .sqrt();
  const abs = eps.plus(x);
  return {
    level: POWER_LEVEL.toString(),
    detectableRelDeviation: up2(abs.times(2)),
    detectableAbsDeviation: up2(abs),
    note: `DKW band at n = ${n}, α = ${alpha}: a CDF off by this much (absolute) at some grid point is refuted with probability ≥ ${POWER_LEVEL} (ε_n + √(ln 10/(2n)), one-sided Hoeffding); relative to F(u) = 1/2`,
  };
}

/**
 * The power of a slope test (claimed: slope > 0; refuted when the interval b ± z·se lies below 0), in
 * the normal approximation with the observed standard error: a true slope of −(z + z₀.₉)·se or less is
 * refuted with probability ≥ 9/10. Relative to the observed slope |b|.
 * @throws InvalidParameterError for a non-finite or negative se or z
 */
export function slopePower(b: number, se: number, z: number, n: number): StatPower {
  if (!Number.isFinite(se) || se < 0)
    throw new InvalidParameterError('slopePower', 'se', 'a finite number ≥ 0', show(se));
  if (!Number.isFinite(z) || z <= 0) throw new InvalidParameterError('slopePower', 'z', 'a finite number > 0', show(z));
  const Z90 = new D('1.2815515655446004'); // the 0.9 normal quantile
  const abs = new D(z).plus(Z90).times(new D(se));
  const rel = Number.isFinite(b) && b !== 0 ? abs.div(new D(Math.abs(b))) : null;
  return {
    level: POWER_LEVEL.toString(),
    detectableRelDeviation: rel === null ? null : up2(rel.plus(1)),
    detectableAbsDeviation: up2(abs),
    note: `normal approximation with the observed standard error (n = ${n} points): a true slope ≤ −${up2(abs)} is refuted with probability ≥ ${POWER_LEVEL}; the relative figure is (observed slope + that margin)/observed slope, the change of slope that would be detected`,
  };
}

/**
 * An exact decision: every deviation larger than the relative width of the enclosure used is
 * detected with certainty (power 1). `relWidth` = (hi − lo)/|value| of the enclosure (0 for a point).
 */
export function exactPower(relWidth: Rational, what = 'the rigorous enclosure'): StatPower {
  const w = relWidth.sign() <= 0 ? '0' : up2(decOf(relWidth));
  return {
    level: '1',
    detectableRelDeviation: w,
    detectableAbsDeviation: null,
    note: `exact decision: a deviation beyond the width of ${what} (relative ${w}) is detected with certainty`,
  };
}

/** Relative width (hi − lo)/max(|lo|, |hi|) of an enclosure (0 for a point or the zero interval). */
export function relativeWidth(x: Interval): Rational {
  const m = x.lo.abs().max(x.hi.abs());
  return m.isZero() ? Rational.ZERO : x.hi.sub(x.lo).div(m);
}
