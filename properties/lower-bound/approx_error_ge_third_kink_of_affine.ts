/**
 * # Negative control of E6: `approx_error_ge_third_kink_of_affine` (false)
 *
 * Statement (false on purpose): Lemma 2 with κδ/3 in place of κδ/4 — every affine ψ has
 * max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − ψ(t)| ≥ κδ/3. E6's ψ reaches κδ/4 < κδ/3, so the suite
 * must refute it with an exact counterexample.
 *
 * Generator: affine ψ = E6's ψ plus a perturbation of slope and intercept (both shrink to 0), and
 * fully random affine functions.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { windowArb } from '../../src/arbitraries/targetArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { restrictTarget } from '../../src/model/family.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { optimalAffine } from '../../src/model/optimalAffine.js';

interface Input {
  f: TargetNeuron;
  i: number;
  delta: Rational;
  /** ψ(t) = A + B t */
  A: Rational;
  B: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'approx_error_ge_third_kink_of_affine',
  specRef: 'E6 (negative control)',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement:
    'Every affine ψ has max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − ψ(t)| ≥ κδ/3 — false: the optimal constant is 4, not 3.',
  uses: ['quarter_kink_bound_attained'],
  expected: 'refuted',
  hypotheses: 'As E6, with κδ/3 in place of κδ/4 — a negative control.',
  domain:
    'd ∈ {2, 3, 4}, affine candidates near the optimal ψ (perturbations ≤ 1/8) and arbitrary ones with coefficients in [−2, 2].',
  proofSketch:
    'False: the optimal affine ψ of E6 reaches error exactly κδ/4 < κδ/3, so every window is a counterexample; the runner must exhibit one.',
  negativeControlOf: 'quarter_kink_bound_attained',
  numRuns: { ci: 300, full: 3000 },
  arbitrary: () => {
    const small = rationalArb({ min: q(-1, 8), max: q(1, 8), maxDen: 64 });
    const big = rationalArb({ min: q(-2), max: q(2), maxDen: 16 });
    return windowArb({ maxD: 4 }).chain(({ f, i, delta }) =>
      fc.oneof(
        fc.tuple(small, small).map(([dA, dB]) => {
          const { psi } = optimalAffine({ f, i, delta });
          return { f, i, delta, A: psi.A.add(dA), B: psi.B.add(dB) };
        }),
        fc.tuple(big, big).map(([A, B]) => ({ f, i, delta, A, B })),
      ),
    );
  },
  check: ({ f, i, delta, A, B }) => {
    const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
    const kappa = f.w[2 * i - 2]!.abs();
    const e = restrictTarget(f, i);
    let m = Rational.ZERO;
    for (const t of [tStar.sub(delta), tStar, tStar.add(delta)])
      m = m.max(
        e
          .eval(t)
          .sub(A.add(B.mul(t)))
          .abs(),
      );
    return [rel('max_{t∈{t*−δ,t*,t*+δ}} |f∘x_i − ψ|', m, '>=', 'κδ/3', kappa.mul(delta).div(q(3)))];
  },
});
