/**
 * # `npm run check` — check every claim and write the reports
 *
 * Runs the selected claims on a process pool (both cores by default), shows a progress bar on a
 * terminal (plain lines otherwise), writes `reports/` atomically at the end (an interrupted run leaves
 * the previous reports intact), and exits non-zero naming every claim whose verdict is not the
 * expected one. `--shard k/n` writes `reports/shards/shard-k-of-n.json` instead, for `npm run merge`.
 */
import { Command, CommanderError } from 'commander';
import { cpus } from 'node:os';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import { allClaims } from '../../properties/index.js';
import { selectClaims, parseShard, shardOf } from '../claims/selectClaims.js';
import { claimMetadata, type RunRecord } from '../claims/runClaim.js';
import { writeReports } from '../report/writeReports.js';
import { atomicWrite } from '../report/atomicWrite.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { runPool, liveWorkers, type PoolResult } from './pool.js';
import { main, parseIntOption } from './common.js';
import { DEFAULT_SEED, SHARD_FORMAT } from './constants.js';
import { CliUsageError } from '../errors.js';
import type { Depth } from '../claims/defineClaim.js';


function failureRecord(id: string, r: Extract<PoolResult, { ok: false }>): RunRecord {
  const claim = allClaims.find((c) => c.id === id)!;
  const verdict = r.timeout ? 'timeout' : 'inconclusive';
  return {
    id,
    record: {
      ...claimMetadata(claim),
      verdict,
      asExpected: false,
      verdictText: r.timeout ? 'timeout (not judged)' : `not judged: ${r.error}`,
      evidence: { error: r.error },
      counterexample: null,
      figures: [],
    },
    counterexample: null,
    counterexamples: [],
    figures: [],
    tables: [],
    regression: null,
    ms: 0,
  };
}

main(async () => {
  const program = new Command()
    .name('npm run check --')
    .description('Check every claim of SPEC.md and write reports/')
    .option('--seed <n>', 'global seed (integer)', String(DEFAULT_SEED))
    .option('--runs <n>', 'runs per exact claim / trials per statistical claim (default: per claim)')
    .option('--claims <pattern>', 'comma-separated claim ids or globs (* wildcard)')
    .option('--shard <k/n>', 'run shard k of n and write reports/shards/shard-k-of-n.json')
    .option('--depth <depth>', "'full' (default) or 'ci'", 'full')
    .option('--budget <seconds>', 'time budget per claim in seconds', '600')
    .option('--jobs <n>', 'worker processes (default: min(2, cores))')
    .option('--out <dir>', 'report directory', 'reports')
    .option('--list', 'list the claim ids and exit')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const o = program.opts<{ seed: string; runs?: string; claims?: string; shard?: string; depth: string; budget: string; jobs?: string; out: string; list?: boolean }>();
  if (o.list) {
    for (const c of allClaims) process.stdout.write(`${c.id}\t${c.specRef}\t${c.expected}\n`);
    return 0;
  }
  const seed = parseIntOption('--seed', o.seed, 0, 2 ** 31 - 1);
  const runs = o.runs === undefined ? undefined : parseIntOption('--runs', o.runs, 1, 10_000_000);
  if (o.depth !== 'full' && o.depth !== 'ci') throw new CliUsageError(`--depth: expected 'full' or 'ci', got '${o.depth}'`);
  const depth = o.depth as Depth;
  const budgetMs = parseIntOption('--budget', o.budget, 1, 86_400) * 1000;
  const jobs = o.jobs === undefined ? Math.max(1, Math.min(2, cpus().length)) : parseIntOption('--jobs', o.jobs, 1, 64);
  const shard = o.shard === undefined ? undefined : parseShard(o.shard);
  let claims = selectClaims(allClaims, o.claims);
  if (shard) claims = shardOf(claims, shard.k, shard.n);
  const ids = claims.map((c) => c.id);

  const onSignal = (sig: string) => {
    for (const w of liveWorkers) w.kill('SIGKILL');
    process.stderr.write(`\ninterrupted (${sig}): no report was written; the previous reports are intact\n`);
    process.exit(130);
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar({ format: 'claims {bar} {value}/{total} | ETA {eta_formatted} | {claim}', hideCursor: true, etaBuffer: 5 }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(ids.length, 0, { claim: '' });
  let done = 0;
  const t0 = Date.now();
  const results = await runPool(
    ids,
    { seed, depth, runs, budgetMs },
    o.out,
    jobs,
    (id) => bar?.update(done, { claim: id }),
    (r) => {
      done++;
      const id = r.ok ? r.rec.id : r.id;
      const text = r.ok ? String(r.rec.record.verdictText) : `not judged (${r.error})`;
      if (bar) bar.update(done, { claim: id });
      else {
        const eta = done < ids.length ? `, ETA ${Math.round(((Date.now() - t0) / done) * (ids.length - done) / 1000)}s` : '';
        process.stderr.write(`[${done}/${ids.length}${eta}] ${id}: ${text}${r.ok ? ` (${(r.rec.ms / 1000).toFixed(1)}s)` : ''}\n`);
      }
    },
  );
  bar?.stop();
  const recs: RunRecord[] = results.map((r) => (r.ok ? r.rec : failureRecord(r.id, r)));
  recs.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  const settings = { seed, depth, runs: runs ?? null };
  if (shard) {
    const file = join(o.out, 'shards', `shard-${shard.k}-of-${shard.n}.json`);
    const pattern = o.claims ?? null;
    atomicWrite(file, canonicalJSON({ format: SHARD_FORMAT, settings, shard: `${shard.k}/${shard.n}`, pattern, results: recs as unknown as Json }));
    process.stdout.write(`wrote ${file} (${recs.length} claims); combine the shards with: npm run merge -- ${join(o.out, 'shards')}/shard-*-of-${shard.n}.json\n`);
  } else {
    await writeReports(o.out, recs, allClaims.map((c) => c.id), settings, o.claims !== undefined);
    process.stdout.write(`wrote ${o.out}/claims.json and ${o.out}/summary.md\n`);
  }
  const bad = recs.filter((r) => r.record.asExpected !== true);
  for (const r of recs) process.stdout.write(`${r.record.asExpected ? 'ok  ' : 'FAIL'} ${r.id}: ${r.record.verdictText}\n`);
  process.stdout.write(`${recs.length - bad.length} passed, ${bad.length} failed\n`);
  if (bad.length > 0) {
    process.stderr.write(`verdicts differ from the expected for: ${bad.map((r) => r.id).join(', ')}\n`);
    return 1;
  }
  return 0;
});
