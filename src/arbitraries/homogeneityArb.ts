/**
 * # Generator of inputs for positive homogeneity (E3 and its control)
 *
 * Main definitions: {@link HomogeneityInput} (network g, point x, scale c) and
 * {@link homogeneityArb}(cMin, cMax) — d ∈ 2..5, a network of at most 5 neurons, x ∈ [−2, 2]^d and
 * c ∈ [cMin, cMax] with denominators ≤ 16.
 *
 * References: the model of the paper (bias-free two-layer ReLU networks).
 */
import fc from 'fast-check';
import { networkArb } from './networkArb.js';
import { rationalArb } from './rationalArb.js';
import { Network } from '../model/Network.js';
import { Rational, q } from '../exact/Rational.js';

/** Input of E3 and its control. */
export interface HomogeneityInput {
  g: Network;
  x: Rational[];
  c: Rational;
}

/** The shared generator: network, point, scale in [cMin, cMax]. */
export function homogeneityArb(cMin: Rational, cMax: Rational): fc.Arbitrary<HomogeneityInput> {
  return fc.integer({ min: 2, max: 5 }).chain((d) =>
    fc.record({
      g: networkArb({ d, maxN: 5 }),
      x: fc.array(rationalArb({ min: q(-2), max: q(2) }), { minLength: d, maxLength: d }),
      c: rationalArb({ min: cMin, max: cMax, maxDen: 16 }),
    }),
  );
}
