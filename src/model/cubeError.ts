/**
 * # The exact cube error, memoised per (network, target) pair
 *
 * Main definitions: {@link cubeError} — sup over [−1, 1]^d of |f − g| (E11, {@link approxError}),
 * computed once per pair of objects.
 *
 * Main statements: `cubeError(f, g)` equals `approxError(f, g).value`.
 *
 * Implementation notes: a two-level `WeakMap` keyed by the network and target objects (not their
 * values), so a claim's `hypothesis` and `check` can both ask for it at the cost of one computation
 * and nothing is retained after the case is dropped.
 *
 * References: blueprint E11 (`docs/blueprint.md`).
 */
import { type Rational } from '../exact/Rational.js';
import { type Network, type TargetNeuron } from './Network.js';
import { approxError } from './cubeSup.js';

const errCache = new WeakMap<Network, WeakMap<TargetNeuron, Rational>>();

/**
 * The exact sup over the cube of |f − g| (E11), memoised per (network, target) object pair, so a
 * claim's `hypothesis` and `check` can both ask for it at the cost of one computation.
 */
export function cubeError(f: TargetNeuron, g: Network): Rational {
  let byF = errCache.get(g);
  if (!byF) errCache.set(g, (byF = new WeakMap()));
  let e = byF.get(f);
  if (!e) byF.set(f, (e = approxError(f, g).value));
  return e;
}
