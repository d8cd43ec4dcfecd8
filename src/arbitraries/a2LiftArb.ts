/**
 * # A2 lifts: networks whose inner sum is affine on a window and crosses zero with the target's slope
 *
 * Main definitions: {@link a2LiftNetwork}(f, i, δ, params) — two neurons, both active on the whole
 * window [t* − δ, t* + δ] of family i (breakpoints left of it, slopes a₁, a₂ > 0), with output weights
 * solved so that the inner sum is s·(t − c) on the window, s = a*·(1 + p₁), c = t* + p₂·δ;
 * {@link A2LiftParams}; {@link a2LiftParamsArb} (p₁, p₂ shrink to 0: the exact lift);
 * {@link a2LiftCaseArb} — a window ({@link windowArb}) with such a network, E17's generator.
 *
 * Main statements: along family i, for t ≥ t* − δ, g(t) = s·(t − c) exactly; with p₁ = p₂ = 0,
 * σ(g) = f on the window's family line (reading A2 matches the target's kink exactly), so Lemma 2
 * fails under A2 (E17).
 *
 * Implementation notes: moved out of the claim file `lemma2_under_output_relu.ts` so that every
 * generator a built-in claim uses is exported; its behaviour is unchanged. Exact throughout.
 *
 * References: Lemma 2 of the paper under reading A2 (blueprint E17, `docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Network, type TargetNeuron } from '../model/Network.js';
import { neuronWithBreakpoint } from '../model/neuronWithBreakpoint.js';
import { Rational, q } from '../exact/Rational.js';
import { windowArb } from './targetArb.js';
import { rationalArb } from './rationalArb.js';
import { tagBoundary } from './boundaryTags.js';

/** A window on family i of target f (half-width δ) with a network g: the shape of Lemma 2's inputs (`AffineWindowInput`). */
export interface A2LiftCase {
  f: TargetNeuron;
  i: number;
  delta: Rational;
  g: Network;
}

/** The free parameters of an A2 lift: slopes a₁, a₂ > 0, gaps g₁, g₂ > 0 of the breakpoints left of the window, slope and crossing offsets p₁, p₂. */
export interface A2LiftParams {
  readonly a1: Rational;
  readonly a2: Rational;
  readonly g1: Rational;
  readonly g2: Rational;
  /** the inner slope is a*·(1 + p₁) */
  readonly p1: Rational;
  /** the zero crossing is t* + p₂·δ */
  readonly p2: Rational;
}

/**
 * The A2 lift of the header for target f on family i and half-width δ: breakpoints τ₁ = t* − δ − g₁,
 * τ₂ = τ₁ − g₂, α_k = u_k/a_k with u₁ + u₂ = s, u₁τ₁ + u₂τ₂ = s·c.
 */
export function a2LiftNetwork(f: TargetNeuron, i: number, delta: Rational, p: A2LiftParams): Network {
  const a = f.w[2 * i - 2]!;
  const tStar = f.w[2 * i - 1]!.neg().div(a);
  const slope = a.mul(q(1).add(p.p1));
  const c = tStar.add(p.p2.mul(delta));
  const lo = tStar.sub(delta);
  const tau1 = lo.sub(p.g1);
  const tau2 = lo.sub(p.g1).sub(p.g2); // τ2 < τ1 ≤ lo: both active on the window
  const u1 = slope.mul(c.sub(tau2)).div(tau1.sub(tau2));
  const u2 = slope.sub(u1);
  return new Network(f.d, [
    neuronWithBreakpoint(f.d, i, u1.div(p.a1), p.a1, tau1),
    neuronWithBreakpoint(f.d, i, u2.div(p.a2), p.a2, tau2),
  ]);
}

/** Parameters of {@link a2LiftNetwork}: a, g ∈ [1/8, 2]; p₁ ∈ [−1/2, 1/2], p₂ ∈ [−1, 1] (denominators ≤ 8; 0 among the edge values). */
export function a2LiftParamsArb(): fc.Arbitrary<A2LiftParams> {
  const pos = rationalArb({ min: q(1, 8), max: q(2), maxDen: 8 });
  return fc.record({
    a1: pos,
    a2: pos,
    g1: pos,
    g2: pos,
    p1: rationalArb({ min: q(-1, 2), max: q(1, 2), maxDen: 8 }),
    p2: rationalArb({ min: q(-1), max: q(1), maxDen: 8 }),
  });
}

/** A window (d ≤ 4) with an A2 lift network: E17's generator (the former private `solvedPairArb`). */
export function a2LiftCaseArb(): fc.Arbitrary<A2LiftCase> {
  return windowArb({ maxD: 4 }).chain(({ f, i, delta }) =>
    a2LiftParamsArb().map((p) => ({
      f,
      i,
      delta,
      g: tagBoundary(
        a2LiftNetwork(f, i, delta, p),
        isExactLift(p) ? 'network: A2 lift' : 'network: A2 lift, perturbed',
      ),
    })),
  );
}

/** Whether the lift parameters give the exact lift (p₁ = p₂ = 0). */
export function isExactLift(p: A2LiftParams): boolean {
  return p.p1.isZero() && p.p2.isZero();
}
