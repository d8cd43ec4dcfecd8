/**
 * # `npm run check` — check every claim and write the reports
 *
 * Main definitions: {@link runCheck}(argv) — validates every option (and the output paths, and for
 * a partial run the existing claims.json) *before* running anything; runs the selected claims on a
 * process pool (both cores by default) with a progress bar on a terminal (plain lines otherwise);
 * writes the reports as one transaction (see `writeReports`), optionally a JUnit XML file; exits 1
 * naming every claim whose verdict is not the expected one. `--shard k/n` writes
 * `<out>/shards/shard-k-of-n.json` instead, for `npm run merge`.
 *
 * Main statements: the report folder is locked for the whole run (a second run on it stops at once
 * with one line); SIGINT/SIGTERM stop the workers and the run within a second, drop the staged
 * reports, leave the previous ones intact, and exit 130/143 with one line.
 */
import { Command } from 'commander';
import { cpus } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { loadRegistry } from '../runner/registry.js';
import { selectClaims, parseShard, shardOf } from '../runner/selectClaims.js';
import { claimMetadata, type RunRecord } from '../runner/record.js';
import type { Claim, Depth } from '../claims/defineClaim.js';
import { readExistingRecords, writeReports } from '../report/writeReports.js';
import { ReportTransaction } from '../report/transaction.js';
import { atomicWrite } from '../report/atomicWrite.js';
import type { Json } from '../claims/codec.js';
import { runPool, stopWorkers, type PoolResult } from '../runner/pool.js';
import {
  collect,
  isEntryPoint,
  onInterrupt,
  parseCommand,
  parseIntOption,
  runMain,
  setInterruptMessage,
} from './common.js';
import { DEFAULT_SEED, SHARD_FORMAT } from './constants.js';
import { listClaims, reportBrokenFiles, IMPORT_TIMEOUT_OPTION } from './list.js';
import { writeJUnit } from './junit.js';
import { SAMPLER_VERSION, useSamplerVersion } from '../random/SeededRng.js';
import { CliUsageError } from '../errors.js';

function failureRecord(claim: Claim, r: Extract<PoolResult, { ok: false }>): RunRecord {
  const verdict = r.timeout ? 'timeout' : 'inconclusive';
  return {
    id: claim.id,
    record: {
      ...claimMetadata(claim),
      verdict,
      asExpected: false,
      verdictText: r.timeout ? 'timeout (not judged)' : `not judged: ${r.error}`,
      evidence: { error: r.error },
      counterexample: null,
      figures: [],
    },
    counterexamples: [],
    figures: [],
    tables: [],
    regression: null,
    ms: 0,
  };
}

/** Throw unless `path` is absent or a folder (`what` names the option). */
function requireFolderOrAbsent(path: string, what: string): void {
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new CliUsageError(`${what}: '${path}' exists and is not a folder`);
}

/** Throw unless `file` can be written as a file (absent or a file, in a folder or a creatable path). */
function requireWritableFile(file: string, what: string): void {
  if (existsSync(file) && statSync(file).isDirectory())
    throw new CliUsageError(`${what}: '${file}' is a folder, expected a file name`);
  let d = dirname(resolve(file));
  while (!existsSync(d)) d = dirname(d);
  if (!statSync(d).isDirectory()) throw new CliUsageError(`${what}: cannot create '${file}': '${d}' is not a folder`);
}

/** `check [options]`: see the module header. */
export async function runCheck(argv: string[]): Promise<number> {
  const program = new Command()
    .name('npm run check --')
    .description('Check every claim and write the reports (claims.json, summary.md, counterexamples/, figures/)')
    .option('--seed <n>', 'global seed (integer)', String(DEFAULT_SEED))
    .option('--runs <n>', 'runs per exact claim / trials per statistical claim (default: per claim)')
    .option('--claims <pattern>', 'comma-separated claim ids or globs (* wildcard); the other records are kept')
    .option('--claims-dir <dir>', 'a folder of your own claim files (repeatable)', collect, [] as string[])
    .option('--shard <k/n>', 'run shard k of n and write <out>/shards/shard-k-of-n.json')
    .option('--depth <depth>', "'full' (default) or 'ci'", 'full')
    .option('--budget <seconds>', 'time budget per claim in seconds', '600')
    .option(
      '--smt-budget <seconds>',
      'time budget of the SMT proofs per claim in seconds, at most --budget (0: none)',
      '20',
    )
    .option(
      '--sampler <version>',
      "seed → value sampler: 2 (default) or 1 (seedrandom's xor4096, reproducible with seedrandom alone)",
      '2',
    )
    .option(
      '--jobs <n>',
      'worker processes (default: min(2, cores); 0: run the claims in this process, without the hard time limit)',
    )
    .option('--out <dir>', 'report folder', 'reports')
    .option('--junit <file>', 'also write a JUnit XML report (one test case per claim)')
    .option(...IMPORT_TIMEOUT_OPTION)
    .option('--list', 'list the claim ids and exit')
    .option('--json', 'with --list: print the claims as JSON');
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  if (parsed.args.length > 0)
    throw new CliUsageError(`unexpected argument '${parsed.args[0]}' (options start with --; see --help)`);
  const o = parsed.opts<{
    seed: string;
    runs?: string;
    claims?: string;
    claimsDir: string[];
    shard?: string;
    depth: string;
    budget: string;
    smtBudget: string;
    sampler: string;
    jobs?: string;
    out: string;
    junit?: string;
    list?: boolean;
    json?: boolean;
    importTimeout: string;
  }>();
  // every option is validated before anything runs (also with --list)
  const seed = parseIntOption('--seed', o.seed, 0, 2 ** 31 - 1);
  const runs = o.runs === undefined ? undefined : parseIntOption('--runs', o.runs, 1, 10_000_000);
  if (o.depth !== 'full' && o.depth !== 'ci')
    throw new CliUsageError(`--depth: expected 'full' or 'ci', got '${o.depth}'`);
  const depth = o.depth as Depth;
  const budgetMs = parseIntOption('--budget', o.budget, 1, 86_400) * 1000;
  // the SMT phase never gets more time than the claim itself (so --budget bounds a claim's run)
  const smtBudgetMs = Math.min(budgetMs, parseIntOption('--smt-budget', o.smtBudget, 0, 86_400) * 1000);
  const jobs = o.jobs === undefined ? Math.max(1, Math.min(2, cpus().length)) : parseIntOption('--jobs', o.jobs, 0, 64);
  const shard = o.shard === undefined ? undefined : parseShard(o.shard);
  const sampler = parseIntOption('--sampler', o.sampler, 1, 2) as 1 | 2;
  if (o.json && !o.list)
    throw new CliUsageError('--json: only with --list (the reports are JSON already: <out>/claims.json)');
  if (o.shard !== undefined && o.junit !== undefined)
    throw new CliUsageError('--junit: not with --shard (write it with merge --junit)');
  const importTimeoutMs = parseIntOption('--import-timeout', o.importTimeout, 1, 3600) * 1000;
  // a claim file that cannot be loaded costs that file only: one line each, exit 2 at the end
  const registry = await loadRegistry({ claimsDirs: o.claimsDir, tolerant: true, importTimeoutMs });
  const brokenExit = reportBrokenFiles(registry.broken);
  const all = registry.claims;
  let claims = selectClaims(all, o.claims);
  if (o.list) {
    listClaims(claims, o.json === true);
    return brokenExit(0);
  }
  requireFolderOrAbsent(o.out, '--out');
  if (o.junit !== undefined) requireWritableFile(o.junit, '--junit');
  const claimSet = claims.map((c) => c.id);
  if (shard) claims = shardOf(claims, shard.k, shard.n);
  const ids = claims.map((c) => c.id);
  const partial = o.claims !== undefined;

  let tx: ReportTransaction | undefined;
  if (shard) requireFolderOrAbsent(join(o.out, 'shards'), '--out');
  else {
    tx = ReportTransaction.begin(o.out); // the lock, held for the whole run
    onInterrupt(() => tx!.abort());
  }
  try {
    return await runLocked();
  } catch (e) {
    tx?.abort(); // drops a staged set (if any) and releases the lock; the old reports stay
    throw e;
  }

  async function runLocked(): Promise<number> {
    if (partial && !shard) readExistingRecords(o.out); // a broken claims.json is an error now, not after the run
    onInterrupt(() => stopWorkers('SIGTERM'));
    useSamplerVersion(sampler); // before the workers fork: they inherit it
    setInterruptMessage(
      shard ? 'no shard file was written' : `no report was written; the previous reports in ${o.out} are intact`,
    );

    const tty = process.stderr.isTTY === true;
    const bar = tty
      ? new cliProgress.SingleBar(
          { format: 'claims {bar} {value}/{total} | ETA {eta_formatted} | {claim}', hideCursor: true, etaBuffer: 5 },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    if (bar) onInterrupt(() => bar.stop());
    bar?.start(ids.length, 0, { claim: '' });
    let done = 0;
    const t0 = Date.now();
    const results = await runPool(
      ids,
      { opts: { seed, depth, runs, budgetMs, smtBudgetMs }, dir: o.out, claimsDirs: o.claimsDir },
      jobs,
      (id) => bar?.update(done, { claim: id }),
      (r) => {
        done++;
        const id = r.ok ? r.rec.id : r.id;
        const text = r.ok ? String(r.rec.record.verdictText) : `not judged (${r.error})`;
        if (bar) bar.update(done, { claim: id });
        else {
          const eta =
            done < ids.length ? `, ETA ${Math.round((((Date.now() - t0) / done) * (ids.length - done)) / 1000)}s` : '';
          process.stderr.write(
            `[${done}/${ids.length}${eta}] ${id}: ${text}${r.ok ? ` (${(r.rec.ms / 1000).toFixed(1)}s)` : ''}\n`,
          );
        }
      },
    );
    bar?.stop();
    const byId = new Map(claims.map((c) => [c.id, c]));
    const recs: RunRecord[] = results.map((r) => (r.ok ? r.rec : failureRecord(byId.get(r.id)!, r)));
    recs.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const settings = { seed, depth, runs: runs ?? null, samplerVersion: SAMPLER_VERSION };
    if (shard) {
      const file = join(o.out, 'shards', `shard-${shard.k}-of-${shard.n}.json`);
      const pattern = o.claims ?? null;
      // not canonicalJSON: the figure specs keep their key order, so that merge writes the same
      // figures/*.vl.json bytes as an unsharded run (the checksums of embedded files are order-free)
      atomicWrite(
        file,
        JSON.stringify(
          {
            format: SHARD_FORMAT,
            settings,
            shard: `${shard.k}/${shard.n}`,
            pattern,
            claimSet,
            results: recs as unknown as Json,
          },
          null,
          2,
        ) + '\n',
      );
      setInterruptMessage(`the shard file ${file} is complete`);
      process.stdout.write(
        `wrote ${file} (${recs.length} claims); combine the shards with: npm run merge -- ${join(o.out, 'shards')}/shard-*-of-${shard.n}.json\n`,
      );
    } else {
      await writeReports(
        o.out,
        recs,
        all.map((c) => c.id),
        settings,
        { keepOthers: partial, transaction: tx!, onFigureWarning: figureWarning },
      );
      setInterruptMessage(`the new reports in ${o.out} are complete`);
      process.stdout.write(`wrote ${o.out}/claims.json and ${o.out}/summary.md\n`);
    }
    if (o.junit !== undefined) writeJUnit(o.junit, recs);
    return brokenExit(summarize(recs.map((r) => r.record)), true);
  }
}

/** A figure renderer's warning, as one line of the tool's own on stderr (the figure is still written). */
export function figureWarning(line: string): void {
  process.stderr.write(`figure ${line.split('\n')[0]}\n`);
}

/** Print one line per claim and the totals; 1 if a verdict differs from the expected. */
export function summarize(records: readonly { readonly [k: string]: Json }[]): number {
  const bad = records.filter((r) => r.asExpected !== true);
  for (const r of records)
    process.stdout.write(`${r.asExpected ? 'ok  ' : 'FAIL'} ${String(r.id)}: ${String(r.verdictText)}\n`);
  process.stdout.write(`${records.length - bad.length} passed, ${bad.length} failed\n`);
  if (bad.length > 0) {
    process.stderr.write(`verdicts differ from the expected for: ${bad.map((r) => String(r.id)).join(', ')}\n`);
    return 1;
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runCheck);
