/**
 * # E7 `breakpoint_near_target_of_approx` (corollary of Lemma 2)
 *
 * Statement: let r_i = 4ε/κ_i. If g_S ε-approximates f and |t_i*| + r_i < 1, then some j ∈ S has
 * w_{j,2i−1} ≠ 0 and |t_i(w_j) − t_i*| ≤ r_i.
 *
 * Near misses (1 case in 10, `approxNearMissArb`): the window condition just missed (the overhang
 * approximant of `extremal.ts`: |t*| + r ≥ 1 and no breakpoint within r — so E7 without that
 * condition is false) or ε just below the exact error (margin 1023/1024 or 1/2: g does not
 * ε-approximate f); they are vacuous here and refute variants that drop either hypothesis.
 *
 * Generator: ε is always margin × the network's exact error (E11) with margin ≥ 1, so g
 * ε-approximates f by construction (the `hypothesis`; the window condition |t*| + r < 1 depends on the
 * constant 4 and is checked per family in `check`). Half the cases are networks that approximate the
 * target well — a perturbed copy of the target neuron (w* + η, α = 1 + θ, η and θ dyadic, ≤ 1/128)
 * plus small random neurons — for targets with |t*| < 1 at special values; the other half come from
 * `approxCaseArb` (src/arbitraries/boundary.ts): the extremal approximant of a window with
 * |t*| + δ < 1 (and perturbations of it), whose exact error is κδ/4, with margin 1 — then r = δ and
 * the nearest breakpoint is at distance exactly r, the equality case — or just above 1. The
 * bounded-exhaustive grid runs every special window × perturbation × margin ∈ {1, 1025/1024}.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { fact, type Relation } from '../../src/claims/Relation.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { targetBreakpoint, windowRadius, windowFits, windowHit } from '../../src/model/window.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { approxCaseArb, approxGrid, approxNearMissArb, randomApproxArb } from '../../src/arbitraries/approxCaseArb.js';
import { EXTREMAL_GRID_DOMAIN } from '../../src/arbitraries/extremalCaseArb.js';
import { cubeError } from '../../src/model/cubeError.js';

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
  statement:
    'If g_S ε-approximates f and |t_i*| + r_i < 1 with r_i = 4ε/κ_i, then some j ∈ S has w_{j,2i−1} ≠ 0 and |t_i(w_j) − t_i*| ≤ r_i.',
  uses: ['approx_error_ge_quarter_kink_of_affine', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  hypotheses: 'g_S ε-approximates f on X; κ_i > 0 and |t_i*| + r_i < 1 with r_i = 4ε/κ_i.',
  domain:
    'd ∈ {2, 3}: networks that are small perturbations of the target (so they approximate it) plus up to 3 extra neurons, ε = margin × the exact error with margin ∈ [1, 2]; plus targeted cases and the bounded-exhaustive grid.',
  proofSketch:
    'Suppose no neuron of S has a breakpoint within r_i of t_i*. Take δ = min(distance to the nearest breakpoint, 1 − |t_i*|), which exceeds r_i. Then φ_{S,i} is affine on the window of radius δ, and Lemma 2 gives error ≥ κ_iδ/4 > κ_i r_i/4 = ε, a contradiction.',
  numRuns: { ci: 200, full: 2000 },
  // 6 : 3 : 1 — random approximants, extremal cases, near misses (|t*| + r < 1 or ε-approximation just missed)
  arbitrary: () =>
    fc.oneof(
      { weight: 6, arbitrary: randomApproxArb() },
      { weight: 3, arbitrary: approxCaseArb() },
      { weight: 1, arbitrary: approxNearMissArb() },
    ),
  // g ε-approximates f with ε = margin·(exact error) ∈ (0, 1)
  hypothesis: ({ f, g, margin }) => {
    const eps = cubeError(f, g).mul(margin);
    return margin.ge(Rational.ONE) && eps.sign() > 0 && eps.lt(Rational.ONE);
  },
  constants: [
    {
      name: 'c',
      value: q(4),
      falseSide: 'down',
      tight: true,
      description: 'r = 4ε/κ: the radius of the corollary of Lemma 2',
    },
  ],
  exhaustive: {
    domain: `${EXTREMAL_GRID_DOMAIN} (family-supported targets, |t*| + δ < 1) × margin ∈ {1, 1025/1024}`,
    inputs: approxGrid,
  },
  check: ({ f, g, margin }, constants) => {
    const c = constants?.c ?? q(4);
    const eps = cubeError(f, g).mul(margin);
    const rels: Relation[] = [];
    if (eps.sign() <= 0 || eps.ge(Rational.ONE)) return rels; // ε must lie in (0, 1)
    for (let i = 1; i <= Math.floor(f.d / 2); i++) {
      const { tStar, kappa } = targetBreakpoint(f, i);
      if (tStar === undefined) continue;
      const r = windowRadius(eps, kappa).mul(c).div(q(4));
      if (!windowFits(tStar, r)) continue;
      rels.push(
        fact(
          `family ${i}: some neuron has |t_i(w_j) − t*| ≤ r = ${c.eq(q(4)) ? '4' : c.toString()}ε/κ (ε = ${eps.toDecimal(6)})`,
          windowHit(g, i, tStar, r),
        ),
      );
    }
    return rels;
  },
});
