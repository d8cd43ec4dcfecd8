/**
 * # Directed rounding on a dyadic grid (the arithmetic of the series enclosures)
 *
 * Main definitions: {@link precisionBits}(api, digits) — the validated working precision P for a
 * requested number of decimal digits; {@link fx}(x, P, up) — ⌊x·2^P⌋ or ⌈x·2^P⌉ of a rational;
 * {@link mulF}, {@link divF} — products and integer quotients of fixed-point numbers (value n/2^P)
 * rounded down or up; {@link fromF}; {@link isqrtBig} — the integer square root ⌊√n⌋.
 *
 * Main statements: `mulF(a, b, P, false) ≤ ab/2^P ≤ mulF(a, b, P, true)` for a, b ≥ 0 (as values
 * over 2^P), and likewise for `divF`; so a series of positive terms computed with every operation
 * rounded down is a lower bound, and rounded up (plus a proved tail bound) an upper bound.
 *
 * Implementation notes: BigInt only (no platform `Math.*` in any end), so the ends are identical on
 * every machine; this plays the role decimal.js's directed rounding plays in `Interval.ts`, in
 * binary. The working precision is digits·log₂10 + 24 bits, so the final ends are correct to about
 * 10^(−digits) after the few roundings each enclosure performs.
 *
 * References: any text on interval arithmetic (e.g. Tucker, *Validated Numerics*, ch. 3).
 */
import { Rational } from './Rational.js';
import { InvalidParameterError, show } from '../errors.js';

/**
 * The working precision in bits for `digits` decimal digits (an integer in [10, 1000]).
 * @throws InvalidParameterError naming `api` and `digits` otherwise
 */
export function precisionBits(api: string, digits: unknown): number {
  if (typeof digits !== 'number' || !Number.isSafeInteger(digits) || digits < 10 || digits > 1000)
    throw new InvalidParameterError(api, 'digits', 'an integer in [10, 1000]', show(digits));
  return Math.ceil((digits * 3322) / 1000) + 24;
}

/** ⌊x·2^P⌋ (up = false) or ⌈x·2^P⌉ (up = true). */
export function fx(x: Rational, P: number, up: boolean): bigint {
  const y = x.mul(Rational.of(1n << BigInt(P)));
  return up ? y.ceil() : y.floor();
}

/** The rational n/2^P. */
export function fromF(n: bigint, P: number): Rational {
  return Rational.of(n, 1n << BigInt(P));
}

/** a·b/2^P rounded down or up (a, b ≥ 0 fixed-point numbers). */
export function mulF(a: bigint, b: bigint, P: number, up: boolean): bigint {
  const p = a * b;
  const f = p >> BigInt(P);
  return up && f << BigInt(P) !== p ? f + 1n : f;
}

/** a/n rounded down or up (a ≥ 0, n > 0 an integer). */
export function divF(a: bigint, n: bigint, up: boolean): bigint {
  const f = a / n;
  return up && f * n !== a ? f + 1n : f;
}

/** ⌊√n⌋ for a non-negative bigint (Newton's method from above). */
export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw new InvalidParameterError('isqrtBig', 'n', 'a non-negative integer', n.toString());
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
