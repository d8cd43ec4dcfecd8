/**
 * # E14 `relu_sub_relu_neg`: σ(z) − σ(−z) = z.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { SPECIAL_Z } from '../../src/arbitraries/negativeScaleArb.js';
import { relu } from '../../src/model/relu.js';
import { q, type Rational } from '../../src/exact/Rational.js';

export default defineClaim<ExactClaim<Rational>>({
  id: 'relu_sub_relu_neg',
  specRef: 'E14',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement: 'σ(z) − σ(−z) = z for every rational z.',
  uses: [],
  expected: 'holds',
  hypotheses: 'z rational.',
  domain: 'z ∈ [−1000, 1000] with denominators ≤ 1000.',
  proofSketch: 'If z ≥ 0 the left side is z − 0; if z < 0 it is 0 − (−z). Either way it equals z.',
  numRuns: { ci: 200, full: 5000 },
  arbitrary: () => rationalArb({ min: q(-1000), max: q(1000), maxDen: 1000 }),
  exhaustive: { domain: 'z ∈ {0, ±1, ±1/2, ±1/1000, ±999/1000, ±1000}', inputs: () => SPECIAL_Z },
  check: (z) => [rel('σ(z) − σ(−z)', relu(z).sub(relu(z.neg())), '=', 'z', z)],
});
