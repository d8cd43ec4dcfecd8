/**
 * # The exact sup of |g| over the cube [−1, 1]^d (blueprint E11)
 *
 * Main definitions: {@link cubeSupAbs}(g) → the exact max of |g(x)| over X = [−1, 1]^d and a witness
 * point; {@link cubeCandidatePoints}, the finite candidate set; {@link approxError}
 * = sup_X |f − g| (Definition 1's quantity).
 *
 * Main statements: E11 `sup_over_cube_eq_max_over_vertices`. g is linear on each cell of the
 * arrangement of the hyperplanes {⟨w_j, x⟩ = 0}; |g| is convex there, so its max over X is attained
 * at a vertex of some cell ∩ X: a point of X where d linearly independent constraints among
 * {x_k = ±1} ∪ {hyperplanes} are active. A vertex with no cube face active is the origin, where
 * g = 0, so at least one face is required.
 *
 * Implementation notes: the candidate set is enumerated by choosing a set F of fixed coordinates
 * (x_k = ±1, F ≠ ∅) and d − |F| hyperplanes, and solving the square system by fraction-free
 * (Bareiss) elimination in BigInt. Each w_j is scaled to an integer vector W_j (a positive scale,
 * absorbed into α_j), and a candidate is kept as an integer vector P over a common denominator D,
 * so g(P/D) = Σ_j β_j σ(⟨W_j, P⟩)/D needs integer products only — no gcd in the inner loop —
 * and a float filter with a rigorous error bound leaves only the near-maximal candidates to that
 * exact evaluation. Parallel hyperplanes are merged. Cost: O(2^|F|·C(d,|F|)·C(H, d−|F|)) systems for H distinct
 * hyperplanes — meant for small d.
 *
 * References: blueprint E11 (`docs/blueprint.md`); arXiv:2603.02234, Definition 1.
 */
import { Rational, gcd, lcm } from '../exact/Rational.js';
import type { Network, TargetNeuron } from './Network.js';
import { integerNeurons } from './neuronValues.js';
import { InvalidParameterError } from '../errors.js';

/** A candidate point P/D of the cube (integer numerators, common positive denominator). */
export interface IntPoint {
  readonly P: readonly bigint[];
  readonly D: bigint;
}

/** Result of {@link cubeSupAbs}. */
export interface CubeSup {
  /** sup_X |g| exactly */
  readonly value: Rational;
  /** a point of X attaining it */
  readonly witness: Rational[];
  /** number of candidate points examined */
  readonly candidates: number;
}

/** Integer form of a network: σ-arguments W_j and coefficients β_j = B_j/L with g(x) = Σ β_j σ(⟨W_j,x⟩). */
export interface IntNetwork {
  readonly d: number;
  readonly W: bigint[][];
  readonly B: bigint[];
  readonly L: bigint;
}

/** Scale each w_j to a primitive integer vector, absorbing the positive scale into α_j. */
export function integerForm(g: Network): IntNetwork {
  const W: bigint[][] = [];
  const beta: Rational[] = [];
  // per neuron: w_j = R_j/c_j and A_j/C_j = α_j/c_j (integerNeurons); dropping zero neurons
  const { rows, A, C } = integerNeurons(g);
  rows.forEach((R, j) => {
    if (A[j] === 0n || R.every((v) => v === 0n)) return;
    let gg = 0n;
    for (const v of R) gg = gcd(gg, v);
    // w = (R/gg)·gg/c, so α σ(⟨w,x⟩) = (A/C)·gg·σ(⟨R/gg, x⟩)
    W.push(R.map((v) => v / gg));
    beta.push(Rational.of(A[j]! * gg, C[j]!));
  });
  let L = 1n;
  for (const b of beta) L = lcm(L, b.den);
  return { d: g.d, W, B: beta.map((b) => b.num * (L / b.den)), L };
}

/** Distinct hyperplanes (primitive integer normals up to sign) of an integer network. */
function distinctHyperplanes(W: readonly bigint[][]): bigint[][] {
  const seen = new Set<string>();
  const out: bigint[][] = [];
  for (const row of W) {
    const first = row.find((v) => v !== 0n)!;
    const norm = first < 0n ? row.map((v) => -v) : row;
    const key = norm.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(norm);
    }
  }
  return out;
}

/** Solve the square integer system M·y = r by Bareiss elimination; undefined when singular. */
function solveBareiss(M: bigint[][], r: bigint[]): { y: bigint[]; det: bigint } | undefined {
  const n = M.length;
  if (n === 0) return { y: [], det: 1n };
  const A = M.map((row, i) => [...row, r[i]!]);
  let prev = 1n;
  for (let k = 0; k < n; k++) {
    let p = k;
    while (p < n && A[p]![k] === 0n) p++;
    if (p === n) return undefined;
    if (p !== k) {
      const t = A[p]!;
      A[p] = A[k]!;
      A[k] = t;
    }
    const Ak = A[k]!;
    for (let i = k + 1; i < n; i++) {
      const Ai = A[i]!;
      for (let j = k + 1; j <= n; j++) Ai[j] = (Ai[j]! * Ak[k]! - Ai[k]! * Ak[j]!) / prev;
      Ai[k] = 0n;
    }
    prev = Ak[k]!;
  }
  // back substitution over the common denominator det = A[n−1][n−1] (Bareiss: last pivot = det)
  const det = A[n - 1]![n - 1]!;
  const y: bigint[] = new Array(n).fill(0n);
  for (let i = n - 1; i >= 0; i--) {
    const Ai = A[i]!;
    let s = Ai[n]! * det;
    for (let j = i + 1; j < n; j++) s -= Ai[j]! * y[j]!;
    y[i] = s / Ai[i]!; // exact: y_i·det is an integer by Cramer's rule
  }
  return { y, det };
}

function* combinations(n: number, k: number): Generator<number[]> {
  if (k > n) return;
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield idx.slice();
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/**
 * Every point of X where d linearly independent constraints (at least one a cube face) are active,
 * for the hyperplanes of the given networks (the candidate set of E11); a point may repeat.
 * @throws InvalidParameterError when the networks' dimensions differ
 */
export function cubeCandidatePoints(d: number, W: readonly bigint[][]): IntPoint[] {
  const H = distinctHyperplanes(W);
  const out: IntPoint[] = [];
  for (let f = 1; f <= d; f++) {
    for (const F of combinations(d, f)) {
      const free = [...Array(d).keys()].filter((k) => !F.includes(k));
      const r = d - f;
      for (let mask = 0; mask < 1 << f; mask++) {
        const s = F.map((_, t) => ((mask >> t) & 1 ? -1n : 1n));
        for (const Hs of combinations(H.length, r)) {
          const M = Hs.map((h) => free.map((k) => H[h]![k]!));
          const rhs = Hs.map((h) => {
            let v = 0n;
            F.forEach((k, t) => (v -= H[h]![k]! * s[t]!));
            return v;
          });
          const sol = solveBareiss(M, rhs);
          if (!sol) continue;
          let { y, det } = sol;
          if (det < 0n) {
            det = -det;
            y = y.map((v) => -v);
          }
          if (y.some((v) => v > det || v < -det)) continue; // outside the cube
          const P: bigint[] = new Array(d).fill(0n);
          F.forEach((k, t) => (P[k] = s[t]! * det));
          free.forEach((k, t) => (P[k] = y[t]!));
          // duplicates (a vertex found from several constraint sets) are harmless for a max; they
          // are kept unreduced: reducing or hashing every point cost more than evaluating it twice
          out.push({ P, D: det });
        }
      }
    }
  }
  return out;
}

/** L·D·g(P/D) as an integer, for an integer network. */
export function evalIntScaled(net: IntNetwork, pt: IntPoint): bigint {
  let s = 0n;
  const { W, B } = net;
  for (let j = 0; j < W.length; j++) {
    const w = W[j]!;
    let z = 0n;
    for (let k = 0; k < w.length; k++) z += w[k]! * pt.P[k]!;
    if (z > 0n) s += B[j]! * z;
  }
  return s;
}

/**
 * sup_X |g(x)| for X = [−1, 1]^d, exactly, with a witness point.
 * @throws InvalidParameterError for d > 8 (the enumeration is exponential in d)
 */
export function cubeSupAbs(g: Network, extraHyperplanes: readonly bigint[][] = []): CubeSup {
  if (g.d > 8)
    throw new InvalidParameterError('cubeSupAbs', 'g.d', 'an integer in [2, 8] (vertex enumeration)', String(g.d));
  const net = integerForm(g);
  const pts = cubeCandidatePoints(g.d, [...net.W, ...extraHyperplanes]);
  // Float filter: |g| at every candidate in doubles, with a rigorous bound E on the float error
  // (each W_jk, β_j, x_k within u relative; each dot product and the sum add ≤ (d + N + 4)u of the
  // magnitudes; σ is 1-Lipschitz, so a misjudged sign near 0 costs no more). Only candidates whose
  // float value is within 2E of the float maximum are evaluated exactly.
  // β_j = B_j/L from the exact quotient (B_j and L can both exceed the doubles' range)
  const Wf = net.W.map((row) => row.map((v) => Number(v)));
  const Bf = net.B.map((b) => Rational.of(b, net.L).toNumber());
  let mag = 0;
  let tiny = 0;
  for (let j = 0; j < Wf.length; j++) {
    const w1 = Wf[j]!.reduce((t, v) => t + Math.abs(v), 0);
    mag += Math.abs(Bf[j]!) * w1;
    tiny += (Math.abs(Bf[j]!) + 1) * (w1 + 1);
  }
  // the absolute part: β_j and x_k below the doubles' range read within 2^−1075 of their values,
  // errors multiplied by Σ_k |W_jk| (and |β_j|); non-finite bounds or values evaluate every candidate
  const E = 8 * (g.d + Wf.length + 4) * 2 ** -53 * mag + tiny * 2 ** -1070;
  const vals = new Float64Array(pts.length);
  let maxF = 0;
  for (let p = 0; p < pts.length; p++) {
    const pt = pts[p]!;
    const Df = Number(pt.D);
    const x = pt.P.map((v) => Number(v) / Df);
    let s = 0;
    for (let j = 0; j < Wf.length; j++) {
      const w = Wf[j]!;
      let z = 0;
      for (let k = 0; k < x.length; k++) z += w[k]! * x[k]!;
      if (z > 0) s += Bf[j]! * z;
    }
    vals[p] = Math.abs(s);
    if (vals[p]! > maxF) maxF = vals[p]!;
  }
  let bestN = 0n;
  let bestD = 1n;
  let best: IntPoint = { P: new Array(g.d).fill(0n), D: 1n };
  const cut = Number.isFinite(maxF) && Number.isFinite(E) ? maxF - 2 * E : -Infinity;
  for (let p = 0; p < pts.length; p++) {
    if (vals[p]! < cut) continue;
    const pt = pts[p]!;
    let v = evalIntScaled(net, pt);
    if (v < 0n) v = -v;
    const vd = net.L * pt.D;
    if (v * bestD > bestN * vd) {
      bestN = v;
      bestD = vd;
      best = pt;
    }
  }
  return {
    value: Rational.of(bestN, bestD),
    witness: best.P.map((v) => Rational.of(v, best.D)),
    candidates: pts.length,
  };
}

/** Definition 1's quantity: sup_X |f(x) − g(x)|, exactly, with a witness. */
export function approxError(f: TargetNeuron, g: Network): CubeSup {
  if (f.d !== g.d)
    throw new InvalidParameterError('approxError', 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  return cubeSupAbs(f.minus(g));
}
