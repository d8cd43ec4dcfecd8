/**
 * # `npm run seed-sweep` — how often does each claim reach its expected verdict over seeds?
 *
 * Main definitions: the command `npm run seed-sweep -- --depth ci --seeds 20 --claims 'p*,v3.*'`, which
 * runs every selected claim with the global seeds s₀, s₀ + 1, …, s₀ + S − 1 (s₀ = `--first-seed`,
 * default the suite's default seed; the per-claim seed is derived from each global seed by
 * `claimSeed`, exactly as `npm run check` does) and prints a markdown table: per claim, the number of
 * seeds with the expected verdict out of the seeds run, the other verdicts with their seeds, the mean
 * time per run, and the stated power of its statistical tests at that depth (the largest detectable
 * relative deviation over its sampled tests, and over its proportion tests only).
 *
 * Implementation notes: this is a measurement, not a test — nothing here asserts a speed or a
 * count; the targets (≥ 19 of 20 seeds at CI depth, 20 of 20 at the default depth) are read
 * off the table. Claims run one after the other in this process (the machine's cores are shared);
 * `--out` also writes the table to a file (atomically). Bad options print one line and exit 2.
 *
 * References: issue 9 (stated power, seed sweeps).
 */
import { Command, CommanderError } from 'commander';
import { loadClaims } from '../src/runner/registry.js';
import { selectClaims } from '../src/runner/selectClaims.js';
import { runClaim } from '../src/runner/runClaim.js';
import { main, parseIntOption } from '../src/cli/common.js';
import { DEFAULT_SEED } from '../src/cli/constants.js';
import { atomicWrite } from '../src/report/atomicWrite.js';
import { CliUsageError } from '../src/errors.js';
import type { Depth } from '../src/claims/defineClaim.js';

interface TestJson {
  method?: string;
  power?: { detectableRelDeviation?: string | null } | null;
}

/** One row of the table. */
interface Row {
  id: string;
  expected: string;
  ok: number;
  runs: number;
  others: string[];
  ms: number;
  worstPower: string;
  worstProportionPower: string;
}

function worst(tests: readonly TestJson[], filter: (t: TestJson) => boolean): string {
  let w: number | null = null;
  let none = false;
  for (const t of tests) {
    if (!filter(t) || !t.power) continue;
    const d = t.power.detectableRelDeviation;
    if (d === null || d === undefined) none = true;
    else w = Math.max(w ?? 0, Number(d));
  }
  if (none) return 'none at this n (some test)';
  return w === null ? '—' : String(w);
}

main(async () => {
  const program = new Command()
    .name('npm run seed-sweep --')
    .description('Run claims over several global seeds and tabulate how often each reaches its expected verdict')
    .option('--depth <depth>', "'ci' or 'full'", 'ci')
    .option('--seeds <n>', 'number of global seeds', '20')
    .option('--first-seed <n>', 'the first global seed', String(DEFAULT_SEED))
    .option('--claims <pattern>', 'comma-separated claim ids or globs (default: every statistical claim)')
    .option('--budget <seconds>', 'time budget per claim run in seconds', '600')
    .option('--out <file>', 'also write the markdown table to this file')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const o = program.opts<{
    depth: string;
    seeds: string;
    firstSeed: string;
    claims?: string;
    budget: string;
    out?: string;
  }>();
  if (o.depth !== 'ci' && o.depth !== 'full')
    throw new CliUsageError(`--depth: expected 'full' or 'ci', got '${o.depth}'`);
  const depth = o.depth as Depth;
  const seeds = parseIntOption('--seeds', o.seeds, 1, 1000);
  const first = parseIntOption('--first-seed', o.firstSeed, 0, 2 ** 31 - 1 - seeds);
  const budgetMs = parseIntOption('--budget', o.budget, 1, 86_400) * 1000;
  const allClaims = await loadClaims();
  const claims =
    o.claims === undefined ? allClaims.filter((c) => c.kind === 'statistical') : selectClaims(allClaims, o.claims);
  const rows: Row[] = [];
  for (const claim of claims) {
    const row: Row = {
      id: claim.id,
      expected: claim.expected,
      ok: 0,
      runs: 0,
      others: [],
      ms: 0,
      worstPower: '—',
      worstProportionPower: '—',
    };
    for (let s = first; s < first + seeds; s++) {
      const r = await runClaim(claim, { seed: s, depth, budgetMs });
      const verdict = String(r.record.verdict);
      const asExpected = verdict === claim.expected || (claim.expected === 'open' && verdict === 'open');
      row.runs++;
      row.ms += r.ms;
      if (asExpected) row.ok++;
      else row.others.push(`${s}: ${verdict}`);
      if (s === first) {
        const tests = ((r.record.evidence as { tests?: TestJson[] } | null)?.tests ?? []) as TestJson[];
        row.worstPower = worst(tests, (t) => !String(t.method ?? '').startsWith('exact'));
        row.worstProportionPower = worst(tests, (t) => String(t.method ?? '') === 'Clopper–Pearson');
      }
      process.stderr.write(`${claim.id} seed ${s}: ${verdict}${asExpected ? '' : ' (NOT as expected)'} (${r.ms} ms)\n`);
    }
    rows.push(row);
  }
  const lines = [
    `Seed sweep at depth \`${depth}\`: global seeds ${first}…${first + seeds - 1} (per-claim seeds by claimSeed).`,
    '',
    '| claim | expected | expected verdict / seeds | other verdicts (global seed: verdict) | mean time per run | largest detectable rel. deviation (power 9/10), sampled tests | same, Clopper–Pearson tests |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| \`${r.id}\` | ${r.expected} | ${r.ok}/${r.runs} | ${r.others.join(', ') || '—'} | ${(r.ms / Math.max(1, r.runs) / 1000).toFixed(1)} s | ${r.worstPower} | ${r.worstProportionPower} |`,
    ),
    '',
  ];
  const md = lines.join('\n');
  process.stdout.write(md);
  if (o.out) atomicWrite(o.out, md);
  return rows.every((r) => r.ok === r.runs) ? 0 : 1;
});
