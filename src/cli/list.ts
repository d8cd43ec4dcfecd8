/**
 * # `pruning-gap-check list` (= `npm run check -- --list`) — the claims, as text or JSON
 *
 * Main definitions: {@link runList}(argv) — prints one line per claim (id, label, expected
 * verdict, tab-separated), or with `--json` an array of the claims' metadata (id, specRef, paperRef,
 * versions, readings, kind, statement, uses, expected, negativeControlOf); `--claims` filters,
 * `--claims-dir` adds researchers' folders. {@link listClaims} does the printing for `check --list`.
 */
import { Command } from 'commander';
import type { Claim } from '../claims/defineClaim.js';
import { claimMetadata } from '../runner/record.js';
import { loadClaims } from '../runner/registry.js';
import { selectClaims } from '../runner/selectClaims.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { collect, isEntryPoint, parseCommand, runMain } from './common.js';

/** Print the claims as tab-separated lines or as JSON. */
export function listClaims(claims: readonly Claim[], json: boolean): void {
  if (json) process.stdout.write(canonicalJSON(claims.map((c) => claimMetadata(c)) as Json));
  else for (const c of claims) process.stdout.write(`${c.id}\t${c.specRef}\t${c.expected}\n`);
}

/** `list [--json] [--claims P] [--claims-dir DIR…]`. */
export async function runList(argv: string[]): Promise<number> {
  const program = new Command()
    .name('pruning-gap-check list')
    .description('List the claim ids, labels and expected verdicts')
    .option('--json', 'print the claims metadata as JSON')
    .option('--claims <pattern>', 'comma-separated claim ids or globs (* wildcard)')
    .option('--claims-dir <dir>', 'a folder of your own claim files (repeatable)', collect, [] as string[]);
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts<{ json?: boolean; claims?: string; claimsDir: string[] }>();
  const claims = selectClaims(await loadClaims({ claimsDirs: o.claimsDir }), o.claims);
  listClaims(claims, o.json === true);
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runList);
