/**
 * # The ReLU σ(z) = max(z, 0)
 *
 * Main definitions: {@link relu}, {@link dot}.
 * References: the paper's notation σ (arXiv:2603.02234); blueprint E14 (`relu_sub_relu_neg`,
 * `relu_mul_of_nonneg`) (`docs/blueprint.md`).
 */
import { Rational, sumOfProducts } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';

/** σ(z) = max(z, 0), exactly. */
export function relu(z: Rational): Rational {
  return z.sign() > 0 ? z : Rational.ZERO;
}

/**
 * ⟨u, v⟩ exactly.
 * @throws InvalidParameterError when the lengths differ
 */
export function dot(u: readonly Rational[], v: readonly Rational[]): Rational {
  if (u.length !== v.length)
    throw new InvalidParameterError('dot', 'v', `a vector of length ${u.length}`, `length ${v.length}`);
  return sumOfProducts(u, v);
}
