/**
 * # E1 `relu_restrict_family` (paper Figure 3)
 *
 * Statement: σ(⟨w, x_i(t)⟩) = σ(w_{2i−1}·t + w_{2i}); hence along family i a network restricts to
 * φ_i(t) = Σ_j α_j σ(a_j t + b_j). Checked on each neuron and on the whole network, at exact t
 * including the ends ±1.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { networkArb, familyArb } from '../../src/arbitraries/networkArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { familyRestrictGrid, FAMILY_RESTRICT_GRID_DOMAIN } from '../../src/arbitraries/specialNetworks2d.js';
import { Network } from '../../src/model/Network.js';
import { familyPoint, restrictNetwork } from '../../src/model/family.js';
import { dot, relu } from '../../src/model/relu.js';
import type { Rational } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  i: number;
  t: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'relu_restrict_family',
  specRef: 'E1',
  paperRef: 'Figure 3',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement:
    'σ(⟨w, x_i(t)⟩) = σ(w_{2i−1}·t + w_{2i}) for every neuron, and g(x_i(t)) = φ_{i}(t) = Σ_j α_j σ(a_j t + b_j).',
  uses: [],
  expected: 'holds',
  hypotheses: 'w ∈ Q^d, d ≥ 2, a family index i ≤ ⌊d/2⌋, t rational; no norm condition on w.',
  domain:
    'd ∈ {2,…,7}, N ≤ 5 (rational networks and Gaussian-like Irwin–Hall dyadic ones), t ∈ [−1, 1] with denominators ≤ 64; plus the bounded-exhaustive grid of special d = 2 networks.',
  proofSketch:
    'On the family, x_i(t) has t in coordinate 2i−1, 1 in coordinate 2i and zeros elsewhere, so ⟨w, x_i(t)⟩ = w_{2i−1}t + w_{2i}; summing α_j σ(·) over the neurons gives φ_i.',
  numRuns: { ci: 200, full: 2000 },
  arbitrary: () =>
    fc
      .integer({ min: 2, max: 7 })
      .chain((d) => fc.record({ g: networkArb({ d, maxN: 5 }), i: familyArb({ d }), t: rationalArb({}) })),
  exhaustive: { domain: FAMILY_RESTRICT_GRID_DOMAIN, inputs: familyRestrictGrid },
  check: ({ g, i, t }) => {
    const x = familyPoint(g.d, i, t);
    const rels = g.neurons.map((n, j) =>
      rel(
        `σ(⟨w_${j + 1}, x_${i}(t)⟩)`,
        relu(dot(n.w, x)),
        '=',
        `σ(w_{${2 * i - 1}}·t + w_{${2 * i}})`,
        relu(n.w[2 * i - 2]!.mul(t).add(n.w[2 * i - 1]!)),
      ),
    );
    rels.push(rel('g(x_i(t))', g.eval(x), '=', 'φ_i(t)', restrictNetwork(g, i).eval(t)));
    return rels;
  },
});
