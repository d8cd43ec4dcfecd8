/**
 * # The exact neuron-pruning decision with Z3 (the baseline of `bench/smt.ts`)
 *
 * Main definitions: {@link decideSubsetZ3}(f, g, ε, timeoutMs) → sat with a witness S (re-verified
 * exactly), unsat (Z3's proof that no subset ε-approximates), or timeout.
 *
 * Main statements: the same 0/1 problem as `decideSubsetBnB` — one Boolean s_j per neuron and, for
 * every E11 check point x_v, −ε ≤ F_v − Σ_j If(s_j, M_vj, 0) ≤ ε (linear real arithmetic over
 * Booleans, decided exactly by Z3's LRA core).
 *
 * Implementation notes: the solver is loaded through {@link loadZ3} only; the caller ends with
 * `shutdownZ3()`. A model's S is checked again in exact rationals before it is returned.
 *
 * References: issue 12 (item 4), blueprint E11 (`docs/blueprint.md`).
 */
import type { Rational } from '../exact/Rational.js';
import type { Network, TargetNeuron } from '../model/Network.js';
import { decisionRows, subsetError } from '../model/exactDecisionBnB.js';
import { loadZ3 } from './z3Context.js';
import { sum, val } from './terms.js';
import type { ZArith } from './types.js';

/** The outcome of {@link decideSubsetZ3}. */
export type Z3SubsetDecision =
  | { readonly status: 'sat'; readonly S: number[]; readonly error: Rational; readonly ms: number }
  | { readonly status: 'unsat'; readonly ms: number }
  | { readonly status: 'timeout' | 'unknown' | 'unavailable'; readonly ms: number; readonly reason: string };

/** Decide ∃S: sup_X |f − g_S| ≤ ε with Z3 (see the header). */
export async function decideSubsetZ3(
  f: TargetNeuron,
  g: Network,
  eps: Rational,
  timeoutMs: number,
): Promise<Z3SubsetDecision> {
  const h = await loadZ3();
  if (typeof h === 'string') return { status: 'unavailable', ms: 0, reason: h };
  const { z } = h;
  const { F, M } = decisionRows(f, g);
  const s = [...Array(g.N).keys()].map((j) => z.Bool.const(`s${j}`));
  const solver = new z.Solver();
  solver.set('timeout', Math.max(1, Math.floor(timeoutMs)));
  solver.set('random_seed', 0);
  const e = val(z, eps);
  F.forEach((fv, v) => {
    const terms = M[v]!.flatMap((m, j) => (m.isZero() ? [] : [z.If(s[j]!, val(z, m), val(z, 0)) as ZArith]));
    const r = val(z, fv).sub(sum(z, terms));
    solver.add(r.le(e), r.ge(e.neg()));
  });
  const t0 = performance.now();
  const res = await solver.check();
  const ms = Math.round(performance.now() - t0);
  if (res === 'unsat') return { status: 'unsat', ms };
  if (res === 'unknown') {
    const reason = solver.reasonUnknown();
    return { status: /timeout|cancel/i.test(reason) ? 'timeout' : 'unknown', ms, reason };
  }
  const m = solver.model();
  const S = s.flatMap((b, j) => (z.isTrue(m.eval(b, true)) ? [j] : []));
  const error = subsetError(f, g, S);
  if (error.gt(eps))
    return { status: 'unknown', ms, reason: `Z3's model S = {${S.join(', ')}} has exact error ${error} > ε` };
  return { status: 'sat', S, error, ms };
}
