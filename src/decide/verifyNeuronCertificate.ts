/**
 * # Exact re-verification of a neuron-pruning certificate, without any solver
 *
 * Main definitions: {@link verifyNeuronCertificate}(cert) → `{ ok: true }` when the certificate
 * proves its statement, else `{ ok: false, reason }`; {@link verifyTree}(rows, tree, u, strict) — the
 * tree check alone; {@link instanceRows}(instance) — the check rows re-derived from the seed.
 *
 * Main statements: for `yes`, the witness S (distinct indices in [0, N)) has exact error
 * max_v |F_v − Σ_{j∈S} M_vj| ≤ ε, which is sup_X |f − g_S| by E11 (`checkRows.ts`). For `no` and
 * `optimal`, the tree is walked in preorder from the full box: every branch token names a coordinate
 * that is free in the current box (so the two children split it, and the leaves partition {0,1}^N),
 * every leaf's multiplier gives an exact bound β/Λ (`dualBound.ts`) with β > ε·Λ (`no`: no subset of
 * the leaf's box has error ≤ ε) or β ≥ e(S)·Λ (`optimal`: none has error < e(S)), and the token list
 * is consumed exactly. Together: every subset of [N] fails (resp. does no better than S).
 *
 * Implementation notes: the network is re-derived from its seed (`randomNetwork`), the rows from
 * the network (`checkRows`); nothing float is trusted. A malformed token, an index out of range, a
 * branch on a fixed coordinate, a missing or surplus token, or a bound that falls short are all
 * reported as `{ ok: false }` with the reason (never thrown): the negative controls of the tests.
 *
 * References: blueprint E11 (`docs/blueprint.md`); A. Neumaier, O. Shcherbina, Math. Program. 99
 * (2004) (safe dual bounds).
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { TargetNeuron } from '../model/Network.js';
import { randomNetwork } from '../model/randomNetwork.js';
import { checkRows, type CheckRows } from './checkRows.js';
import { FREE, boundExceeds, boundReaches, dualBound, subsetErrorExact, type Box } from './dualBound.js';
import { decodeTree, type CertificateInstance, type NeuronCertificate } from './neuronCertificate.js';
import type { SearchTree } from './subsetSearch.js';

/** The outcome of a verification. */
export type VerifyResult =
  | { readonly ok: true; readonly leaves: number; readonly ms: number }
  | { readonly ok: false; readonly reason: string };

/** f and the check rows of a certificate's instance (re-derived from the seed). */
export function instanceRows(inst: CertificateInstance): { f: TargetNeuron; rows: CheckRows } {
  const f = new TargetNeuron(inst.target.map((t) => Rational.parse(t)));
  const g = randomNetwork(inst.seed, inst.N, inst.d);
  return { f, rows: checkRows(f, g) };
}

/**
 * Check a tree over the rows: a partition of {0,1}^N whose every leaf proves error > u (strict) or
 * ≥ u (not strict). Returns the number of leaves, or the reason of the first failure.
 */
export function verifyTree(
  rows: CheckRows,
  tree: SearchTree,
  u: Rational,
  strict: boolean,
): { leaves: number } | { reason: string } {
  const N = rows.N;
  const box: Box = new Uint8Array(N).fill(FREE);
  let pos = 0;
  let leaves = 0;
  // iterative preorder walk: a stack of (branch coordinate, sides still to visit)
  const stack: { j: number; next: number[] }[] = [];
  for (;;) {
    if (pos >= tree.length) return { reason: `the tree ends early (token ${pos}): some box is not covered` };
    const t = tree[pos]!;
    if (typeof t === 'number') {
      const j = t >= 0 ? t : -t - 1;
      if (!Number.isSafeInteger(t) || j >= N)
        return { reason: `token ${pos}: branch on coordinate ${j} outside [0, ${N})` };
      if (box[j] !== FREE)
        return {
          reason: `token ${pos}: branch on coordinate ${j}, already fixed in this box (the children would not split it)`,
        };
      const sides = t >= 0 ? [0, 1] : [1, 0];
      box[j] = sides[0]!;
      stack.push({ j, next: [sides[1]!] });
      pos++;
      continue;
    }
    // a leaf
    for (const v of t.rows)
      if (!Number.isSafeInteger(v) || v < 0 || v >= rows.V)
        return { reason: `token ${pos}: row ${v} outside [0, ${rows.V})` };
    const bd = dualBound(rows, t, box);
    if (!(strict ? boundExceeds(bd, u) : boundReaches(bd, u)))
      return {
        reason: `token ${pos}: the leaf's bound ${bd.lambda > 0n ? Rational.of(bd.beta, bd.lambda).toDecimal(8) : '(empty)'} does not ${strict ? 'exceed' : 'reach'} ${u}`,
      };
    leaves++;
    pos++;
    // climb to the next unvisited sibling
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (pos !== tree.length)
          return { reason: `${tree.length - pos} surplus token(s) after the tree covers the cube` };
        return { leaves };
      }
      const side = top.next.pop();
      if (side === undefined) {
        box[top.j] = FREE;
        stack.pop();
        continue;
      }
      box[top.j] = side;
      break;
    }
  }
}

/** Verify a certificate exactly (see the module header); never throws on a bad proof. */
export function verifyNeuronCertificate(cert: NeuronCertificate): VerifyResult {
  const t0 = performance.now();
  try {
    const { rows } = instanceRows(cert.instance);
    const N = rows.N;
    const eps = cert.instance.eps === null ? null : Rational.parse(cert.instance.eps);
    let errS: Rational | null = null;
    if (cert.kind !== 'no') {
      const S = cert.S ?? [];
      for (let i = 0; i < S.length; i++)
        if (!Number.isSafeInteger(S[i]) || S[i]! < 0 || S[i]! >= N || (i > 0 && S[i]! <= S[i - 1]!))
          return { ok: false, reason: `S must be increasing indices in [0, ${N})` };
      errS = subsetErrorExact(rows, S).error;
      if (cert.error === undefined || !errS.eq(Rational.parse(cert.error)))
        return { ok: false, reason: `the witness's exact error is ${errS}, not the stated ${cert.error}` };
      if (cert.kind === 'yes' && (eps === null || errS.gt(eps)))
        return { ok: false, reason: `the witness's exact error ${errS} exceeds ε = ${eps}` };
    }
    let leaves = 0;
    if (cert.kind !== 'yes') {
      const tree = decodeTree(cert.tree ?? []);
      const r = cert.kind === 'no' ? verifyTree(rows, tree, eps!, true) : verifyTree(rows, tree, errS!, false);
      if ('reason' in r) return { ok: false, reason: r.reason };
      leaves = r.leaves;
    }
    return { ok: true, leaves, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    if (e instanceof InvalidParameterError) return { ok: false, reason: e.message };
    throw e;
  }
}
