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
 * single perturbation of the extremal network.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { rel, type Relation } from '../src/claims/Relation.js';
import { windowArb } from '../src/arbitraries/targetArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { Network, TargetNeuron, type Neuron } from '../src/model/Network.js';
import { restrictNetwork } from '../src/model/family.js';
import { threePointError } from '../src/model/window.js';
import { breakpoint } from '../src/model/family.js';
import { Rational, q } from '../src/exact/Rational.js';
import { EXTREMAL_GRID_DOMAIN, extremalCaseArb, extremalGrid, nearMissCaseArb, type ApproximantCase } from '../src/arbitraries/boundary.js';

/** Input of E5 and of its A2 control E17. */
export interface AffineWindowInput {
  f: TargetNeuron;
  i: number;
  delta: Rational;
  g: Network;
}

/** A neuron with family-i coefficients (a, −a·τ) (breakpoint τ) and zeros elsewhere. */
export function neuronWithBreakpoint(d: number, i: number, alpha: Rational, a: Rational, tau: Rational): Neuron {
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 2] = a;
  w[2 * i - 1] = a.neg().mul(tau);
  return { alpha, w };
}

/** Networks that are affine on the window (built as described in the header). */
export function affineWindowArb(): fc.Arbitrary<AffineWindowInput> {
  const coef = rationalArb({ min: q(-2), max: q(2), maxDen: 8 });
  return windowArb({ maxD: 4 }).chain(({ f, i, tStar, delta }) =>
    fc
      .record({
        g: networkArb({ d: f.d, maxN: 6 }),
        edges: fc.array(fc.tuple(coef, coef, fc.boolean()), { maxLength: 2 }),
        pairs: fc.array(fc.tuple(coef, coef, rationalArb({ min: q(-1), max: q(1), maxDen: 16 })), { maxLength: 2 }),
      })
      .map(({ g, edges, pairs }) => {
        const lo = tStar.sub(delta);
        const hi = tStar.add(delta);
        const kept = g.neurons.filter((n) => {
          const t = breakpoint(n.w, i);
          return t === undefined || !(t.gt(lo) && t.lt(hi));
        });
        const extra: Neuron[] = [];
        for (const [alpha, a, left] of edges) if (!a.isZero()) extra.push(neuronWithBreakpoint(f.d, i, alpha, a, left ? lo : hi));
        for (const [alpha, a, s] of pairs) {
          if (a.isZero()) continue;
          const tau = tStar.add(delta.mul(s).mul(q(99, 100))); // strictly inside
          extra.push(neuronWithBreakpoint(f.d, i, alpha, a, tau), neuronWithBreakpoint(f.d, i, alpha.neg(), a, tau));
        }
        return { f, i, delta, g: new Network(f.d, [...kept, ...extra]) };
      }),
  );
}

/**
 * Lemma 2's conclusion for one input and one reading of the network's value (A1: g, A2: σ(g)):
 * none when the inner sum is not affine on the window (the hypothesis fails: vacuous).
 */
export function affineWindowRelations({ f, i, delta, g }: AffineWindowInput, value: (x: Rational[]) => Rational, name: string, c: Rational = q(1, 4)): Relation[] {
  const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
  const kappa = f.w[2 * i - 2]!.abs();
  if (!affineOnWindow({ f, i, delta, g })) return [];
  const label = c.eq(q(1, 4)) ? 'κδ/4' : `${c}·κδ`;
  return [rel(`max_{t∈{t*−δ,t*,t*+δ}} |f − ${name}|`, threePointError(f, value, i, tStar, delta), '>=', label, kappa.mul(delta).mul(c))];
}

/** Lemma 2's hypothesis: φ_{S,i} is affine on [t*−δ, t*+δ]. */
export function affineOnWindow({ f, i, delta, g }: AffineWindowInput): boolean {
  const tStar = f.w[2 * i - 1]!.neg().div(f.w[2 * i - 2]!);
  return restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta));
}

/** The shape of an extremal case as an E5 input. */
export const asAffineWindowInput = ({ f, i, delta, g }: ApproximantCase): AffineWindowInput => ({ f, i, delta, g });

/**
 * E5's generator: 40 % random affine-on-window networks, 40 % at or next to the extremal approximant,
 * 20 % near misses (breakpoints just inside the window: vacuous here, but they refute a weakened hypothesis).
 */
export function lemma2Arb(): fc.Arbitrary<AffineWindowInput> {
  return fc.oneof(
    { arbitrary: affineWindowArb(), weight: 2 },
    { arbitrary: extremalCaseArb({ affine: true }).map(asAffineWindowInput), weight: 2 },
    { arbitrary: nearMissCaseArb().map(asAffineWindowInput), weight: 1 },
  );
}

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
  hypotheses: 'κ = |w*_{2i−1}| > 0, δ > 0 with [t* − δ, t* + δ] ⊆ [−1, 1], and φ_{S,i} affine on that window (e.g. no neuron of S has a breakpoint strictly inside).',
  domain: 'd ∈ {2, 3, 4}, N ≤ 6 plus neurons placed exactly on the window ends or in cancelling pairs inside it; δ = s(1 − |t*|) with s ∈ [1/64, 1]; plus the bounded-exhaustive grid of extremal cases.',
  proofSketch: 'Let e = f∘x_i − φ on the window. φ is affine there, so its second difference vanishes, while the target’s single kink at t* contributes κδ (E4). Hence e(t*−δ) − 2e(t*) + e(t*+δ) = κδ, and the left side is at most 4·max|e| over the three points, giving max|e| ≥ κδ/4.',
  numRuns: { ci: 200, full: 3000 },
  arbitrary: lemma2Arb,
  hypothesis: affineOnWindow,
  constants: [{ name: 'c', value: q(1, 4), falseSide: 'up', tight: true, description: 'κδ/4: Lemma 2\'s constant (optimal by E6)' }],
  exhaustive: {
    domain: EXTREMAL_GRID_DOMAIN,
    inputs: () => extremalGrid({ affine: true }).map(asAffineWindowInput),
  },
  check: (input, constants) => affineWindowRelations(input, (x) => input.g.eval(x), 'g_S', constants?.c),
});
