/**
 * # Exact rational unit vectors
 *
 * Main definitions: {@link stereographicUnitVector} — for u ∈ Q^{d−1},
 * w = (2u, ‖u‖² − 1)/(‖u‖² + 1), which has ‖w‖₂ = 1 exactly; {@link normSquared}.
 *
 * Main statements: every rational point of the unit sphere except the north pole arises this way
 * (inverse stereographic projection), so sign changes and permutations of these cover the rational
 * unit vectors.
 *
 * References: the target neuron f(x) = σ(⟨w*, x⟩), ‖w*‖₂ = 1 (`TargetNeuron` in
 * `src/model/Network.ts`; arXiv:2603.02234).
 */
import { Rational } from '../exact/Rational.js';
import { requireVector } from './validate.js';
import { InvalidParameterError } from '../errors.js';

/** ‖v‖₂² */
export function normSquared(v: readonly Rational[]): Rational {
  let s = Rational.ZERO;
  for (const x of v) s = s.add(x.mul(x));
  return s;
}

/**
 * The exact unit vector (2u, ‖u‖² − 1)/(‖u‖² + 1) ∈ Q^{len(u)+1}; the last coordinate is the
 * "polar" one, so `perm`/`signs` may move it.
 * @throws InvalidParameterError when u is empty or not a vector of Rationals
 */
export function stereographicUnitVector(u: readonly Rational[]): Rational[] {
  requireVector('stereographicUnitVector', 'u', u);
  if (u.length < 1)
    throw new InvalidParameterError('stereographicUnitVector', 'u', 'a vector of length ≥ 1', 'length 0');
  const n2 = normSquared(u);
  const den = n2.add(Rational.ONE);
  return [...u.map((x) => x.add(x).div(den)), n2.sub(Rational.ONE).div(den)];
}
