/**
 * # Certified counterexample files
 *
 * Main definitions: {@link CounterexampleFile} (the stored form, derived from its JSON Schema in
 * `src/schema/schemas.ts`: claim id, the exact input with rationals as "p/q", how it was found, seed
 * and path, the violated relation with both sides exact, optional constant overrides and a
 * statistical re-run description, a SHA-256 over the canonical content), {@link makeCounterexampleFile},
 * {@link parseCounterexample} / {@link readCounterexampleFile} (reject unreadable, oversized, too
 * deeply nested, malformed or tampered files with a one-line {@link CliUsageError}).
 *
 * Implementation notes: the schema (structure, sizes) and the depth bound are checked before the
 * checksum, so no later stage ever sees an unexpected shape. The checksum is over the canonical JSON
 * of every field but `sha256`.
 */
import { canonicalJSON, sha256, type Json } from './codec.js';
import { CliUsageError } from '../errors.js';
import { CEX_FORMAT } from '../schema/formats.js';
import type { CounterexampleFile } from '../schema/schemas.js';
import { parseJsonInput, readJsonFile } from '../schema/validate.js';

export { CEX_FORMAT, type CounterexampleFile };

/** The content of a file before its checksum (`constants`/`statistical` as plain JSON; validated on read). */
export type CounterexampleBody = Omit<CounterexampleFile, 'sha256' | 'format' | 'constants' | 'statistical'> & {
  constants?: Json | null;
  statistical?: Json | null;
};

/** Build a file object with its checksum. */
export function makeCounterexampleFile(body: CounterexampleBody): CounterexampleFile {
  const content = { format: CEX_FORMAT, ...body } as unknown as Json;
  return {
    ...(content as unknown as Omit<CounterexampleFile, 'sha256'>),
    sha256: sha256(canonicalJSON(content)),
  } as CounterexampleFile;
}

/** Throw unless the file's checksum matches its content. @throws CliUsageError naming `source` */
export function verifyCounterexample(cex: CounterexampleFile, source: string): CounterexampleFile {
  const { sha256: sum, ...rest } = cex;
  if (sha256(canonicalJSON(rest as unknown as Json)) !== sum)
    throw new CliUsageError(
      `${source}: checksum mismatch — the file was edited or corrupted (sha256 does not match its content)`,
    );
  return cex;
}

/** Parse, validate and verify a counterexample file's text. @throws CliUsageError */
export function parseCounterexample(text: string, source: string): CounterexampleFile {
  return verifyCounterexample(parseJsonInput('counterexample', text, source), source);
}

/** Read, validate and verify a counterexample file. @throws CliUsageError */
export function readCounterexampleFile(file: string): CounterexampleFile {
  return verifyCounterexample(readJsonFile('counterexample', file), file);
}
