/**
 * # The target that a broken bin defeats (blueprint C4, paper Figure 2)
 *
 * Main definitions: {@link targetInBin}(d, i, T, k) — a rational unit target supported on coordinates
 * 2i−1, 2i with t_i* near the centre of B_k and κ_i ≥ 1/√2.
 *
 * Main statements: with t* = 2u/(1 − u²) for a rational u ∈ (−1, 1), 1 + t*² = ((1+u²)/(1−u²))² is
 * a rational square, so w*_{2i−1} = (1 − u²)/(1 + u²) > 0 and w*_{2i} = −2u/(1 + u²) give an exact
 * unit vector with breakpoint t* and κ = 1/√(1 + t*²) ≥ 1/√2 for |t*| ≤ 1. u is found by exact
 * bisection (t*(u) is increasing on (−1, 1)) on dyadic rationals until t* is within 1/(2^40·T) of
 * the centre.
 */
import { Rational, q } from '../exact/Rational.js';
import { TargetNeuron } from './Network.js';
import { binBounds } from './bins.js';
import { requireDimension, requireFamily } from './validate.js';

/** t*(u) = 2u/(1 − u²). */
function tOfU(u: Rational): Rational {
  return u.add(u).div(Rational.ONE.sub(u.mul(u)));
}

/** The exact unit target of C4 for bin k of family i. */
export function targetInBin(d: number, i: number, T: number, k: number): TargetNeuron {
  requireDimension('targetInBin', d);
  requireFamily('targetInBin', d, i);
  const { lo, hi } = binBounds(T, k);
  const centre = lo.add(hi).div(q(2));
  const tol = q(1, 2 ** 40).div(q(T));
  // u ∈ [−1/2, 1/2] covers t* ∈ [−4/3, 4/3] ⊇ [−1, 1]
  let a = q(-1, 2);
  let b = q(1, 2);
  let u = Rational.ZERO;
  for (let it = 0; it < 200; it++) {
    u = a.add(b).div(q(2));
    const t = tOfU(u);
    if (t.sub(centre).abs().le(tol)) break;
    if (t.lt(centre)) a = u;
    else b = u;
  }
  const u2 = u.mul(u);
  const den = Rational.ONE.add(u2);
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 2] = Rational.ONE.sub(u2).div(den);
  w[2 * i - 1] = u.add(u).neg().div(den);
  return new TargetNeuron(w);
}
