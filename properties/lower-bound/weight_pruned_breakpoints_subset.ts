/**
 * # E12 `weight_pruned_breakpoints_subset` (reading A1)
 *
 * Statement: along family i, every effective breakpoint of every weight-pruned network g_{M,m} lies in
 * {t_i(w_j) : j} ∪ {0}. (Masking w_{j,2i} moves neuron j's breakpoint to 0; masking w_{j,2i−1}
 * removes it.) Hence E5/E7 apply to weight pruning with the candidate set enlarged by 0.
 *
 * Generator: random networks, families and masks; the bounded-exhaustive grid runs every mask of four
 * small networks whose breakpoints sit at ±1, at 0, coincide, or do not exist (w_{2i−1} = 0).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { fact } from '../../src/claims/Relation.js';
import { networkArb, maskArb, familyArb } from '../../src/arbitraries/networkArb.js';
import { Network } from '../../src/model/Network.js';
import { breakpoint, restrictNetwork } from '../../src/model/family.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  g: Network;
  i: number;
  M: boolean[][];
  m: boolean[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'weight_pruned_breakpoints_subset',
  specRef: 'E12',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement: 'Along family i, every breakpoint of every weight-pruned network g_{M,m} lies in {t_i(w_j) : j} ∪ {0}.',
  uses: ['neuron_jump_eq_alpha_abs', 'relu_restrict_family'],
  expected: 'holds',
  hypotheses: 'Reading A1: masks M ∈ {0,1}^{N×d} on input weights and m ∈ {0,1}^N on neurons.',
  domain: 'd ∈ {2,…,6}, N ≤ 6, every family i, random masks.',
  proofSketch:
    'A masked neuron restricted to family i is α σ(a′t + b′) where a′ ∈ {a_j, 0} and b′ ∈ {b_j, 0}. If both survive its breakpoint is t_i(w_j); if only a_j survives it is 0; otherwise there is no kink. So kinks lie in {t_i(w_j)} ∪ {0}.',
  numRuns: { ci: 200, full: 3000 },
  exhaustive: {
    domain:
      'every mask (M, m) ∈ {0,1}^{2×2} × {0,1}^2 of four two-neuron networks in d = 2 (opposite breakpoints ±1, a breakpoint at 0, a neuron with w_1 = 0, coinciding breakpoints with opposite α)',
    inputs: () => {
      const nets = [
        [
          [q(1), q(1), q(1)],
          [q(1), q(1), q(-1)],
        ],
        [
          [q(1), q(1), q(0)],
          [q(-1), q(0), q(1)],
        ],
        [
          [q(2), q(1, 2), q(-1)],
          [q(-1, 2), q(-1), q(1, 2)],
        ],
        [
          [q(1), q(1), q(1, 2)],
          [q(-1), q(1), q(1, 2)],
        ],
      ].map(
        (ns) =>
          new Network(
            2,
            ns.map(([alpha, ...w]) => ({ alpha: alpha!, w })),
          ),
      );
      const out: Input[] = [];
      for (const g of nets)
        for (let bits = 0; bits < 64; bits++) {
          const b = (k: number) => ((bits >> k) & 1) === 1;
          out.push({
            g,
            i: 1,
            M: [
              [b(0), b(1)],
              [b(2), b(3)],
            ],
            m: [b(4), b(5)],
          });
        }
      return out;
    },
  },
  arbitrary: () =>
    fc
      .integer({ min: 2, max: 6 })
      .chain((d) => fc.tuple(networkArb({ d, maxN: 6 }), familyArb({ d })))
      .chain(([g, i]) => maskArb({ N: g.N, d: g.d }).map(({ M, m }) => ({ g, i, M, m }))),
  check: ({ g, i, M, m }) => {
    const allowed = [
      Rational.ZERO,
      ...g.neurons.map((n) => breakpoint(n.w, i)).filter((t): t is Rational => t !== undefined),
    ];
    const eff = restrictNetwork(g.weightPrune(M, m), i).effectiveBreakpoints();
    const stray = eff.filter((k) => !allowed.some((t) => t.eq(k.tau)));
    return [
      fact(
        `every effective breakpoint of g_{M,m} is some t_i(w_j) or 0${stray.length ? ` (stray: ${stray.map((k) => k.tau.toString()).join(', ')})` : ''}`,
        stray.length === 0,
      ),
    ];
  },
});
