/**
 * # E15 `axis_target_weight_pruning_error_eq` (reading A1, target σ(x_1))
 *
 * Statement: let P = {j : w_{j1} > 0}. For S ⊆ P, keeping only coordinate 1 of each w_j (j ∈ S)
 * gives g(x) = c·σ(x_1) with c = Σ_{j∈S} α_j w_{j1}, and sup_X |σ(x_1) − g(x)| = |1 − c| exactly.
 * The left side is the exact sup over the cube (E11) of the actual weight-pruned network.
 *
 * Generator: random networks and subsets (d ∈ {2, 3}); the bounded-exhaustive grid runs every subset
 * of three-neuron networks: two neurons in P with (α, w_{j1}) ∈ {−1, 1/2} × {1, 2} and one outside P
 * (c = 1 exactly, c > 1 and c < 0 among them).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { networkArb } from '../../src/arbitraries/networkArb.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { axisMaskedNetwork } from '../../src/model/axisConstructions.js';
import { approxError } from '../../src/model/cubeSup.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  pick: boolean[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'axis_target_weight_pruning_error_eq',
  specRef: 'E15',
  paperRef: null,
  versions: ['v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement:
    'For S ⊆ P = {j : w_{j1} > 0}, keeping only coordinate 1 of each w_j (j ∈ S) gives g = c·σ(x_1), c = Σ_{j∈S} α_j w_{j1}, and sup_X |σ(x_1) − g| = |1 − c| exactly.',
  uses: ['sup_over_cube_eq_max_over_vertices', 'relu_mul_of_nonneg'],
  expected: 'holds',
  hypotheses:
    'Target σ(x_1) (w* = e_1), reading A1; S a subset of P = {j : w_{j1} > 0}; only coordinate 1 of each kept neuron is kept.',
  domain: 'd ∈ {2, 3}, N ≤ 8, S any subset of P.',
  proofSketch:
    'Each kept neuron becomes α_j σ(w_{j1}x_1) = α_j w_{j1} σ(x_1) since w_{j1} > 0 (E14), so g = cσ(x_1) with c = Σ_S α_j w_{j1}. The error (1 − c)σ(x_1) has modulus |1 − c| at x_1 = 1 and less elsewhere.',
  numRuns: { ci: 200, full: 1500 },
  exhaustive: {
    domain:
      'every subset of the network {(α, w) = (a₁, (b₁, 1)), (a₂, (b₂, −1/2)), (1, (−1, 1))} for a₁, a₂ ∈ {−1, 1/2}, b₁, b₂ ∈ {1, 2} — c ∈ {1, 3/2, 2, −1, …}',
    inputs: () => {
      const out: Input[] = [];
      for (const a1 of [q(-1), q(1, 2)])
        for (const a2 of [q(-1), q(1, 2)])
          for (const b1 of [q(1), q(2)])
            for (const b2 of [q(1), q(2)]) {
              const g = new Network(2, [
                { alpha: a1, w: [b1, q(1)] },
                { alpha: a2, w: [b2, q(-1, 2)] },
                { alpha: q(1), w: [q(-1), q(1)] },
              ]);
              for (let bits = 0; bits < 8; bits++) out.push({ g, pick: [0, 1, 2].map((j) => ((bits >> j) & 1) === 1) });
            }
      return out;
    },
  },
  constants: [
    {
      name: 'lambda',
      value: Rational.ONE,
      falseSide: 'up',
      tight: true,
      description: 'the factor 1 in sup_X |σ(x_1) − g| = |1 − c| (an equality)',
    },
  ],
  arbitrary: () =>
    fc
      .integer({ min: 2, max: 3 })
      .chain((d) =>
        networkArb({ d, maxN: 8 }).chain((g) =>
          fc.array(fc.boolean(), { minLength: g.N, maxLength: g.N }).map((pick) => ({ g, pick })),
        ),
      ),
  check: ({ g, pick }, constants) => {
    const lambda = constants?.lambda ?? Rational.ONE;
    const keep = g.neurons.map((n, j) => (pick[j] && n.w[0]!.sign() > 0 ? 0 : undefined));
    let c = Rational.ZERO;
    g.neurons.forEach((n, j) => {
      if (keep[j] === 0) c = c.add(n.alpha.mul(n.w[0]!));
    });
    const f = new TargetNeuron([Rational.ONE, ...Array.from({ length: g.d - 1 }, () => Rational.ZERO)]);
    return [
      rel(
        'sup_X |σ(x_1) − g_{M,m}(x)| (exact, E11)',
        approxError(f, axisMaskedNetwork(g, keep)).value,
        '=',
        lambda.eq(Rational.ONE) ? '|1 − c|' : `${lambda}·|1 − c|`,
        Rational.ONE.sub(c).abs().mul(lambda),
      ),
    ];
  },
});
