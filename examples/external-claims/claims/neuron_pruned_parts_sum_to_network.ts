/**
 * # `neuron_pruned_parts_sum_to_network` (an external claim, expected to hold)
 *
 * Statement: for a two-layer ReLU network g, any set S of its neurons and any input x,
 * g(x) = g_S(x) + g_{S^c}(x): neuron pruning splits the network's output exactly.
 *
 * Generator: the package's `networkArb` (small rational networks, and Gaussian-like networks whose
 * weights are shrinkable Irwin–Hall dyadics) and `subsetArb`, a point of [−2, 2]^d from `rationalArb`.
 */
import {
  defineClaim,
  fc,
  networkArb,
  subsetArb,
  rationalArb,
  rel,
  q,
  type ExactClaim,
  type Network,
  type Rational,
} from 'pruning-gap-check';

interface Input {
  g: Network;
  S: number[];
  x: Rational[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'neuron_pruned_parts_sum_to_network',
  specRef: 'example',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'g(x) = g_S(x) + g_{S^c}(x) for every network g, set of neurons S and input x.',
  hypotheses: 'g a bias-free two-layer ReLU network (reading A1); S any subset of its neurons.',
  domain: 'd ∈ {2,…,5}, N ≤ 6, x ∈ [−2, 2]^d with denominators ≤ 64.',
  proofSketch: 'The output is a sum over neurons; splitting the index set splits the sum.',
  uses: ['neuron_pruned_eq_weight_pruned'],
  expected: 'holds',
  numRuns: { ci: 100, full: 2000 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 5 }).chain((d) =>
      networkArb({ d, maxN: 6 }).chain((g) =>
        fc.record({
          g: fc.constant(g),
          S: subsetArb({ N: g.N }),
          x: fc.array(rationalArb({ min: q(-2), max: q(2) }), { minLength: d, maxLength: d }),
        }),
      ),
    ),
  check: ({ g, S, x }) => {
    const rest = [...Array(g.N).keys()].filter((j) => !S.includes(j));
    return [
      rel('g(x)', g.eval(x), '=', 'g_S(x) + g_{S^c}(x)', g.neuronPrune(S).eval(x).add(g.neuronPrune(rest).eval(x))),
    ];
  },
});
