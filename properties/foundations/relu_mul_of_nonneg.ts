/**
 * # E14 `relu_mul_of_nonneg`: σ(c·z) = c·σ(z) for c ≥ 0.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { negativeScaleArb, SPECIAL_C, SPECIAL_Z } from '../../src/arbitraries/negativeScaleArb.js';
import { relu } from '../../src/model/relu.js';
import { q, Rational } from '../../src/exact/Rational.js';

export default defineClaim<ExactClaim<{ c: Rational; z: Rational }>>({
  id: 'relu_mul_of_nonneg',
  specRef: 'E14',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement: 'σ(c z) = c σ(z) for every rational c ≥ 0 and z.',
  uses: [],
  expected: 'holds',
  hypotheses: 'c ≥ 0 and z rational.',
  domain: 'c ∈ [0, 100], z ∈ [−100, 100], denominators ≤ 100.',
  proofSketch: 'Multiplying by c ≥ 0 preserves the sign of z (or sends everything to 0), so max(cz, 0) = c·max(z, 0).',
  numRuns: { ci: 200, full: 5000 },
  // 1 case in 8 is a near miss of c ≥ 0 (c just below 0)
  arbitrary: () =>
    fc.record({
      c: fc.oneof(
        { arbitrary: rationalArb({ min: Rational.ZERO, max: q(100), maxDen: 100 }), weight: 7 },
        { arbitrary: negativeScaleArb(), weight: 1 },
      ),
      z: rationalArb({ min: q(-100), max: q(100), maxDen: 100 }),
    }),
  hypothesis: ({ c }) => c.sign() >= 0,
  exhaustive: {
    domain: 'c ∈ {0, 1/2, 1, 2, −1/1024 (a near miss of c ≥ 0)} × z ∈ {0, ±1, ±1/2, ±1/1000, ±999/1000, ±1000}',
    inputs: () => SPECIAL_C.flatMap((c) => SPECIAL_Z.map((z) => ({ c, z }))),
  },
  check: ({ c, z }) => [rel('σ(c·z)', relu(c.mul(z)), '=', 'c·σ(z)', c.mul(relu(z)))],
});
