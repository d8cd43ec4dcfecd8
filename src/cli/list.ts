/**
 * # `pruning-gap-check list` (= `npm run check -- --list`) — the claims, as text or JSON
 *
 * Main definitions: {@link runList}(argv) — prints one line per claim (id, label, expected
 * verdict, tab-separated), or with `--json` an array of the claims' metadata (id, specRef, paperRef,
 * versions, readings, kind, statement, uses, expected, negativeControlOf); `--claims` filters,
 * `--claims-dir` adds researchers' folders. {@link listClaims} does the printing for `check --list`;
 * {@link reportBrokenFiles} prints a claim file that could not be loaded (one line each; exit 2, the
 * other claims still listed or run).
 */
import { Command } from 'commander';
import type { Claim } from '../claims/defineClaim.js';
import { claimMetadata } from '../runner/record.js';
import { loadRegistry, type BrokenClaimFile } from '../runner/registry.js';
import { selectClaims } from '../runner/selectClaims.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { collect, isEntryPoint, parseCommand, parseIntOption, runMain } from './common.js';

/** The `--import-timeout` option of `list` and `check` (commander arguments). */
export const IMPORT_TIMEOUT_OPTION = [
  '--import-timeout <seconds>',
  'time limit for importing one claim file; a file that does not finish (loops at import) is cut and reported',
  '30',
] as const;

/**
 * Print one line per claim file that could not be loaded (stderr); the returned function turns the
 * command's exit code into 2 when there was one (a bad claim file is bad input), after a run
 * (`remind`) repeating the files in one line below the verdicts.
 */
export function reportBrokenFiles(broken: readonly BrokenClaimFile[]): (code: number, remind?: boolean) => number {
  for (const b of broken) process.stderr.write(`error: ${b.error}\n`);
  return (code, remind = false) => {
    if (broken.length === 0) return code;
    if (remind)
      process.stderr.write(
        `${broken.length} claim file(s) not loaded (the other claims ran): ${broken.map((b) => b.file).join(', ')}\n`,
      );
    return 2;
  };
}

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
    .option('--claims-dir <dir>', 'a folder of your own claim files (repeatable)', collect, [] as string[])
    .option(...IMPORT_TIMEOUT_OPTION);
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts<{ json?: boolean; claims?: string; claimsDir: string[]; importTimeout: string }>();
  const importTimeoutMs = parseIntOption('--import-timeout', o.importTimeout, 1, 3600) * 1000;
  const registry = await loadRegistry({ claimsDirs: o.claimsDir, tolerant: true, importTimeoutMs });
  const brokenExit = reportBrokenFiles(registry.broken);
  const claims = selectClaims(registry.claims, o.claims);
  listClaims(claims, o.json === true);
  return brokenExit(0);
}

if (isEntryPoint(import.meta.url)) runMain(runList);
