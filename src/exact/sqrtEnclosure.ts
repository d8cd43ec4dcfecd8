/**
 * # Rigorous enclosure of √x
 *
 * Main definitions: {@link sqrtEnclosure}(x, digits) — an {@link Interval} with rational ends
 * containing √x for a rational x ≥ 0, of width ≤ 2^−P/den(x) (P the working precision for `digits`);
 * the point interval [√x, √x] when x is the square of a rational.
 *
 * Main statements: with x = p/q, √x = √(pq)/q, and ⌊√(pq·4^P)⌋ ≤ √(pq)·2^P < ⌊√(pq·4^P)⌋ + 1.
 *
 * Implementation notes: exact integer square roots (`isqrtBig`); no floating point.
 *
 * References: README, "Conventions" (irrational quantities are enclosures with rational ends).
 */
import { Rational } from './Rational.js';
import { Interval } from './Interval.js';
import { isqrtBig, precisionBits } from './dyadicRounding.js';
import { InvalidParameterError, show } from '../errors.js';

/**
 * An enclosure of √x for a rational x ≥ 0 (exact when x is a rational square).
 * @throws InvalidParameterError for x < 0, a non-Rational x or digits outside [10, 1000]
 */
export function sqrtEnclosure(x: Rational, digits = 40): Interval {
  const api = 'sqrtEnclosure';
  const P = precisionBits(api, digits);
  if (!(x instanceof Rational) || x.sign() < 0) throw new InvalidParameterError(api, 'x', 'a Rational ≥ 0', show(x));
  const rn = isqrtBig(x.num);
  const rd = isqrtBig(x.den);
  if (rn * rn === x.num && rd * rd === x.den) return Interval.point(Rational.of(rn, rd));
  const m = x.num * x.den;
  const s = isqrtBig(m << BigInt(2 * P));
  const scale = x.den << BigInt(P);
  return new Interval(Rational.of(s, scale), Rational.of(s + 1n, scale));
}
