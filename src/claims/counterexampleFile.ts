/**
 * # Certified counterexample files
 *
 * Main definitions: {@link CounterexampleFile} (the stored form: claim id, the exact input with
 * rationals as "p/q", seed and path, the violated relation with both sides exact, a SHA-256 over
 * the canonical content), {@link makeCounterexampleFile}, {@link readCounterexampleFile} (rejects
 * unreadable, malformed or tampered files with a {@link CliUsageError}).
 */
import { readFileSync } from 'node:fs';
import { canonicalJSON, sha256, type Json } from './codec.js';
import { CliUsageError } from '../errors.js';

/** Format tag of version 1. */
export const CEX_FORMAT = 'pruning-gap-check/counterexample@1';

/** The stored counterexample. */
export interface CounterexampleFile {
  readonly format: string;
  readonly claim: string;
  readonly expected: string;
  readonly source: 'fast-check' | 'certificate' | 'pinned' | 'exhaustive' | 'smt' | 'statistical' | 'tightness';
  readonly seed: number | null;
  readonly path: string | null;
  readonly input: Json;
  readonly violated: Json;
  readonly relations: Json;
  readonly note: string | null;
  /** Constant overrides under which the input violates the claim (tightness probes, SMT models). */
  readonly constants?: Readonly<Record<string, string>>;
  /** For a statistical refutation: the configuration that reproduces the counts. */
  readonly statistical?: Json;
  readonly sha256: string;
}

/** Build a file object with its checksum. */
export function makeCounterexampleFile(body: Omit<CounterexampleFile, 'sha256' | 'format'>): CounterexampleFile {
  const content = { format: CEX_FORMAT, ...body } as unknown as Json;
  return { ...(content as unknown as Omit<CounterexampleFile, 'sha256'>), sha256: sha256(canonicalJSON(content)) };
}

/** Parse and verify a counterexample file's text. @throws CliUsageError */
export function parseCounterexample(text: string, source: string): CounterexampleFile {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    throw new CliUsageError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  if (obj === null || typeof obj !== 'object') throw new CliUsageError(`${source}: not a counterexample object`);
  const o = obj as Record<string, unknown>;
  if (o.format !== CEX_FORMAT) throw new CliUsageError(`${source}: unknown format ${JSON.stringify(o.format)} (expected ${CEX_FORMAT})`);
  for (const k of ['claim', 'input', 'sha256']) if (!(k in o)) throw new CliUsageError(`${source}: missing field '${k}'`);
  const { sha256: sum, ...rest } = o;
  if (typeof sum !== 'string' || sha256(canonicalJSON(rest as Json)) !== sum)
    throw new CliUsageError(`${source}: checksum mismatch — the file was edited or corrupted (sha256 does not match its content)`);
  return o as unknown as CounterexampleFile;
}

/** Read and verify a counterexample file. @throws CliUsageError */
export function readCounterexampleFile(file: string): CounterexampleFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliUsageError(`cannot read counterexample file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseCounterexample(text, file);
}
