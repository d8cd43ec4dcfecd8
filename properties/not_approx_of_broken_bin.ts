/**
 * # E9 `not_approx_of_broken_bin` (paper Lemma 1: a broken bin prevents approximation)
 *
 * Statement: if B_k is broken for S in family i and t_i* ∈ B_k lies at distance > r_i = 4ε/κ_i from
 * both ends of B_k, then g_S does not ε-approximate f.
 *
 * The conclusion is certified exactly by a point of X: the exact sup of |f − g_S| along family i
 * (sorted sweep) exceeds ε (family points lie in X, so sup_X exceeds ε too).
 *
 * Generator: half the cases are a target, T and the bin k ∋ t*, ε = s·κ·dist/4 with s ∈ (0, 1) (so
 * the margin hypothesis holds), and a random network from which every neuron hitting B_k is removed —
 * plus neurons with breakpoints exactly on the neighbouring bins' far edges. The other half come from
 * `brokenBinCaseArb` (src/arbitraries/boundary.ts): t* exactly at the centre of B_k, the extremal
 * approximant with its breakpoints just outside the bin (t* ± δ(1 + γ), δ = 1/T, γ down to 1/1000),
 * and ε at the margin's equality value κ·dist/4, at the network's exact error (just above it: the
 * near-equality case, refuted as soon as the constant 4 is lowered by 1 %), or just below it; and
 * the measure-zero case T = 1, t* = 0, ε = κ/4 with g = E6's ψ (no breakpoint in [−1, 1]), which
 * refutes the variant with `≥` in place of `>`. Every case is broken on B_k with t* ∈ B_k by
 * construction (the `hypothesis`; the margin, which depends on the constant, is checked in `check`).
 * The bounded-exhaustive grid runs T ∈ {1, 2, 3} × every bin × γ × every ε kind × edge neurons.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { rel, type Relation } from '../src/claims/Relation.js';
import { targetOnFamilyArb } from '../src/arbitraries/targetArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { binBounds, binsHitBy, brokenBins } from '../src/model/bins.js';
import { breakpoint, restrictError } from '../src/model/family.js';
import { Rational, q } from '../src/exact/Rational.js';
import { neuronWithBreakpoint } from '../src/model/neuronWithBreakpoint.js';
import { brokenBinCaseArb, brokenBinGrid } from '../src/arbitraries/boundary.js';

/** Input of E9 and its control. */
export interface BrokenBinInput {
  f: TargetNeuron;
  i: number;
  T: number;
  k: number;
  eps: Rational;
  g: Network;
}

/** Distance from t to the nearer end of bin k. */
export function distanceToBinEnds(t: Rational, T: number, k: number): Rational {
  const { lo, hi } = binBounds(T, k);
  return t.sub(lo).min(hi.sub(t));
}

/** A network made broken on bin k by dropping the neurons that hit it. */
export function dropHitting(g: Network, i: number, T: number, k: number): Network {
  return new Network(
    g.d,
    g.neurons.filter((n) => {
      const t = breakpoint(n.w, i);
      return t === undefined || !binsHitBy(t, T).includes(k);
    }),
  );
}

export default defineClaim<ExactClaim<BrokenBinInput>>({
  id: 'not_approx_of_broken_bin',
  specRef: 'E9',
  paperRef: 'Lemma 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'R-empty'],
  kind: 'exact-forall',
  statement: 'If B_k is broken for S in family i and t_i* ∈ B_k lies at distance > 4ε/κ_i from both ends of B_k, then g_S does not ε-approximate f.',
  uses: ['approx_error_ge_quarter_kink_of_affine', 'broken_bins_eq_unhit_bins'],
  expected: 'holds',
  hypotheses: 'Bin B_k is broken for S in family i; t_i* ∈ B_k at distance > 4ε/κ_i from both of its ends.',
  domain: 'd ∈ {2, 3, 4}, T ∈ {1,…,10}, N ≤ 6 with the neurons hitting B_k removed and extra neurons exactly on the neighbouring bins’ far edges, ε = s·κ·dist/4 with s ∈ [1/64, 63/64]; plus the bounded-exhaustive grid over T ≤ 3 and every bin.',
  proofSketch: 'Let δ be the distance from t_i* to the nearer end of B_k. No breakpoint of S lies strictly inside the window [t_i* − δ, t_i* + δ] ⊆ B_k, so φ_{S,i} is affine there and Lemma 2 gives error ≥ κ_iδ/4 > ε at a point of X.',
  numRuns: { ci: 200, full: 2000 },
  arbitrary: () => fc.oneof(randomBrokenBinArb(), brokenBinCaseArb()),
  hypothesis: brokenBinHypothesis,
  constants: [{ name: 'c', value: q(4), falseSide: 'down', tight: true, description: 'distance > 4ε/κ: the margin of Lemma 1' }],
  exhaustive: {
    domain: 'T ∈ {1, 2, 3} × every bin k (t* at its centre, d = 3) × breakpoints at t* ± (1/T)(1 + γ), γ ∈ {1/1000, 1/4} × ε ∈ {exact error, κ·dist/4, κ·dist/4·(1 − 2^−10), κ·dist/8} × with/without neurons on the neighbouring bins\' far edges; and T = 1, t* = 0, ε = κ/4, g = ψ (d ∈ {2, 4}, both signs of a*)',
    inputs: brokenBinGrid,
  },
  check: ({ f, i, T, k, eps, g }, constants) => {
    const c = constants?.c ?? q(4);
    const a = f.w[2 * i - 2]!;
    const tStar = f.w[2 * i - 1]!.neg().div(a);
    const rels: Relation[] = [];
    if (!brokenBinHypothesis({ f, i, T, k, eps, g })) return rels;
    if (!distanceToBinEnds(tStar, T, k).gt(eps.mul(c).div(a.abs()))) return rels; // margin hypothesis fails
    rels.push(rel('sup_{t∈[−1,1]} |f(x_i(t)) − g_S(x_i(t))|', restrictError(f, g, i).supAbs(Rational.MINUS_ONE, Rational.ONE).value, '>', 'ε', eps));
    return rels;
  },
});

/** Lemma 1's hypothesis apart from the margin: B_k is broken for g in family i, contains t*, and ε ∈ (0, 1). */
export function brokenBinHypothesis({ f, i, T, k, eps, g }: BrokenBinInput): boolean {
  const a = f.w[2 * i - 2]!;
  if (a.isZero() || eps.sign() <= 0 || eps.ge(Rational.ONE)) return false;
  const tStar = f.w[2 * i - 1]!.neg().div(a);
  return brokenBins(g.neurons.map((n) => breakpoint(n.w, i)), T)[k - 1]! && binsHitBy(tStar, T).includes(k);
}

/** Random broken networks: every neuron hitting B_k dropped, plus neurons on the neighbouring bins' far edges. */
export function randomBrokenBinArb(): fc.Arbitrary<BrokenBinInput> {
  return fc
      .tuple(targetOnFamilyArb({ maxD: 4 }), fc.integer({ min: 1, max: 10 }))
      .chain(([{ f, i, tStar, kappa }, T]) => {
        const k = binsHitBy(tStar, T)[0]!;
        const dist = distanceToBinEnds(tStar, T, k);
        const coef = rationalArb({ min: q(-2), max: q(2), maxDen: 8 }).filter((x) => !x.isZero());
        return fc
          .record({ g: networkArb({ d: f.d, maxN: 6 }), s: rationalArb({ min: q(1, 64), max: q(63, 64), maxDen: 64 }), edge: fc.array(fc.tuple(coef, coef, fc.boolean()), { maxLength: 2 }) })
          .map(({ g, s, edge }) => {
            // neurons with breakpoints exactly on the neighbouring bins' far edges (they hit those bins only)
            const extra = edge.flatMap(([alpha, a, left]) => {
              const kk = left ? k - 1 : k + 1;
              if (kk < 1 || kk > T) return [];
              const { lo, hi } = binBounds(T, kk);
              return [neuronWithBreakpoint(f.d, i, alpha, a, left ? lo : hi)];
            });
            return { f, i, T, k, eps: s.mul(kappa).mul(dist).div(q(4)), g: dropHitting(new Network(f.d, [...g.neurons, ...extra]), i, T, k) };
          });
      })
      .filter((x) => x.eps.sign() > 0 && x.eps.lt(Rational.ONE));
}
