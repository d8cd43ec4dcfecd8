/**
 * # E3 `network_positive_homogeneous`
 *
 * Statement: g(c·x) = c·g(x) for every rational c ≥ 0 and x ∈ Q^d (reading A1, bias-free).
 * Its negative control `network_homogeneous_of_negative_scale` (c < 0) must be refuted.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { rel } from '../src/claims/Relation.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { Network } from '../src/model/Network.js';
import { Rational, q } from '../src/exact/Rational.js';

/** Input of E3 and its control. */
export interface HomogeneityInput {
  g: Network;
  x: Rational[];
  c: Rational;
}

/** The shared generator: network, point, scale in [cMin, cMax]. */
export function homogeneityArb(cMin: Rational, cMax: Rational): fc.Arbitrary<HomogeneityInput> {
  return fc.integer({ min: 2, max: 5 }).chain((d) =>
    fc.record({
      g: networkArb({ d, maxN: 5 }),
      x: fc.array(rationalArb({ min: q(-2), max: q(2) }), { minLength: d, maxLength: d }),
      c: rationalArb({ min: cMin, max: cMax, maxDen: 16 }),
    }),
  );
}

/** g(c x) = c g(x). */
export function homogeneityRelation({ g, x, c }: HomogeneityInput) {
  return [rel('g(c·x)', g.eval(x.map((v) => v.mul(c))), '=', 'c·g(x)', c.mul(g.eval(x)))];
}

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
  proofSketch: 'Each neuron is σ of a linear form, and σ(c·z) = c·σ(z) for c ≥ 0 (E14); the output layer is linear, so the factor c comes out of the sum.',
  numRuns: { ci: 200, full: 3000 },
  arbitrary: () => homogeneityArb(Rational.ZERO, q(8)),
  check: homogeneityRelation,
});
