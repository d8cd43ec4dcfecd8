/**
 * # The exact check rows of the neuron-pruning decision, in integer form
 *
 * Main definitions: {@link checkRows}(f, g) → for every distinct E11 check point x_v of f and g,
 * a positive integer scale L_v and integers F̂_v = L_v·f(x_v), M̂_vj = L_v·α_j σ(⟨w_j, x_v⟩), with
 * float copies of the real rows (F_v, M_vj) = (F̂_v, M̂_vj)/L_v for the float engines.
 *
 * Main statements: blueprint E11 — one finite set of check points decides sup_X |f − g_S| for
 * every S ⊆ [N]: the arrangement of the hyperplanes of f and of g_S is coarser than that of f and
 * all of g, so every vertex of a cell of g_S's arrangement ∩ X (where the sup of the cellwise
 * convex |f − g_S| is attained) is a candidate point of the full arrangement. Hence
 * sup_X |f − g_S| = max_v |F_v − Σ_{j∈S} M_vj| (the argument of `src/model/exactDecision.ts`; the
 * points are `cubeCandidatePoints` of `src/model/cubeSup.ts`, as in `decisionRows`).
 *
 * Implementation notes: candidate points found from several constraint sets are merged (reduced
 * P/D as key). Every row is kept over its own scale L_v = L_g·L_f·D_v (L_g, L_f the common
 * denominators of the integer forms of g and f, `integerNeurons`; D_v the point's denominator), so
 * the integer entries cost d BigInt multiply-adds each and no gcd, computed per row on first use
 * (a certificate's leaves name few rows: at N = 1024 the 2054 full rows cost ≈ 3 s, the three
 * rows of the root LP bound nothing); the float copies come from the doubles directly (a guide
 * only, never used in a verdict); and a multiplier μ_v applied to the integer row stands for the real multiplier
 * μ_v·L_v — the certificates (`lpCertificate.ts`) use integer multipliers on these integer rows and
 * never form a common denominator across rows.
 *
 * References: blueprint E11 (`docs/blueprint.md`); arXiv:2603.02234, Definition 1.
 */
import { Rational, gcd } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import type { Network, TargetNeuron } from '../model/Network.js';
import { cubeCandidatePoints, integerForm } from '../model/cubeSup.js';
import { integerNeurons } from '../model/neuronValues.js';

/** The check rows of a decision instance (see the module header). */
export interface CheckRows {
  /** number of neurons */
  readonly N: number;
  /** number of distinct check points */
  readonly V: number;
  /** the points x_v = P_v/D_v (reduced, D_v > 0) */
  readonly points: readonly { readonly P: readonly bigint[]; readonly D: bigint }[];
  /** L_v > 0: the integer row v is L_v times the real row v */
  readonly L: readonly bigint[];
  /** F̂_v = L_v·f(x_v) */
  readonly Fi: readonly bigint[];
  /** the integer row M̂_v· (M̂_vj = L_v·α_j σ(⟨w_j, x_v⟩)), computed on first use and kept */
  row(v: number): readonly bigint[];
  /** float F_v */
  readonly F: Float64Array;
  /** float M_vj, row-major at v·N + j */
  readonly M: Float64Array;
}

/**
 * The distinct E11 check points of f and g and their exact integer rows (see the module header).
 * @throws InvalidParameterError for mismatched dimensions or d > 6
 */
export function checkRows(f: TargetNeuron, g: Network): CheckRows {
  if (f.d !== g.d)
    throw new InvalidParameterError('checkRows', 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  if (g.d > 6)
    throw new InvalidParameterError('checkRows', 'g.d', 'an integer in [2, 6] (vertex enumeration)', String(g.d));
  const raw = cubeCandidatePoints(g.d, integerForm(f.asNetwork().plus(g)).W);
  const seen = new Set<string>();
  const points: { P: bigint[]; D: bigint }[] = [];
  for (const p of raw) {
    let k = p.D;
    for (const v of p.P) k = gcd(k, v);
    const P = p.P.map((v) => v / k);
    const D = p.D / k;
    const key = `${P.join(',')}/${D}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({ P, D });
  }
  // a fixed order (by key), so that rows are numbered identically however the points were found
  points.sort((a, b) => cmpKey(a, b));
  const N = g.N;
  const V = points.length;
  // integer forms: α_j σ(⟨w_j, x⟩) = B_j σ(⟨R_j, x⟩)/Lg and f(x) = Bf σ(⟨Rf, x⟩)/Lf (no gcd below)
  const gi = integerNeurons(g);
  const fi = integerNeurons(f.asNetwork());
  const Rf = fi.rows[0]!;
  const Bf = fi.B[0]! * gi.L;
  const Bg = gi.B.map((b) => b * fi.L);
  const Lgf = gi.L * fi.L;
  const L: bigint[] = [];
  const Fi: bigint[] = [];
  const F = new Float64Array(V);
  const M = new Float64Array(V * N);
  // floats for the engines straight from doubles (a guide only): α_j·max(0, ⟨w_j, x_v⟩)
  const wf = g.neurons.map((n) => n.w.map((x) => x.toNumber()));
  const af = g.neurons.map((n) => n.alpha.toNumber());
  points.forEach((p, v) => {
    // row v over L_v = Lg·Lf·D_v: F̂_v = Lg·Bf·σ(⟨Rf, P⟩) (M̂_vj = Lf·B_j·σ(⟨R_j, P⟩) in `row`)
    L.push(Lgf * p.D);
    const zf = dot(Rf, p.P);
    const fv = zf > 0n ? Bf * zf : 0n;
    Fi.push(fv);
    F[v] = ratio(fv, Lgf * p.D);
    const Df = Number(p.D);
    const x = p.P.map((c) => Number(c) / Df);
    for (let j = 0; j < N; j++) {
      const w = wf[j]!;
      let z = 0;
      for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
      M[v * N + j] = z > 0 ? af[j]! * z : 0;
    }
  });
  const cache = new Map<number, bigint[]>();
  const row = (v: number): readonly bigint[] => {
    let r = cache.get(v);
    if (r) return r;
    const P = points[v]!.P;
    r = new Array<bigint>(N);
    for (let j = 0; j < N; j++) {
      const z = Bg[j] === 0n ? 0n : dot(gi.rows[j]!, P);
      r[j] = z > 0n ? Bg[j]! * z : 0n;
    }
    cache.set(v, r);
    return r;
  };
  return { N, V, points, L, Fi, row, F, M };
}

function cmpKey(a: { P: readonly bigint[]; D: bigint }, b: { P: readonly bigint[]; D: bigint }): number {
  // compare the points as rationals coordinate by coordinate (a total order on distinct reduced points)
  for (let k = 0; k < a.P.length; k++) {
    const l = a.P[k]! * b.D,
      r = b.P[k]! * a.D;
    if (l !== r) return l < r ? -1 : 1;
  }
  return 0;
}

function dot(R: readonly bigint[], P: readonly bigint[]): bigint {
  let s = 0n;
  for (let i = 0; i < R.length; i++) s += R[i]! * P[i]!;
  return s;
}

/** a/b in doubles (b > 0): a guide for the float engines only (the exact rational when out of range). */
function ratio(a: bigint, b: bigint): number {
  const r = Number(a) / Number(b);
  return Number.isFinite(r) && r !== 0 ? r : Rational.of(a, b).toNumber();
}
