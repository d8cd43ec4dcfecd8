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
 * window, for a slope s = a*·(1 + p₁) and a zero crossing c = t* + p₂·δ (p₁, p₂ shrink to 0).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { windowArb } from '../../src/arbitraries/targetArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { Network } from '../../src/model/Network.js';
import { q } from '../../src/exact/Rational.js';
import { affineWindowArb, type AffineWindowInput } from '../../src/arbitraries/affineWindowArb.js';
import { affineOnWindow, affineWindowRelations } from '../../src/claims/relations/affineWindowRelations.js';
import { neuronWithBreakpoint } from '../../src/model/neuronWithBreakpoint.js';

function solvedPairArb(): fc.Arbitrary<AffineWindowInput> {
  const pos = rationalArb({ min: q(1, 8), max: q(2), maxDen: 8 });
  return windowArb({ maxD: 4 }).chain(({ f, i, tStar, delta }) =>
    fc
      .record({ a1: pos, a2: pos, g1: pos, g2: pos, p1: rationalArb({ min: q(-1, 2), max: q(1, 2), maxDen: 8 }), p2: rationalArb({ min: q(-1), max: q(1), maxDen: 8 }) })
      .map(({ a1, a2, g1, g2, p1, p2 }) => {
        // inner slope and zero crossing near the target's own: slope = a*·(1 + p1), c = t* + p2·δ
        const slope = f.w[2 * i - 2]!.mul(q(1).add(p1));
        const c = tStar.add(p2.mul(delta));
        const lo = tStar.sub(delta);
        const tau1 = lo.sub(g1);
        const tau2 = lo.sub(g1).sub(g2); // τ2 < τ1 ≤ lo: both active on the window
        // α1 a1 (t − τ1) + α2 a2 (t − τ2) = slope·(t − c): solve for u_k = α_k a_k
        // u1 + u2 = slope,  u1 τ1 + u2 τ2 = slope·c
        const u1 = slope.mul(c.sub(tau2)).div(tau1.sub(tau2));
        const u2 = slope.sub(u1);
        return {
          f,
          i,
          delta,
          g: new Network(f.d, [neuronWithBreakpoint(f.d, i, u1.div(a1), a1, tau1), neuronWithBreakpoint(f.d, i, u2.div(a2), a2, tau2)]),
        };
      }),
  );
}

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
  domain: 'd ∈ {2, 3, 4}, the E5 generator, plus pairs of neurons active on the whole window whose sum is affine with a zero inside it.',
  proofSketch: 'False: the inner sum is affine on the window but crosses zero at some point, and the output ReLU creates a kink exactly there, so σ(g) can match the target’s kink; the runner must produce an exact counterexample.',
  negativeControlOf: 'approx_error_ge_quarter_kink_of_affine',
  numRuns: { ci: 300, full: 3000 },
  arbitrary: () => fc.oneof(affineWindowArb(), solvedPairArb()),
  hypothesis: affineOnWindow,
  check: (input) => affineWindowRelations(input, (x) => input.g.evalA2(x), 'σ(g_S)'),
});
