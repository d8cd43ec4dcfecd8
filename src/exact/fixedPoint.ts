/**
 * # Rigorous powers in fixed point
 *
 * Main definitions: {@link powEnclosure}(x, N) — an enclosure of x^N for a rational x ∈ [0, 1], in
 * 256-bit fixed point with directed rounding (floor for the lower end, ceiling for the upper end
 * after every product).
 *
 * Implementation notes: exact rational powers of non-dyadic numbers grow to N·(bits of x) bits and
 * every later reduction costs a huge gcd (measured: 100 s for the gap table with exact powers);
 * the enclosure is width ≈ N·2^−256, ample for every comparison this project makes with it.
 */
import { Rational } from './Rational.js';
import { Interval } from './Interval.js';
import { InvalidParameterError, requireInt } from '../errors.js';

const W = 256n;
/** 1 in the 256-bit fixed-point scale. */
export const FIXED_ONE = 1n << W;
const ONE = FIXED_ONE;

function mulFixed(a: bigint, b: bigint, up: boolean): bigint {
  const p = a * b;
  const f = p >> W;
  return up && f << W !== p ? f + 1n : f;
}

/** Fixed-point x^s with directed rounding (x a fixed-point integer in [0, ONE]). */
export function powFixedRaw(x: bigint, s: number, up: boolean): bigint {
  let result = ONE;
  let base = x;
  let e = s;
  while (e > 0) {
    if (e & 1) result = mulFixed(result, base, up);
    e >>= 1;
    if (e > 0) base = mulFixed(base, base, up);
  }
  return result;
}

/**
 * Enclosure of x^N for rational x ∈ [0, 1].
 * @throws InvalidParameterError for x outside [0, 1] or N outside [0, 10^7]
 */
export function powEnclosure(x: Rational, N: number): Interval {
  requireInt('powEnclosure', 'N', N, 0, 10_000_000);
  if (x.sign() < 0 || x.gt(Rational.ONE))
    throw new InvalidParameterError('powEnclosure', 'x', 'a rational in [0, 1]', x.toString());
  const y = x.mul(Rational.of(ONE));
  const lo = powFixedRaw(y.floor(), N, false);
  const hi = powFixedRaw(y.ceil(), N, true);
  return new Interval(Rational.of(lo, ONE), Rational.of(hi, ONE));
}

/** Enclosure of 1 − (1 − p)^N for an enclosure of p ⊆ [0, 1] (increasing in p). */
export function oneMinusPowEnclosure(p: Interval, N: number): Interval {
  const a = powEnclosure(Rational.ONE.sub(p.hi), N);
  const b = powEnclosure(Rational.ONE.sub(p.lo), N);
  return new Interval(Rational.ONE.sub(b.hi), Rational.ONE.sub(a.lo));
}

/** Round a rational outward to a multiple of 2^−k (keeps enclosure ends short). */
export function roundOut(x: Rational, up: boolean, k = 80): Rational {
  const y = x.mul(Rational.of(1n << BigInt(k)));
  return Rational.of(up ? y.ceil() : y.floor(), 1n << BigInt(k));
}
