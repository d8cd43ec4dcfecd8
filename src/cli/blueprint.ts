/**
 * # `npm run blueprint` / `pruning-gap-check blueprint` — write the blueprint
 *
 * Main definitions: {@link runBlueprint}(argv) — loads the claims (the built-ins, plus
 * `--claims-dir` folders), reads `<reports>/claims.json` and writes `<out>/blueprint.md`,
 * `<out>/blueprint.html` and `<out>/blueprint-graph.svg` atomically. `--check` writes nothing and
 * exits 1 naming the files that differ from a fresh generation (CI's staleness check).
 *
 * Implementation notes: exit 0 on success, 1 for a stale blueprint under `--check`, 2 for bad input
 * (one line). The output is a pure function of the claims and the reports (no dates, no paths).
 */
import { Command, CommanderError } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRegistry } from '../runner/registry.js';
import { readManifest } from '../blueprint/model.js';
import { generateBlueprint } from '../blueprint/render.js';
import { atomicWrite } from '../report/atomicWrite.js';
import { PruningCheckError } from '../errors.js';

/**
 * Run the blueprint command with `argv` (the arguments after the command name).
 * @returns 0 written (or up to date), 1 stale under `--check`, 2 bad command line
 */
export async function runBlueprint(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('pruning-gap-check blueprint')
    .description(
      'Write docs/blueprint.md, docs/blueprint.html and docs/blueprint-graph.svg from the claims and reports/claims.json',
    )
    .option('--reports <dir>', 'reports folder whose claims.json gives the verdicts', 'reports')
    .option('--out <dir>', 'output folder', 'docs')
    .option(
      '--claims-dir <dir>',
      'also include the claims of this folder (repeatable)',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--check', 'write nothing; exit 1 if the files differ from a fresh generation')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(
      [...argv].filter((a) => a !== '--'),
      { from: 'user' },
    );
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const o = program.opts<{ reports: string; out: string; claimsDir: string[]; check?: boolean }>();
  const registry = await loadRegistry({ claimsDirs: o.claimsDir });
  const { claims } = registry;
  const files = generateBlueprint(registry, readManifest(o.reports));
  if (o.check) {
    const stale = Object.entries(files).filter(([name, text]) => {
      const p = join(o.out, name);
      return !existsSync(p) || readFileSync(p, 'utf8') !== text;
    });
    for (const [name] of stale) process.stderr.write(`stale: ${join(o.out, name)} (run npm run blueprint)\n`);
    if (stale.length === 0) process.stdout.write(`blueprint up to date (${claims.length} claims)\n`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const [name, text] of Object.entries(files)) atomicWrite(join(o.out, name), text);
  process.stdout.write(
    `wrote ${Object.keys(files)
      .map((f) => join(o.out, f))
      .join(', ')} (${claims.length} claims)\n`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBlueprint(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof PruningCheckError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exit(2);
      }
      process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exit(3);
    },
  );
}
