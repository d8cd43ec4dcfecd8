/**
 * # `npm run soak -- --runs 20` — the full check, again and again, under load
 *
 * Main definitions: the command `npm run soak -- --runs N [--load K] [--depth full|ci] [--jobs J]
 * [--check-args "…"]`: runs the full `check` N times, each into a fresh temporary report folder, with
 * K busy-loop processes alongside (default 1: a machine under load), and counts per run the claims
 * not judged (a worker crash or a hard timeout: `not judged …` / `timeout (not judged)`), the claims
 * whose SMT engine failed (recorded as `the SMT engine failed …`, their verdict from search and grid
 * kept), the verdicts that differ from the expected, and the exit code. Prints one line per run and
 * the totals; exit 0 iff every run judged every claim as expected.
 *
 * Implementation notes: a measurement, not a test (it takes minutes per run). The busy loops and the
 * check are this script's children and are ended by pid on exit or interrupt; the report folders are
 * removed at the end. Bad options print one line and exit 2.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { main, onInterrupt, parseIntOption, setInterruptMessage } from '../src/cli/common.js';
import { CliUsageError } from '../src/errors.js';
import { readJsonText } from '../src/util/safeJson.js';

interface RunCount {
  code: number | null;
  claims: number;
  notJudged: string[];
  engineFailed: string[];
  unexpected: string[];
  seconds: number;
}

const children = new Set<ChildProcess>();
function stopChildren(): void {
  for (const c of children) {
    try {
      c.kill('SIGTERM');
    } catch {
      /* gone */
    }
  }
}

function runCheck(out: string, args: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['--import', './scripts/tsx.mjs', 'src/cli/check.ts', '--out', out, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.add(c);
    let err = '';
    c.stderr!.on('data', (d) => (err = (err + String(d)).slice(-4000)));
    c.on('exit', (code) => {
      children.delete(c);
      if (code !== 0 && code !== 1)
        process.stderr.write(`check exited ${code}: ${err.trim().split('\n').slice(-2).join(' | ')}\n`);
      resolve(code);
    });
  });
}

function count(out: string): Omit<RunCount, 'code' | 'seconds'> {
  const j = readJsonText(join(out, 'claims.json')) as {
    claims: { id: string; verdictText: string; asExpected: boolean; smt?: { unavailable?: unknown } | null }[];
  };
  return {
    claims: j.claims.length,
    notJudged: j.claims.filter((r) => /not judged/.test(r.verdictText)).map((r) => r.id),
    engineFailed: j.claims
      .filter((r) => typeof r.smt?.unavailable === 'string' && /engine failed/.test(r.smt.unavailable))
      .map((r) => r.id),
    unexpected: j.claims.filter((r) => !r.asExpected).map((r) => r.id),
  };
}

main(async () => {
  const program = new Command()
    .name('npm run soak --')
    .exitOverride()
    .option('--runs <n>', 'number of full checks', '20')
    .option('--load <k>', 'busy-loop processes alongside', '1')
    .option('--depth <depth>', "'full' or 'ci'", 'full')
    .option('--check-args <args>', 'further options of check, space-separated', '');
  program.parse(process.argv.slice(2), { from: 'user' });
  const o = program.opts<{ runs: string; load: string; depth: string; checkArgs: string }>();
  const runs = parseIntOption('--runs', o.runs, 1, 10_000);
  const load = parseIntOption('--load', o.load, 0, 64);
  if (o.depth !== 'full' && o.depth !== 'ci')
    throw new CliUsageError(`--depth: expected 'full' or 'ci', got '${o.depth}'`);
  const extra = o.checkArgs.split(/\s+/).filter((s) => s.length > 0);
  const root = mkdtempSync(join(tmpdir(), 'pgc-soak-'));
  // SIGINT/SIGTERM: the command wrapper runs this cleanup, then exits 130/143 with one line
  onInterrupt(() => {
    stopChildren();
    rmSync(root, { recursive: true, force: true });
  });
  setInterruptMessage('the soak was stopped; its busy loops and check ended, its report folders removed');
  for (let i = 0; i < load; i++) {
    const b = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
    children.add(b);
  }
  const results: RunCount[] = [];
  try {
    for (let r = 1; r <= runs; r++) {
      const out = join(root, `reports-${r}`);
      const t0 = Date.now();
      const code = await runCheck(out, ['--depth', o.depth, ...extra]);
      const seconds = (Date.now() - t0) / 1000;
      let c: Omit<RunCount, 'code' | 'seconds'>;
      try {
        c = count(out);
      } catch {
        c = { claims: 0, notJudged: ['(no claims.json)'], engineFailed: [], unexpected: ['(no claims.json)'] };
      }
      rmSync(out, { recursive: true, force: true });
      results.push({ code, seconds, ...c });
      process.stdout.write(
        `run ${r}/${runs}: exit ${code}, ${c.claims} claims, not judged ${c.notJudged.length}${c.notJudged.length ? ` (${c.notJudged.join(', ')})` : ''}, SMT engine failed ${c.engineFailed.length}${c.engineFailed.length ? ` (${c.engineFailed.join(', ')})` : ''}, not as expected ${c.unexpected.length}${c.unexpected.length ? ` (${c.unexpected.join(', ')})` : ''}, ${seconds.toFixed(0)} s\n`,
      );
    }
  } finally {
    stopChildren();
    rmSync(root, { recursive: true, force: true });
  }
  const bad = results.filter((r) => r.code !== 0 || r.notJudged.length > 0);
  process.stdout.write(
    `\n${runs} run(s) with ${load} busy loop(s): ${results.reduce((s, r) => s + r.notJudged.length, 0)} claims not judged in ${results.filter((r) => r.notJudged.length > 0).length} run(s); SMT engine failures survived: ${results.reduce((s, r) => s + r.engineFailed.length, 0)}; runs not all as expected: ${bad.length}\n`,
  );
  return bad.length === 0 ? 0 : 1;
});
