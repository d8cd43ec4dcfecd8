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
 * Shares 5 : 3 : 1 with near misses (`brokenBinNearMissArb`, vacuous here): B_k not broken because
 * of one breakpoint exactly on its edge or breakpoints just inside it, or t* in the neighbouring bin;
 * they refute the variants that drop "B_k broken" or "t* ∈ B_k" (test/variants.test.ts).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, type Relation } from '../../src/claims/Relation.js';
import { restrictError } from '../../src/model/family.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { brokenBinCaseArb, brokenBinGrid, brokenBinNearMissArb } from '../../src/arbitraries/brokenBinCaseArb.js';
import { distanceToBinEnds, type BrokenBinInput } from '../../src/model/brokenBinNetwork.js';
import { brokenBinHypothesis } from '../../src/claims/relations/brokenBinHypothesis.js';
import { randomBrokenBinArb } from '../../src/arbitraries/brokenBinArb.js';

/** The input type moved to src/model/brokenBinNetwork.ts; re-exported for existing importers. */
export type { BrokenBinInput };

export default defineClaim<ExactClaim<BrokenBinInput>>({
  id: 'not_approx_of_broken_bin',
  specRef: 'E9',
  paperRef: 'Lemma 1',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube', 'R-empty'],
  kind: 'exact-forall',
  statement:
    'If B_k is broken for S in family i and t_i* ∈ B_k lies at distance > 4ε/κ_i from both ends of B_k, then g_S does not ε-approximate f.',
  uses: ['approx_error_ge_quarter_kink_of_affine', 'broken_bins_eq_unhit_bins'],
  expected: 'holds',
  hypotheses: 'Bin B_k is broken for S in family i; t_i* ∈ B_k at distance > 4ε/κ_i from both of its ends.',
  domain:
    'd ∈ {2, 3, 4}, T ∈ {1,…,10}, N ≤ 6 with the neurons hitting B_k removed and extra neurons exactly on the neighbouring bins’ far edges, ε = s·κ·dist/4 with s ∈ [1/64, 63/64]; plus the bounded-exhaustive grid over T ≤ 3 and every bin.',
  proofSketch:
    'Let δ be the distance from t_i* to the nearer end of B_k. No breakpoint of S lies strictly inside the window [t_i* − δ, t_i* + δ] ⊆ B_k, so φ_{S,i} is affine there and Lemma 2 gives error ≥ κ_iδ/4 > ε at a point of X.',
  numRuns: { ci: 200, full: 2000 },
  // 5 : 3 : 1 — random broken networks, margin-boundary cases, near misses (B_k not broken by a breakpoint on its edge or just inside; t* in the neighbouring bin)
  arbitrary: () =>
    fc.oneof(
      { arbitrary: randomBrokenBinArb(), weight: 5 },
      { arbitrary: brokenBinCaseArb(), weight: 3 },
      { arbitrary: brokenBinNearMissArb(), weight: 1 },
    ),
  hypothesis: brokenBinHypothesis,
  constants: [
    { name: 'c', value: q(4), falseSide: 'down', tight: true, description: 'distance > 4ε/κ: the margin of Lemma 1' },
  ],
  exhaustive: {
    domain:
      "T ∈ {1, 2, 3} × every bin k (t* at its centre, d = 3) × breakpoints at t* ± (1/T)(1 + γ), γ ∈ {1/1000, 1/4} × ε ∈ {exact error, κ·dist/4, κ·dist/4·(1 − 2^−10), κ·dist/8} × with/without neurons on the neighbouring bins' far edges; and T = 1, t* = 0, ε = κ/4, g = ψ (d ∈ {2, 4}, both signs of a*)",
    inputs: brokenBinGrid,
  },
  check: ({ f, i, T, k, eps, g }, constants) => {
    const c = constants?.c ?? q(4);
    const a = f.w[2 * i - 2]!;
    const tStar = f.w[2 * i - 1]!.neg().div(a);
    const rels: Relation[] = [];
    if (!brokenBinHypothesis({ f, i, T, k, eps, g })) return rels;
    if (!distanceToBinEnds(tStar, T, k).gt(eps.mul(c).div(a.abs()))) return rels; // margin hypothesis fails
    rels.push(
      rel(
        'sup_{t∈[−1,1]} |f(x_i(t)) − g_S(x_i(t))|',
        restrictError(f, g, i).supAbs(Rational.MINUS_ONE, Rational.ONE).value,
        '>',
        'ε',
        eps,
      ),
    );
    return rels;
  },
});
