/**
 * # Rigorous enclosure of the standard normal CDF Φ
 *
 * Main definitions: {@link normalCdfEnclosure}(x, digits) — an {@link Interval} with rational ends
 * containing Φ(x) = P(Z ≤ x), Z ~ N(0, 1), for a rational x, of width about 10^(−digits);
 * {@link normalPdfEnclosure} — φ(x) = e^(−x²/2)/√(2π) (|x| ≤ 44).
 *
 * Main statements: for x ≥ 0, Φ(x) = 1/2 + φ(x)·Σ_{n≥0} x^{2n+1}/(1·3·5···(2n+1)) (all terms
 * positive; after the term t_N with x²/(2N+3) ≤ 1/2 the tail is ≤ t_N); Φ(−x) = 1 − Φ(x); Φ(0) = 1/2
 * exactly. For x > 40 the series is replaced by the Mills-ratio bounds
 * 1 − φ(40)/40 ≤ 1 − φ(x)/x ≤ Φ(x) ≤ 1 (1 − Φ(x) ≤ φ(x)/x, decreasing in x), whose width φ(40)/40 < 10^(−349) is below the requested
 * precision for digits ≤ 340 (larger `digits` with x > 40 are refused).
 *
 * Implementation notes: the series' terms grow to about e^{x²/2} before they fall, so the working
 * precision gets x²·log₂(e)/2 extra bits; e^(−x²/2) comes from `expEnclosure`, π from
 * `piEnclosure`, √ from `sqrtEnclosure`; the ends are combined by interval arithmetic and rounded
 * outward to the working grid.
 *
 * References: Marsaglia, "Evaluating the normal distribution", J. Stat. Softw. 11(4), 2004 (the
 * series); Gordon, Ann. Math. Stat. 12 (1941) (Mills' ratio bound).
 */
import { Rational, q } from './Rational.js';
import { Interval, piEnclosure } from './Interval.js';
import { expEnclosure } from './expEnclosure.js';
import { sqrtEnclosure } from './sqrtEnclosure.js';
import { divF, fromF, fx, mulF, precisionBits } from './dyadicRounding.js';
import { InvalidParameterError, show } from '../errors.js';

const MILLS_FROM = Rational.of(40);

function checkX(api: string, x: unknown, max: number): asserts x is Rational {
  if (!(x instanceof Rational) || x.abs().gt(Rational.of(max)))
    throw new InvalidParameterError(api, 'x', `a Rational with |x| ≤ ${max}`, show(x));
}

/**
 * An enclosure of the standard normal density φ(x) = e^(−x²/2)/√(2π).
 * @throws InvalidParameterError for |x| > 44 or digits outside [10, 1000]
 */
export function normalPdfEnclosure(x: Rational, digits = 40): Interval {
  const api = 'normalPdfEnclosure';
  precisionBits(api, digits);
  checkX(api, x, 44);
  const e = expEnclosure(x.mul(x).div(q(-2)), digits + 5);
  const pi = piEnclosure(digits + 5);
  const r = new Interval(sqrtEnclosure(pi.lo.mul(q(2)), digits + 5).lo, sqrtEnclosure(pi.hi.mul(q(2)), digits + 5).hi);
  return new Interval(e.lo.div(r.hi), e.hi.div(r.lo));
}

/** Σ_{n≥0} x^{2n+1}/(1·3···(2n+1)) for rational x ≥ 0, fixed point (scale 2^P), rounded down or up. */
function marsagliaSum(x: Rational, P: number, up: boolean): bigint {
  const xF = fx(x, P, up);
  const x2 = mulF(xF, xF, P, up);
  let t = xF;
  let s = t;
  for (let n = 1n; t > 0n; n++) {
    t = divF(mulF(t, x2, P, up), 2n * n + 1n, up);
    s += t;
    // stop once the ratio x²/(2n+3) ≤ 1/2 and the term is below one unit
    if (t <= 1n && x.mul(x).le(Rational.of(2n * n + 3n, 2n))) break;
  }
  return up ? s + t + 1n : s;
}

function roundOutTo(v: Interval, P: number): Interval {
  return new Interval(fromF(fx(v.lo, P, false), P), fromF(fx(v.hi, P, true), P));
}

/**
 * An enclosure of Φ(x) for a rational x, |x| ≤ 1000 (the point [1/2, 1/2] at x = 0).
 * @throws InvalidParameterError for |x| > 1000, digits outside [10, 1000], or |x| > 40 with digits > 340
 */
export function normalCdfEnclosure(x: Rational, digits = 40): Interval {
  const api = 'normalCdfEnclosure';
  const P0 = precisionBits(api, digits);
  checkX(api, x, 1000);
  if (x.isZero()) return Interval.point(Rational.HALF);
  if (x.sign() < 0) {
    const r = normalCdfEnclosure(x.neg(), digits);
    return new Interval(Rational.ONE.sub(r.hi), Rational.ONE.sub(r.lo));
  }
  if (x.gt(MILLS_FROM)) {
    if (digits > 340) throw new InvalidParameterError(api, 'digits', `≤ 340 for |x| > 40 (x = ${x})`, show(digits));
    // 1 − Φ(x) ≤ φ(x)/x ≤ φ(40)/40 for x ≥ 40 (φ(x)/x decreases)
    const phi = normalPdfEnclosure(MILLS_FROM, digits);
    return roundOutTo(new Interval(Rational.ONE.sub(phi.hi.div(MILLS_FROM)), Rational.ONE), P0);
  }
  // extra bits for the growth of the terms (≈ e^{x²/2}): x²·log₂(e)/2 < 0.73·x² (a float guides the precision only)
  const P = P0 + 16 + Math.ceil(0.73 * Number(x.mul(x).ceil()));
  const S = new Interval(fromF(marsagliaSum(x, P, false), P), fromF(marsagliaSum(x, P, true), P));
  const phi = normalPdfEnclosure(x, digits + 10);
  const prod = new Interval(phi.lo.mul(S.lo), phi.hi.mul(S.hi));
  return roundOutTo(new Interval(Rational.HALF.add(prod.lo), Rational.HALF.add(prod.hi).min(Rational.ONE)), P0 + 4);
}
