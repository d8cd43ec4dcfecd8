/**
 * # Exact neuron-pruning decision by branch and bound (d = 2, N up to ~40)
 *
 * Main definitions: {@link decideSubsetBnB}(f, g, ε) → a witness S with sup_X |f − g_S| ≤ ε, or
 * `null` with the exhaustive branch record (nodes visited, nodes pruned) as the certificate that no
 * subset works.
 *
 * Main statements: by E11 one finite set of check points serves every subset, and g_S(x_v) =
 * Σ_{j∈S} M_vj is linear in the indicator of S; so the question is 0/1 feasibility of
 * |F_v − Σ_j s_j M_vj| ≤ ε for every v. A depth-first search fixes s_j neuron by neuron and prunes a
 * branch when, for some v, even the most favourable choice of the remaining neurons (the sums of
 * their negative and positive entries) keeps F_v − Σ outside [−ε, ε].
 *
 * Implementation notes: the bounds are computed in floats with a rigorous slack (relative error
 * ≤ u per entry and per addition, as in `exactDecision.ts`): a branch is pruned only when it is
 * infeasible by more than the slack, so pruning is sound; every leaf is verified exactly in integers
 * (each row over its own common denominator) before it is returned. Branch and bound was chosen
 * over Z3 for this 0/1 problem because each node costs V float additions while Z3's WebAssembly
 * build pays the full SMT machinery per query (see `bench/smt.ts`).
 *
 * References: SPEC.md §5 (exact small-instance decision), E11.
 */
import { Rational, lcm } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import type { Network, TargetNeuron } from './Network.js';
import { cubeCandidatePoints, integerForm } from './cubeSup.js';
import { dot, relu } from './relu.js';

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

/**
 * Decide whether some S has sup_X |f − g_S| ≤ ε, exactly (see the header).
 * @throws InvalidParameterError for N > 64 or mismatched dimensions
 */
export function decideSubsetBnB(f: TargetNeuron, g: Network, eps: Rational, opts: { maxNodes?: number } = {}): BnBDecision {
  if (g.N > 64) throw new InvalidParameterError('decideSubsetBnB', 'g.N', 'an integer in [0, 64]', String(g.N));
  if (f.d !== g.d) throw new InvalidParameterError('decideSubsetBnB', 'g', `a network of dimension d = ${f.d}`, `dimension ${g.d}`);
  const pts = cubeCandidatePoints(g.d, integerForm(f.asNetwork().plus(g)).W);
  const xs = pts.map((p) => p.P.map((v) => Rational.of(v, p.D)));
  const N = g.N;
  const V = xs.length;
  // order neurons by decreasing influence, so that bounds tighten early
  const Mx0 = xs.map((x) => g.neurons.map((n) => n.alpha.mul(relu(dot(n.w, x)))));
  const infl = g.neurons.map((_, j) => Mx0.reduce((s, row) => s + Math.abs(row[j]!.toNumber()), 0));
  const order = [...Array(N).keys()].sort((a, b) => infl[b]! - infl[a]! || a - b);
  const Fx = xs.map((x) => f.eval(x));
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
  slack = slack * U * (4 * N + 8) + Number.MIN_VALUE;
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
    if (nodes > maxNodes) throw new InvalidParameterError('decideSubsetBnB', 'maxNodes', `at least ${maxNodes + 1} for this instance`, String(maxNodes));
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
