/**
 * # E16 `output_relu_construction_error_le_l1` (reading A2)
 *
 * Statement: assign disjoint blocks of neurons to each coordinate k and sign; keep only coordinate k
 * of each neuron in the block (neurons with w_{jk} of the block's sign). The inner sum is
 * ŝ(x) = Σ_k (c_k σ(x_k) + c'_k σ(−x_k)) and
 * sup_X |σ(⟨w*, x⟩) − σ(ŝ(x))| ≤ Σ_k max(|c_k − w*_k|, |c'_k + w*_k|).
 * The left side is computed exactly (vertex enumeration per orthant) on the actual pruned network.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../src/claims/defineClaim.js';
import { rel } from '../src/claims/Relation.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { unitVectorArb } from '../src/arbitraries/unitVectorArb.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { a2SupAbsAxisAligned, axisMaskedNetwork } from '../src/model/axisConstructions.js';
import { Rational } from '../src/exact/Rational.js';

interface Input {
  f: TargetNeuron;
  g: Network;
  /** block[j] = 2k + (0 for the + block, 1 for the − block), or −1 to drop neuron j */
  block: number[];
}

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

export default defineClaim<ExactClaim<Input>>({
  id: 'output_relu_construction_error_le_l1',
  specRef: 'E16',
  paperRef: null,
  versions: ['v1', 'v2'],
  readings: ['A2'],
  kind: 'exact-forall',
  statement: 'With disjoint per-(coordinate, sign) blocks keeping one coordinate each, sup_X |σ(⟨w*,x⟩) − σ(ŝ(x))| ≤ Σ_k max(|c_k − w*_k|, |c′_k + w*_k|).',
  uses: ['relu_mul_of_nonneg', 'relu_sub_relu_neg', 'sup_over_cube_eq_max_over_vertices'],
  expected: 'holds',
  numRuns: { ci: 60, full: 600 },
  arbitrary: () =>
    fc.integer({ min: 2, max: 3 }).chain((d) =>
      fc
        .record({ w: unitVectorArb({ d }), g: networkArb({ d, minN: 1, maxN: 8 }) })
        .chain(({ w, g }) => fc.array(fc.integer({ min: -1, max: 2 * d - 1 }), { minLength: g.N, maxLength: g.N }).map((block) => ({ f: new TargetNeuron(w), g, block }))),
    ),
  check: ({ f, g, block }) => {
    const { net, c, cp } = blockConstruction(g, block);
    return [rel('sup_X |σ(⟨w*,x⟩) − σ(ŝ(x))| (exact)', a2SupAbsAxisAligned(f, net).value, '<=', 'Σ_k max(|c_k − w*_k|, |c′_k + w*_k|)', l1Bound(f.w, c, cp))];
  },
});
