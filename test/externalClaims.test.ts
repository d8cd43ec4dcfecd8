/**
 * An external claims folder (test/fixtures/external-claims, written only against the public API)
 * gets the built-in evidence columns, and a broken file costs that file only:
 * - hypothesis counting: n counts the cases that met the hypothesis; the health check "filtered too
 *   much" for a hypothesis met by about one draw in 10 000;
 * - boundary hits of the generator's tags, tightness of a declared constant, the exhaustive grid,
 *   and the SMT ladder through the sibling `<id>.smt.ts` (attached by the registry);
 * - isolation: a plain object, a definition that throws, a missing export, a module that loops at
 *   import and a symlink loop are one error line each; the other claims are listed and run; the
 *   exit code is 2; SIGTERM to the process group while a module loops at import ends npm and node.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRegistry, ClaimRegistryError } from '../src/runner/registry.js';
import { runClaim } from '../src/runner/runClaim.js';
import type { ExactClaim } from '../src/claims/defineClaim.js';
import { liftClaim, runAutoSmt } from '../src/runner/smtLift.js';
import { q, type Rational } from '../src/exact/Rational.js';
import { rel } from '../src/claims/Relation.js';
import { removeTempDirs, tempDir } from './tempDir.js';

afterAll(removeTempDirs);

const FIXTURE = resolve('test/fixtures/external-claims');
const TSX_CLI = ['--import', 'tsx', resolve('src/cli/main.ts')];

/** A folder with a module that loops forever at import and a claim file that is a symlink loop. */
function hostileFolder(): string {
  const dir = tempDir('pgc-hostile-');
  writeFileSync(join(dir, 'loops_at_import.ts'), 'while (true) {}\nexport default {};\n');
  symlinkSync('loop_link.ts', join(dir, 'loop_link.ts'));
  return dir;
}

describe('an external claims folder (public API only)', async () => {
  const registry = await loadRegistry({ claimsDirs: [FIXTURE], builtins: false, tolerant: true });
  const byId = (id: string) => registry.claims.find((c) => c.id === id) as ExactClaim;

  it('a broken file costs that file only: one line naming the file and the cause', () => {
    const ids = registry.claims.map((c) => c.id);
    expect(ids).toContain('ext_sum_of_squares_ge_twice_product');
    expect(ids).toContain('ext_rarely_met_hypothesis');
    const broken = new Map(registry.broken.map((b) => [b.file, b.error]));
    expect(broken.get(join(FIXTURE, 'broken_plain_object.ts'))).toMatch(
      /broken_plain_object\.ts' must default-export defineClaim\(\{ … \}\): defineClaim\(broken_plain_object\): parameter 'paperRef'/,
    );
    expect(broken.get(join(FIXTURE, 'broken_throws_while_defined.ts'))).toMatch(
      /broken_throws_while_defined\.ts'.*numRuns/,
    );
    for (const b of registry.broken) expect(b.error).not.toContain('\n');
    // node's ESM loader rejects the missing export; vitest's module runner reads it as undefined
    expect(registry.claims.length + registry.broken.length).toBe(6);
    expect(registry.files.ext_rarely_met_hypothesis).toBe(join(FIXTURE, 'ext_rarely_met_hypothesis.ts'));
  });

  it('without isolation the first broken file is the error (replay, merge, the blueprint)', async () => {
    await expect(loadRegistry({ claimsDirs: [FIXTURE], builtins: false })).rejects.toBeInstanceOf(ClaimRegistryError);
  });

  it('the SMT file beside an external claim is attached by the registry', () => {
    const c = byId('ext_sum_of_squares_ge_twice_product');
    expect(c.smt?.summary).toBe('x, y > 0 ∧ x² + y² < 2xy');
    expect(c.smt?.ladder).toEqual(['x,y']);
    expect(byId('ext_rarely_met_hypothesis').smt).toBeUndefined();
  });

  it('an external claim gets hypothesis counts, boundary hits, the grid, tightness and the SMT ladder', async () => {
    const r = await runClaim(byId('ext_sum_of_squares_ge_twice_product'), {
      seed: 7,
      depth: 'ci',
      budgetMs: 120_000,
      smtBudgetMs: 60_000,
    });
    expect(r.record.verdict).toBe('holds');
    const ev = r.record.evidence as {
      numRuns: number;
      hypothesis: { met: number; draws: number; filteredTooMuch: boolean };
      boundaryHits: { label: string; cases: number }[];
      exhaustive: { inputs: number; complete: boolean; met: number };
    };
    expect(ev.numRuns).toBe(40);
    expect(ev.hypothesis.met).toBe(40);
    expect(ev.hypothesis.draws).toBeGreaterThan(40);
    expect(ev.hypothesis.filteredTooMuch).toBe(false);
    const diag = ev.boundaryHits.find((b) => b.label === 'diagonal x = y');
    expect(diag?.cases).toBeGreaterThan(0);
    expect(diag!.cases).toBeLessThan(40);
    expect(ev.exhaustive).toMatchObject({ inputs: 36, complete: true, met: 16 });
    const t = (r.record.tightness as { name: string; result: string; counterexample: string }[])[0]!;
    expect(t).toMatchObject({
      name: 'c',
      result: 'tight to 1 %',
      counterexample: 'counterexamples/ext_sum_of_squares_ge_twice_product.tight.c.json',
    });
    // the certificate of the tightness probe is on the grid's diagonal: x = y
    const cert = r.counterexamples.find((f) => f.name === 'ext_sum_of_squares_ge_twice_product.tight.c')!.file;
    expect(cert.source).toBe('exhaustive');
    const smt = JSON.stringify(r.record.smt);
    expect(smt).toContain('"proved"');
    expect(smt).toContain('x,y');
  });

  it('a claim without an SMT file gets the automatic lift: proofs on the branch paths of sample cases', async () => {
    const r = await runClaim(byId('ext_abs_triangle'), { seed: 7, depth: 'ci', budgetMs: 60_000, smtBudgetMs: 60_000 });
    expect(r.record.verdict).toBe('holds');
    const smt = r.record.smt as { summary: string; ladder: { shape: string; result: string; note: string }[] };
    expect(smt.ladder.length).toBeGreaterThanOrEqual(2);
    for (const e of smt.ladder) expect(e).toMatchObject({ result: 'proved' });
    expect(smt.summary).toMatch(/^automatic lift \(no SMT file\): proved on (\d) of \1 branch path\(s\)/);
    // a false claim's satisfiable path is reported, never turned into a refutation by the lift:
    // x·y ≤ x² has no branch, holds at (2, 1), fails at (1, 2)
    const liar = {
      ...byId('ext_abs_triangle'),
      id: 'ext_liar',
      check: ({ x, y }: { x: Rational; y: Rational }) => [rel('x·y', x.mul(y), '<=', 'x²', x.mul(x))],
    };
    const lifted = liftClaim(liar as ExactClaim, [
      { x: q(1), y: q(2) },
      { x: q(2), y: q(1) },
    ]);
    expect(lifted.paths).toHaveLength(1); // the first sample violates the claim: not a case to lift
    expect(lifted.paths[0]!.conditions).toEqual([]);
    const auto = await runAutoSmt(liar as ExactClaim, { seed: 7, budgetMs: 60_000 });
    const ladder = (auto.record as { ladder: { result: string; note: string }[] }).ladder;
    expect(ladder.length).toBeGreaterThan(0);
    for (const e of ladder) expect(e.result).toBe('sat (not a verdict)');
    expect(ladder[0]!.note).toMatch(/exact check fails at a real point/);
    expect(liftClaim(byId('ext_rarely_met_hypothesis'), [4242]).why).toBe('the input has no Rational entry');
  });

  it('a hypothesis that filters too much reads "inconclusive (filtered too much: k of m draws …)", never holds', async () => {
    const r = await runClaim(byId('ext_rarely_met_hypothesis'), { seed: 7, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('inconclusive');
    const h = (
      r.record.evidence as { hypothesis: { met: number; draws: number; maxDraws: number; filteredTooMuch: boolean } }
    ).hypothesis;
    expect(h.filteredTooMuch).toBe(true);
    expect(h.maxDraws).toBe(200);
    expect(h.draws).toBe(h.met + 180);
    expect(r.record.verdictText).toBe(
      `inconclusive (filtered too much: ${h.met} of ${h.draws} draws met the hypothesis)`,
    );
  });
});

describe('check with broken external files (a spawned process)', () => {
  it('runs every other claim, prints one line per broken file and exits 2', () => {
    const hostile = hostileFolder();
    const out = tempDir('pgc-ext-out-');
    try {
      const r = spawnSync(
        process.execPath,
        [
          ...TSX_CLI,
          'check',
          '--claims-dir',
          FIXTURE,
          '--claims-dir',
          hostile,
          '--claims',
          'ext_*',
          '--depth',
          'ci',
          '--smt-budget',
          '0',
          '--jobs',
          '0',
          '--import-timeout',
          '3',
          '--out',
          join(out, 'reports'),
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );
      expect(r.status).toBe(2);
      const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors).toHaveLength(5);
      for (const name of [
        'broken_plain_object.ts',
        'broken_throws_while_defined.ts',
        'broken_missing_export.ts',
        'loops_at_import.ts',
        'loop_link.ts',
      ])
        expect(errors.filter((l) => l.includes(name))).toHaveLength(1);
      expect(errors.find((l) => l.includes('broken_missing_export.ts'))).toMatch(
        /does not provide an export named 'enclosureOfOneMinusPowThatDoesNotExist'/,
      );
      expect(errors.find((l) => l.includes('loops_at_import.ts'))).toMatch(
        /loops_at_import\.ts' did not finish importing within 3 s/,
      );
      expect(errors.find((l) => l.includes('loop_link.ts'))).toMatch(/loop_link\.ts': cannot read it: ELOOP/);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(r.stderr).toMatch(/5 claim file\(s\) not loaded \(the other claims ran\)/);
      expect(r.stdout).toContain('ok   ext_sum_of_squares_ge_twice_product: holds (40 of ');
      expect(r.stdout).toMatch(
        /FAIL ext_rarely_met_hypothesis: inconclusive \(filtered too much: \d+ of \d+ draws met the hypothesis\)/,
      );
      const claims = JSON.parse(readFileSync(join(out, 'reports', 'claims.json'), 'utf8')) as {
        claims: {
          id: string;
          tightness: { result: string }[] | null;
          evidence: { exhaustive?: { complete: boolean } };
        }[];
      };
      expect(claims.claims.map((c) => c.id)).toEqual(
        expect.arrayContaining(['ext_sum_of_squares_ge_twice_product', 'ext_rarely_met_hypothesis']),
      );
      // --claims-dir: the tightness and grid columns of the external claim are filled
      const ext = claims.claims.find((c) => c.id === 'ext_sum_of_squares_ge_twice_product')!;
      expect(ext.tightness?.[0]?.result).toBe('tight to 1 %');
      expect(ext.evidence.exhaustive?.complete).toBe(true);
    } finally {
      rmSync(hostile, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('SIGTERM to the process group while a claim module loops at import ends npm and node', async () => {
    const hostile = hostileFolder();
    const out = tempDir('pgc-ext-out-');
    const npm: ChildProcess = spawn(
      'npm',
      [
        'run',
        '--silent',
        'check',
        '--',
        '--claims-dir',
        hostile,
        '--import-timeout',
        '600',
        '--out',
        join(out, 'reports'),
      ],
      {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    npm.stderr!.on('data', (d) => (err += String(d)));
    const group = () => spawnSync('ps', ['-o', 'pid=,args=', '-g', String(npm.pid)], { encoding: 'utf8' }).stdout;
    try {
      const exited = new Promise<number | null>((r) => npm.once('exit', (code) => r(code)));
      // wait until the import check's child is importing (the module loops there)
      for (let i = 0; i < 600 && !group().includes('importProbe'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(group()).toContain('importProbe');
      await new Promise((r) => setTimeout(r, 1000));
      const t0 = Date.now();
      process.kill(-npm.pid!, 'SIGTERM');
      const code = await exited;
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(code).toBe(143);
      for (let i = 0; i < 50 && group().trim() !== ''; i++) await new Promise((r) => setTimeout(r, 100));
      expect(group().trim()).toBe('');
      expect(err).toMatch(/interrupted \(SIGTERM\)/);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        /* the group has exited */
      }
      rmSync(hostile, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
