/**
 * # Windows around the target's breakpoint (Lemma 2 and its corollary)
 *
 * Main definitions: {@link targetBreakpoint} (t_i*, κ_i); {@link windowRadius} r_i = 4ε/κ_i;
 * {@link windowFits} |t_i*| + r_i < 1; {@link breakpointWithin} the exact test |t_i(w) − t*| ≤ r
 * (as |b + a·t*| ≤ r·|a|, no division); {@link windowHit} whether some neuron of a network has one;
 * {@link threePointError} max over {t*−δ, t*, t*+δ} of |f(x_i(t)) − g(x_i(t))|.
 *
 * References: blueprint E5, E7 and T1-fixed, T1-product, T1-universal (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import type { Network, TargetNeuron } from './Network.js';
import { familyCoefficients, familyPoint } from './family.js';

/** t_i* and κ_i of a target along family i; undefined t* when κ_i = 0. */
export function targetBreakpoint(f: TargetNeuron, i: number): { tStar: Rational | undefined; kappa: Rational } {
  const { a, b } = familyCoefficients(f.w, i);
  return { tStar: a.isZero() ? undefined : b.neg().div(a), kappa: a.abs() };
}

/** r = 4ε/κ. @throws InvalidParameterError for κ ≤ 0 */
export function windowRadius(eps: Rational, kappa: Rational): Rational {
  if (kappa.sign() <= 0) throw new InvalidParameterError('windowRadius', 'kappa', 'a rational > 0', kappa.toString());
  return eps.mul(Rational.of(4)).div(kappa);
}

/** |t*| + r < 1 */
export function windowFits(tStar: Rational, r: Rational): boolean {
  return tStar.abs().add(r).lt(Rational.ONE);
}

/** |t_i(w) − t*| ≤ r, exactly, for w with w_{2i−1} ≠ 0 (false when w_{2i−1} = 0). */
export function breakpointWithin(w: readonly Rational[], i: number, tStar: Rational, r: Rational): boolean {
  const a = w[2 * i - 2]!;
  if (a.isZero()) return false;
  const b = w[2 * i - 1]!;
  // t = −b/a, |t − t*| ≤ r  ⟺  |b + a·t*| ≤ r·|a|
  return b.add(a.mul(tStar)).abs().le(r.mul(a.abs()));
}

/** Whether some neuron of g has its family-i breakpoint within r of t*. */
export function windowHit(g: Network, i: number, tStar: Rational, r: Rational): boolean {
  return g.neurons.some((n) => breakpointWithin(n.w, i, tStar, r));
}

/** max over t ∈ {t*−δ, t*, t*+δ} of |f(x_i(t)) − v(x_i(t))| for a value function v (A1 or A2). */
export function threePointError(
  f: TargetNeuron,
  v: (x: Rational[]) => Rational,
  i: number,
  tStar: Rational,
  delta: Rational,
): Rational {
  let m = Rational.ZERO;
  for (const t of [tStar.sub(delta), tStar, tStar.add(delta)]) {
    const x = familyPoint(f.d, i, t);
    m = m.max(f.eval(x).sub(v(x)).abs());
  }
  return m;
}
