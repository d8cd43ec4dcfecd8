/**
 * # E13 `neuron_pruned_eq_weight_pruned`
 *
 * Statement: every neuron-pruned g_S equals a weight-pruned g_{M,m} (m = 1_S, M all ones). Checked as
 * an equality of functions on the cube (the exact sup of |g_S − g_{M,m}| over X is 0, by E11) and
 * pointwise at sampled points outside the cube too.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, type Relation } from '../../src/claims/Relation.js';
import { networkArb, subsetArb } from '../../src/arbitraries/networkArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { PRUNING_GRID_DOMAIN, pruningGrid } from '../../src/arbitraries/specialNetworks2d.js';
import { Network } from '../../src/model/Network.js';
import { cubeSupAbs } from '../../src/model/cubeSup.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  S: number[];
  x: Rational[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'neuron_pruned_eq_weight_pruned',
  specRef: 'E13',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'Every neuron-pruned g_S equals the weight-pruned g_{M,m} with m = 1_S and M all ones.',
  uses: ['sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  hypotheses: 'A network g, a set S of its neurons (reading A1).',
  domain: 'd ∈ {2, 3}, N ≤ 5, S any subset, x ∈ [−3, 3]^d.',
  proofSketch:
    'Take the output mask m as the indicator of S and keep every input weight (M all ones); the weight-pruned network then has exactly the terms of g_S.',
  numRuns: { ci: 200, full: 1500 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 3 }).chain((d) =>
      networkArb({ d, maxN: 5 }).chain((g) =>
        fc.record({
          g: fc.constant(g),
          S: subsetArb({ N: g.N }),
          x: fc.array(rationalArb({ min: q(-3), max: q(3) }), { minLength: d, maxLength: d }),
        }),
      ),
    ),
  exhaustive: { domain: PRUNING_GRID_DOMAIN, inputs: pruningGrid },
  check: ({ g, S, x }) => {
    const gS = g.neuronPrune(S);
    const set = new Set(S);
    const gM = g.weightPrune(
      g.neurons.map(() => Array.from({ length: g.d }, () => true)),
      g.neurons.map((_, j) => set.has(j)),
    );
    const rels: Relation[] = [
      rel(
        'sup_X |g_S − g_{M,m}|',
        cubeSupAbs(gS.plus(gM.scaleOutput(Rational.MINUS_ONE))).value,
        '=',
        '0',
        Rational.ZERO,
      ),
    ];
    rels.push(rel('g_S(x)', gS.eval(x), '=', 'g_{M,m}(x)', gM.eval(x)));
    return rels;
  },
});
