/**
 * # The output-ReLU construction: blocks of neurons per coordinate and sign (reading A2)
 *
 * Main definitions: {@link blockConstruction}(g, block) — keep only coordinate k of the neurons of
 * block (k, +) with w_{jk} > 0 and of block (k, −) with w_{jk} < 0 (others dropped), giving the
 * pruned network and the coefficients c_k = Σ α_j w_{jk}, c′_k = Σ α_j |w_{jk}| of the inner sum
 * ŝ(x) = Σ_k (c_k σ(x_k) + c′_k σ(−x_k)); {@link l1Bound} — Σ_k max(|c_k − w*_k|, |c′_k + w*_k|), the
 * bound of E16 on sup_X |σ(⟨w*, x⟩) − σ(ŝ(x))|.
 *
 * References: the subset-sum constructions of the lottery-ticket literature; E16 and W3.
 */
import type { Network } from './Network.js';
import { axisMaskedNetwork } from './axisConstructions.js';
import { Rational } from '../exact/Rational.js';

/** The masks and the coefficients c_k, c'_k of a block assignment. */
export function blockConstruction(g: Network, block: readonly number[]) {
  const d = g.d;
  const c = Array.from({ length: d }, () => Rational.ZERO);
  const cp = Array.from({ length: d }, () => Rational.ZERO);
  const keep = g.neurons.map((n, j) => {
    const b = block[j]!;
    if (b < 0) return undefined;
    const k = b >> 1;
    const w = n.w[k]!;
    if ((b & 1) === 0 && w.sign() > 0) {
      c[k] = c[k]!.add(n.alpha.mul(w));
      return k;
    }
    if ((b & 1) === 1 && w.sign() < 0) {
      cp[k] = cp[k]!.add(n.alpha.mul(w.abs()));
      return k;
    }
    return undefined; // wrong sign for its block: dropped
  });
  return { net: axisMaskedNetwork(g, keep), c, cp };
}

/** Σ_k max(|c_k − w*_k|, |c'_k + w*_k|). */
export function l1Bound(w: readonly Rational[], c: readonly Rational[], cp: readonly Rational[]): Rational {
  let s = Rational.ZERO;
  w.forEach((wk, k) => (s = s.add(c[k]!.sub(wk).abs().max(cp[k]!.add(wk).abs()))));
  return s;
}
