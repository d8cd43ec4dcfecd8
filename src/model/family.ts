/**
 * # Input families and breakpoints (paper Figure 3)
 *
 * Main definitions: {@link familyPoint} x_i(t) = t·e_{2i−1} + e_{2i};
 * {@link breakpoint} t_i(w) = −w_{2i}/w_{2i−1} (undefined when w_{2i−1} = 0);
 * {@link kinkSize} κ_i = |w*_{2i−1}|; {@link restrictNetwork} φ_{S,i} (E1);
 * {@link restrictTarget} f∘x_i.
 *
 * Main statements: E1 `relu_restrict_family`: σ(⟨w, x_i(t)⟩) = σ(w_{2i−1}·t + w_{2i}).
 *
 * Implementation notes: families are 1-based (i ∈ {1..⌊d/2⌋}), coordinates 0-based in code, so
 * family i uses coordinates 2i−2 and 2i−1 of the arrays.
 *
 * References: arXiv:2603.02234, Figure 3 (input families and breakpoints, as defined above);
 * blueprint E1 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { requireDimension, requireFamily, requireRational, requireVector } from './validate.js';
import { PiecewiseLinear } from './PiecewiseLinear.js';
import type { Network, TargetNeuron } from './Network.js';
import { InvalidParameterError } from '../errors.js';

/**
 * x_i(t) ∈ Q^d.
 * @throws InvalidParameterError for d < 2, i outside {1..⌊d/2⌋} or t outside [−1, 1]
 */
export function familyPoint(d: number, i: number, t: Rational): Rational[] {
  requireDimension('familyPoint', d);
  requireFamily('familyPoint', d, i);
  requireRational('familyPoint', 't', t);
  if (t.abs().gt(Rational.ONE))
    throw new InvalidParameterError('familyPoint', 't', 'a rational in [−1, 1]', t.toString());
  const x: Rational[] = Array.from({ length: d }, () => Rational.ZERO);
  x[2 * i - 2] = t;
  x[2 * i - 1] = Rational.ONE;
  return x;
}

/** The pair (a, b) = (w_{2i−1}, w_{2i}) of w along family i. */
export function familyCoefficients(w: readonly Rational[], i: number): { a: Rational; b: Rational } {
  requireVector('familyCoefficients', 'w', w);
  requireFamily('familyCoefficients', w.length, i);
  return { a: w[2 * i - 2]!, b: w[2 * i - 1]! };
}

/** t_i(w) = −w_{2i}/w_{2i−1}, or undefined when w_{2i−1} = 0. */
export function breakpoint(w: readonly Rational[], i: number): Rational | undefined {
  const { a, b } = familyCoefficients(w, i);
  return a.isZero() ? undefined : b.neg().div(a);
}

/** κ_i = |w*_{2i−1}|. */
export function kinkSize(w: readonly Rational[], i: number): Rational {
  return familyCoefficients(w, i).a.abs();
}

/** φ_{S,i}(t) = Σ_{j∈S} α_j σ(a_j t + b_j): the network along family i (S = all neurons of g). */
export function restrictNetwork(g: Network, i: number): PiecewiseLinear {
  requireFamily('restrictNetwork', g.d, i);
  return PiecewiseLinear.ofNeurons(g.neurons.map((n) => ({ alpha: n.alpha, a: n.w[2 * i - 2]!, b: n.w[2 * i - 1]! })));
}

/** f∘x_i (t) = σ(w*_{2i−1} t + w*_{2i}). */
export function restrictTarget(f: TargetNeuron, i: number): PiecewiseLinear {
  requireFamily('restrictTarget', f.d, i);
  return PiecewiseLinear.neuron(Rational.ONE, f.w[2 * i - 2]!, f.w[2 * i - 1]!);
}

/** The error along family i: e(t) = f(x_i(t)) − g(x_i(t)). */
export function restrictError(f: TargetNeuron, g: Network, i: number): PiecewiseLinear {
  return restrictTarget(f, i).sub(restrictNetwork(g, i));
}
