/**
 * # Weight-pruning constructions with axis-aligned neurons (blueprint E15, E16, §7 W1, W3)
 *
 * Main definitions: {@link axisMaskedNetwork} — weight-prune so that each kept neuron keeps exactly
 * one coordinate; {@link a2SupAbsAxisAligned} — the exact sup over X of |f(x) − σ(g(x))| for an A2
 * network whose neurons are axis-aligned (each w_j has at most one non-zero coordinate).
 *
 * Main statements: for axis-aligned g the inner sum is ŝ(x) = Σ_k (c_k σ(x_k) + c'_k σ(−x_k)), linear
 * on each orthant; inside an orthant O_s, f(x) = σ(⟨w*,x⟩) and σ(ŝ(x)) are linear on the cells cut
 * by ⟨w*, x⟩ = 0 and ŝ_s(x) = 0, so |f − σ(ŝ)| is |linear| on each cell and its max over X is at a
 * vertex: a point of X ∩ O_s with d independent active constraints among the cube faces, the orthant
 * walls x_k = 0 and those two hyperplanes (at least one a face; the origin gives 0).
 *
 * Implementation notes: on the closed orthant O_s, g(x) = ŝ_s(x) = Σ_k ŝ_{s,k} x_k exactly (each
 * neuron's α σ(w x_k) is α w σ(x_k) or α |w| σ(−x_k)), so a candidate vertex costs d products instead
 * of the N·d of evaluating g (with N ~ 100 neurons, that evaluation was most of the W3 claim's exact
 * work); g itself is evaluated once, at the witness, against ŝ.
 *
 * References: blueprint E15, E16 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { Network, type TargetNeuron } from './Network.js';
import { cubeCandidatePoints, integerForm } from './cubeSup.js';
import { dot, relu } from './relu.js';

/**
 * Keep neuron j (0-based) with only coordinate keep[j] (or drop it when keep[j] is undefined).
 * @throws InvalidParameterError when keep has the wrong length or a bad coordinate
 */
export function axisMaskedNetwork(g: Network, keep: readonly (number | undefined)[]): Network {
  if (keep.length !== g.N)
    throw new InvalidParameterError(
      'axisMaskedNetwork',
      'keep',
      `an array of length N = ${g.N}`,
      `length ${keep.length}`,
    );
  const M = g.neurons.map((_, j) => Array.from({ length: g.d }, (_, k) => keep[j] === k));
  const m = keep.map((k) => {
    if (k !== undefined && (!Number.isSafeInteger(k) || k < 0 || k >= g.d))
      throw new InvalidParameterError(
        'axisMaskedNetwork',
        'keep[j]',
        `a coordinate in [0, ${g.d}) or undefined`,
        String(k),
      );
    return k !== undefined;
  });
  return g.weightPrune(M, m);
}

/** Scale a rational vector to a primitive integer vector (same direction). */
function toIntegerNormal(v: readonly Rational[]): bigint[] {
  return integerForm(new Network(v.length, [{ alpha: Rational.ONE, w: v }])).W[0] ?? v.map(() => 0n);
}

/**
 * sup_X |f(x) − σ(g(x))| exactly, for an axis-aligned g, with a witness.
 * @throws InvalidParameterError when some neuron has two non-zero coordinates, or d > 5
 */
export function a2SupAbsAxisAligned(f: TargetNeuron, g: Network): { value: Rational; witness: Rational[] } {
  if (g.d > 5) throw new InvalidParameterError('a2SupAbsAxisAligned', 'g.d', 'an integer in [2, 5]', String(g.d));
  const d = g.d;
  const c = Array.from({ length: d }, () => Rational.ZERO);
  const cp = Array.from({ length: d }, () => Rational.ZERO);
  g.neurons.forEach((n, j) => {
    const nz = n.w.map((x, k) => (x.isZero() ? -1 : k)).filter((k) => k >= 0);
    if (nz.length > 1)
      throw new InvalidParameterError(
        'a2SupAbsAxisAligned',
        `g.neurons[${j}].w`,
        'an axis-aligned vector (at most one non-zero coordinate)',
        `${nz.length} non-zero coordinates`,
      );
    if (nz.length === 0) return;
    const k = nz[0]!;
    const w = n.w[k]!;
    // α σ(w x_k) = α w σ(x_k) for w > 0, α |w| σ(−x_k) for w < 0
    if (w.sign() > 0) c[k] = c[k]!.add(n.alpha.mul(w));
    else cp[k] = cp[k]!.add(n.alpha.mul(w.abs()));
  });
  let best = Rational.ZERO;
  let witness = Array.from({ length: d }, () => Rational.ZERO);
  const walls: bigint[][] = Array.from({ length: d }, (_, k) =>
    Array.from({ length: d }, (_, l) => (l === k ? 1n : 0n)),
  );
  const target = toIntegerNormal(f.w);
  /** ŝ's linear form on the closed orthant of x (either one where x_k = 0). */
  const innerAt = (x: readonly Rational[]) => x.map((v, k) => (v.sign() >= 0 ? c[k]! : cp[k]!.neg()));
  for (let s = 0; s < 1 << d; s++) {
    const sign = (k: number) => ((s >> k) & 1 ? -1 : 1);
    // ŝ on orthant s: Σ_k (sign_k > 0 ? c_k x_k : −c'_k x_k)
    const inner = Array.from({ length: d }, (_, k) => (sign(k) > 0 ? c[k]! : cp[k]!.neg()));
    const hyper = [...walls, target];
    if (inner.some((x) => !x.isZero())) hyper.push(toIntegerNormal(inner));
    for (const pt of cubeCandidatePoints(
      d,
      hyper.filter((h) => h.some((v) => v !== 0n)),
    )) {
      if (pt.P.some((v, k) => (sign(k) > 0 ? v < 0n : v > 0n))) continue; // outside the closed orthant
      const x = pt.P.map((v) => Rational.of(v, pt.D));
      const e = f
        .eval(x)
        .sub(relu(dot(inner, x)))
        .abs();
      if (e.gt(best)) {
        best = e;
        witness = x;
      }
    }
  }
  // ŝ stood for g above: check the aggregation once, against g itself at the witness
  if (!dot(innerAt(witness), witness).eq(g.eval(witness)))
    throw new InvalidParameterError(
      'a2SupAbsAxisAligned',
      'g',
      'a network whose inner sum is ŝ',
      'a mismatch at the witness (internal error)',
    );
  return { value: best, witness };
}
