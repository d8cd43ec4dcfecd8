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
 *
 * Main statements (integrity: `merge` trusts nothing it can re-check; see {@link checkShardRecords}):
 * every record's metadata (id, kind, expected verdict, statement, …) equals the claim loaded now;
 * `asExpected` agrees with the verdict and the expected verdict; the record's counterexample and
 * figure paths agree with the files the result carries; every embedded counterexample file names
 * its claim, has a plain file name and a checksum that matches its content. Anything else is exit 2
 * naming the shard file and the record.
 *
 * Byte identity: shard files keep the key order of what the run produced (figure specs included),
 * so the merged reports are byte-identical to an unsharded run's.
 */
import { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { loadClaims } from '../runner/registry.js';
import { selectClaims, shardOf } from '../runner/selectClaims.js';
import type { RunRecord } from '../runner/record.js';
import { writeReports } from '../report/writeReports.js';
import { readJsonFile } from '../schema/validate.js';
import type { ShardFile } from '../schema/schemas.js';
import { collect, isEntryPoint, parseCommand, runMain, setInterruptMessage } from './common.js';
import { figureWarning, summarize } from './check.js';
import { writeJUnit } from './junit.js';
import { CliUsageError } from '../errors.js';
import type { Claim } from '../claims/defineClaim.js';
import { claimMetadata } from '../runner/record.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { verifyCounterexample } from '../claims/counterexampleFile.js';
import { isPlainFileName } from '../report/fileName.js';

/** True iff a record is the runner's "not judged" record (a worker failure), whose asExpected is false. */
function isNotJudged(rec: RunRecord['record']): boolean {
  const ev = rec.evidence as unknown;
  return ev !== null && typeof ev === 'object' && !Array.isArray(ev) && Object.keys(ev).length === 1 && 'error' in ev;
}

/**
 * Re-check every record of the shards against the claims loaded now (see the module header).
 * @throws CliUsageError naming the shard file and the record
 */
export function checkShardRecords(
  shards: readonly ShardFile[],
  files: readonly string[],
  claims: readonly Claim[],
): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const [i, s] of shards.entries()) {
    const f = files[i]!;
    for (const r of s.results) {
      const where = `${f}: record '${r.id}'`;
      const claim = byId.get(r.id);
      if (!claim) throw new CliUsageError(`${where}: unknown claim (give its folder with --claims-dir)`);
      const rec = r.record;
      const meta = claimMetadata(claim) as unknown as Record<string, Json>;
      for (const key of Object.keys(meta))
        if (canonicalJSON((rec as unknown as Record<string, Json>)[key] ?? null) !== canonicalJSON(meta[key]!))
          throw new CliUsageError(
            `${where}: its '${key}' ${JSON.stringify((rec as unknown as Record<string, Json>)[key] ?? null).slice(0, 80)} differs from the claim's ${JSON.stringify(meta[key]).slice(0, 80)}`,
          );
      const shouldBe = !isNotJudged(rec) && rec.verdict === claim.expected;
      if (rec.asExpected !== shouldBe)
        throw new CliUsageError(
          `${where}: asExpected is ${String(rec.asExpected)}, but verdict '${rec.verdict}' against the expected '${claim.expected}' gives ${String(shouldBe)}`,
        );
      const cexs = r.counterexamples ?? [];
      const mainPath = cexs.some((c) => c.name === r.id) ? `counterexamples/${r.id}.json` : null;
      if (rec.counterexample !== mainPath)
        throw new CliUsageError(
          `${where}: its counterexample ${JSON.stringify(rec.counterexample)} does not match the files it carries (${JSON.stringify(mainPath)})`,
        );
      const figs = r.figures.map((g) => `figures/${g.name}.svg`);
      if (canonicalJSON(rec.figures as Json) !== canonicalJSON(figs))
        throw new CliUsageError(
          `${where}: its figures ${JSON.stringify(rec.figures).slice(0, 120)} do not match the figures it carries`,
        );
      for (const c of cexs) {
        const cw = `${where}, counterexample '${String(c.name).slice(0, 80)}'`;
        if (!isPlainFileName(c.name) || (c.name !== r.id && !c.name.startsWith(`${r.id}.`)))
          throw new CliUsageError(`${cw}: not a plain file name of this claim`);
        if (c.file.claim !== r.id) throw new CliUsageError(`${cw}: the file is of claim '${c.file.claim}'`);
        verifyCounterexample(c.file, cw);
      }
    }
  }
}
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
      throw new CliUsageError(
        `${f}: settings ${JSON.stringify(s.settings)} differ from ${files[0]} ${JSON.stringify(first.settings)} (seed, depth, runs and sampler version must match)`,
      );
    if (s.pattern !== first.pattern)
      throw new CliUsageError(
        `${f}: --claims pattern ${JSON.stringify(s.pattern)} differs from ${files[0]} ${JSON.stringify(first.pattern)}`,
      );
    if (JSON.stringify(s.claimSet) !== JSON.stringify(first.claimSet))
      throw new CliUsageError(
        `${f}: its claim set differs from ${files[0]}'s (run every shard with the same code and claims)`,
      );
    if (seen.has(k)) throw new CliUsageError(`shard ${k}/${n} is given twice: ${seen.get(k)} and ${f}`);
    seen.set(k, f);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0)
    throw new CliUsageError(
      `missing shard(s) ${missing.map((k) => `${k}/${n}`).join(', ')} (given: ${[...seen.keys()]
        .sort((a, b) => a - b)
        .map((k) => `${k}/${n}`)
        .join(', ')})`,
    );
  const claimSet = first.claimSet;
  if (new Set(claimSet).size !== claimSet.length)
    throw new CliUsageError(`${files[0]}: its claim set names a claim twice`);
  const byId = new Map<string, RunRecord>();
  for (const [i, s] of shards.entries()) {
    const f = files[i]!;
    const { k } = shardOfFile(s, f);
    const expected = shardOf(claimSet, k, n);
    const got = s.results.map((r) => r.id);
    for (const r of s.results) {
      if (r.record.id !== r.id)
        throw new CliUsageError(`${f}: result '${r.id}' carries the record of '${r.record.id}'`);
      if (byId.has(r.id)) throw new CliUsageError(`${f}: claim '${r.id}' appears more than once in the shards`);
      byId.set(r.id, { ...r, counterexamples: r.counterexamples ?? [], regression: r.regression ?? null });
    }
    const extra = got.filter((id) => !expected.includes(id));
    const lacking = expected.filter((id) => !got.includes(id));
    if (extra.length > 0)
      throw new CliUsageError(`${f}: claim '${extra[0]}' does not belong to shard ${k}/${n} of this claim set`);
    if (lacking.length > 0)
      throw new CliUsageError(`${f}: shard ${k}/${n} lacks ${lacking.length} claim(s), e.g. '${lacking[0]}'`);
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
  if (existsSync(o.out) && !statSync(o.out).isDirectory())
    throw new CliUsageError(`--out: '${o.out}' exists and is not a folder`);
  if (o.junit !== undefined && existsSync(o.junit) && statSync(o.junit).isDirectory())
    throw new CliUsageError(`--junit: '${o.junit}' is a folder, expected a file name`);
  const shards = files.map((f) => readJsonFile('shard', f));
  const recs = checkShardsComplete(shards, files);
  const first = shards[0]!;
  const all = await loadClaims({ claimsDirs: o.claimsDir });
  const order = all.map((c) => c.id);
  const unknown = first.claimSet.find((id) => !order.includes(id));
  if (unknown) throw new CliUsageError(`${files[0]}: unknown claim '${unknown}' (give its folder with --claims-dir)`);
  const now = selectClaims(all, first.pattern ?? undefined).map((c) => c.id);
  if (JSON.stringify(now) !== JSON.stringify(first.claimSet))
    throw new CliUsageError(
      `${files[0]}: the claim set of the shards is not what ${first.pattern === null ? 'the full run' : `--claims '${first.pattern}'`} selects now (${first.claimSet.length} vs ${now.length} claims)`,
    );
  checkShardRecords(shards, files, all);
  recs.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  setInterruptMessage(`no report was written; the previous reports in ${o.out} are intact`);
  useSamplerVersion(first.settings.samplerVersion as SamplerVersion); // the manifest records the shards' sampler
  await writeReports(o.out, recs, order, first.settings, {
    keepOthers: first.pattern !== null,
    onFigureWarning: figureWarning,
  });
  setInterruptMessage(`the new reports in ${o.out} are complete`);
  if (o.junit !== undefined) writeJUnit(o.junit, recs);
  process.stdout.write(`merged ${shards.length} shard(s), ${recs.length} claims into ${o.out}/\n`);
  return summarize(recs.map((r) => r.record));
}

if (isEntryPoint(import.meta.url)) runMain(runMerge);
