/**
 * # E3 `network_positive_homogeneous`
 *
 * Statement: g(c·x) = c·g(x) for every rational c ≥ 0 and x ∈ Q^d (reading A1, bias-free).
 * Its negative control `network_homogeneous_of_negative_scale` (c < 0) must be refuted.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { HOMOGENEITY_GRID_DOMAIN, homogeneityGrid } from '../../src/arbitraries/specialNetworks2d.js';
import { negativeScaleArb } from '../../src/arbitraries/negativeScaleArb.js';
import { homogeneityArb, type HomogeneityInput } from '../../src/arbitraries/homogeneityArb.js';
import { homogeneityRelation } from '../../src/claims/relations/homogeneityRelation.js';
import { Rational, q } from '../../src/exact/Rational.js';

export default defineClaim<ExactClaim<HomogeneityInput>>({
  id: 'network_positive_homogeneous',
  specRef: 'E3',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'g(c x) = c g(x) for every rational c ≥ 0 (bias-free ReLU networks are positively homogeneous).',
  uses: [],
  expected: 'holds',
  hypotheses: 'A bias-free two-layer ReLU network (reading A1); c ≥ 0 rational.',
  domain: 'd ∈ {2,…,5}, N ≤ 5, x ∈ [−2, 2]^d, c ∈ [0, 8] with denominators ≤ 16.',
  proofSketch:
    'Each neuron is σ of a linear form, and σ(c·z) = c·σ(z) for c ≥ 0 (E14); the output layer is linear, so the factor c comes out of the sum.',
  numRuns: { ci: 200, full: 3000 },
  // 1 case in 8 is a near miss of c ≥ 0 (c just below 0)
  arbitrary: () =>
    fc.oneof(
      { arbitrary: homogeneityArb(Rational.ZERO, q(8)), weight: 7 },
      {
        arbitrary: fc
          .tuple(homogeneityArb(Rational.ZERO, Rational.ONE), negativeScaleArb())
          .map(([x, c]) => ({ ...x, c })),
        weight: 1,
      },
    ),
  hypothesis: ({ c }) => c.sign() >= 0,
  exhaustive: { domain: HOMOGENEITY_GRID_DOMAIN, inputs: homogeneityGrid },
  check: homogeneityRelation,
});
