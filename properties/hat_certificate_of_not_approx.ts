/**
 * # E10 `hat_certificate_of_not_approx`
 *
 * Statement: if for some family i, centre c and h > 0 with [c−h, c+h] ⊆ [−1, 1],
 * |Σ_k J_k (h − |τ_k − c|)_+| > 4ε where (τ_k, J_k) are the breakpoints of f∘x_i − φ_{S,i}, then g_S
 * does not ε-approximate f. This certificate also covers cancelling kinks.
 *
 * The conclusion is checked independently with the exact sup over the cube (E11, d ∈ {2, 3}).
 * Generator: ε = s·|hat sum|/4 with s ∈ (0, 1) (the hypothesis holds by construction), networks
 * with coinciding breakpoints and cancelling jumps included.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { rel, type Relation } from '../src/claims/Relation.js';
import { targetOnFamilyArb } from '../src/arbitraries/targetArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { restrictError } from '../src/model/family.js';
import { approxError } from '../src/model/cubeSup.js';
import { Rational, q } from '../src/exact/Rational.js';

interface Input {
  f: TargetNeuron;
  i: number;
  g: Network;
  c: Rational;
  h: Rational;
  s: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'hat_certificate_of_not_approx',
  specRef: 'E10',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube'],
  kind: 'exact-forall',
  statement: 'If |Σ_k J_k (h − |τ_k − c|)_+| > 4ε for the breakpoints (τ_k, J_k) of f∘x_i − φ_{S,i} and [c−h, c+h] ⊆ [−1,1], then g_S does not ε-approximate f.',
  uses: ['second_difference_eq_hat_sum', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  numRuns: { ci: 100, full: 1000 },
  arbitrary: () =>
    targetOnFamilyArb({ maxD: 3 }).chain(({ f, i, tStar }) =>
      fc
        .record({
          g: networkArb({ d: f.d, maxN: 4 }),
          twin: fc.boolean(),
          c: fc.oneof(fc.constant(tStar), rationalArb({ min: q(-7, 8), max: q(7, 8), maxDen: 16 })),
          hs: rationalArb({ min: q(1, 32), max: Rational.ONE, maxDen: 32 }),
          s: rationalArb({ min: q(1, 32), max: q(31, 32), maxDen: 32 }),
        })
        .map(({ g, twin, c, hs, s }) => {
          // a twin neuron with opposite α: coinciding breakpoints whose jumps cancel
          const net = twin && g.N > 0 ? new Network(f.d, [...g.neurons, { alpha: g.neurons[0]!.alpha.neg(), w: g.neurons[0]!.w }]) : g;
          const room = Rational.ONE.sub(c.abs());
          return { f, i, g: net, c, h: room.mul(hs), s };
        }),
    ),
  check: ({ f, i, g, c, h, s }) => {
    const rels: Relation[] = [];
    if (h.sign() <= 0 || c.abs().add(h).gt(Rational.ONE)) return rels;
    const hat = restrictError(f, g, i).hatSum(c, h).abs();
    const eps = hat.mul(s).div(q(4));
    if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return rels;
    rels.push(rel('sup_X |f − g_S| (exact, E11)', approxError(f, g).value, '>', `ε = s·|hat|/4, |hat| = ${hat.toDecimal(6)}`, eps));
    return rels;
  },
});
