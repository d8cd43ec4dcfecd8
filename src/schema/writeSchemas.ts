/**
 * # `npm run schemas` — write the JSON Schemas of the file formats to `schemas/`
 *
 * Main definitions: {@link renderSchemas} — the text of each committed schema file (JSON Schema
 * 2020-12, generated from the TypeBox definitions of `schemas.ts`, which are also the source of
 * the TypeScript types). A test checks that the committed files equal a fresh generation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { SCHEMA_FILES } from './schemas.js';
import { isEntryPoint, runMain } from '../cli/common.js';

/** File name → schema text (canonical JSON, stable across runs). */
export function renderSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMA_FILES))
    out[name] = canonicalJSON({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...(JSON.parse(JSON.stringify(schema)) as Record<string, Json>) });
  return out;
}

/** Write `schemas/*.schema.json` (argv: an optional output folder). */
export async function runSchemas(argv: string[]): Promise<number> {
  const dir = argv[0] ?? 'schemas';
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(renderSchemas())) writeFileSync(join(dir, name), text);
  process.stdout.write(`wrote ${Object.keys(SCHEMA_FILES).length} schemas to ${dir}/\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runSchemas);
