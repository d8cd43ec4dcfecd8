/**
 * # `npm run merge -- <shard files…>` — combine sharded runs into the reports
 *
 * Main definitions: {@link runMerge}(argv) — validates every shard file against its schema, checks
 * that together they are one complete sharded run, then writes the same reports an unsharded run
 * writes (byte-identical verdict files), as one transaction; `--junit FILE` as in `check`.
 *
 * Main statements (completeness; anything else is one line and exit 2, nothing written):
 * - every shard `k/n` for k = 1..n is given exactly once, with the same n ≥ 1;
 * - all shards share the settings (seed, depth, runs), the `--claims` pattern and the claim set,
 *   and the claim set is what the pattern selects from the claims loaded now;
 * - shard k holds exactly the claims that shard k of n of the claim set holds, each once, each
 *   record naming its own claim; so every claim of the set is present exactly once.
 */
import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { loadClaims } from '../claims/registry.js';
import { selectClaims, shardOf } from '../claims/selectClaims.js';
import type { RunRecord } from '../claims/runClaim.js';
import { writeReports } from '../report/writeReports.js';
import { atomicWrite } from '../report/atomicWrite.js';
import { readJsonFile } from '../schema/validate.js';
import type { ShardFile } from '../schema/schemas.js';
import { collect, isEntryPoint, parseCommand, runMain, setInterruptMessage } from './common.js';
import { figureWarning, summarize } from './check.js';
import { renderJUnit } from './junit.js';
import { CliUsageError } from '../errors.js';
import { useSamplerVersion, type SamplerVersion } from '../random/SeededRng.js';

/** Parse a shard file's "k/n". @throws CliUsageError naming the file */
function shardOfFile(s: ShardFile, file: string): { k: number; n: number } {
  const [k, n] = s.shard.split('/').map(Number) as [number, number];
  if (!(n >= 1 && k >= 1 && k <= n)) throw new CliUsageError(`${file}: shard '${s.shard}' is not k/n with 1 ≤ k ≤ n`);
  return { k, n };
}

/**
 * Check that the shard files form one complete sharded run.
 * @returns the records in claim-set order
 * @throws CliUsageError naming the first problem
 */
export function checkShardsComplete(shards: readonly ShardFile[], files: readonly string[]): RunRecord[] {
  if (shards.length === 0) throw new CliUsageError('merge: no shard files given');
  const first = shards[0]!;
  const { n } = shardOfFile(first, files[0]!);
  const seen = new Map<number, string>();
  for (const [i, s] of shards.entries()) {
    const f = files[i]!;
    const { k, n: ni } = shardOfFile(s, f);
    if (ni !== n) throw new CliUsageError(`${f}: shard ${s.shard} is not of the same n = ${n} as ${files[0]}`);
    if (JSON.stringify(s.settings) !== JSON.stringify(first.settings))
      throw new CliUsageError(`${f}: settings ${JSON.stringify(s.settings)} differ from ${files[0]} ${JSON.stringify(first.settings)} (seed, depth, runs and sampler version must match)`);
    if (s.pattern !== first.pattern) throw new CliUsageError(`${f}: --claims pattern ${JSON.stringify(s.pattern)} differs from ${files[0]} ${JSON.stringify(first.pattern)}`);
    if (JSON.stringify(s.claimSet) !== JSON.stringify(first.claimSet)) throw new CliUsageError(`${f}: its claim set differs from ${files[0]}'s (run every shard with the same code and claims)`);
    if (seen.has(k)) throw new CliUsageError(`shard ${k}/${n} is given twice: ${seen.get(k)} and ${f}`);
    seen.set(k, f);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new CliUsageError(`missing shard(s) ${missing.map((k) => `${k}/${n}`).join(', ')} (given: ${[...seen.keys()].sort((a, b) => a - b).map((k) => `${k}/${n}`).join(', ')})`);
  const claimSet = first.claimSet;
  if (new Set(claimSet).size !== claimSet.length) throw new CliUsageError(`${files[0]}: its claim set names a claim twice`);
  const byId = new Map<string, RunRecord>();
  for (const [i, s] of shards.entries()) {
    const f = files[i]!;
    const { k } = shardOfFile(s, f);
    const expected = shardOf(claimSet, k, n);
    const got = s.results.map((r) => r.id);
    for (const r of s.results) {
      if (r.record.id !== r.id) throw new CliUsageError(`${f}: result '${r.id}' carries the record of '${r.record.id}'`);
      if (byId.has(r.id)) throw new CliUsageError(`${f}: claim '${r.id}' appears more than once in the shards`);
      byId.set(r.id, r as unknown as RunRecord);
    }
    const extra = got.filter((id) => !expected.includes(id));
    const lacking = expected.filter((id) => !got.includes(id));
    if (extra.length > 0) throw new CliUsageError(`${f}: claim '${extra[0]}' does not belong to shard ${k}/${n} of this claim set`);
    if (lacking.length > 0) throw new CliUsageError(`${f}: shard ${k}/${n} lacks ${lacking.length} claim(s), e.g. '${lacking[0]}'`);
  }
  return claimSet.map((id) => byId.get(id)!);
}

/** `merge <files…> [--out DIR] [--junit FILE] [--claims-dir DIR…]`. */
export async function runMerge(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run merge --')
    .description('Combine the shard files of a sharded run (check --shard k/n) into the reports')
    .argument('<files...>', 'the shard files shard-k-of-n.json, one for each k = 1..n')
    .option('--out <dir>', 'report folder', 'reports')
    .option('--junit <file>', 'also write a JUnit XML report (one test case per claim)')
    .option('--claims-dir <dir>', 'a folder of your own claim files (repeatable)', collect, [] as string[]);
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  const files = parsed.args;
  const o = parsed.opts<{ out: string; junit?: string; claimsDir: string[] }>();
  if (existsSync(o.out) && !statSync(o.out).isDirectory()) throw new CliUsageError(`--out: '${o.out}' exists and is not a folder`);
  if (o.junit !== undefined && existsSync(o.junit) && statSync(o.junit).isDirectory()) throw new CliUsageError(`--junit: '${o.junit}' is a folder, expected a file name`);
  const shards = files.map((f) => readJsonFile('shard', f));
  const recs = checkShardsComplete(shards, files);
  const first = shards[0]!;
  const all = await loadClaims({ claimsDirs: o.claimsDir });
  const order = all.map((c) => c.id);
  const unknown = first.claimSet.find((id) => !order.includes(id));
  if (unknown) throw new CliUsageError(`${files[0]}: unknown claim '${unknown}' (give its folder with --claims-dir)`);
  const now = selectClaims(all, first.pattern ?? undefined).map((c) => c.id);
  if (JSON.stringify(now) !== JSON.stringify(first.claimSet))
    throw new CliUsageError(`${files[0]}: the claim set of the shards is not what ${first.pattern === null ? 'the full run' : `--claims '${first.pattern}'`} selects now (${first.claimSet.length} vs ${now.length} claims)`);
  recs.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  setInterruptMessage(`no report was written; the previous reports in ${o.out} are intact`);
  useSamplerVersion(first.settings.samplerVersion as SamplerVersion); // the manifest records the shards' sampler
  await writeReports(o.out, recs, order, first.settings, { keepOthers: first.pattern !== null, onFigureWarning: figureWarning });
  setInterruptMessage(`the new reports in ${o.out} are complete`);
  if (o.junit !== undefined) atomicWrite(o.junit, renderJUnit(recs.map((r) => r.record), Object.fromEntries(recs.map((r) => [r.id, r.ms]))));
  process.stdout.write(`merged ${shards.length} shard(s), ${recs.length} claims into ${o.out}/\n`);
  return summarize(recs.map((r) => r.record));
}

if (isEntryPoint(import.meta.url)) runMain(runMerge);
