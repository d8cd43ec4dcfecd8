#!/usr/bin/env node
/**
 * # `npm run test:example` — the external-claims example against the packed package
 *
 * Packs this repository (`npm pack`, which builds `dist/` through `prepack`), copies
 * `examples/external-claims` into a temporary folder beside the tarball, installs the tarball there
 * (as a user of the published package would), then runs in that copy:
 *   1. `npm run check` — the example's claims through `--claims-dir claims`: exit 0, two hold,
 *      one refuted as expected with a counterexample file;
 *   2. `npm run replay` — the counterexample re-checked exactly (needs the same `--claims-dir`);
 *      the claim with a declared constant reads "tight to 1 %" with its certificate;
 *   2b. `npm run check:wrong` — the guide's worked example: a wrong claim written with the plain
 *      generators is refuted (exit 1), and `npm run replay:wrong` reproduces its counterexample;
 *   3. `npx pruning-gap-check check --claims 'relu_*'` — built-in claims from the installed package.
 * Prints one line per step and exits 1 on the first failure (0 when all pass). The temporary folder
 * is removed unless `KEEP_EXAMPLE=1`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const tmp = mkdtempSync(join(tmpdir(), 'pgc-example-'));

function step(name, cmd, args, cwd, expectCode = 0) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === expectCode;
  process.stdout.write(
    `${ok ? 'ok  ' : 'FAIL'} ${name} (exit ${r.status}, ${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  if (!ok) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${name}: expected exit ${expectCode}, got ${r.status}`);
  }
  return r.stdout;
}

function expectThat(cond, what) {
  process.stdout.write(`${cond ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!cond) throw new Error(what);
}

let code = 0;
try {
  const packOut = execFileSync(npm, ['pack', '--pack-destination', tmp, '--silent'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const tarball = packOut.trim().split('\n').pop().trim();
  expectThat(existsSync(join(tmp, tarball)), `npm pack wrote ${tarball}`);

  const app = join(tmp, 'external-claims');
  cpSync(join(root, 'examples', 'external-claims'), app, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|reports)$/.test(src),
  });
  const pkgFile = join(app, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  pkg.dependencies['pruning-gap-check'] = `file:../${tarball}`;
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');

  step('npm install (the packed tarball)', npm, ['install', '--no-audit', '--no-fund'], app);
  step('npm run check (external claims via --claims-dir)', npm, ['run', 'check'], app);
  const report = JSON.parse(readFileSync(join(app, 'reports', 'claims.json'), 'utf8'));
  const verdict = (id) => report.claims.find((c) => c.id === id)?.verdict;
  expectThat(verdict('neuron_pruned_parts_sum_to_network') === 'holds', 'neuron_pruned_parts_sum_to_network holds');
  expectThat(verdict('network_additive_in_input') === 'refuted', 'network_additive_in_input is refuted');
  expectThat(
    existsSync(join(app, 'reports', 'counterexamples', 'network_additive_in_input.json')),
    'its counterexample file is written',
  );
  const replay = step('npm run replay (same --claims-dir)', npm, ['run', 'replay'], app);
  expectThat(/reproduced/.test(replay) && !/NOT reproduced/.test(replay), 'the counterexample reproduces exactly');
  const lemma = report.claims.find((c) => c.id === 'three_point_error_ge_quarter_kink');
  expectThat(lemma?.verdict === 'holds', 'three_point_error_ge_quarter_kink holds');
  expectThat(
    lemma?.tightness?.[0]?.result === 'tight to 1 %',
    `its declared constant is tight to 1 % (got: ${lemma?.tightness?.[0]?.result})`,
  );
  expectThat(
    existsSync(join(app, 'reports', 'counterexamples', 'three_point_error_ge_quarter_kink.tight.c.json')),
    'with a certificate for c moved by 1 %',
  );
  expectThat(
    (lemma?.evidence?.boundaryHits ?? []).length > 0,
    'its evidence names the boundary structures its cases hit',
  );
  // the worked example of the guide: a wrong claim written with the plain generators is caught
  step('npm run check:wrong (a wrong claim, expected to hold: exit 1)', npm, ['run', 'check:wrong'], app, 1);
  const wrong = JSON.parse(readFileSync(join(app, 'reports-wrong', 'claims.json'), 'utf8')).claims[0];
  expectThat(wrong?.verdict === 'refuted', 'three_point_error_ge_quarter_kink_under_output_relu is refuted');
  const replayWrong = step('npm run replay:wrong', npm, ['run', 'replay:wrong'], app);
  expectThat(
    /reproduced/.test(replayWrong) && !/NOT reproduced/.test(replayWrong),
    'its counterexample reproduces exactly',
  );
  step(
    "npx pruning-gap-check check --claims 'relu_*' (built-ins from the package)",
    npx,
    ['pruning-gap-check', 'check', '--claims', 'relu_*', '--depth', 'ci', '--out', 'r-builtin'],
    app,
  );
  step('npx pruning-gap-check --help', npx, ['pruning-gap-check', '--help'], app);
  step('npx pruning-gap-check nonsense (one line, exit 2)', npx, ['pruning-gap-check', 'nonsense'], app, 2);
  process.stdout.write('example: all steps passed\n');
} catch (e) {
  process.stderr.write(`example: ${e.message}\n`);
  code = 1;
} finally {
  if (process.env.KEEP_EXAMPLE === '1') process.stdout.write(`kept ${tmp}\n`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
