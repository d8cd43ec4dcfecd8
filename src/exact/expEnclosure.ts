/**
 * # Rigorous enclosure of exp x
 *
 * Main definitions: {@link expEnclosure}(x, digits) — an {@link Interval} with rational ends
 * containing e^x for a rational x with |x| ≤ 1000, of relative width about 10^(−digits).
 *
 * Main statements: for 0 ≤ y ≤ 1/2, e^y = Σ_{n≥0} yⁿ/n! with positive terms; after the term t_N the
 * tail is ≤ t_N·(y/(N+1))/(1 − y/(N+2)) ≤ t_N. With y = x/2^k, e^x = (e^y)^(2^k); squaring is
 * increasing on positive numbers, so squaring the lower end rounded down and the upper end rounded
 * up keeps the enclosure. For x < 0, e^x = 1/e^(−x) with the ends swapped.
 *
 * Implementation notes: fixed point with directed rounding (`dyadicRounding.ts`), k extra bits
 * for the k squarings; the ends are dyadic rationals. No floating point.
 *
 * References: README, "Conventions"; Brent & Zimmermann, *Modern Computer Arithmetic*, §4.4.
 */
import { Rational } from './Rational.js';
import { Interval } from './Interval.js';
import { divF, fromF, fx, mulF, precisionBits } from './dyadicRounding.js';
import { InvalidParameterError, show } from '../errors.js';

/** e^y in fixed point (scale 2^P) rounded down or up, for 0 ≤ y ≤ 1/2 given as fixed point yF (rounded the same way). */
function expSmall(yF: bigint, P: number, up: boolean): bigint {
  const one = 1n << BigInt(P);
  let t = one;
  let s = one;
  for (let n = 1n; t > 0n; n++) {
    t = divF(mulF(t, yF, P, up), n, up);
    s += t;
    if (t <= 1n) break;
  }
  return up ? s + t + 1n : s; // tail ≤ last term (plus one unit for the last rounding)
}

/**
 * An enclosure of e^x for a rational x, |x| ≤ 1000.
 * @throws InvalidParameterError for |x| > 1000, a non-Rational x or digits outside [10, 1000]
 */
export function expEnclosure(x: Rational, digits = 40): Interval {
  const api = 'expEnclosure';
  const P0 = precisionBits(api, digits);
  if (!(x instanceof Rational) || x.abs().gt(Rational.of(1000)))
    throw new InvalidParameterError(api, 'x', 'a Rational with |x| ≤ 1000', show(x));
  if (x.isZero()) return Interval.point(Rational.ONE);
  const ax = x.abs();
  let k = 0;
  while (ax.gt(Rational.of(1n << BigInt(k), 2))) k++; // ax/2^k ≤ 1/2
  const P = P0 + k + 8;
  const y = ax.div(Rational.of(1n << BigInt(k)));
  let lo = expSmall(fx(y, P, false), P, false);
  let hi = expSmall(fx(y, P, true), P, true);
  for (let j = 0; j < k; j++) {
    lo = mulF(lo, lo, P, false);
    hi = mulF(hi, hi, P, true);
  }
  const L = fromF(lo, P);
  const H = fromF(hi, P);
  if (x.sign() > 0) return new Interval(L, H);
  // e^x = 1/e^|x|: round the reciprocals outward on a grid finer by the integer bits of e^|x|, so the
  // relative width stays about 2^−P0
  const Q = P + Math.max(0, hi.toString(2).length - P) + 4;
  return new Interval(fromF(fx(Rational.ONE.div(H), Q, false), Q), fromF(fx(Rational.ONE.div(L), Q, true), Q));
}
