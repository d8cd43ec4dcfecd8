/**
 * # A neuron with a prescribed breakpoint on one input family
 *
 * Main definitions: {@link neuronWithBreakpoint}(d, i, α, a, τ) — the neuron α σ(⟨w, x⟩) whose only
 * non-zero input weights are the family-i pair (w_{2i−1}, w_{2i}) = (a, −aτ), so that along
 * x_i(t) it is α σ(a (t − τ)): breakpoint τ, jump α|a| (E2).
 *
 * Implementation notes: used by generators that place kinks exactly where a lemma's hypothesis is
 * tight (on a window's ends, on a bin's edge, in cancelling pairs inside a window). Exact: no
 * floating point anywhere.
 *
 * References: Figure 3 of the paper (the input families).
 */
import { Rational } from '../exact/Rational.js';
import type { Neuron } from './Network.js';

/**
 * The neuron with family-i coefficients (a, −a·τ) (breakpoint τ for a ≠ 0) and zeros elsewhere.
 * @param d the input dimension
 * @param i the family (1-based, 2i ≤ d)
 * @param alpha the output weight α
 * @param a the family's first coefficient (the kink's slope change is α|a|)
 * @param tau the breakpoint τ
 */
export function neuronWithBreakpoint(d: number, i: number, alpha: Rational, a: Rational, tau: Rational): Neuron {
  const w = Array.from({ length: d }, () => Rational.ZERO);
  w[2 * i - 2] = a;
  w[2 * i - 1] = a.neg().mul(tau);
  return { alpha, w };
}
