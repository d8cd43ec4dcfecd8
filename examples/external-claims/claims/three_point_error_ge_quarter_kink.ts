/**
 * # `three_point_error_ge_quarter_kink` (an external claim with a declared constant)
 *
 * Statement (Lemma 2 of the paper, as a researcher would restate it from the package): for a target
 * f on input family i with kink κ at t*, a window [t* − δ, t* + δ] ⊆ [−1, 1], and a network g whose
 * restriction to the family is affine on the window, max over t ∈ {t* − δ, t*, t* + δ} of
 * |f(x_i(t)) − g(x_i(t))| ≥ c·κδ with c = 1/4.
 *
 * Written only with the plain public generators (`windowArb`, `networkArb` told the window with
 * `near`): their boundary mixtures include the best affine approximant on the window (error exactly
 * κδ/4), so the runner's tightness probe — c moved up by 1 % — is refuted, and the report reads
 * "tight to 1 %" with a replayable certificate.
 */
import {
  defineClaim,
  familyPoint,
  networkArb,
  q,
  rel,
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

/** max over the window's three points of |f − g| on family i. */
function threePointError({ f, i, tStar, delta, g }: Input): Rational {
  const ts = [tStar.sub(delta), tStar, tStar.add(delta)];
  return ts
    .map((t) => familyPoint(f.d, i, t))
    .map((x) => f.eval(x).sub(g.eval(x)).abs())
    .reduce((a, b) => (a.ge(b) ? a : b));
}

export default defineClaim<ExactClaim<Input>>({
  id: 'three_point_error_ge_quarter_kink',
  specRef: 'example',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1'],
  kind: 'exact-forall',
  statement:
    'If g restricted to family i is affine on [t*−δ, t*+δ] ⊆ [−1, 1], then max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − g(x_i(t))| ≥ κδ/4.',
  hypotheses: 'κ > 0, the window inside [−1, 1], g affine on the window along family i.',
  domain: 'windowArb() targets and windows, d ≤ 3; networkArb({ near }) networks with N ≤ 4.',
  proofSketch:
    'The second difference of f − g over the three points is κδ (the target kink); it is at most 4·max|f − g|.',
  uses: [],
  expected: 'holds',
  numRuns: { ci: 150, full: 1000 },
  arbitrary: () =>
    windowArb({ maxD: 3 }).chain((w) => networkArb({ d: w.f.d, maxN: 4, near: w }).map((g) => ({ ...w, g }))),
  hypothesis: ({ i, tStar, delta, g }) => restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta)),
  constants: [{ name: 'c', value: q(1, 4), falseSide: 'up', tight: true, description: "κδ/4: Lemma 2's constant" }],
  check: (input, constants) => {
    const c = constants?.c ?? q(1, 4);
    return [rel('max_3pt |f − g|', threePointError(input), '>=', 'c·κδ', c.mul(input.kappa).mul(input.delta))];
  },
});
