/**
 * # `three_point_error_ge_quarter_kink_under_output_relu` (a wrong claim, caught)
 *
 * The same statement read with an output ReLU (reading A2: the network computes σ(g(x))) — a
 * plausible "the lemma holds under A2 too" that is false: an inner sum g that is affine on the
 * window and crosses zero at t* with the target's slope makes σ(g) equal f on the whole window.
 *
 * The author states it as expected to hold. Written only with the plain public generators, the
 * check refutes it: `networkArb({ near })` mixes in exactly that structure ("network: A2 lift"), the
 * counterexample is shrunk and written to `reports/counterexamples/<id>.json`, and `replay`
 * re-checks it exactly. `npm run check:wrong` in this example shows it (exit 1: a verdict differs
 * from the expected one).
 */
import {
  defineClaim,
  familyPoint,
  networkArb,
  q,
  rel,
  relu,
  restrictNetwork,
  windowArb,
  type ExactClaim,
  type Network,
  type Rational,
  type TargetNeuron,
} from 'pruning-gap-check';

interface Input {
  f: TargetNeuron;
  i: number;
  tStar: Rational;
  kappa: Rational;
  delta: Rational;
  g: Network;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'three_point_error_ge_quarter_kink_under_output_relu',
  specRef: 'example',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2'],
  readings: ['A2'],
  kind: 'exact-forall',
  statement:
    'If g restricted to family i is affine on [t*−δ, t*+δ] ⊆ [−1, 1], then max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − σ(g(x_i(t)))| ≥ κδ/4.',
  hypotheses: 'κ > 0, the window inside [−1, 1], the inner sum g affine on the window along family i.',
  domain: 'windowArb() targets and windows, d ≤ 3; networkArb({ near }) networks with N ≤ 4.',
  proofSketch: 'Believed to follow from Lemma 2 applied to σ(g) — but σ(g) is not affine where g crosses 0.',
  uses: ['three_point_error_ge_quarter_kink'],
  expected: 'holds',
  numRuns: { ci: 150, full: 1000 },
  arbitrary: () =>
    windowArb({ maxD: 3 }).chain((w) => networkArb({ d: w.f.d, maxN: 4, near: w }).map((g) => ({ ...w, g }))),
  hypothesis: ({ i, tStar, delta, g }) => restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta)),
  check: ({ f, i, tStar, kappa, delta, g }) => {
    const errs = [tStar.sub(delta), tStar, tStar.add(delta)]
      .map((t) => familyPoint(f.d, i, t))
      .map((x) =>
        f
          .eval(x)
          .sub(relu(g.eval(x)))
          .abs(),
      );
    const max = errs.reduce((a, b) => (a.ge(b) ? a : b));
    return [rel('max_3pt |f − σ(g)|', max, '>=', 'κδ/4', kappa.mul(delta).div(q(4)))];
  },
});
