/**
 * # E17 negative control `lemma2_under_output_relu` (reading A2)
 *
 * Statement (false on purpose): Lemma 2 under reading A2 (output ReLU): if the inner sum φ_{S,i} is
 * affine on the window, then max over {t*−δ, t*, t*+δ} of |f − σ(g_S)| ≥ κδ/4. Two neurons active on
 * the whole window make the inner sum affine with a zero crossing anywhere, and the output ReLU puts
 * a kink there; the suite must produce an exact counterexample.
 *
 * Generator: the E5 generator, plus networks of two neurons whose breakpoints lie left of the window
 * (a > 0, so both are active on it), with α's solved so that the inner sum is s·(t − c) on the
 * window, for a slope s = a*·(1 + p₁) and a zero crossing c = t* + p₂·δ (p₁, p₂ shrink to 0):
 * `a2LiftCaseArb` of `src/arbitraries/a2LiftArb.ts`.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { a2LiftCaseArb } from '../../src/arbitraries/a2LiftArb.js';
import { affineWindowArb, type AffineWindowInput } from '../../src/arbitraries/affineWindowArb.js';
import { affineOnWindow, affineWindowRelations } from '../../src/claims/relations/affineWindowRelations.js';

export default defineClaim<ExactClaim<AffineWindowInput>>({
  id: 'lemma2_under_output_relu',
  specRef: 'E17 (negative control)',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A2', 'D-cube'],
  kind: 'exact-forall',
  statement:
    'Under reading A2 (output ReLU): if the inner sum φ_{S,i} is affine on [t*−δ, t*+δ], then max over {t*−δ, t*, t*+δ} of |f − σ(g_S)| ≥ κδ/4 — false.',
  uses: ['approx_error_ge_quarter_kink_of_affine'],
  expected: 'refuted',
  hypotheses: 'Lemma 2’s hypotheses, but for reading A2 (an output ReLU after the sum) — a negative control.',
  domain:
    'd ∈ {2, 3, 4}, the E5 generator, plus pairs of neurons active on the whole window whose sum is affine with a zero inside it.',
  proofSketch:
    'False: the inner sum is affine on the window but crosses zero at some point, and the output ReLU creates a kink exactly there, so σ(g) can match the target’s kink; the runner must produce an exact counterexample.',
  negativeControlOf: 'approx_error_ge_quarter_kink_of_affine',
  numRuns: { ci: 300, full: 3000 },
  arbitrary: () => fc.oneof(affineWindowArb(), a2LiftCaseArb()),
  hypothesis: affineOnWindow,
  check: (input) => affineWindowRelations(input, (x) => input.g.evalA2(x), 'σ(g_S)'),
});
