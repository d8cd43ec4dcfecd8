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
import { Rational } from '../exact/Rational.js';
import { PruningCheckError } from '../errors.js';
import type { TargetNeuron } from '../model/Network.js';
import type { CheckRows } from './checkRows.js';
import { FREE, boundValue, dualBound } from './dualBound.js';
import { MinimaxLp } from './minimaxLp.js';
import { encodeTree, makeNeuronCertificate, type CertificateInstance, type NeuronCertificate } from './neuronCertificate.js';
import { searchSubsets, type SearchOptions, type SearchStats } from './subsetSearch.js';
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
  const r = await searchSubsets(rows, { kind: 'decide', eps }, opts);
  if (r.status === 'yes') return { certificate: checked(makeNeuronCertificate({ instance: inst, kind: 'yes', S: r.S, error: r.error.toString(), nodes: r.stats.nodes })), stats: r.stats };
  if (r.status === 'no') return { certificate: checked(makeNeuronCertificate({ instance: inst, kind: 'no', tree: encodeTree(r.tree), nodes: r.stats.nodes })), stats: r.stats };
  return { certificate: null, stats: r.stats };
}

/** The exact minimum error of the instance (its ε is ignored), certified. */
export async function certifyMinimum(inst: CertificateInstance, opts: SearchOptions = {}): Promise<Certified> {
  const { rows } = instanceRows(inst);
  const r = await searchSubsets(rows, { kind: 'minimum' }, opts);
  if (r.status !== 'optimal') return { certificate: null, stats: r.stats };
  const c = makeNeuronCertificate({ instance: { ...inst, eps: null }, kind: 'optimal', S: r.S, error: r.error.toString(), tree: encodeTree(r.tree), nodes: r.stats.nodes });
  return { certificate: checked(c), stats: r.stats };
}

/** The root LP bound: an exact lower bound on min_S sup_X |f − g_S| and the one-leaf tree proving it. */
export async function rootLpBound(rows: CheckRows): Promise<{ bound: Rational; leaf: string; floatValue: number }> {
  const lp = await MinimaxLp.create(rows);
  try {
    const box = new Uint8Array(rows.N).fill(FREE);
    const sol = lp.solve(box);
    const b = boundValue(dualBound(rows, sol.multiplier, box));
    const bound = b === null || b.sign() < 0 ? Rational.ZERO : b;
    return { bound, leaf: encodeTree([sol.multiplier])[0] as string, floatValue: sol.value };
  } finally {
    lp.dispose();
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
