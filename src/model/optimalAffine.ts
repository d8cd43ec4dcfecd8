/**
 * # The optimal affine approximant on a window (Lemma 2's equality case)
 *
 * Main definitions: {@link PsiInput} (target f, family i, half-width δ) and {@link optimalAffine} —
 * t*, κ and the affine ψ(t) = ±(κ/2)(t − t*) + κδ/4 whose error against f∘x_i on [t* − δ, t* + δ]
 * is exactly κδ/4 (the sign follows a* = w*_{2i−1}).
 *
 * Main statements: E6 (`quarter_kink_bound_attained`) checks that the sup of |f∘x_i − ψ| over the
 * window equals κδ/4, so the constant 4 of Lemma 2 is optimal; its negative control uses ψ to refute
 * the constant 3.
 *
 * References: Lemma 2 of the paper.
 */
import { TargetNeuron } from './Network.js';
import { PiecewiseLinear } from './PiecewiseLinear.js';
import { Rational, q } from '../exact/Rational.js';

/** Input of E6 and its control. */
export interface PsiInput {
  f: TargetNeuron;
  i: number;
  delta: Rational;
}

/** t*, κ and E6's ψ for the input. */
export function optimalAffine({ f, i, delta }: PsiInput): { tStar: Rational; kappa: Rational; psi: PiecewiseLinear } {
  const a = f.w[2 * i - 2]!;
  const tStar = f.w[2 * i - 1]!.neg().div(a);
  const kappa = a.abs();
  const slope = kappa.div(q(2)).mul(q(a.sign()));
  // ψ(t) = slope·(t − t*) + κδ/4 = (κδ/4 − slope·t*) + slope·t
  const psi = new PiecewiseLinear(kappa.mul(delta).div(q(4)).sub(slope.mul(tStar)), slope, []);
  return { tStar, kappa, psi };
}
