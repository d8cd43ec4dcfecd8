/**
 * # Rigorous enclosure of ln x
 *
 * Main definitions: {@link lnEnclosure}(x, digits) — an {@link Interval} with rational ends containing
 * ln x for a rational x > 0, of width about 10^(−digits)·(1 + |ln x|); {@link ln2Enclosure}.
 *
 * Main statements: write x = 2^m·r with r ∈ [3/4, 3/2); then ln x = m·ln 2 + ln r and
 * ln r = 2·atanh z, z = (r − 1)/(r + 1) ∈ [−1/7, 1/5], atanh z = Σ_{n≥0} z^{2n+1}/(2n+1) (odd in z);
 * for 0 ≤ z ≤ 1/3 the terms are positive and the tail after the power z^{2N+1} is
 * ≤ z^{2N+3}/(1 − z²) ≤ 2·z^{2N+1}·z². ln 2 = 2·atanh(1/3).
 *
 * Implementation notes: fixed point with directed rounding (`dyadicRounding.ts`); the powers of z are
 * carried rounded down for the lower end and up for the upper end. No floating point.
 *
 * References: README, "Conventions"; Brent & Zimmermann, *Modern Computer Arithmetic*, §4.4.
 */
import { Rational, q } from './Rational.js';
import { Interval } from './Interval.js';
import { divF, fromF, fx, mulF, precisionBits } from './dyadicRounding.js';
import { InvalidParameterError, show } from '../errors.js';

/** 2·atanh(z) for a rational 0 ≤ z ≤ 1/3, in fixed point (scale 2^P), rounded down or up. */
function twoAtanh(z: Rational, P: number, up: boolean): bigint {
  if (z.isZero()) return 0n;
  const zF = fx(z, P, up);
  const z2 = mulF(zF, zF, P, up);
  let p = zF; // z^{2n+1}
  let s = p;
  for (let n = 1n; p > 0n; n++) {
    p = mulF(p, z2, P, up);
    s += divF(p, 2n * n + 1n, up);
    if (p <= 1n) break;
  }
  if (up) s += 2n * mulF(p, z2, P, true) + 2n; // tail bound plus the roundings of the last terms
  return 2n * s;
}

function atanhInterval(z: Rational, P: number): [Rational, Rational] {
  const a = z.abs();
  const lo = fromF(twoAtanh(a, P, false), P);
  const hi = fromF(twoAtanh(a, P, true), P);
  return z.sign() >= 0 ? [lo, hi] : [hi.neg(), lo.neg()];
}

/**
 * An enclosure of ln 2 (2·atanh(1/3)).
 * @throws InvalidParameterError for digits outside [10, 1000]
 */
export function ln2Enclosure(digits = 40): Interval {
  const P = precisionBits('ln2Enclosure', digits) + 8;
  const [lo, hi] = atanhInterval(q(1, 3), P);
  return new Interval(lo, hi);
}

/**
 * An enclosure of ln x for a rational x > 0 (the point [0, 0] for x = 1).
 * @throws InvalidParameterError for x ≤ 0, a non-Rational x or digits outside [10, 1000]
 */
export function lnEnclosure(x: Rational, digits = 40): Interval {
  const api = 'lnEnclosure';
  const P0 = precisionBits(api, digits);
  if (!(x instanceof Rational) || x.sign() <= 0) throw new InvalidParameterError(api, 'x', 'a Rational > 0', show(x));
  if (x.eq(Rational.ONE)) return Interval.point(Rational.ZERO);
  // m with r = x/2^m ∈ [3/4, 3/2): start from the bit lengths, then adjust
  let m = x.num.toString(2).length - x.den.toString(2).length;
  const pow2 = (e: number) => (e >= 0 ? Rational.of(1n << BigInt(e)) : Rational.of(1n, 1n << BigInt(-e)));
  let r = x.div(pow2(m));
  while (r.ge(q(3, 2))) {
    m++;
    r = x.div(pow2(m));
  }
  while (r.lt(q(3, 4))) {
    m--;
    r = x.div(pow2(m));
  }
  const P = P0 + 8 + Math.ceil(Math.log2(Math.abs(m) + 1));
  const [rl, rh] = atanhInterval(r.sub(Rational.ONE).div(r.add(Rational.ONE)), P);
  if (m === 0) return new Interval(rl, rh);
  const [l2l, l2h] = atanhInterval(q(1, 3), P);
  const M = Rational.of(m);
  const [a, b] = m > 0 ? [l2l.mul(M), l2h.mul(M)] : [l2h.mul(M), l2l.mul(M)];
  return new Interval(a.add(rl), b.add(rh));
}
