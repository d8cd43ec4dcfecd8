/**
 * # fast-check arbitraries for dyadic rationals that shrink to short fractions
 *
 * Main definitions: {@link dyadicArb} — m/2^k in [min, max] with a shrinkable precision k and
 * mantissa; {@link gaussianDyadicArb} — a Gaussian-like value (Irwin–Hall: the sum of three uniform
 * integers, variance ≈ 1·scale²) on the same shrinkable dyadic grid.
 *
 * Main statements: every value is an exact dyadic rational. Shrinking lowers the precision k toward 0
 * (integers) and the mantissas toward 0, so a counterexample shrinks to values like 1/2, −3/4, 1 —
 * never to the 16–17-digit fractions of a 53-bit double.
 *
 * Implementation notes: a value is drawn as (k, m) with m a mantissa at full precision `bits`, then
 * truncated to k bits (⌊m / 2^{bits−k}⌋ / 2^k) and clamped into [min, max]; k and m are independent
 * integers, so fast-check shrinks each on its own. The Irwin–Hall sum uses only integer arithmetic,
 * so it is identical on every machine (no floating-point logarithm or inverse CDF).
 *
 * References: issue 9, item 6 (readable counterexamples).
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError } from '../errors.js';

/** Constraints of {@link dyadicArb}. */
export interface DyadicConstraints {
  /** lower end (inclusive), default −1 */
  min?: Rational;
  /** upper end (inclusive), default 1 */
  max?: Rational;
  /** largest precision in bits, 0..40 (default 10): values are multiples of 2^−bits */
  bits?: number;
}

const isRational = (v: unknown) => (v instanceof Rational ? undefined : 'a Rational');

/** ⌊m / 2^s⌋ for bigint m and s ≥ 0 (floor, also for negative m). */
function floorShift(m: bigint, s: number): bigint {
  return m >> BigInt(s);
}

/**
 * Dyadic rationals m/2^k in [min, max], k ≤ bits; shrinks toward coarse precision and toward 0 (or
 * toward the end of the range nearer to 0).
 * @throws InvalidParameterError for a bad constraints object or min > max
 */
export function dyadicArb(constraints: DyadicConstraints = {}): fc.Arbitrary<Rational> {
  checkConstraints('dyadicArb', constraints, { min: isRational, max: isRational, bits: intIn(0, 40) });
  const min = constraints.min ?? Rational.MINUS_ONE;
  const max = constraints.max ?? Rational.ONE;
  const bits = constraints.bits ?? 10;
  if (min.gt(max))
    throw new InvalidParameterError('dyadicArb', 'constraints.min', `≤ constraints.max = ${max}`, min.toString());
  const scale = Rational.of(2n ** BigInt(bits));
  const lo = min.mul(scale).ceil();
  const hi = max.mul(scale).floor();
  if (lo > hi) return fc.constant(min);
  const clamp = (x: Rational) => (x.lt(min) ? min : x.gt(max) ? max : x);
  return fc
    .tuple(fc.integer({ min: 0, max: bits }), fc.bigInt({ min: lo, max: hi }))
    .map(([k, m]) => clamp(Rational.of(floorShift(m, bits - k), 2n ** BigInt(k))));
}

/** Constraints of {@link gaussianDyadicArb}. */
export interface GaussianDyadicConstraints {
  /** largest precision in bits, 0..40 (default 16) */
  bits?: number;
  /** standard deviation as a power of two 2^scaleLog2, −20..20 (default 0: variance ≈ 1) */
  scaleLog2?: number;
}

/**
 * Gaussian-like dyadic values: (U₁ + U₂ + U₃)·2^scaleLog2 with U_j uniform on the 2^−bits grid of
 * [−1, 1] (Irwin–Hall: mean 0, variance 1, support [−3, 3]), truncated to a shrinkable precision.
 * @throws InvalidParameterError for a bad constraints object
 */
export function gaussianDyadicArb(constraints: GaussianDyadicConstraints = {}): fc.Arbitrary<Rational> {
  checkConstraints('gaussianDyadicArb', constraints, { bits: intIn(0, 40), scaleLog2: intIn(-20, 20) });
  const bits = constraints.bits ?? 16;
  const s = constraints.scaleLog2 ?? 0;
  const one = 2n ** BigInt(bits);
  const u = fc.bigInt({ min: -one, max: one });
  return fc.tuple(fc.integer({ min: 0, max: bits }), u, u, u).map(([k, a, b, c]) => {
    const m = floorShift(a + b + c, bits - k);
    const v = Rational.of(m, 2n ** BigInt(k));
    return s >= 0 ? v.mul(Rational.of(2n ** BigInt(s))) : v.div(Rational.of(2n ** BigInt(-s)));
  });
}
