/**
 * # Certified decisions and minima for a seeded instance
 *
 * Main definitions: {@link seededInstance} — the {@link CertificateInstance} of (seed, N, d, w*, ε);
 * {@link certifyDecision}(instance, options) → a `yes` or `no` certificate for "∃S ⊆ [N]:
 * sup_X |f − g_S| ≤ ε", or null when the search budget ran out; {@link certifyMinimum}(instance,
 * options) → an `optimal` certificate (the exact min over S of sup_X |f − g_S|) or null;
 * {@link rootLpBound}(rows) → the exact lower bound on min_S sup_X |f − g_S| given by the root LP
 * relaxation's rounded dual (valid over the whole cube [0, 1]^N, hence for every S).
 *
 * Main statements: a returned certificate is checked by `verifyNeuronCertificate` before it is
 * returned (a failure is a bug and throws), so every certificate this module hands out verifies.
 *
 * Implementation notes: the search is `searchSubsets` (branch and bound over LP relaxations and
 * interval bounds, HiGHS as the float guide); the instance is re-derived from the seed
 * (`instanceRows`), the same way the verifier does it.
 *
 * References: blueprint E11 (`docs/blueprint.md`); A. Neumaier, O. Shcherbina (2004).
 */
import { Rational, q } from '../exact/Rational.js';
import { PruningCheckError } from '../errors.js';
import type { TargetNeuron } from '../model/Network.js';
import type { CheckRows } from './checkRows.js';
import { FREE, boundValue, dualBound, subsetErrorExact } from './dualBound.js';
import { MinimaxLp } from './minimaxLp.js';
import {
  encodeTree,
  makeNeuronCertificate,
  type CertificateInstance,
  type NeuronCertificate,
} from './neuronCertificate.js';
import { searchSubsets, type SearchOptions, type SearchResult, type SearchStats } from './subsetSearch.js';
import { instanceRows, verifyNeuronCertificate } from './verifyNeuronCertificate.js';

/** The instance record of a seeded network `randomNetwork(seed, N, d)` and target f. */
export function seededInstance(seed: string, N: number, f: TargetNeuron, eps: Rational | null): CertificateInstance {
  return { seed, N, d: f.d, target: f.w.map((x) => x.toString()), eps: eps === null ? null : eps.toString() };
}

/** A certificate with the search's counters, or null with them when the budget ran out. */
export interface Certified {
  readonly certificate: NeuronCertificate | null;
  readonly stats: SearchStats;
}

function checked(c: NeuronCertificate): NeuronCertificate {
  const v = verifyNeuronCertificate(c);
  if (!v.ok) throw new PruningCheckError(`internal error: a fresh certificate does not verify (${v.reason})`);
  return c;
}

/** Decide the instance (its ε must be set) and certify the answer (see the module header). */
export async function certifyDecision(inst: CertificateInstance, opts: SearchOptions = {}): Promise<Certified> {
  const { rows } = instanceRows(inst);
  const eps = Rational.parse(inst.eps ?? '0/1');
  // a HiGHS MIP run at the root finds witnesses the depth-first search misses (with a budget: a third of it, ≤ 20 s)
  const mipSeconds = opts.mipSeconds ?? (opts.timeMs === undefined ? 0 : Math.min(20, opts.timeMs / 3000));
  const r = await searchSubsets(rows, { kind: 'decide', eps }, { ...opts, mipSeconds });
  if (r.status === 'yes')
    return {
      certificate: checked(
        makeNeuronCertificate({ instance: inst, kind: 'yes', S: r.S, error: r.error.toString(), nodes: r.stats.nodes }),
      ),
      stats: r.stats,
    };
  if (r.status === 'no')
    return {
      certificate: checked(
        makeNeuronCertificate({ instance: inst, kind: 'no', tree: encodeTree(r.tree), nodes: r.stats.nodes }),
      ),
      stats: r.stats,
    };
  return { certificate: null, stats: r.stats };
}

/**
 * The exact minimum over S of max_v |r_v(S)| with a tree proving it: an incumbent from the root
 * heuristic and a HiGHS MIP run (a quarter of the budget, verified exactly), then decisions at the midpoint between a lower bound (the root LP bound, then every
 * refuted ε) and the incumbent, until they are within a relative 2^−10; last the minimum search
 * started from the incumbent (every leaf must reach it) — the decisions only make that last search
 * start close to the optimum. Returns `unknown` when a budget runs out.
 */
export async function minimumSubsetError(rows: CheckRows, opts: SearchOptions = {}): Promise<SearchResult> {
  const t0 = performance.now();
  const left = () => (opts.timeMs === undefined ? undefined : Math.max(1, opts.timeMs - (performance.now() - t0)));
  const first = await searchSubsets(rows, { kind: 'minimum' }, { ...opts, maxNodes: 1 });
  if (first.status === 'optimal') return first;
  let S = 'S' in first && first.S ? first.S : [];
  let U = subsetErrorExact(rows, S).error;
  // a float MIP incumbent (HiGHS), verified exactly
  const lp = await MinimaxLp.create(rows);
  try {
    const mip = lp.mipIncumbent(Math.max(0.05, (left() ?? 4000) / 4000));
    if (mip) {
      const e = subsetErrorExact(rows, mip).error;
      if (e.lt(U)) (S = mip), (U = e);
    }
  } finally {
    lp.dispose();
  }
  let lo = (await rootLpBound(rows)).bound;
  let misses = 0;
  let hi = U; // the next τ lies between lo and hi (hi = U, or a τ that ran out of budget)
  while (U.sub(lo).gt(U.mul(q(1, 1024))) && misses < 3) {
    const tau = dyadicBetween(lo, hi);
    const r = await searchSubsets(
      rows,
      { kind: 'decide', eps: tau },
      { ...opts, timeMs: left() === undefined ? undefined : left()! / 4 },
    );
    if (r.status === 'yes') {
      S = r.S;
      U = r.error;
      hi = U;
    } else if (r.status === 'no') lo = tau;
    else {
      // undecided: the next τ goes halfway between this one and the incumbent
      misses++;
      lo = lo.max(Rational.ZERO);
      hi = U;
      const up = dyadicBetween(tau, U);
      const r2 = await searchSubsets(
        rows,
        { kind: 'decide', eps: up },
        { ...opts, timeMs: left() === undefined ? undefined : left()! / 4 },
      );
      if (r2.status === 'yes') (S = r2.S), (U = r2.error), (hi = U);
      else if (r2.status === 'no') lo = up;
      else break;
    }
  }
  const fin = await searchSubsets(rows, { kind: 'minimum' }, { ...opts, timeMs: left(), start: S });
  return fin;
}

/** A short dyadic rational strictly between a < b (the midpoint rounded to a few bits). */
function dyadicBetween(a: Rational, b: Rational): Rational {
  const mid = a.add(b).div(Rational.TWO);
  const gap = b.sub(a);
  for (let k = 1; k < 200; k++) {
    const sc = 2n ** BigInt(k);
    const cand = Rational.of(mid.mul(Rational.of(sc)).floor(), sc);
    if (cand.gt(a) && cand.lt(b) && cand.sub(mid).abs().mul(Rational.of(4)).le(gap)) return cand;
  }
  return mid;
}

/** The exact minimum error of the instance (its ε is ignored), certified. */
export async function certifyMinimum(inst: CertificateInstance, opts: SearchOptions = {}): Promise<Certified> {
  const { rows } = instanceRows(inst);
  const r = await minimumSubsetError(rows, opts);
  if (r.status !== 'optimal') return { certificate: null, stats: r.stats };
  const c = makeNeuronCertificate({
    instance: { ...inst, eps: null },
    kind: 'optimal',
    S: r.S,
    error: r.error.toString(),
    tree: encodeTree(r.tree),
    nodes: r.stats.nodes,
  });
  return { certificate: checked(c), stats: r.stats };
}

/** The rows R of an instance as an instance of their own (row k of the result is row R[k]). */
function restrictRows(rows: CheckRows, R: readonly number[]): CheckRows {
  const N = rows.N;
  const M = new Float64Array(R.length * N);
  R.forEach((v, k) => M.set(rows.M.subarray(v * N, (v + 1) * N), k * N));
  return {
    N,
    V: R.length,
    points: R.map((v) => rows.points[v]!),
    L: R.map((v) => rows.L[v]!),
    Fi: R.map((v) => rows.Fi[v]!),
    row: (k: number) => rows.row(R[k]!),
    F: Float64Array.from(R, (v) => rows.F[v]!),
    M,
  };
}

/**
 * The root LP bound: an exact lower bound on min_S sup_X |f − g_S| and the one-leaf tree proving it.
 * The LP is solved by row generation (a restricted LP on 64 spread rows, then the most violated
 * rows added, until none is violated: its optimum is then the full LP's); the restricted dual is a
 * multiplier on the full rows (zero elsewhere), so the exact bound needs no full solve — at
 * N = 1024 the full LP (4108 × 1025, dense) takes seconds, the restricted ones milliseconds.
 */
export async function rootLpBound(rows: CheckRows): Promise<{ bound: Rational; leaf: string; floatValue: number }> {
  const { N, V } = rows;
  const box = new Uint8Array(N).fill(FREE);
  const inR = new Uint8Array(V);
  const R: number[] = [];
  const step = Math.max(1, Math.floor(V / 64));
  for (let v = 0; v < V; v += step) (inR[v] = 1), R.push(v);
  for (let round = 0; ; round++) {
    const lp = await MinimaxLp.create(restrictRows(rows, R));
    let sol;
    try {
      sol = lp.solve(box);
    } finally {
      lp.dispose();
    }
    // the most violated rows outside R at the restricted optimum
    const viol: { v: number; a: number }[] = [];
    const tol = Math.abs(sol.value) * 1e-9 + 1e-12;
    for (let v = 0; v < V; v++) {
      if (inR[v]) continue;
      let a = rows.F[v]!;
      for (let j = 0; j < N; j++) a -= rows.M[v * N + j]! * sol.s[j]!;
      if (Math.abs(a) > sol.value + tol) viol.push({ v, a: Math.abs(a) });
    }
    if (viol.length === 0 || round >= 50 || !Number.isFinite(sol.value)) {
      const m = { rows: sol.multiplier.rows.map((k) => R[k]!), weights: sol.multiplier.weights };
      const b = boundValue(dualBound(rows, m, box));
      const bound = b === null || b.sign() < 0 ? Rational.ZERO : b;
      return { bound, leaf: encodeTree([m])[0] as string, floatValue: sol.value };
    }
    viol.sort((x, y) => y.a - x.a || x.v - y.v);
    for (const { v } of viol.slice(0, 64)) (inR[v] = 1), R.push(v);
  }
}

/** A `no` certificate from the root LP alone when its bound exceeds ε (one leaf), else null. */
export async function rootLpCertificate(inst: CertificateInstance): Promise<NeuronCertificate | null> {
  const { rows } = instanceRows(inst);
  const eps = Rational.parse(inst.eps ?? '0/1');
  const { bound, leaf } = await rootLpBound(rows);
  if (!bound.gt(eps)) return null;
  return checked(makeNeuronCertificate({ instance: inst, kind: 'no', tree: [leaf], nodes: 1 }));
}
