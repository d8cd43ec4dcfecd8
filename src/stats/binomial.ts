/**
 * # Exact-binomial (Clopper–Pearson) intervals and the DKW band, machine-independent
 *
 * Main definitions: {@link clopperPearson}(k, n, α) — the two-sided 1−α interval for a binomial
 * proportion; {@link dkwEpsilon}(n, α) — the half-width √(ln(2/α)/(2n)) of the
 * Dvoretzky–Kiefer–Wolfowitz band (Massart's constant); {@link binomialCdf}.
 *
 * Implementation notes: all arithmetic is decimal.js at 30 significant digits (its ln and exp are
 * documented as correctly rounded), so the intervals are identical on every machine — the verdict
 * files must be byte-identical. lnΓ uses the Stirling series after shifting the argument to ≥ 30
 * (error < 1e-25). Tails are summed from the cut-off into the tail, where terms decrease, so a call
 * costs O(√n)-ish terms. The interval ends are found by 64 bisection steps on p (width < 1e-19) and
 * rounded outward to 15 digits, then returned as exact rationals.
 *
 * References: Clopper & Pearson (1934); Massart (1990), "The tight constant in the DKW inequality".
 */
import { Decimal } from 'decimal.js';
import { Rational } from '../exact/Rational.js';
import { Interval } from '../exact/Interval.js';
import { InvalidParameterError, requireInt, show } from '../errors.js';

const D = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_EVEN });
type Dec = InstanceType<typeof D>;

const HALF_LN_2PI = new D(2).times(D.acos(-1)).ln().div(2);

/** lnΓ(x) for x > 0 (Stirling series with upward shift). */
function lnGamma(x: Dec): Dec {
  let shift = new D(0);
  let y = x;
  while (y.lt(30)) {
    shift = shift.plus(y.ln());
    y = y.plus(1);
  }
  const y2 = y.times(y);
  let s = y.minus(0.5).times(y.ln()).minus(y).plus(HALF_LN_2PI);
  s = s.plus(new D(1).div(y.times(12)));
  s = s.minus(new D(1).div(y.times(y2).times(360)));
  s = s.plus(new D(1).div(y.times(y2).times(y2).times(1260)));
  s = s.minus(new D(1).div(y.times(y2).times(y2).times(y2).times(1680)));
  return s.minus(shift);
}

const lnChooseCache = new Map<string, Dec>();
function lnChoose(n: number, k: number): Dec {
  const key = `${n},${k}`;
  let v = lnChooseCache.get(key);
  if (!v) {
    v = lnGamma(new D(n + 1)).minus(lnGamma(new D(k + 1))).minus(lnGamma(new D(n - k + 1)));
    if (lnChooseCache.size > 10000) lnChooseCache.clear();
    lnChooseCache.set(key, v);
  }
  return v;
}

function lnPmf(n: number, k: number, p: Dec): Dec {
  const lc = lnChoose(n, k);
  return lc.plus(p.ln().times(k)).plus(new D(1).minus(p).ln().times(n - k));
}

/** P(X ≤ k) for X ~ Bin(n, p), 0 < p < 1. */
export function binomialCdf(k: number, n: number, p: Dec): Dec {
  if (k < 0) return new D(0);
  if (k >= n) return new D(1);
  const mean = p.times(n);
  if (mean.gte(k)) return sumTail(n, k, p, -1);
  return new D(1).minus(sumTail(n, k + 1, p, +1));
}

/** Σ pmf(i) from i = start going in direction dir (−1 down to 0, +1 up to n), stopping when negligible. */
function sumTail(n: number, start: number, p: Dec, dir: -1 | 1): Dec {
  let term = lnPmf(n, start, p).exp();
  let s = term;
  const q = new D(1).minus(p);
  const tiny = new D('1e-26');
  for (let i = start; dir < 0 ? i > 0 : i < n; i += dir) {
    // pmf(i−1)/pmf(i) = i·q/((n−i+1)·p);  pmf(i+1)/pmf(i) = (n−i)·p/((i+1)·q)
    term = dir < 0 ? term.times(i).times(q).div(p.times(n - i + 1)) : term.times(n - i).times(p).div(q.times(i + 1));
    s = s.plus(term);
    if (term.lt(s.times(tiny))) break;
  }
  return s;
}

/** The result of {@link clopperPearson}. */
export interface ProportionInterval {
  readonly k: number;
  readonly n: number;
  readonly alpha: Rational;
  readonly interval: Interval;
}

function decToRationalOutward(x: Dec, up: boolean): Rational {
  return Rational.parse(x.toDecimalPlaces(15, up ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR).toFixed());
}

/**
 * Two-sided Clopper–Pearson 1−α interval for k successes in n trials.
 * @throws InvalidParameterError for n < 1, k ∉ [0, n] or α ∉ (0, 1)
 */
export function clopperPearson(k: number, n: number, alpha: Rational): ProportionInterval {
  requireInt('clopperPearson', 'n', n, 1, 1e9);
  requireInt('clopperPearson', 'k', k, 0, n);
  if (!(alpha instanceof Rational) || alpha.sign() <= 0 || alpha.ge(Rational.ONE))
    throw new InvalidParameterError('clopperPearson', 'alpha', 'a Rational in (0, 1)', show(alpha));
  const a2 = new D(alpha.num.toString()).div(alpha.den.toString()).div(2);
  const bisect = (f: (p: Dec) => boolean): Dec => {
    // f is monotone: false on [0, p*), true on [p*, 1]; returns ≈ p*
    let lo = new D(0);
    let hi = new D(1);
    for (let it = 0; it < 64; it++) {
      const mid = lo.plus(hi).div(2);
      if (f(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  };
  // lower end: the p with P(X ≥ k; p) = α/2 (0 when k = 0)
  const lower = k === 0 ? new D(0) : bisect((p) => new D(1).minus(binomialCdf(k - 1, n, p)).gte(a2));
  // upper end: the p with P(X ≤ k; p) = α/2 (1 when k = n)
  const upper = k === n ? new D(1) : bisect((p) => binomialCdf(k, n, p).lte(a2));
  return { k, n, alpha, interval: new Interval(decToRationalOutward(lower, false), decToRationalOutward(upper, true)) };
}

/**
 * DKW half-width ε with P(sup|F_n − F| > ε) ≤ α: ε = √(ln(2/α)/(2n)), rounded up to 15 digits.
 * @throws InvalidParameterError for n < 1 or α ∉ (0, 1)
 */
export function dkwEpsilon(n: number, alpha: Rational): Rational {
  requireInt('dkwEpsilon', 'n', n, 1, 1e12);
  if (!(alpha instanceof Rational) || alpha.sign() <= 0 || alpha.ge(Rational.ONE))
    throw new InvalidParameterError('dkwEpsilon', 'alpha', 'a Rational in (0, 1)', show(alpha));
  const a = new D(alpha.num.toString()).div(alpha.den.toString());
  return decToRationalOutward(new D(2).div(a).ln().div(2 * n).sqrt(), true);
}
