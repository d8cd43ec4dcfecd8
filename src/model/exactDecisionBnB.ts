/**
 * # Exact neuron-pruning decision by branch and bound (d = 2, N up to ~40)
 *
 * Main definitions: {@link decideSubsetBnB}(f, g, ε) → a witness S with sup_X |f − g_S| ≤ ε, or
 * `null` with the exhaustive branch record (nodes visited, nodes pruned) as the certificate that no
 * subset works; {@link decideNeuronPruningBnB}(f, g, ε) → APPROX with S and its exact error, or NO
 * with a certificate (the E7 window first, else the exhaustive search); {@link smallestApproxPrefix}
 * → the smallest n such that the first n neurons of g admit an ε-approximating subset;
 * {@link decisionRows}, the exact check points and rows shared with the Z3 encoding of the same
 * problem (`src/smt/subsetDecisionZ3.ts`).
 *
 * Main statements: by E11 one finite set of check points serves every subset, and g_S(x_v) =
 * Σ_{j∈S} M_vj is linear in the indicator of S; so the question is 0/1 feasibility of
 * |F_v − Σ_j s_j M_vj| ≤ ε for every v. A depth-first search fixes s_j neuron by neuron and prunes a
 * branch when, for some v, even the most favourable choice of the remaining neurons (the sums of
 * their negative and positive entries) keeps F_v − Σ outside [−ε, ε]. Approximability by a subset of
 * the first n neurons is monotone in n (a subset of the first n is one of the first n + 1), so the
 * smallest such n is found by bisection, starting above the first neuron whose breakpoint hits the
 * E7 window (a necessary condition).
 *
 * Implementation notes: the bounds are computed in floats with a rigorous slack (relative error
 * ≤ u per entry and per addition, as in `exactDecision.ts`): a branch is pruned only when it is
 * infeasible by more than the slack, so pruning is sound; every leaf is verified exactly in integers
 * (each row over its own common denominator) before it is returned. Branch and bound was chosen
 * over Z3 for this 0/1 problem because each node costs V float additions while Z3's WebAssembly
 * build pays the full SMT machinery per query: on window-hit instances (d = 2) branch and bound takes
 * a median of ~0.1–0.2 s at N = 40 (max ~0.7 s over 60 instances) and ~15 ms at N = 20, where brute
 * force over 2^20 subsets takes ~1 s and Z3 (`src/smt/subsetDecisionZ3.ts`) ~1 s, timing out at
 * N = 40 (see `bench/smt.ts`).
 *
 * References: blueprint E11 (`docs/blueprint.md`); the exact decisions (d = 2) behind the Theorem 1
 * frequencies (README, "What is checked"), as in `exactDecision.ts`.
 */
import { Rational, lcm } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import type { Network, TargetNeuron } from './Network.js';
import { cubeCandidatePoints, integerForm } from './cubeSup.js';
import { neuronValuesAt } from './neuronValues.js';
import { breakpointWithin, targetBreakpoint, windowFits, windowRadius } from './window.js';
import { checkDeadline } from '../util/checkDeadline.js';

/** The result of {@link decideSubsetBnB}. */
export interface BnBDecision {
  /** a witness (0-based, sorted), or null when no subset ε-approximates */
  readonly S: number[] | null;
  /** nodes of the search tree visited */
  readonly nodes: number;
  /** leaves verified exactly */
  readonly leaves: number;
  /** number of check points */
  readonly points: number;
}

const U = 2 ** -53;

/** The exact 0/1 problem: check points x_v, F_v = f(x_v), M_vj = α_j σ(⟨w_j, x_v⟩). */
export interface DecisionRows {
  readonly xs: Rational[][];
  readonly F: Rational[];
  /** M[v][j] */
  readonly M: Rational[][];
}

/**
 * The check points of E11 for f and every g_S (the arrangement of f and all of g) and the exact
 * rows: g_S(x_v) = Σ_{j∈S} M_vj. @throws InvalidParameterError for mismatched dimensions
 */
export function decisionRows(f: TargetNeuron, g: Network): DecisionRows {
  if (f.d !== g.d)
    throw new InvalidParameterError('decisionRows', 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  const pts = cubeCandidatePoints(g.d, integerForm(f.asNetwork().plus(g)).W);
  const xs = pts.map((p) => p.P.map((v) => Rational.of(v, p.D)));
  return { xs, F: xs.map((x) => f.eval(x)), M: pts.map((p) => neuronValuesAt(g, p.P, p.D)) };
}

/** Options of {@link decideSubsetBnB}. */
export interface BnBOptions {
  /** Stop with an error after this many nodes (default: no limit). */
  readonly maxNodes?: number;
  /** A claim's deadline: the search throws `BudgetExceeded` once it has passed (checked every 4096 nodes). */
  readonly deadline?: { readonly deadline: number };
}

/**
 * Decide whether some S has sup_X |f − g_S| ≤ ε, exactly (see the header).
 * @throws InvalidParameterError for N > 64 or mismatched dimensions
 */
export function decideSubsetBnB(f: TargetNeuron, g: Network, eps: Rational, opts: BnBOptions = {}): BnBDecision {
  if (g.N > 64) throw new InvalidParameterError('decideSubsetBnB', 'g.N', 'an integer in [0, 64]', String(g.N));
  if (f.d !== g.d)
    throw new InvalidParameterError('decideSubsetBnB', 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  if (eps.sign() < 0) throw new InvalidParameterError('decideSubsetBnB', 'eps', 'a rational ≥ 0', eps.toString());
  const { xs, F: Fx, M: Mx0 } = decisionRows(f, g);
  const N = g.N;
  const V = xs.length;
  // order neurons by decreasing influence, so that bounds tighten early
  const infl = g.neurons.map((_, j) => Mx0.reduce((s, row) => s + Math.abs(row[j]!.toNumber()), 0));
  const order = [...Array(N).keys()].sort((a, b) => infl[b]! - infl[a]! || a - b);
  const Mx = Mx0.map((row) => order.map((j) => row[j]!));
  const F = Fx.map((r) => r.toNumber());
  const M = Mx.map((row) => row.map((r) => r.toNumber()));
  const e = eps.toNumber();
  // suffix sums of negative / positive parts: neg[k][v] = Σ_{i≥k} min(0, M_vi)
  const neg: Float64Array[] = Array.from({ length: N + 1 }, () => new Float64Array(V));
  const pos: Float64Array[] = Array.from({ length: N + 1 }, () => new Float64Array(V));
  for (let k = N - 1; k >= 0; k--)
    for (let v = 0; v < V; v++) {
      const m = M[v]![k]!;
      neg[k]![v] = neg[k + 1]![v]! + Math.min(0, m);
      pos[k]![v] = pos[k + 1]![v]! + Math.max(0, m);
    }
  let slack = 0;
  for (let v = 0; v < V; v++) slack = Math.max(slack, Math.abs(F[v]!) + pos[0]![v]! - neg[0]![v]! + e);
  // absolute part: entries and ε below the doubles' range read within 2^−1075 each (N + 2 per row)
  slack = slack * U * (4 * N + 8) + (N + 4) * Number.MIN_VALUE;
  // exact rows in integers
  const Lv = Fx.map((fv, v) => Mx[v]!.reduce((l, m) => lcm(l, m.den), lcm(fv.den, eps.den)));
  const Fi = Fx.map((fv, v) => fv.num * (Lv[v]! / fv.den));
  const Mi = Mx.map((row, v) => row.map((m) => m.num * (Lv[v]! / m.den)));
  const Ei = Lv.map((L) => eps.num * (L / eps.den));
  const r = Float64Array.from(F); // F_v − Σ_{chosen} M_v
  const chosen: boolean[] = new Array(N).fill(false);
  let nodes = 0;
  let leaves = 0;
  const maxNodes = opts.maxNodes ?? Number.POSITIVE_INFINITY;
  const dl = opts.deadline;
  const feasible = (k: number): boolean => {
    const nk = neg[k]!;
    const pk = pos[k]!;
    for (let v = 0; v < V; v++) {
      const rv = r[v]!;
      if (rv - pk[v]! > e + slack || rv - nk[v]! < -e - slack) return false;
    }
    return true;
  };
  const exactLeaf = (): boolean => {
    leaves++;
    for (let v = 0; v < V; v++) {
      let s = Fi[v]!;
      const row = Mi[v]!;
      for (let k = 0; k < N; k++) if (chosen[k]) s -= row[k]!;
      if (s > Ei[v]! || -s > Ei[v]!) return false;
    }
    return true;
  };
  let witness: number[] | null = null;
  const dfsRecord = (k: number): boolean => {
    nodes++;
    if (nodes > maxNodes)
      throw new InvalidParameterError(
        'decideSubsetBnB',
        'maxNodes',
        `at least ${maxNodes + 1} for this instance`,
        String(maxNodes),
      );
    if (dl && (nodes & 4095) === 0) checkDeadline(dl);
    if (!feasible(k)) return false;
    if (k === N) {
      if (!exactLeaf()) return false;
      witness = order.filter((_, i) => chosen[i]).sort((a, b) => a - b);
      return true;
    }
    for (const take of [true, false]) {
      if (take) {
        for (let v = 0; v < V; v++) r[v] = r[v]! - M[v]![k]!;
        chosen[k] = true;
      }
      const ok = dfsRecord(k + 1);
      if (take) {
        for (let v = 0; v < V; v++) r[v] = r[v]! + M[v]![k]!;
        chosen[k] = false;
      }
      if (ok) return true;
    }
    return false;
  };
  dfsRecord(0);
  return { S: witness, nodes, leaves, points: V };
}

/** A certificate that no subset ε-approximates, from {@link decideNeuronPruningBnB}. */
export type BnBNoCertificate =
  | { readonly kind: 'window'; readonly family: number; readonly tStar: Rational; readonly r: Rational }
  | { readonly kind: 'search'; readonly nodes: number; readonly leaves: number; readonly points: number };

/** APPROX (with S and its exact error over the check points, = sup_X by E11) or NO (with a certificate). */
export type BnBNeuronDecision =
  | { readonly answer: 'APPROX'; readonly S: number[]; readonly error: Rational; readonly nodes: number }
  | { readonly answer: 'NO'; readonly certificate: BnBNoCertificate };

/**
 * Decide whether some neuron-pruned subnetwork of g ε-approximates f, for N ≤ 64: the E7 window
 * certificate first (no breakpoint within r_i of t_i* in a fitting window), else
 * {@link decideSubsetBnB}; a witness's exact error is returned with it.
 * @throws InvalidParameterError for N > 64, ε < 0 or mismatched dimensions
 */
export function decideNeuronPruningBnB(
  f: TargetNeuron,
  g: Network,
  eps: Rational,
  opts: BnBOptions = {},
): BnBNeuronDecision {
  for (let i = 1; i <= Math.floor(f.d / 2); i++) {
    const { tStar, kappa } = targetBreakpoint(f, i);
    if (tStar === undefined) continue;
    const r = windowRadius(eps, kappa);
    if (windowFits(tStar, r) && !g.neurons.some((n) => breakpointWithin(n.w, i, tStar, r)))
      return { answer: 'NO', certificate: { kind: 'window', family: i, tStar, r } };
  }
  const d = decideSubsetBnB(f, g, eps, opts);
  if (d.S === null)
    return { answer: 'NO', certificate: { kind: 'search', nodes: d.nodes, leaves: d.leaves, points: d.points } };
  return { answer: 'APPROX', S: d.S, error: subsetError(f, g, d.S), nodes: d.nodes };
}

/** The exact sup_X |f − g_S| (max over the E11 check points). */
export function subsetError(f: TargetNeuron, g: Network, S: readonly number[]): Rational {
  const { F, M } = decisionRows(f, g);
  let m = Rational.ZERO;
  F.forEach((fv, v) => {
    let s = fv;
    for (const j of S) s = s.sub(M[v]![j]!);
    m = m.max(s.abs());
  });
  return m;
}

/** Result of {@link smallestApproxPrefix}. */
export interface PrefixSearch {
  /** The smallest n ≤ g.N such that the first n neurons admit an ε-approximating subset, or null. */
  readonly n: number | null;
  /** A witness for n (indices < n). */
  readonly S: number[] | null;
  /** Exact decisions made (window certificates included). */
  readonly decisions: number;
}

/**
 * The smallest n such that some subset of the first n neurons of g ε-approximates f (monotone in
 * n, so by bisection above the necessary condition of E7: the first neuron hitting every fitting
 * window). @throws InvalidParameterError for N > 64, ε < 0 or mismatched dimensions
 */
export function smallestApproxPrefix(f: TargetNeuron, g: Network, eps: Rational, opts: BnBOptions = {}): PrefixSearch {
  if (g.N > 64) throw new InvalidParameterError('smallestApproxPrefix', 'g.N', 'an integer in [0, 64]', String(g.N));
  let lo = 0; // every n < lo fails
  for (let i = 1; i <= Math.floor(f.d / 2); i++) {
    const { tStar, kappa } = targetBreakpoint(f, i);
    if (tStar === undefined) continue;
    const r = windowRadius(eps, kappa);
    if (!windowFits(tStar, r)) continue;
    const k = g.neurons.findIndex((n) => breakpointWithin(n.w, i, tStar, r));
    if (k < 0) return { n: null, S: null, decisions: 0 };
    lo = Math.max(lo, k + 1);
  }
  let decisions = 0;
  const at = (n: number) => {
    decisions++;
    return decideNeuronPruningBnB(f, g.neuronPrune([...Array(n).keys()]), eps, opts);
  };
  let hiDec = at(g.N);
  if (hiDec.answer === 'NO') return { n: null, S: null, decisions };
  let hi = g.N; // n = hi succeeds
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const d = at(mid);
    if (d.answer === 'APPROX') {
      hi = mid;
      hiDec = d;
    } else lo = mid + 1;
  }
  return { n: hi, S: (hiDec as Extract<BnBNeuronDecision, { answer: 'APPROX' }>).S, decisions };
}
