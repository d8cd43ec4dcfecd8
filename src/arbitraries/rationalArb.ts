/**
 * # fast-check arbitrary for exact rationals
 *
 * Main definitions: {@link rationalArb}(constraints) — rationals p/q in [min, max] with 1 ≤ q ≤ maxDen,
 * biased towards the edge values min, max, 0 and ±1/2 (where window and bin ends sit).
 *
 * Implementation notes: the denominator is drawn first, then the numerator within the range; both
 * shrink towards small values, so counterexamples shrink to short fractions.
 */
import fc from 'fast-check';
import { Rational } from '../exact/Rational.js';
import { checkConstraints, intIn } from './constraints.js';
import { InvalidParameterError } from '../errors.js';

/** Constraints of {@link rationalArb}. */
export interface RationalConstraints {
  /** lower end (inclusive), default −1 */
  min?: Rational;
  /** upper end (inclusive), default 1 */
  max?: Rational;
  /** largest denominator, default 64 (1..10^6) */
  maxDen?: number;
}

const isRational = (v: unknown) => (v instanceof Rational ? undefined : 'a Rational');

/** Rationals in [min, max] with bounded denominators. */
export function rationalArb(constraints: RationalConstraints = {}): fc.Arbitrary<Rational> {
  checkConstraints('rationalArb', constraints, { min: isRational, max: isRational, maxDen: intIn(1, 1_000_000) });
  const min = constraints.min ?? Rational.MINUS_ONE;
  const max = constraints.max ?? Rational.ONE;
  const maxDen = constraints.maxDen ?? 64;
  if (min.gt(max))
    throw new InvalidParameterError('rationalArb', 'constraints.min', `≤ constraints.max = ${max}`, min.toString());
  const general = fc.integer({ min: 1, max: maxDen }).chain((den) => {
    const D = BigInt(den);
    const lo = min.mul(Rational.of(D)).ceil();
    const hi = max.mul(Rational.of(D)).floor();
    if (lo > hi) return fc.constant(min);
    return fc.bigInt({ min: lo, max: hi }).map((n) => Rational.of(n, D));
  });
  const edges = [min, max, Rational.ZERO, Rational.HALF, Rational.HALF.neg()].filter((x) => x.ge(min) && x.le(max));
  return fc.oneof({ arbitrary: general, weight: 8 }, { arbitrary: fc.constantFrom(...edges), weight: 1 });
}
