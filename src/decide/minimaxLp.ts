/**
 * # The minimax LP relaxation, solved in floats by HiGHS (a guide, never a verdict)
 *
 * Main definitions: {@link MinimaxLp} — one persistent HiGHS model of
 *   min t  subject to  −t ≤ F_v − M_v·s ≤ t (every check row v),  s ∈ box ⊆ [0, 1]^N,
 * whose box is changed in place between solves (HiGHS re-solves from the previous basis: a warm
 * start); {@link MinimaxLp.solve} → the float optimum, the float s and a rounded integer
 * {@link Multiplier} for `dualBound.ts`; {@link loadHighs}, the memoised WebAssembly runtime.
 *
 * Main statements: none — everything returned here is a float guess. The multiplier is turned into
 * a rigorous bound only by `dualBound` (exact, in BigInt), which is valid for any weights.
 *
 * Implementation notes: the row duals of the two inequalities of row v are the weights λ⁺_v, λ⁻_v
 * of a convex combination of ±r_v (LP duality: their sum is 1 at the optimum). Each λ_v is rounded
 * to {@link PRECISION} bits of the largest, then turned into an integer weight ≈ λ_v·2^Q/L_v on the
 * integer row (2^Q ≥ every L_v of the support, so no weight loses more than the rounding); weights
 * that round to 0 are dropped (any weights are valid, so rounding only weakens the bound, by about
 * 2^−PRECISION relatively). Presolve is off so that the warm
 * start applies. HiGHS was chosen over the alternatives by measurement (see the README section of
 * the decision engine): its dual simplex re-solves a changed box in well under a millisecond at
 * N = 128.
 *
 * References: HiGHS (Huangfu and Hall, "Parallelizing the dual revised simplex method", Math.
 * Prog. Comp. 10 (2018)); the `highs` npm package (HiGHS compiled to WebAssembly).
 */
import * as highsModule from 'highs';
import type { Highs, Model } from 'highs';
import { bitLength } from '../exact/Rational.js';
import type { CheckRows } from './checkRows.js';
import { FREE, type Box, type Multiplier } from './dualBound.js';

type Loader = () => Promise<Highs>;
let runtime: Promise<Highs> | undefined;

/** Bits kept of each LP dual (relative to the largest) when it is rounded to an integer weight. */
export const PRECISION = 30;

/** The HiGHS WebAssembly runtime (loaded once per process). */
export function loadHighs(): Promise<Highs> {
  // the ESM build's default export is the loader (the CommonJS typings describe the namespace)
  // (the CommonJS typings of the package describe the namespace as the default export)
  const mod = highsModule as unknown as { default: Loader | { default: Loader } };
  const loader: Loader = typeof mod.default === 'function' ? mod.default : mod.default.default;
  runtime ??= loader();
  return runtime;
}

/** One float solve of the relaxation over a box. */
export interface LpSolution {
  /** the float optimum (min over the box of the max row residual), or NaN when HiGHS failed */
  readonly value: number;
  /** the float minimiser s (length N) */
  readonly s: Float64Array;
  /** rounded integer weights for `dualBound` */
  readonly multiplier: Multiplier;
}

/** The persistent minimax LP of one instance (see the module header). Call {@link dispose} when done. */
export class MinimaxLp {
  private readonly model: Model;
  private readonly N: number;
  private readonly rows: CheckRows;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly cols: Int32Array;
  /** simplex solves so far */
  solves = 0;

  private constructor(highs: Highs, rows: CheckRows) {
    this.rows = rows;
    const N = rows.N;
    this.N = N;
    const V = rows.V;
    // column-wise: columns s_0..s_{N−1}, t; rows 2v (M_v s + t ≥ F_v) and 2v + 1 (M_v s − t ≤ F_v)
    const starts: number[] = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (let j = 0; j < N; j++) {
      for (let v = 0; v < V; v++) {
        const m = rows.M[v * N + j]!;
        if (m === 0) continue;
        indices.push(2 * v, 2 * v + 1);
        values.push(m, m);
      }
      starts.push(indices.length);
    }
    for (let v = 0; v < V; v++) {
      indices.push(2 * v, 2 * v + 1);
      values.push(1, -1);
    }
    starts.push(indices.length);
    const inf = highs.infinity;
    const rowLower = new Float64Array(2 * V);
    const rowUpper = new Float64Array(2 * V);
    for (let v = 0; v < V; v++) {
      rowLower[2 * v] = rows.F[v]!;
      rowUpper[2 * v] = inf;
      rowLower[2 * v + 1] = -inf;
      rowUpper[2 * v + 1] = rows.F[v]!;
    }
    const colCost = new Float64Array(N + 1);
    colCost[N] = 1;
    const colLower = new Float64Array(N + 1);
    const colUpper = new Float64Array(N + 1).fill(1);
    colUpper[N] = inf;
    this.model = highs.createModel({
      numCols: N + 1,
      numRows: 2 * V,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows: 2 * V, numCols: N + 1, starts, indices, values },
    });
    this.model.options.set({ output_flag: false, presolve: 'off', random_seed: 0 });
    this.lo = new Float64Array(N);
    this.hi = new Float64Array(N).fill(1);
    this.cols = Int32Array.from({ length: N }, (_, j) => j);
  }

  /** Build the LP of an instance (loads HiGHS on first use). */
  static async create(rows: CheckRows): Promise<MinimaxLp> {
    return new MinimaxLp(await loadHighs(), rows);
  }

  /** Solve over the box (warm-started from the previous solve). */
  solve(box: Box): LpSolution {
    const N = this.N;
    for (let j = 0; j < N; j++) {
      const b = box[j]!;
      this.lo[j] = b === 1 ? 1 : 0;
      this.hi[j] = b === 0 ? 0 : 1;
    }
    this.model.changeColsBounds({ kind: 'set', indices: this.cols }, this.lo, this.hi);
    this.solves++;
    const res = this.model.run();
    if (res.modelStatus !== 7)
      return { value: Number.NaN, s: new Float64Array(N), multiplier: { rows: [], weights: [] } };
    const sol = this.model.getSolution();
    const s = Float64Array.from(sol.colValue.subarray(0, N));
    for (let j = 0; j < N; j++) if (box[j] !== FREE) s[j] = box[j]!;
    return { value: sol.colValue[N]!, s, multiplier: this.roundDuals(sol.rowDual) };
  }

  /** Float duals → integer weights on the integer rows (see the module header). */
  private roundDuals(dual: Float64Array): Multiplier {
    const V = this.rows.V;
    const lam = new Float64Array(V);
    let top = 0;
    for (let v = 0; v < V; v++) {
      // λ⁺ on r_v ≤ t (row 2v at its lower bound: dual ≥ 0), λ⁻ on −r_v ≤ t (row 2v + 1: dual ≤ 0)
      const w = Math.max(0, dual[2 * v]!) - Math.max(0, -dual[2 * v + 1]!);
      lam[v] = w;
      if (Math.abs(w) > top) top = Math.abs(w);
    }
    if (!(top > 0) || !Number.isFinite(top)) return { rows: [], weights: [] };
    // real weights λ_v rounded to PRECISION bits of the largest; integer weight ≈ λ_v·2^Q/L_v
    const ks: number[] = [];
    const vs: number[] = [];
    let Q = 0;
    for (let v = 0; v < V; v++) {
      const k = Math.round((lam[v]! / top) * 2 ** PRECISION);
      if (k === 0) continue;
      ks.push(k);
      vs.push(v);
      Q = Math.max(Q, bitLength(this.rows.L[v]!));
    }
    const weights = ks.map((k, i) => (BigInt(k) << BigInt(Q)) / this.rows.L[vs[i]!]!);
    const rowsOut: number[] = [];
    const wOut: bigint[] = [];
    weights.forEach((w, i) => {
      if (w !== 0n) {
        rowsOut.push(vs[i]!);
        wOut.push(w);
      }
    });
    return { rows: rowsOut, weights: wOut };
  }

  /**
   * A float MIP incumbent (HiGHS branch and cut on the same model with integral s, within a time
   * limit; with `bound`, only solutions of value ≤ bound count and the first one ends the run): a
   * subset to be verified exactly by the caller, or null.
   */
  mipIncumbent(timeLimitSeconds: number, bound?: number): number[] | null {
    const N = this.N;
    this.model.changeColsBounds({ kind: 'set', indices: this.cols }, new Float64Array(N), new Float64Array(N).fill(1));
    this.model.changeColsIntegrality({ kind: 'set', indices: this.cols }, new Int32Array(N).fill(1));
    this.model.options.set({ time_limit: timeLimitSeconds, presolve: 'on' });
    if (bound !== undefined) this.model.options.set({ objective_bound: bound, mip_max_improving_sols: 1 });
    try {
      this.model.run();
      const sol = this.model.getSolution();
      if (!sol.colValue || sol.colValue.length < N || !Number.isFinite(sol.colValue[N]!)) return null;
      const S: number[] = [];
      for (let j = 0; j < N; j++) if (sol.colValue[j]! > 0.5) S.push(j);
      return S;
    } catch {
      return null;
    } finally {
      this.model.changeColsIntegrality({ kind: 'set', indices: this.cols }, new Int32Array(N));
      this.model.options.set({ time_limit: 1e30, presolve: 'off' });
      if (bound !== undefined) this.model.options.set({ objective_bound: 1e30, mip_max_improving_sols: 2147483647 });
    }
  }

  /** Release the native model. */
  dispose(): void {
    this.model.dispose();
  }
}
