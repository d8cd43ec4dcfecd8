/**
 * # Certified branch and bound over LP relaxations: decide ∃S with error ≤ ε, or find the minimum
 *
 * Main definitions: {@link searchSubsets}(rows, goal, options) — a depth-first branch and bound over
 * boxes of {0,1}^N; for the goal `{ kind: 'decide', eps }` it returns a witness S with exact error
 * ≤ ε, or a {@link SearchTree} whose every leaf carries an integer multiplier proving (by
 * `dualBound`) that no subset of the leaf's box has error ≤ ε; for `{ kind: 'minimum' }` it returns
 * a minimising S and a tree whose every leaf proves error ≥ the error of S. {@link SearchTree} is the
 * preorder token list the certificates store (`neuronCertificate.ts`).
 *
 * Main statements: the leaves of a tree in which every internal node branches on a coordinate free
 * in its box partition {0,1}^N (each point lies in exactly one leaf); so if every leaf's box has
 * only subsets with error > ε (resp. ≥ u) then so has the cube — the certificate is checked leaf
 * by leaf in exact arithmetic (`verifyNeuronCertificate.ts`), whatever the float engine did.
 *
 * Implementation notes: every node first tries the interval bound of `decideSubsetBnB` (one row v
 * whose residual over the box stays outside [−ε, ε] — a one-row multiplier, checked exactly); nodes
 * shallower than {@link DEFAULT_LP_DEPTH} then solve the minimax LP of `minimaxLp.ts` over their box
 * (HiGHS, warm-started) and are closed when the rounded dual proves the goal exactly; a box with
 * every coordinate fixed is closed by its exact error (a one-row multiplier). The LP relaxation is
 * weak here (a fractional s_j scales a neuron's kink to any size, so the root LP value at N = 128 is
 * ≈ 0.005 where the best subset errs by ≈ 0.04): its value is the bound of the integrality-free
 * problem, and the hardness is subset-sum-like. A float primal heuristic at every LP node (rounding
 * of the LP point, then a descent of max_v |r_v| by single flips and, when none helps, by the best flip
 * of a pair) proposes witnesses, and at the root a tabu search on the total violation
 * Σ_v max(0, |r_v| − ε) does; every witness is verified exactly before use.
 * Branching: a fixed order of decreasing column norm Σ_v |M_vj|, the 1-child first; a branch token
 * is j when the 0-child is explored first and −j − 1 when the 1-child is, so the tree is stored in
 * the order it was searched.
 *
 * References: A. Neumaier, O. Shcherbina, Math. Program. 99 (2004) (safe dual bounds); blueprint E11.
 */
import { Rational } from '../exact/Rational.js';
import { BudgetExceeded, InvalidParameterError } from '../errors.js';
import { checkDeadline } from '../util/checkDeadline.js';
import type { CheckRows } from './checkRows.js';
import {
  FREE,
  boundExceeds,
  boundReaches,
  dualBound,
  pointMultiplier,
  subsetErrorExact,
  type Box,
  type Multiplier,
} from './dualBound.js';
import { MinimaxLp } from './minimaxLp.js';

/** A preorder token list: a number t is a branch (on j = t, 0-child first; or j = −t − 1, 1-child first), a multiplier is a closed leaf. */
export type SearchTree = (number | Multiplier)[];

/** What to search for. */
export type SearchGoal = { readonly kind: 'decide'; readonly eps: Rational } | { readonly kind: 'minimum' };

/** Options of {@link searchSubsets}. */
export interface SearchOptions {
  /** stop (answer `unknown`) after this many nodes */
  readonly maxNodes?: number;
  /** stop (answer `unknown`) after this many milliseconds */
  readonly timeMs?: number;
  /** a claim's deadline: throws `BudgetExceeded` once passed */
  readonly deadline?: { readonly deadline: number };
  /** solve the LP relaxation at the nodes of depth < lpDepth (default {@link DEFAULT_LP_DEPTH}; the root always) */
  readonly lpDepth?: number;
  /** at LP nodes: branch on the next coordinate of the column-norm order, or on the most fractional LP coordinate */
  readonly branchRule?: 'order' | 'fractional';
  /** seconds of HiGHS MIP at the root as a primal heuristic (default 0: none); its subset is verified exactly */
  readonly mipSeconds?: number;
  /** moves of the tabu search at the root (default 20·N) */
  readonly tabuIterations?: number;
  /** fix the coordinates forced by one row before branching (default true) */
  readonly propagate?: boolean;
  /** a known subset to start from (for the minimum: its error is the first incumbent) */
  readonly start?: readonly number[];
}

/** Counters of a search. */
export interface SearchStats {
  readonly nodes: number;
  readonly lpSolves: number;
  readonly ms: number;
}

/** The outcome of {@link searchSubsets}. */
export type SearchResult =
  | { readonly status: 'yes'; readonly S: number[]; readonly error: Rational; readonly stats: SearchStats }
  | { readonly status: 'no'; readonly tree: SearchTree; readonly stats: SearchStats }
  | {
      readonly status: 'optimal';
      readonly S: number[];
      readonly error: Rational;
      readonly tree: SearchTree;
      readonly stats: SearchStats;
    }
  | {
      readonly status: 'unknown';
      readonly S: number[] | null;
      readonly error: Rational | null;
      readonly stats: SearchStats;
    };

class Stop extends Error {}

/**
 * Nodes shallower than this solve the LP relaxation (measured, d = 2, ε = 1/8, seeds 0–2: at N = 40
 * the trees shrink from 1.1·10^5 to 3.6·10^3 nodes against interval bounds alone, at similar time).
 */
export const DEFAULT_LP_DEPTH = 24;

/**
 * Decide or minimise (see the module header).
 * @throws InvalidParameterError for a negative ε or bad options
 */
export async function searchSubsets(
  rows: CheckRows,
  goal: SearchGoal,
  opts: SearchOptions = {},
): Promise<SearchResult> {
  if (goal.kind === 'decide' && goal.eps.sign() < 0)
    throw new InvalidParameterError('searchSubsets', 'goal.eps', 'a rational ≥ 0', goal.eps.toString());
  if (opts.maxNodes !== undefined && !(opts.maxNodes >= 1))
    throw new InvalidParameterError('searchSubsets', 'maxNodes', 'a number ≥ 1', String(opts.maxNodes));
  if (opts.timeMs !== undefined && !(opts.timeMs > 0))
    throw new InvalidParameterError('searchSubsets', 'timeMs', 'a number > 0', String(opts.timeMs));
  const N = rows.N;
  const V = rows.V;
  const t0 = performance.now();
  const lp = await MinimaxLp.create(rows);
  const box: Box = new Uint8Array(N).fill(FREE);
  const tree: SearchTree = [];
  let nodes = 0;
  const maxNodes = opts.maxNodes ?? Number.POSITIVE_INFINITY;
  const endAt = opts.timeMs === undefined ? Number.POSITIVE_INFINITY : t0 + opts.timeMs;
  const colNorm = new Float64Array(N);
  for (let v = 0; v < V; v++) for (let j = 0; j < N; j++) colNorm[j] = colNorm[j]! + Math.abs(rows.M[v * N + j]!);
  // the incumbent: for 'decide' the first S with error ≤ ε; for 'minimum' the best S so far
  let best: { S: number[]; error: Rational } | null = null;
  let bestF = Number.POSITIVE_INFINITY;
  const eps = goal.kind === 'decide' ? goal.eps : null;
  const epsF = eps ? eps.toNumber() : Number.NaN;
  /** Offer a subset: exact check; returns true when the decision is settled (YES). */
  const offer = (S: number[]): boolean => {
    const e = subsetErrorExact(rows, S);
    if (eps) {
      if (e.error.le(eps)) {
        best = { S, error: e.error };
        return true;
      }
      return false;
    }
    if (best === null || e.error.lt(best.error)) {
      best = { S, error: e.error };
      bestF = e.error.toNumber();
    }
    return false;
  };
  // float heuristic: round s, then descend max_v |r_v| by single flips
  const r = new Float64Array(V);
  const tmp = new Float64Array(V);
  /** s rounded to {0,1} on the free coordinates (the box's values elsewhere), with r = F − M·x filled in. */
  const roundIntoResiduals = (s: Float64Array): Uint8Array => {
    const x = new Uint8Array(N);
    for (let j = 0; j < N; j++) x[j] = box[j] === FREE ? (s[j]! >= 0.5 ? 1 : 0) : box[j]!;
    for (let v = 0; v < V; v++) {
      let a = rows.F[v]!;
      for (let j = 0; j < N; j++) if (x[j]) a -= rows.M[v * N + j]!;
      r[v] = a;
    }
    return x;
  };
  const heuristic = (s: Float64Array, steps: number, pairs: number): boolean => {
    let pairSteps = pairs;
    const x = roundIntoResiduals(s);
    let cur = 0;
    for (let v = 0; v < V; v++) cur = Math.max(cur, Math.abs(r[v]!));
    for (let step = 0; step < steps; step++) {
      let bj = -1;
      let bv = cur;
      for (let j = 0; j < N; j++) {
        if (box[j] !== FREE) continue;
        const sg = x[j] ? 1 : -1; // flipping j adds sg·M_vj to r_v
        let m = 0;
        for (let v = 0; v < V && m < bv; v++) m = Math.max(m, Math.abs(r[v]! + sg * rows.M[v * N + j]!));
        if (m < bv) {
          bv = m;
          bj = j;
        }
      }
      if (bj < 0) {
        // no single flip helps: the best flip of a pair (j, k) of free coordinates, if any
        if (pairSteps-- <= 0) break;
        let pj = -1,
          pk = -1;
        let pv = cur;
        for (let j = 0; j < N; j++) {
          if (box[j] !== FREE) continue;
          const sj = x[j] ? 1 : -1;
          for (let v = 0; v < V; v++) tmp[v] = r[v]! + sj * rows.M[v * N + j]!;
          for (let k = j + 1; k < N; k++) {
            if (box[k] !== FREE) continue;
            const sk = x[k] ? 1 : -1;
            let m = 0;
            for (let v = 0; v < V && m < pv; v++) m = Math.max(m, Math.abs(tmp[v]! + sk * rows.M[v * N + k]!));
            if (m < pv) {
              pv = m;
              pj = j;
              pk = k;
            }
          }
        }
        if (pj < 0) break;
        for (const j of [pj, pk]) {
          const sj = x[j] ? 1 : -1;
          for (let v = 0; v < V; v++) r[v] = r[v]! + sj * rows.M[v * N + j]!;
          x[j] = 1 - x[j]!;
        }
        cur = pv;
        continue;
      }
      const sg = x[bj] ? 1 : -1;
      for (let v = 0; v < V; v++) r[v] = r[v]! + sg * rows.M[v * N + bj]!;
      x[bj] = 1 - x[bj]!;
      cur = bv;
    }
    const target = eps ? epsF * (1 + 1e-9) + 1e-300 : bestF * (1 - 1e-12);
    if (!(cur <= target)) return false;
    const S: number[] = [];
    for (let j = 0; j < N; j++) if (x[j]) S.push(j);
    return offer(S);
  };
  /**
   * Tabu search on the total violation Σ_v max(0, |r_v| − thr) from the rounding of s (the free
   * coordinates flip; a flipped coordinate is tabu for a few moves); true when an exactly verified
   * witness settles the decision (or improves the incumbent).
   */
  const tabu = (s: Float64Array, iters: number): boolean => {
    const thr = (eps ? epsF : bestF) * (1 - 1e-9);
    if (!Number.isFinite(thr)) return false;
    const x = roundIntoResiduals(s);
    const viol = (v: number, a: number) => Math.max(0, Math.abs(a) - thr);
    let total = 0;
    for (let v = 0; v < V; v++) total += viol(v, r[v]!);
    const until = new Int32Array(N);
    const tenure = Math.max(3, Math.min(10, N >> 3));
    let bestTotal = total;
    for (let it = 1; it <= iters && total > 0; it++) {
      let bj = -1;
      let bd = Number.POSITIVE_INFINITY;
      for (let j = 0; j < N; j++) {
        if (box[j] !== FREE) continue;
        const sg = x[j] ? 1 : -1;
        let d = 0;
        for (let v = 0; v < V; v++) {
          const m = rows.M[v * N + j]!;
          if (m !== 0) d += viol(v, r[v]! + sg * m) - viol(v, r[v]!);
        }
        // tabu unless it reaches a new best (aspiration)
        if (until[j]! > it && !(total + d < bestTotal - 1e-15)) continue;
        if (d < bd) {
          bd = d;
          bj = j;
        }
      }
      if (bj < 0) break;
      const sg = x[bj] ? 1 : -1;
      for (let v = 0; v < V; v++) r[v] = r[v]! + sg * rows.M[v * N + bj]!;
      x[bj] = 1 - x[bj]!;
      until[bj] = it + tenure;
      total = 0;
      for (let v = 0; v < V; v++) total += viol(v, r[v]!);
      if (total < bestTotal) bestTotal = total;
    }
    if (total > 0) return false;
    const S: number[] = [];
    for (let j = 0; j < N; j++) if (x[j]) S.push(j);
    return offer(S);
  };
  const closes = (m: Multiplier): boolean => {
    const bd = dualBound(rows, m, box);
    return eps ? boundExceeds(bd, eps) : best !== null && boundReaches(bd, best.error);
  };
  // branching order: decreasing column norm (the influence order of `decideSubsetBnB`)
  const order = [...Array(N).keys()].sort((a, b) => colNorm[b]! - colNorm[a]! || a - b);
  // interval state: res_v = F_v − Σ_{fixed 1} M_vj, pos_v / neg_v = Σ_{free} max(0, M_vj) / min(0, M_vj)
  const res = Float64Array.from(rows.F);
  const pos = new Float64Array(V);
  const neg = new Float64Array(V);
  for (let v = 0; v < V; v++)
    for (let j = 0; j < N; j++) {
      const m = rows.M[v * N + j]!;
      if (m > 0) pos[v] = pos[v]! + m;
      else neg[v] = neg[v]! + m;
    }
  const fix = (j: number, side: number, sign: 1 | -1): void => {
    for (let v = 0; v < V; v++) {
      const m = rows.M[v * N + j]!;
      if (m === 0) continue;
      if (m > 0) pos[v] = pos[v]! - sign * m;
      else neg[v] = neg[v]! - sign * m;
      if (side === 1) res[v] = res[v]! - sign * m;
    }
  };
  /** A one-row certificate (the interval bound of `decideSubsetBnB`), checked exactly; null when none. */
  const intervalLeaf = (): Multiplier | null => {
    const thr = eps ? epsF : bestF;
    if (!Number.isFinite(thr)) return null;
    let bv = -1;
    let bsg: 1 | -1 = 1;
    let bgap = 0;
    for (let v = 0; v < V; v++) {
      const lo = res[v]! - pos[v]!; // min over the box of r_v
      const hi = res[v]! - neg[v]!; // max over the box of r_v
      const g1 = lo - thr;
      const g2 = -hi - thr;
      if (g1 > bgap) {
        bgap = g1;
        bv = v;
        bsg = 1;
      }
      if (g2 > bgap) {
        bgap = g2;
        bv = v;
        bsg = -1;
      }
    }
    if (bv < 0) return null;
    const m: Multiplier = { rows: [bv], weights: [BigInt(bsg)] };
    return closes(m) ? m : null;
  };
  const lpDepth = opts.lpDepth ?? DEFAULT_LP_DEPTH;
  const propagate = opts.propagate ?? true;
  const branchRule = opts.branchRule ?? 'order';
  // maxAbs[k·V + v] = max_{i ≥ k} |M_{v, order[i]}|: a filter for the rows that can force a coordinate
  const maxAbs = new Float64Array((N + 1) * V);
  for (let k = N - 1; k >= 0; k--)
    for (let v = 0; v < V; v++)
      maxAbs[k * V + v] = Math.max(maxAbs[(k + 1) * V + v]!, Math.abs(rows.M[v * N + order[k]!]!));
  /** A coordinate forced by one row (the other value puts the row outside [−thr, thr] over the box), or null. */
  const implied = (depth: number): { j: number; side: number; v: number; sg: 1 | -1; both: boolean } | null => {
    const thr = eps ? epsF : bestF;
    if (!Number.isFinite(thr)) return null;
    for (let v = 0; v < V; v++) {
      const sLo = thr - (res[v]! - pos[v]!);
      const sHi = res[v]! - neg[v]! + thr;
      if (maxAbs[depth * V + v]! <= Math.min(sLo, sHi)) continue;
      for (let k = depth; k < N; k++) {
        const j = order[k]!;
        if (box[j] !== FREE) continue;
        const m = rows.M[v * N + j]!;
        // the value that is infeasible, and the sign of the row that proves it
        let bad0 = false,
          bad1 = false;
        let sg0: 1 | -1 = 1,
          sg1: 1 | -1 = 1;
        if (m > 0) {
          if (m > sLo) (bad0 = true), (sg0 = 1);
          if (m > sHi) (bad1 = true), (sg1 = -1);
        } else if (m < 0) {
          if (-m > sHi) (bad0 = true), (sg0 = -1);
          if (-m > sLo) (bad1 = true), (sg1 = 1);
        }
        if (bad0) return { j, side: 1, v, sg: sg0, both: bad1 };
        if (bad1) return { j, side: 0, v, sg: sg1, both: false };
      }
    }
    return null;
  };
  const visit = (depth: number): boolean => {
    nodes++;
    if (nodes > maxNodes || performance.now() > endAt) throw new Stop();
    if (opts.deadline && (nodes & 4095) === 0) checkDeadline(opts.deadline);
    const iv = intervalLeaf();
    if (iv) {
      tree.push(iv);
      return false;
    }
    // propagation: a forced coordinate is a branch whose other child is a one-row leaf
    const forced: number[] = [];
    let closed = false;
    if (propagate)
      for (let round = 0; round < N; round++) {
        const imp = implied(depth);
        if (!imp) break;
        const bad = 1 - imp.side;
        box[imp.j] = bad;
        const m: Multiplier = { rows: [imp.v], weights: [BigInt(imp.sg)] };
        if (!closes(m)) {
          box[imp.j] = FREE;
          break;
        }
        tree.push(bad === 0 ? imp.j : -imp.j - 1, m);
        box[imp.j] = imp.side;
        fix(imp.j, imp.side, 1);
        forced.push(imp.j);
        const iv2 = intervalLeaf();
        if (iv2) {
          tree.push(iv2);
          closed = true;
          break;
        }
      }
    const found = closed ? false : visitCore(depth);
    for (let i = forced.length - 1; i >= 0; i--) {
      const j = forced[i]!;
      fix(j, box[j]!, -1);
      box[j] = FREE;
    }
    return found;
  };
  const visitCore = (depth0: number): boolean => {
    let depth = depth0;
    while (depth < N && box[order[depth]!] !== FREE) depth++;
    if (depth === N) {
      const S: number[] = [];
      for (let j = 0; j < N; j++) if (box[j] === 1) S.push(j);
      if (offer(S)) return true;
      tree.push(pointMultiplier(subsetErrorExact(rows, S)));
      return false;
    }
    let bj = order[depth]!;
    if (depth0 < lpDepth || depth0 === 0) {
      const sol = lp.solve(box);
      const thr = eps ? epsF : bestF;
      if (Number.isFinite(sol.value) && sol.value >= thr * (1 - 1e-9) && closes(sol.multiplier)) {
        tree.push(sol.multiplier);
        return false;
      }
      if (Number.isFinite(sol.value) && heuristic(sol.s, depth0 === 0 ? 4 * N : N, depth0 === 0 ? N : 2)) return true;
      if (depth0 === 0 && Number.isFinite(sol.value) && tabu(sol.s, opts.tabuIterations ?? 20 * N)) return true;
      if (depth0 === 0 && (opts.mipSeconds ?? 0) > 0) {
        const S = lp.mipIncumbent(opts.mipSeconds!, eps ? epsF * (1 + 1e-9) : undefined);
        if (S && offer(S)) return true;
        lp.solve(box); // restore the relaxation's basis
      }
      if (branchRule === 'fractional' && Number.isFinite(sol.value)) {
        let bs = -1;
        for (let k = depth; k < N; k++) {
          const j = order[k]!;
          if (box[j] !== FREE) continue;
          const fr = Math.min(sol.s[j]!, 1 - sol.s[j]!);
          if (fr > bs + 1e-9) {
            bs = fr;
            bj = j;
          }
        }
      }
    }
    tree.push(-bj - 1); // the 1-child first
    for (const side of [1, 0]) {
      box[bj] = side;
      fix(bj, side, 1);
      const found = visit(depth + 1);
      fix(bj, side, -1);
      if (found) {
        box[bj] = FREE;
        return true;
      }
    }
    box[bj] = FREE;
    return false;
  };
  try {
    if (opts.start) {
      const S = [...opts.start].sort((a, b) => a - b);
      if (S.some((j, i) => !Number.isInteger(j) || j < 0 || j >= N || (i > 0 && S[i - 1] === j)))
        throw new InvalidParameterError(
          'searchSubsets',
          'start',
          `distinct indices in [0, ${N})`,
          JSON.stringify(opts.start),
        );
      if (offer(S)) return done('yes');
    }
    const found = visit(0);
    return done(found ? 'yes' : eps ? 'no' : 'optimal');
  } catch (e) {
    if (e instanceof Stop || e instanceof BudgetExceeded) {
      const res = done('unknown');
      if (e instanceof BudgetExceeded) throw e;
      return res;
    }
    throw e;
  } finally {
    lp.dispose();
  }
  function done(status: SearchResult['status']): SearchResult {
    const stats: SearchStats = { nodes, lpSolves: lp.solves, ms: Math.round(performance.now() - t0) };
    const b = best as { S: number[]; error: Rational } | null;
    if (status === 'yes') return { status, S: b!.S, error: b!.error, stats };
    if (status === 'no') return { status, tree, stats };
    if (status === 'optimal') return { status, S: b!.S, error: b!.error, tree, stats };
    return { status: 'unknown', S: b?.S ?? null, error: b?.error ?? null, stats };
  }
}
