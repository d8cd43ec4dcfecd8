/**
 * # E5 `approx_error_ge_quarter_kink_of_affine` (paper Lemma 2: a breakpoint is necessary)
 *
 * Statement: let κ = |w*_{2i−1}| > 0, t* = t_i* and δ > 0 with [t*−δ, t*+δ] ⊆ [−1, 1]. If φ_{S,i} is
 * affine on [t*−δ, t*+δ], then max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − g_S(x_i(t))| ≥ κδ/4.
 *
 * Generator: 40 % of the cases are a target and window with a network whose neurons with a breakpoint
 * strictly inside the window are dropped (the affine case), plus edge neurons with breakpoints exactly
 * on the window's ends, and pairs of identical neurons with opposite α inside the window (cancelling
 * kinks: φ is still affine there, though a breakpoint lies inside). Another 40 % come from
 * `extremalCaseArb` (src/arbitraries/boundary.ts): the best approximant without a breakpoint inside the
 * window (three-point error exactly κδ/4, the equality case) and small perturbations of it, at
 * special windows (t* = 0, windows touching the cube's edge, δ = 1/4, 1/2); these are affine on
 * their window by construction. The last 20 % are near misses (the extremal approximant of a
 * narrower window: breakpoints just inside), which miss Lemma 2's hypothesis on purpose: they refute
 * variants with a weakened hypothesis. The bounded-exhaustive grid checks every special target × δ ×
 * single perturbation of the extremal network. The generator lives in `src/arbitraries/affineWindowArb.ts`,
 * the hypothesis and conclusion in `src/claims/relations/affineWindowRelations.ts` (shared with E17).
 * On top of these, 1 case in 9 is a window sticking out of [−1, 1] by a little (`windowOverhangArb`),
 * a near miss of the window hypothesis, which this claim's `hypothesis` states explicitly.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { EXTREMAL_GRID_DOMAIN, extremalGrid, windowOverhangArb } from '../../src/arbitraries/extremalCaseArb.js';
import { asAffineWindowInput, lemma2Arb, type AffineWindowInput } from '../../src/arbitraries/affineWindowArb.js';
import { affineOnWindow, affineWindowRelations } from '../../src/claims/relations/affineWindowRelations.js';

/** The input type moved to src/arbitraries/affineWindowArb.ts; re-exported for existing importers. */
export type { AffineWindowInput };

export default defineClaim<ExactClaim<AffineWindowInput>>({
  id: 'approx_error_ge_quarter_kink_of_affine',
  specRef: 'E5',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube'],
  kind: 'exact-forall',
  statement:
    'If φ_{S,i} is affine on [t*−δ, t*+δ] ⊆ [−1,1], then max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − g_S(x_i(t))| ≥ κδ/4 (κ = |w*_{2i−1}| > 0).',
  uses: ['second_difference_eq_hat_sum', 'relu_restrict_family'],
  expected: 'holds',
  hypotheses:
    'κ = |w*_{2i−1}| > 0, δ > 0 with [t* − δ, t* + δ] ⊆ [−1, 1], and φ_{S,i} affine on that window (e.g. no neuron of S has a breakpoint strictly inside).',
  domain:
    'd ∈ {2, 3, 4}, N ≤ 6 plus neurons placed exactly on the window ends or in cancelling pairs inside it; δ = s(1 − |t*|) with s ∈ [1/64, 1]; plus the bounded-exhaustive grid of extremal cases.',
  proofSketch:
    'Let e = f∘x_i − φ on the window. φ is affine there, so its second difference vanishes, while the target’s single kink at t* contributes κδ (E4). Hence e(t*−δ) − 2e(t*) + e(t*+δ) = κδ, and the left side is at most 4·max|e| over the three points, giving max|e| ≥ κδ/4.',
  numRuns: { ci: 200, full: 3000 },
  // 1 case in 9 is a window sticking out of [−1, 1] by a little (a near miss of the window hypothesis)
  arbitrary: () =>
    fc.oneof(
      { arbitrary: lemma2Arb(), weight: 8 },
      { arbitrary: windowOverhangArb().map(asAffineWindowInput), weight: 1 },
    ),
  hypothesis: (input) => windowInCube(input) && affineOnWindow(input),
  constants: [
    {
      name: 'c',
      value: q(1, 4),
      falseSide: 'up',
      tight: true,
      description: "κδ/4: Lemma 2's constant (optimal by E6)",
    },
  ],
  exhaustive: {
    domain: EXTREMAL_GRID_DOMAIN,
    inputs: () => extremalGrid({ affine: true }).map(asAffineWindowInput),
  },
  check: (input, constants) => affineWindowRelations(input, (x) => input.g.eval(x), 'g_S', constants?.c),
});

/** The window hypothesis: [t* − δ, t* + δ] ⊆ [−1, 1] (δ > 0). */
function windowInCube({ f, i, delta }: AffineWindowInput): boolean {
  const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
  return delta.sign() > 0 && tStar.abs().add(delta).le(Rational.ONE);
}
