/**
 * # Special scalars: scales at and just below 0
 *
 * Main definitions: {@link negativeScaleArb} — scales c just below 0 (near misses of the hypothesis
 * c ≥ 0 of E3 and E14); {@link SPECIAL_C} — the scales of the foundations' grids; {@link SPECIAL_Z} —
 * special scalars for E14.
 *
 * Main statements: every value of {@link negativeScaleArb} lies in [−1, −2^−10].
 *
 * Implementation notes: shrinks toward −1/1024 and short dyadic fractions.
 *
 * References: blueprint E3, E14 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { dyadicArb } from './dyadicArb.js';

/** Scales just below 0 (near misses of c ≥ 0): −1/1024, −1/16 or a dyadic in [−1, −2^−10]. */
export function negativeScaleArb(): fc.Arbitrary<Rational> {
  return fc.oneof(
    fc.constantFrom(q(-1, 1024), q(-1, 16)),
    dyadicArb({ min: Rational.MINUS_ONE, max: q(-1, 1024), bits: 10 }),
  );
}

/** Scales of the foundations' grids: 0, 1/2, 1, 2 and the near miss −1/1024 (c ≥ 0 just missed). */
export const SPECIAL_C: readonly Rational[] = [q(0), q(1, 2), q(1), q(2), q(-1, 1024)];

/** Special scalars for E14: 0, ±1, ±1/2, ±1/1000, ±999/1000, ±1000. */
export const SPECIAL_Z: readonly Rational[] = [
  q(0),
  q(1),
  q(-1),
  q(1, 2),
  q(-1, 2),
  q(1, 1000),
  q(-1, 1000),
  q(999, 1000),
  q(-999, 1000),
  q(1000),
  q(-1000),
];
