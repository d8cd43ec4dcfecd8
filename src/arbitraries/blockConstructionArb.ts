/**
 * # Construction-shaped inputs of the output-ReLU block construction (E16)
 *
 * Main definitions: {@link BlockConstructionInput} (target, network, block assignment);
 * {@link blockConstructionInput} — one + and one − neuron per coordinate with α = ±w*_k plus a
 * perturbation, noise on the masked coordinates; {@link blockConstructionArb} — such inputs with most
 * perturbations 0 (d ∈ {2, 3}).
 *
 * Main statements: with one coefficient off, the l1 bound of E16 is attained exactly.
 *
 * Implementation notes: moved out of the claim file `output_relu_construction_error_le_l1.ts` so that
 * every generator a built-in claim uses is exported; behaviour unchanged. Exact throughout.
 *
 * References: blueprint E16 (`docs/blueprint.md`); `src/model/blockConstruction.ts`.
 */
import fc from 'fast-check';
import { Network, TargetNeuron } from '../model/Network.js';
import { Rational, q } from '../exact/Rational.js';
import { dyadicArb } from './dyadicArb.js';
import { unitVectorArb } from './unitVectorArb.js';

/** E16's input: a target, a network and its block assignment. */
export interface BlockConstructionInput {
  f: TargetNeuron;
  g: Network;
  /** block[j] = 2k + (0 for the + block, 1 for the − block), or −1 to drop neuron j */
  block: number[];
}

/**
 * Construction-shaped inputs: neuron 2k is (α = w*_k + p_k, w = e_k + noise), neuron 2k+1 is
 * (α = −w*_k + p′_k, w = −e_k + noise), assigned to the + and − blocks of coordinate k, so that
 * c_k − w*_k = p_k and c′_k + w*_k = p′_k; most p are 0 (the bound is then attained).
 */
export function blockConstructionArb(): fc.Arbitrary<BlockConstructionInput> {
  const p = fc.oneof(
    { arbitrary: fc.constant(Rational.ZERO), weight: 3 },
    { arbitrary: dyadicArb({ min: q(-1, 4), max: q(1, 4), bits: 6 }), weight: 1 },
  );
  const noise = dyadicArb({ min: q(-2), max: q(2), bits: 3 });
  return fc.integer({ min: 2, max: 3 }).chain((d) =>
    fc
      .record({
        w: unitVectorArb({ d }),
        p: fc.array(p, { minLength: 2 * d, maxLength: 2 * d }),
        noise: fc.array(fc.array(noise, { minLength: d, maxLength: d }), { minLength: 2 * d, maxLength: 2 * d }),
      })
      .map(({ w, p: ps, noise: ns }) => blockConstructionInput(w, ps, ns)),
  );
}

/** The construction-shaped input for target w, perturbations p (length 2d) and noise on the masked coordinates. */
export function blockConstructionInput(
  w: readonly Rational[],
  ps: readonly Rational[],
  ns: readonly (readonly Rational[])[],
): BlockConstructionInput {
  const d = w.length;
  const neurons = ps.map((pj, j) => {
    const k = j >> 1;
    const neg = (j & 1) === 1;
    const ww = ns[j]!.map((v, kk) => (kk === k ? (neg ? Rational.MINUS_ONE : Rational.ONE) : v));
    return { alpha: (neg ? w[k]!.neg() : w[k]!).add(pj), w: ww };
  });
  return { f: new TargetNeuron(w), g: new Network(d, neurons), block: ps.map((_, j) => j) };
}
