/**
 * # E7 `breakpoint_near_target_of_approx` (corollary of Lemma 2)
 *
 * Statement: let r_i = 4ε/κ_i. If g_S ε-approximates f and |t_i*| + r_i < 1, then some j ∈ S has
 * w_{j,2i−1} ≠ 0 and |t_i(w_j) − t_i*| ≤ r_i.
 *
 * Generator: networks that approximate the target well — a perturbed copy of the target neuron
 * (w* + η, α = 1 + θ) plus small random neurons — with ε set to the network's exact error (E11), so
 * the hypothesis holds by construction; also a margin s ∈ [1, 2] (ε = s·error) to vary r.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { fact, type Relation } from '../src/claims/Relation.js';
import { unitVectorArb } from '../src/arbitraries/unitVectorArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { approxError } from '../src/model/cubeSup.js';
import { targetBreakpoint, windowRadius, windowFits, windowHit } from '../src/model/window.js';
import { Rational, q } from '../src/exact/Rational.js';

interface Input {
  f: TargetNeuron;
  g: Network;
  /** ε = margin·(exact error of g), clipped into (0, 1) */
  margin: Rational;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'breakpoint_near_target_of_approx',
  specRef: 'E7',
  paperRef: 'Lemma 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['A1', 'D-cube'],
  kind: 'exact-forall',
  statement: 'If g_S ε-approximates f and |t_i*| + r_i < 1 with r_i = 4ε/κ_i, then some j ∈ S has w_{j,2i−1} ≠ 0 and |t_i(w_j) − t_i*| ≤ r_i.',
  uses: ['approx_error_ge_quarter_kink_of_affine', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  numRuns: { ci: 60, full: 600 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 3 }).chain((d) => {
      const small = rationalArb({ min: q(-1, 10), max: q(1, 10), maxDen: 64 });
      return fc
        .record({
          w: unitVectorArb({ d }),
          eta: fc.array(small, { minLength: d, maxLength: d }),
          theta: small,
          extra: fc.array(fc.record({ alpha: small, w: fc.array(rationalArb({ min: q(-2), max: q(2) }), { minLength: d, maxLength: d }) }), { maxLength: 3 }),
          margin: rationalArb({ min: Rational.ONE, max: q(2), maxDen: 8 }),
        })
        .map(({ w, eta, theta, extra, margin }) => ({
          f: new TargetNeuron(w),
          g: new Network(d, [{ alpha: Rational.ONE.add(theta), w: w.map((x, k) => x.add(eta[k]!)) }, ...extra]),
          margin,
        }));
    }),
  check: ({ f, g, margin }) => {
    const err = approxError(f, g).value;
    const eps = err.mul(margin);
    const rels: Relation[] = [];
    if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return rels; // ε must lie in (0, 1)
    for (let i = 1; i <= Math.floor(f.d / 2); i++) {
      const { tStar, kappa } = targetBreakpoint(f, i);
      if (tStar === undefined) continue;
      const r = windowRadius(eps, kappa);
      if (!windowFits(tStar, r)) continue;
      rels.push(fact(`family ${i}: some neuron has |t_i(w_j) − t*| ≤ r = 4ε/κ (ε = ${eps.toDecimal(6)})`, windowHit(g, i, tStar, r)));
    }
    return rels;
  },
});
