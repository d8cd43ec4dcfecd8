/**
 * # `network_additive_in_input` (an external claim, expected to be refuted)
 *
 * Statement (false on purpose): g(x + y) = g(x) + g(y) for every network g and inputs x, y.
 * A ReLU network is positively homogeneous but not additive: one neuron σ(x_1) with x = 1, y = −1
 * gives σ(0) = 0 ≠ 1 = σ(1) + σ(−1). The runner must find and shrink such a counterexample, write it
 * to `reports/counterexamples/network_additive_in_input.json` and report "refuted as expected".
 */
import {
  defineClaim,
  fc,
  networkArb,
  rationalArb,
  rel,
  q,
  type ExactClaim,
  type Network,
  type Rational,
} from 'pruning-gap-check';

interface Input {
  g: Network;
  x: Rational[];
  y: Rational[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'network_additive_in_input',
  specRef: 'example',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'g(x + y) = g(x) + g(y) for every network g and inputs x, y (false: ReLU networks are not additive).',
  hypotheses: 'g a bias-free two-layer ReLU network (reading A1).',
  domain: 'd ∈ {2, 3}, N ≤ 4, x, y ∈ [−1, 1]^d with denominators ≤ 64.',
  proofSketch: 'Refuted by one neuron σ(x_1) at x = e_1, y = −e_1: σ(0) = 0 but σ(1) + σ(−1) = 1.',
  uses: ['network_positive_homogeneous'],
  expected: 'refuted',
  numRuns: { ci: 100, full: 1000 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 3 }).chain((d) => {
      const point = fc.array(rationalArb({ min: q(-1), max: q(1) }), { minLength: d, maxLength: d });
      return fc.record({ g: networkArb({ d, minN: 1, maxN: 4 }), x: point, y: point });
    }),
  check: ({ g, x, y }) => [
    rel('g(x + y)', g.eval(x.map((v, k) => v.add(y[k]!))), '=', 'g(x) + g(y)', g.eval(x).add(g.eval(y))),
  ],
});
