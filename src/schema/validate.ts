/**
 * # Validating file inputs before use
 *
 * Main definitions: {@link readJsonFile} / {@link parseJsonInput} — read (size-limited), parse, bound
 * the nesting depth and node count, and validate against one of the schemas of `schemas.ts` with
 * ajv; any failure is one {@link CliUsageError} line naming the file and the first offending path.
 * {@link assertJsonLimits} — the iterative depth/size check (never recursion, so a file nested
 * 100 000 deep is a clean error, not a stack overflow).
 *
 * Implementation notes: the validators are ajv's code compiled ahead of time
 * (`src/generated/validators.ts`, written by `npm run schemas`; a test checks it equals a fresh
 * compilation), so a command loads neither the schema builder nor ajv's compiler. `allErrors` is
 * off: the first error is what the one-line message reports.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { CliUsageError } from '../errors.js';
import { LIMITS } from './formats.js';
import type { ClaimRecord, CounterexampleFile, ShardFile, TablesFile } from './schemas.js';
import * as compiled from '../generated/validators.js';
import { parseJsonText } from '../util/safeJson.js';

/** The file kinds with a schema. */
export type FileKind = 'counterexample' | 'manifest' | 'shard' | 'tables';

/** A compiled validator: true iff the value conforms; the first error in `errors` otherwise. */
type Validator = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

const NAMES: Record<FileKind, string> = {
  counterexample: 'counterexample file',
  manifest: 'claims.json manifest',
  shard: 'shard file',
  tables: 'tables.json',
};
const validator = (kind: FileKind): Validator => (compiled as unknown as Record<FileKind, Validator>)[kind];

/**
 * Throw unless `value` nests at most `maxDepth` deep and has at most `maxNodes` values in all.
 * @throws CliUsageError naming `source`
 */
export function assertJsonLimits(
  value: unknown,
  source: string,
  maxDepth: number = LIMITS.maxDepth,
  maxNodes = 50_000_000,
): void {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (++nodes > maxNodes) throw new CliUsageError(`${source}: too large (more than ${maxNodes} JSON values)`);
    if (v === null || typeof v !== 'object') continue;
    if (d >= maxDepth)
      throw new CliUsageError(`${source}: nested deeper than ${maxDepth} levels (not a file this tool writes)`);
    if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
    else for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
}

/** Validate an already parsed value against a file kind's schema. @throws CliUsageError */
export function validateJson<K extends FileKind>(kind: K, value: unknown, source: string): FileOf<K> {
  assertJsonLimits(value, source);
  const v = validator(kind);
  if (!v(value)) {
    const e = v.errors?.[0];
    const where = e?.instancePath ? e.instancePath : '(top level)';
    const extra =
      e?.params && 'additionalProperty' in e.params
        ? ` '${String(e.params.additionalProperty)}'`
        : e?.params && 'missingProperty' in e.params
          ? ''
          : '';
    throw new CliUsageError(`${source}: not a valid ${NAMES[kind]}: ${where} ${e?.message ?? 'is invalid'}${extra}`);
  }
  return value as FileOf<K>;
}

/** The TypeScript type of each file kind. */
export type FileOf<K extends FileKind> = K extends 'counterexample'
  ? CounterexampleFile
  : K extends 'shard'
    ? ShardFile
    : K extends 'tables'
      ? TablesFile
      : ManifestFile;

/** `claims.json` as read (its records typed by `ClaimRecordSchema`). */
export interface ManifestFile {
  format: string;
  settings: { seed: number; depth: string; runs: number | null };
  claims: ClaimRecord[];
}

/** Parse JSON text and validate it. @throws CliUsageError */
export function parseJsonInput<K extends FileKind>(kind: K, text: string, source: string): FileOf<K> {
  let obj: unknown;
  try {
    obj = parseJsonText(text);
  } catch (e) {
    throw new CliUsageError(`${source}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  return validateJson(kind, obj, source);
}

/** Read a file (at most {@link LIMITS.maxFileBytes}), parse and validate it. @throws CliUsageError */
export function readJsonFile<K extends FileKind>(kind: K, file: string): FileOf<K> {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (st.size > LIMITS.maxFileBytes)
      throw new CliUsageError(
        `${file}: ${st.size} bytes, larger than the limit of ${LIMITS.maxFileBytes} bytes for a ${NAMES[kind]}`,
      );
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof CliUsageError) throw e;
    throw new CliUsageError(
      `cannot read ${NAMES[kind]} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return parseJsonInput(kind, text, file);
}
