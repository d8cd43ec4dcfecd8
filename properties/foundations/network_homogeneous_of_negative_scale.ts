/**
 * # Negative control of E3: `network_homogeneous_of_negative_scale` (false)
 *
 * Statement (false on purpose): g(c·x) = c·g(x) also for c < 0. A single ReLU neuron g = σ(x_1)
 * at x = e_1, c = −1 gives g(−e_1) = 0 ≠ −1. The suite must refute it with an exact counterexample.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { q } from '../../src/exact/Rational.js';
import { homogeneityArb, type HomogeneityInput } from '../../src/arbitraries/homogeneityArb.js';
import { homogeneityRelation } from '../../src/claims/relations/homogeneityRelation.js';

export default defineClaim<ExactClaim<HomogeneityInput>>({
  id: 'network_homogeneous_of_negative_scale',
  specRef: 'E3 (negative control)',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'g(c x) = c g(x) for every rational c < 0 — false: ReLU networks are only positively homogeneous.',
  uses: ['network_positive_homogeneous'],
  expected: 'refuted',
  hypotheses: 'As E3 but with c < 0 (the hypothesis c ≥ 0 removed) — a negative control.',
  domain: 'd ∈ {2,…,5}, N ≤ 5, x ∈ [−2, 2]^d, c ∈ [−8, −1/16] with denominators ≤ 16.',
  proofSketch:
    'False: for one neuron σ(x_1) at x = e_1 and c = −1, g(cx) = σ(−1) = 0 while c·g(x) = −1. The runner must find such a case.',
  negativeControlOf: 'network_positive_homogeneous',
  numRuns: { ci: 200, full: 2000 },
  arbitrary: () => homogeneityArb(q(-8), q(-1, 16)),
  check: homogeneityRelation,
});
