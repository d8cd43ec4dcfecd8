/**
 * # `npm run merge -- <shard files…>` — combine sharded runs into the reports
 *
 * Checks that the shards share their settings and pattern, cover each claim at most once and
 * together form the complete set `k/n` for k = 1..n; then writes the same reports an unsharded run
 * writes (byte-identical verdict files).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { allClaims } from '../../properties/index.js';
import { SHARD_FORMAT } from './constants.js';
import type { RunRecord } from '../claims/runClaim.js';
import { writeReports } from '../report/writeReports.js';
import { main } from './common.js';
import { CliUsageError } from '../errors.js';

interface ShardFile {
  format: string;
  settings: { seed: number; depth: string; runs: number | null };
  shard: string;
  pattern: string | null;
  results: RunRecord[];
}

main(async () => {
  const program = new Command().name('npm run merge --').argument('<files...>').option('--out <dir>', 'report directory', 'reports').exitOverride();
  try {
    program.parse(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const files = program.args;
  const out = program.opts<{ out: string }>().out;
  const shards: ShardFile[] = files.map((f) => {
    let s: ShardFile;
    try {
      s = JSON.parse(readFileSync(f, 'utf8')) as ShardFile;
    } catch (e) {
      throw new CliUsageError(`${f}: cannot read shard file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (s?.format !== SHARD_FORMAT || !Array.isArray(s.results)) throw new CliUsageError(`${f}: not a shard file (format ${SHARD_FORMAT})`);
    return s;
  });
  const first = shards[0]!;
  const n = Number(first.shard.split('/')[1]);
  for (const [i, s] of shards.entries()) {
    if (JSON.stringify(s.settings) !== JSON.stringify(first.settings) || s.pattern !== first.pattern)
      throw new CliUsageError(`${files[i]}: settings differ from ${files[0]} (seed, depth, runs and --claims must match)`);
    if (Number(s.shard.split('/')[1]) !== n) throw new CliUsageError(`${files[i]}: shard ${s.shard} is not of the same n = ${n}`);
  }
  const ks = new Set(shards.map((s) => s.shard));
  if (ks.size !== shards.length) throw new CliUsageError('the same shard is given twice');
  const missing = Array.from({ length: n }, (_, k) => `${k + 1}/${n}`).filter((k) => !ks.has(k));
  if (missing.length > 0) throw new CliUsageError(`missing shard(s) ${missing.join(', ')}`);
  const recs = shards.flatMap((s) => s.results);
  const order = allClaims.map((c) => c.id);
  const unknown = recs.find((r) => !order.includes(r.id));
  if (unknown) throw new CliUsageError(`shard result for unknown claim '${unknown.id}'`);
  recs.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  await writeReports(out, recs, order, first.settings, first.pattern !== null);
  const bad = recs.filter((r) => r.record.asExpected !== true);
  process.stdout.write(`merged ${shards.length} shard(s), ${recs.length} claims into ${out}/\n${recs.length - bad.length} passed, ${bad.length} failed\n`);
  return bad.length > 0 ? 1 : 0;
});
