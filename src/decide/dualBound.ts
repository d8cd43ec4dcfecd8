/**
 * # Safe dual bounds over a box of subsets, evaluated exactly
 *
 * Main definitions: a {@link Box} fixes some indicators s_j to 0 or 1 and leaves the others in
 * [0, 1]; a {@link Multiplier} is a sparse list of signed integer weights y_v on the integer check
 * rows of `checkRows.ts`; {@link dualBound}(rows, y, box) → the exact rational β/Λ with
 * β/Λ ≤ min_{s ∈ box} max_v |F_v − M_v·s| (so also ≤ min over the 0/1 points of the box, i.e. over
 * the subsets S the box contains); {@link subsetErrorExact}(rows, S) → max_v |F_v − Σ_{j∈S} M_vj|
 * and a row attaining it.
 *
 * Main statements (the Neumaier–Shcherbina safe bound, for the minimax relaxation): write
 * r_v(s) = F_v − M_v·s and let the integer row v be L_v times the real one. For weights y_v with
 * μ_v = |y_v|, and Λ = Σ_v μ_v L_v > 0, every s in the box satisfies
 *   Λ·max_v |r_v(s)| ≥ Σ_v μ_v L_v |r_v(s)| ≥ Σ_v y_v L_v r_v(s) = b − cᵀs ≥ β,
 * with b = Σ_v y_v F̂_v, c_j = Σ_v y_v M̂_vj and β = b − Σ_{j fixed to 1} c_j − Σ_{j free} max(0, c_j).
 * Any weights are valid — approximate LP duals rounded to small integers give a bound that is
 * rigorous once β and Λ are recomputed here in BigInt. A box is infeasible for "error ≤ ε" when
 * β > ε·Λ (Farkas form of the same inequality).
 *
 * Implementation notes: integers only (no common denominator across rows, no gcd): the cost is
 * |support(y)|·(number of unfixed-to-0 neurons) BigInt multiply-adds.
 *
 * References: A. Neumaier, O. Shcherbina, "Safe bounds in linear and mixed-integer linear
 * programming", Math. Program. 99 (2004) 283–296; blueprint E11 (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import type { CheckRows } from './checkRows.js';

/** Per neuron: 0 = fixed out of S, 1 = fixed in S, 2 = free in [0, 1]. */
export type Box = Uint8Array;

/** A free coordinate of a {@link Box}. */
export const FREE = 2;

/** Sparse signed integer weights on the integer check rows: y_{rows[k]} = weights[k] (≠ 0). */
export interface Multiplier {
  readonly rows: readonly number[];
  readonly weights: readonly bigint[];
}

/** The exact bound of {@link dualBound}: β/Λ (Λ > 0), a lower bound on the minimax error over the box. */
export interface ExactBound {
  readonly beta: bigint;
  readonly lambda: bigint;
}

/**
 * β and Λ of the module header for the weights y over the box (Λ = 0 for empty weights, which
 * proves nothing). The caller guarantees that row indices are in range.
 */
export function dualBound(rows: CheckRows, y: Multiplier, box: Box): ExactBound {
  const N = rows.N;
  let b = 0n;
  let lambda = 0n;
  const c: bigint[] = new Array(N).fill(0n);
  for (let k = 0; k < y.rows.length; k++) {
    const v = y.rows[k]!;
    const w = y.weights[k]!;
    if (w === 0n) continue;
    b += w * rows.Fi[v]!;
    lambda += (w < 0n ? -w : w) * rows.L[v]!;
    const Mv = rows.row(v);
    for (let j = 0; j < N; j++) {
      if (box[j] === 0) continue;
      const m = Mv[j]!;
      if (m !== 0n) c[j] = c[j]! + w * m;
    }
  }
  let beta = b;
  for (let j = 0; j < N; j++) {
    const s = box[j];
    if (s === 1) beta -= c[j]!;
    else if (s === FREE && c[j]! > 0n) beta -= c[j]!;
  }
  return { beta, lambda };
}

/** True when the bound proves every subset of the box has error > ε (β > ε·Λ, Λ > 0). */
export function boundExceeds(bd: ExactBound, eps: Rational): boolean {
  return bd.lambda > 0n && bd.beta * eps.den > eps.num * bd.lambda;
}

/** True when the bound proves every subset of the box has error ≥ u (β ≥ u·Λ, Λ > 0). */
export function boundReaches(bd: ExactBound, u: Rational): boolean {
  return bd.lambda > 0n && bd.beta * u.den >= u.num * bd.lambda;
}

/** The bound as a rational (−∞ is reported as null when Λ = 0). */
export function boundValue(bd: ExactBound): Rational | null {
  return bd.lambda > 0n ? Rational.of(bd.beta, bd.lambda) : null;
}

/** The exact error of a subset over the check rows, with a row where it is attained (and its sign). */
export interface SubsetErrorExact {
  readonly error: Rational;
  /** a row v with |r_v(S)| = error */
  readonly row: number;
  /** sign of r_v(S) at that row (+1 when r_v ≥ 0) */
  readonly sign: 1 | -1;
}

/** max_v |F_v − Σ_{j∈S} M_vj| exactly (= sup_X |f − g_S| by E11); S holds distinct indices < N. */
export function subsetErrorExact(rows: CheckRows, S: readonly number[]): SubsetErrorExact {
  let bestN = -1n;
  let bestD = 1n;
  let row = 0;
  let sign: 1 | -1 = 1;
  for (let v = 0; v < rows.V; v++) {
    let s = rows.Fi[v]!;
    const Mv = rows.row(v);
    for (const j of S) s -= Mv[j]!;
    const a = s < 0n ? -s : s;
    const L = rows.L[v]!;
    if (bestN < 0n || a * bestD > bestN * L) {
      bestN = a;
      bestD = L;
      row = v;
      sign = s < 0n ? -1 : 1;
    }
  }
  if (bestN < 0n) return { error: Rational.ZERO, row: 0, sign: 1 };
  return { error: Rational.of(bestN, bestD), row, sign };
}

/** The single-row multiplier that proves a fully fixed box's exact error: y_v = sign at the worst row. */
export function pointMultiplier(e: SubsetErrorExact): Multiplier {
  return { rows: [e.row], weights: [BigInt(e.sign)] };
}
