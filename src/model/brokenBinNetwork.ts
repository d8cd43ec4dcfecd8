/**
 * # Networks with a broken bin (Lemma 1's setting)
 *
 * Main definitions: {@link BrokenBinInput} (target f, family i, T bins, the bin k ∋ t*, ε, network g);
 * {@link distanceToBinEnds}(t, T, k) — the distance from t to the nearer end of B_k;
 * {@link dropHitting}(g, i, T, k) — g without the neurons whose family-i breakpoint lies in B_k, so
 * that B_k is broken (Definition 2, reading R-empty).
 *
 * References: Lemma 1 and Definition 2 of the paper.
 */
import { Network, TargetNeuron } from './Network.js';
import { binBounds, binsHitBy } from './bins.js';
import { breakpoint } from './family.js';
import { Rational } from '../exact/Rational.js';

/** Input of E9 and its control. */
export interface BrokenBinInput {
  f: TargetNeuron;
  i: number;
  T: number;
  k: number;
  eps: Rational;
  g: Network;
}

/** Distance from t to the nearer end of bin k. */
export function distanceToBinEnds(t: Rational, T: number, k: number): Rational {
  const { lo, hi } = binBounds(T, k);
  return t.sub(lo).min(hi.sub(t));
}

/** A network made broken on bin k by dropping the neurons that hit it. */
export function dropHitting(g: Network, i: number, T: number, k: number): Network {
  return new Network(
    g.d,
    g.neurons.filter((n) => {
      const t = breakpoint(n.w, i);
      return t === undefined || !binsHitBy(t, T).includes(k);
    }),
  );
}
