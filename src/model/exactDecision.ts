/**
 * # Exact decision for small instances: min over all S of sup_X |f − g_S|
 *
 * Main definitions: {@link minNeuronPruningError}(f, g) → the exact minimum over all 2^N subsets S of
 * sup_X |f − g_S| and a minimising S; {@link decideNeuronPruning}(f, g, ε) → APPROX with a witness S,
 * or NO with a certificate (a window with no breakpoint by E7, or the exact minimum itself).
 *
 * Main statements: one vertex set serves every S (blueprint E11): the arrangement of a subset is
 * coarser than that of the whole network, so every vertex of a cell of g_S's arrangement ∩ X is
 * among the candidate points of the full arrangement (plus the target's hyperplane). Hence
 * sup_X |f − g_S| = max over those points, for every S.
 *
 * Implementation notes: a float filter with exact verification. Over the 2^N subsets in Gray-code
 * order, the float sums s_v(S) = Σ_{j∈S} M_{vj} are updated by one neuron per step; each float value
 * carries a rigorous error bound E (every stored entry has relative error ≤ u, and each of the at
 * most 2^N + N additions adds at most u·Σ_j |M_vj| + u·|F_v|), so a subset whose float error exceeds
 * the float minimum by more than 2E cannot be the minimiser. The survivors are re-evaluated exactly
 * in integers (each vertex's row over its own common denominator, so a survivor costs BigInt
 * additions only — survivors can number in the thousands when many subsets tie exactly) and the
 * exact minimum is returned — the answer is exact.
 *
 * References: blueprint E7, E11 (`docs/blueprint.md`); the exact decisions (d = 2) behind the
 * Theorem 1 frequencies (README, "What is checked").
 */
import { Rational, lcm } from '../exact/Rational.js';
import { InvalidParameterError, requireInt } from '../errors.js';
import { Network, type TargetNeuron } from './Network.js';
import { cubeCandidatePoints, integerForm, type IntPoint } from './cubeSup.js';
import { neuronValuesAt } from './neuronValues.js';
import { targetBreakpoint, windowFits, windowHit, windowRadius } from './window.js';

/** The largest N the decision accepts (2^N subsets). */
export const MAX_DECISION_N = 24;

/** Result of {@link minNeuronPruningError}. */
export interface MinError {
  /** min over S of sup_X |f − g_S| */
  readonly value: Rational;
  /** a minimising S (0-based, sorted) */
  readonly S: number[];
  /** subsets re-evaluated exactly after the float filter */
  readonly verified: number;
  /** number of candidate points */
  readonly points: number;
}

const U = 2 ** -53;

/**
 * The exact min over S ⊆ {0..N−1} of sup_X |f − g_S|.
 * @throws InvalidParameterError for N > 24, d > 6 or mismatched dimensions
 */
export function minNeuronPruningError(f: TargetNeuron, g: Network): MinError {
  requireInt('minNeuronPruningError', 'g.N', g.N, 0, MAX_DECISION_N);
  requireInt('minNeuronPruningError', 'g.d', g.d, 2, 6);
  if (f.d !== g.d)
    throw new InvalidParameterError(
      'minNeuronPruningError',
      'g',
      `a network of dimension d = ${f.d}`,
      `dimension ${g.d}`,
    );
  const all = f.asNetwork().plus(g);
  const pts: IntPoint[] = cubeCandidatePoints(g.d, integerForm(all).W);
  const xs = pts.map((p) => p.P.map((v) => Rational.of(v, p.D)));
  const N = g.N;
  const V = xs.length;
  // exact entries, then floats
  const Fx = xs.map((x) => f.eval(x));
  const Mx = pts.map((p) => neuronValuesAt(g, p.P, p.D)); // = α_j σ(⟨w_j, x_v⟩), through the integer forms
  const F = Float64Array.from(Fx.map((r) => r.toNumber()));
  const M = Mx.map((row) => Float64Array.from(row.map((r) => r.toNumber())));
  const MT: Float64Array[] = Array.from({ length: N }, (_, j) => Float64Array.from(M.map((row) => row[j]!)));
  let E = 0;
  for (let v = 0; v < V; v++) {
    let s = Math.abs(F[v]!);
    for (let j = 0; j < N; j++) s += Math.abs(M[v]![j]!);
    E = Math.max(E, s);
  }
  // rigorous, generous; the absolute part covers entries below the doubles' range (each reads within
  // 2^−1075 of its value, and a row sums N + 1 of them)
  E = E * U * (2 ** N + N + 4) * 2 + (N + 2) * Number.MIN_VALUE;
  const diff = Float64Array.from(F); // F_v − s_v(S), S = ∅
  const evalF = (limit: number): number => {
    let m = 0;
    for (let v = 0; v < V; v++) {
      const a = Math.abs(diff[v]!);
      if (a > m) {
        m = a;
        if (m > limit) return m;
      }
    }
    return m;
  };
  let best = evalF(Infinity);
  let cands: { mask: number; val: number }[] = [{ mask: 0, val: best }];
  let mask = 0;
  for (let step = 1; step < 2 ** N; step++) {
    const j = 31 - Math.clz32(step & -step); // Gray code: flip the lowest set bit of step
    const col = MT[j]!;
    const bit = 1 << j;
    if (mask & bit) for (let v = 0; v < V; v++) diff[v] = diff[v]! + col[v]!;
    else for (let v = 0; v < V; v++) diff[v] = diff[v]! - col[v]!;
    mask ^= bit;
    const val = evalF(best + 2 * E);
    if (val <= best + 2 * E) {
      if (val < best) {
        best = val;
        if (cands.length > 64) cands = cands.filter((c) => c.val <= best + 2 * E);
      }
      cands.push({ mask, val });
    }
  }
  cands = cands.filter((c) => c.val <= best + 2 * E);
  // exact verification of the survivors, in integers: row v over its common denominator L_v
  const Lv = Fx.map((fv, v) => Mx[v]!.reduce((l, m) => lcm(l, m.den), fv.den));
  const Fi = Fx.map((fv, v) => fv.num * (Lv[v]! / fv.den));
  const Mi = Mx.map((row, v) => row.map((m) => m.num * (Lv[v]! / m.den)));
  let bestNum = -1n;
  let bestDen = 1n;
  let bestS: number[] = [];
  for (const c of cands) {
    const S = [...Array(N).keys()].filter((j) => (c.mask >> j) & 1);
    let mNum = 0n;
    let mDen = 1n;
    for (let v = 0; v < V; v++) {
      let s = Fi[v]!;
      const row = Mi[v]!;
      for (const j of S) s -= row[j]!;
      if (s < 0n) s = -s;
      if (s * mDen > mNum * Lv[v]!) {
        mNum = s;
        mDen = Lv[v]!;
      }
    }
    if (bestNum < 0n || mNum * bestDen < bestNum * mDen) {
      bestNum = mNum;
      bestDen = mDen;
      bestS = S;
    }
  }
  const bestExact = Rational.of(bestNum, bestDen);
  return { value: bestExact, S: bestS, verified: cands.length, points: V };
}

/** A certificate that no subset ε-approximates. */
export type NoCertificate =
  | { readonly kind: 'window'; readonly family: number; readonly tStar: Rational; readonly r: Rational }
  | { readonly kind: 'exact-minimum'; readonly minError: Rational };

/** APPROX (with S and its exact error) or NO (with a certificate). */
export type Decision =
  | { readonly answer: 'APPROX'; readonly S: number[]; readonly error: Rational }
  | { readonly answer: 'NO'; readonly certificate: NoCertificate; readonly minError?: Rational };

/**
 * Decide whether some neuron-pruned subnetwork ε-approximates f. The cheap E7 window certificate is
 * tried first; otherwise the exact minimum decides.
 */
export function decideNeuronPruning(f: TargetNeuron, g: Network, eps: Rational): Decision {
  for (let i = 1; i <= Math.floor(f.d / 2); i++) {
    const { tStar, kappa } = targetBreakpoint(f, i);
    if (tStar === undefined) continue;
    const r = windowRadius(eps, kappa);
    if (windowFits(tStar, r) && !windowHit(g, i, tStar, r))
      return { answer: 'NO', certificate: { kind: 'window', family: i, tStar, r } };
  }
  const m = minNeuronPruningError(f, g);
  if (m.value.le(eps)) return { answer: 'APPROX', S: m.S, error: m.value };
  return { answer: 'NO', certificate: { kind: 'exact-minimum', minError: m.value }, minError: m.value };
}
