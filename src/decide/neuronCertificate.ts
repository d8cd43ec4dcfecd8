/**
 * # Neuron-pruning certificates as files (JSON, exact, checksummed)
 *
 * Main definitions: {@link NeuronCertificate} — a self-contained record of one instance (a seeded
 * random network, `randomNetwork(seed, N, d)`, a target w*, an ε) and its proof: `yes` (a witness
 * S and its exact error), `no` (a branch-and-bound tree whose leaves carry integer multipliers), or
 * `optimal` (a witness S and a tree proving that no subset does better); {@link makeNeuronCertificate}
 * (adds the checksum), {@link parseNeuronCertificate} (shape and checksum, typed errors),
 * {@link encodeTree} / {@link decodeTree}.
 *
 * Main statements: none — a certificate proves nothing until `verifyNeuronCertificate` has re-derived
 * the rows and checked every leaf exactly.
 *
 * Implementation notes: rationals are "p/q" strings; the tree is the preorder token list of
 * `subsetSearch.ts` with each leaf written as a string "v:k v:k …" (row v of `checkRows`, signed
 * integer weight k on the integer row), so a tree of 10^4 one-row leaves takes ≈ 10^5 bytes. The
 * checksum is a SHA-256 over the canonical JSON (sorted keys) of every field but `sha256`, as in the
 * counterexample files of the claim kit (this module sits below the claim kit and computes it with
 * `node:crypto` directly). Solve times are not stored, so a certificate is byte-identical for the
 * same instance and engine.
 *
 * References: blueprint E11 (`docs/blueprint.md`); the counterexample file format (`src/claims`).
 */
import { createHash } from 'node:crypto';
import { InvalidParameterError } from '../errors.js';
import type { Multiplier } from './dualBound.js';
import { parseStoredJson } from './parseStoredJson.js';
import type { SearchTree } from './subsetSearch.js';

/** The format tag of {@link NeuronCertificate}. */
export const NEURON_CERTIFICATE_FORMAT = 'neuron-pruning-certificate/1';

/** The instance a certificate is about: f(x) = σ(⟨w*, x⟩), g = randomNetwork(seed, N, d). */
export interface CertificateInstance {
  readonly seed: string;
  readonly N: number;
  readonly d: number;
  /** w* as "p/q" strings */
  readonly target: readonly string[];
  /** ε as "p/q" (null for `optimal`) */
  readonly eps: string | null;
}

/** A certificate file (see the module header). */
export interface NeuronCertificate {
  readonly format: typeof NEURON_CERTIFICATE_FORMAT;
  readonly instance: CertificateInstance;
  /** yes: some S has error ≤ ε; no: none has; optimal: S has the least error of all subsets */
  readonly kind: 'yes' | 'no' | 'optimal';
  /** the witness (yes, optimal): 0-based, increasing */
  readonly S?: readonly number[];
  /** its exact error "p/q" (yes, optimal) */
  readonly error?: string;
  /** the encoded tree (no, optimal) */
  readonly tree?: readonly (number | string)[];
  /** search counters (informative) */
  readonly nodes: number;
  readonly sha256: string;
}

/** Leaf multipliers → "v:k v:k …"; branches stay numbers. */
export function encodeTree(tree: SearchTree): (number | string)[] {
  return tree.map((t) => (typeof t === 'number' ? t : t.rows.map((v, i) => `${v}:${t.weights[i]!}`).join(' ')));
}

const LEAF_RE = /^\d+:-?\d+( \d+:-?\d+)*$/;

/** The inverse of {@link encodeTree}. @throws InvalidParameterError for a malformed token */
export function decodeTree(tokens: readonly unknown[]): SearchTree {
  return tokens.map((t, i) => {
    if (typeof t === 'number') {
      if (!Number.isSafeInteger(t))
        throw new InvalidParameterError(
          'decodeTree',
          `tree[${i}]`,
          'an integer branch token or a leaf string',
          String(t),
        );
      return t;
    }
    if (typeof t !== 'string' || !LEAF_RE.test(t))
      throw new InvalidParameterError('decodeTree', `tree[${i}]`, 'a leaf "v:k v:k …"', JSON.stringify(t));
    const rows: number[] = [];
    const weights: bigint[] = [];
    for (const part of t.split(' ')) {
      const [v, k] = part.split(':') as [string, string];
      rows.push(Number(v));
      weights.push(BigInt(k));
    }
    return { rows, weights } satisfies Multiplier;
  });
}

/** Canonical JSON: sorted keys, no whitespace. */
export function canonicalJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonicalJson).join(',')}]`;
  if (x !== null && typeof x === 'object')
    return `{${Object.keys(x)
      .filter((k) => (x as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(x);
}

function checksum(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** A certificate with its checksum. */
export function makeNeuronCertificate(body: Omit<NeuronCertificate, 'sha256' | 'format'>): NeuronCertificate {
  const content = { format: NEURON_CERTIFICATE_FORMAT, ...body } as const;
  return { ...content, sha256: checksum(content) };
}

/**
 * Parse a certificate's JSON text: shape and checksum (the exact proof is `verifyNeuronCertificate`).
 * @throws InvalidParameterError naming the first bad field, or a checksum mismatch
 */
export function parseNeuronCertificate(text: string, source = 'certificate'): NeuronCertificate {
  const x = parseStoredJson(text, source);
  const bad = (field: string, want: string, got: unknown): never => {
    throw new InvalidParameterError(
      'parseNeuronCertificate',
      `${source}: ${field}`,
      want,
      JSON.stringify(got)?.slice(0, 80) ?? String(got),
    );
  };
  if (x === null || typeof x !== 'object' || Array.isArray(x)) bad('(root)', 'an object', x);
  const c = x as Record<string, unknown>;
  if (c.format !== NEURON_CERTIFICATE_FORMAT) bad('format', NEURON_CERTIFICATE_FORMAT, c.format);
  const inst = c.instance as Record<string, unknown> | undefined;
  if (!inst || typeof inst !== 'object') bad('instance', 'an object', inst);
  const I = inst as Record<string, unknown>;
  if (typeof I.seed !== 'string') bad('instance.seed', 'a string', I.seed);
  if (!Number.isSafeInteger(I.N) || (I.N as number) < 0 || (I.N as number) > 4096)
    bad('instance.N', 'an integer in [0, 4096]', I.N);
  if (!Number.isSafeInteger(I.d) || (I.d as number) < 2 || (I.d as number) > 6)
    bad('instance.d', 'an integer in [2, 6]', I.d);
  if (
    !Array.isArray(I.target) ||
    I.target.length !== I.d ||
    !I.target.every((t) => typeof t === 'string' && /^-?\d+\/\d+$/.test(t))
  )
    bad('instance.target', 'd strings "p/q"', I.target);
  if (!(I.eps === null || (typeof I.eps === 'string' && /^\d+\/\d+$/.test(I.eps))))
    bad('instance.eps', 'a string "p/q" ≥ 0 or null', I.eps);
  if (c.kind !== 'yes' && c.kind !== 'no' && c.kind !== 'optimal') bad('kind', '"yes", "no" or "optimal"', c.kind);
  if (c.kind !== 'no') {
    if (!Array.isArray(c.S) || !c.S.every((j) => Number.isSafeInteger(j))) bad('S', 'an array of integers', c.S);
    if (typeof c.error !== 'string' || !/^\d+\/\d+$/.test(c.error)) bad('error', 'a string "p/q"', c.error);
  }
  if (c.kind !== 'yes' && !Array.isArray(c.tree)) bad('tree', 'an array', c.tree);
  if ((c.kind === 'optimal') !== (I.eps === null))
    bad('instance.eps', c.kind === 'optimal' ? 'null for kind optimal' : 'a string "p/q"', I.eps);
  if (!Number.isSafeInteger(c.nodes)) bad('nodes', 'an integer', c.nodes);
  if (typeof c.sha256 !== 'string') bad('sha256', 'a hex string', c.sha256);
  const { sha256: sum, ...rest } = c;
  if (checksum(rest) !== sum)
    throw new InvalidParameterError(
      'parseNeuronCertificate',
      `${source}: sha256`,
      'the checksum of the content',
      `${String(sum).slice(0, 16)}… (the file was edited or corrupted)`,
    );
  return c as unknown as NeuronCertificate;
}
