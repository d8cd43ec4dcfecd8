/**
 * # E16 `output_relu_construction_error_le_l1` (reading A2)
 *
 * Statement: assign disjoint blocks of neurons to each coordinate k and sign; keep only coordinate k
 * of each neuron in the block (neurons with w_{jk} of the block's sign). The inner sum is
 * ŝ(x) = Σ_k (c_k σ(x_k) + c'_k σ(−x_k)) and
 * sup_X |σ(⟨w*, x⟩) − σ(ŝ(x))| ≤ Σ_k max(|c_k − w*_k|, |c'_k + w*_k|).
 * The left side is computed exactly (vertex enumeration per orthant) on the actual pruned network.
 *
 * Generator: half random networks with random block assignments; half construction-shaped networks
 * (one + and one − neuron per coordinate, α = ±w*_k plus a perturbation that is 0 in most
 * coordinates, noise on the masked coordinates), where the bound is attained whenever a single
 * coefficient is off — so a bound lowered by 1 % is refuted. The bounded-exhaustive grid runs the
 * construction for w* ∈ {e₁, (3/5, 4/5), (3/5, −4/5)} with no perturbation or one coefficient
 * (c_k or c′_k) off by ±1/4.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { networkArb } from '../../src/arbitraries/networkArb.js';
import { unitVectorArb } from '../../src/arbitraries/unitVectorArb.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { a2SupAbsAxisAligned } from '../../src/model/axisConstructions.js';
import { blockConstruction, l1Bound } from '../../src/model/blockConstruction.js';
import { Rational, q } from '../../src/exact/Rational.js';
import {
  blockConstructionArb,
  blockConstructionInput,
  type BlockConstructionInput,
} from '../../src/arbitraries/blockConstructionArb.js';

type Input = BlockConstructionInput;

export default defineClaim<ExactClaim<Input>>({
  id: 'output_relu_construction_error_le_l1',
  specRef: 'E16',
  paperRef: null,
  versions: ['v1', 'v2'],
  readings: ['A2'],
  kind: 'exact-forall',
  statement:
    'With disjoint per-(coordinate, sign) blocks keeping one coordinate each, sup_X |σ(⟨w*,x⟩) − σ(ŝ(x))| ≤ Σ_k max(|c_k − w*_k|, |c′_k + w*_k|).',
  smtNote:
    'Tried: the negation is nonlinear (target × point products under two ReLUs); Z3 proved d = 2 and d = 3 for all real parameters only in about a minute per shape (a per-coordinate lemma plus a linear step), beyond the default SMT budget of 20 s, so no ladder is declared; the property test and the exhaustive grid check it exactly.',
  uses: ['relu_mul_of_nonneg', 'relu_sub_relu_neg', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  hypotheses:
    'Reading A2 (output ReLU); disjoint blocks of neurons per coordinate k and sign; only coordinate k kept in block (k, ±).',
  domain:
    'd ∈ {2, 3}, N ≤ 8 with random block assignments, and near-exact constructions (perturbations ≤ 1/4); exact A2 sup over the cube.',
  proofSketch:
    'Block (k, +) contributes c_k σ(x_k) and block (k, −) contributes c′_k σ(−x_k) (E14, positive scaling). Since w*_k x_k = w*_k σ(x_k) − w*_k σ(−x_k) (E14), the inner sum differs from ⟨w*, x⟩ by Σ_k ((c_k − w*_k)σ(x_k) + (c′_k + w*_k)σ(−x_k)), at most Σ_k max(|c_k − w*_k|, |c′_k + w*_k|) on the cube; σ is 1-Lipschitz.',
  numRuns: { ci: 200, full: 1500 },
  arbitrary: () =>
    fc.oneof(
      fc
        .integer({ min: 2, max: 3 })
        .chain((d) =>
          fc
            .record({ w: unitVectorArb({ d }), g: networkArb({ d, minN: 1, maxN: 8 }) })
            .chain(({ w, g }) =>
              fc
                .array(fc.integer({ min: -1, max: 2 * d - 1 }), { minLength: g.N, maxLength: g.N })
                .map((block) => ({ f: new TargetNeuron(w), g, block })),
            ),
        ),
      blockConstructionArb(),
    ),
  exhaustive: {
    domain:
      'the construction for w* ∈ {e₁, (3/5, 4/5), (3/5, −4/5)} (d = 2) × {no perturbation, one of c₁, c′₁, c₂, c′₂ off by ±1/4}',
    inputs: () => {
      const out: Input[] = [];
      for (const w of [
        [q(1), q(0)],
        [q(3, 5), q(4, 5)],
        [q(3, 5), q(-4, 5)],
      ]) {
        const ps: Rational[][] = [[q(0), q(0), q(0), q(0)]];
        for (let j = 0; j < 4; j++)
          for (const p of [q(1, 4), q(-1, 4)]) ps.push([0, 1, 2, 3].map((jj) => (jj === j ? p : q(0))));
        for (const p of ps)
          out.push(
            blockConstructionInput(w, p, [
              [q(0), q(1, 2)],
              [q(0), q(-1)],
              [q(1, 2), q(0)],
              [q(-1), q(0)],
            ]),
          );
      }
      return out;
    },
  },
  constants: [
    {
      name: 'lambda',
      value: Rational.ONE,
      falseSide: 'down',
      tight: false,
      description: 'the factor 1 of the l1 bound Σ_k max(|c_k − w*_k|, |c′_k + w*_k|)',
    },
  ],
  check: ({ f, g, block }, constants) => {
    const lambda = constants?.lambda ?? Rational.ONE;
    const { net, c, cp } = blockConstruction(g, block);
    const label = lambda.eq(Rational.ONE)
      ? 'Σ_k max(|c_k − w*_k|, |c′_k + w*_k|)'
      : `${lambda}·Σ_k max(|c_k − w*_k|, |c′_k + w*_k|)`;
    return [
      rel(
        'sup_X |σ(⟨w*,x⟩) − σ(ŝ(x))| (exact)',
        a2SupAbsAxisAligned(f, net).value,
        '<=',
        label,
        l1Bound(f.w, c, cp).mul(lambda),
      ),
    ];
  },
});
