/**
 * # `npm run schemas` — write the JSON Schemas of the file formats and their compiled validators
 *
 * Main definitions: {@link renderSchemas} — the text of each committed schema file (JSON Schema
 * 2020-12, generated from the TypeBox definitions of `schemas.ts`, which are also the source of
 * the TypeScript types); {@link renderValidators} — the text of `src/generated/validators.ts`,
 * ajv's standalone code for the same schemas, which the commands validate their inputs with. A test
 * checks that the committed files equal a fresh generation.
 *
 * Implementation notes: the validators are compiled here, once, rather than at every start-up:
 * building the schemas with TypeBox and compiling one with ajv took 230 ms of a 1.7 s `merge`
 * (measured, compiled package), and every worker that reads stored counterexamples paid it. The
 * generated module is ES-module code that keeps ajv's own runtime helpers (`require` of
 * `ajv/dist/runtime/*`, through `createRequire`), so the checks are exactly ajv's.
 *
 * References: ajv, "Standalone validation code" (ajv.js.org/standalone.html).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { cloneJson } from '../util/safeJson.js';
import {
  CounterexampleFileSchema,
  ManifestSchema,
  SCHEMA_FILES,
  ShardFileSchema,
  TablesFileSchema,
} from '../schema/schemas.js';
import { isEntryPoint, runMain } from './common.js';

/** File name → schema text (canonical JSON, stable across runs). */
export function renderSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMA_FILES))
    out[name] = canonicalJSON({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      ...(cloneJson(schema) as Record<string, Json>),
    });
  return out;
}

/** Where the compiled validators are committed: `src/generated/`, the folder of generated code that the tools skip. */
export const VALIDATORS_FILE = fileURLToPath(new URL('../generated/validators.ts', import.meta.url));

/**
 * The options the validators are compiled with: the first error only (the one-line message reports
 * it), no `strict` mode (TypeBox adds its own keywords), no format checks (no schema uses one).
 */
export const VALIDATOR_OPTIONS = { allErrors: false, strict: false, validateFormats: false } as const;

/** The text of `src/generated/validators.ts`: one exported validator per file kind. */
export function renderValidators(): string {
  const require = createRequire(import.meta.url);
  const Ajv = (require('ajv') as typeof import('ajv')).default;
  const standaloneCode = (require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js')).default;
  const version = (require('ajv/package.json') as { version: string }).version;
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, code: { source: true, esm: true, lines: true } });
  const kinds = {
    counterexample: CounterexampleFileSchema,
    manifest: ManifestSchema,
    shard: ShardFileSchema,
    tables: TablesFileSchema,
  };
  for (const [kind, schema] of Object.entries(kinds)) ajv.addSchema(schema, kind);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(kinds).map((k) => [k, k])));
  return [
    '// @ts-nocheck',
    '/**',
    ' * # GENERATED — do not edit. Written by `npm run schemas` from `src/schema/schemas.ts`',
    ' *',
    ` * ajv ${version} standalone validators (options ${JSON.stringify(VALIDATOR_OPTIONS)}), one per`,
    ` * file kind: ${Object.keys(kinds).join(', ')}. See \`src/cli/schemas.ts\` for why they are precompiled.`,
    ' */',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";\n?/, ''),
    '',
  ].join('\n');
}

/** Write `schemas/*.schema.json` (argv: an optional output folder) and `src/generated/validators.ts`. */
export async function runSchemas(argv: string[]): Promise<number> {
  const dir = argv[0] ?? 'schemas';
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(renderSchemas())) writeFileSync(join(dir, name), text);
  writeFileSync(VALIDATORS_FILE, renderValidators());
  process.stdout.write(
    `wrote ${Object.keys(SCHEMA_FILES).length} schemas to ${dir}/ and their validators to ${VALIDATORS_FILE}\n`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runSchemas);
