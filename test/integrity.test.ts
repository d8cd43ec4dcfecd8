/**
 * Integrity under hostile files and odd surroundings — each case of the issue's measured failures,
 * as a test that fails on the code before the fix:
 * - `--out` on a folder that is not a report folder is refused (one line, exit 2, nothing touched);
 *   inside a report folder, files the tool did not write survive a new run (the folder's mark);
 * - one safe JSON reader: a `"__proto__"` key added to a stored input changes the checksum; no other
 *   `JSON.parse` of file content in `src/`;
 * - `merge` re-checks every record against the claim loaded now and every embedded checksum;
 * - names of files written under `--out` are plain file names (one check for every writer);
 * - a statistical claim whose experiment returns no tests never reads "holds";
 * - `chain` stops within moments of SIGINT/SIGTERM (130/143, one line); output that cannot be
 *   written is exit 74 and one line; the npm scripts work with an unusable TMPDIR;
 * - `merge` of shards writes the same bytes as an unsharded run (figure specs included);
 * - `replay` of a bad input with a valid checksum prints only the error;
 * - `subset_sum_covering` holds at CI depth with the seed that flipped it (no R² cut);
 * - a crash of the SMT engine fails only the SMT phase, which is retried on a fresh engine.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { callCommand } from './callCommand.js';
import { runCheck } from '../src/cli/check.js';
import { runMerge } from '../src/cli/merge.js';
import { runReplay } from '../src/cli/replay.js';
import { canonicalJSON, decodeExact, sha256, type Json } from '../src/claims/codec.js';
import { makeCounterexampleFile, parseCounterexample } from '../src/claims/counterexampleFile.js';
import { parseJsonText } from '../src/util/safeJson.js';
import { isPlainFileName, requirePlainFileName } from '../src/report/fileName.js';
import { MARKER_FILE, readMarker } from '../src/report/marker.js';
import { shardOf } from '../src/runner/selectClaims.js';
import { SHARD_FORMAT } from '../src/schema/formats.js';
import { loadClaims } from '../src/runner/registry.js';
import { runClaim } from '../src/runner/runClaim.js';
import { failRunningSmtPhase, runSmtPhase } from '../src/runner/smtPhase.js';
import { CliUsageError } from '../src/errors.js';
import { shutdownZ3, z3Generation } from '../src/smt/z3Context.js';
import { cliCommand } from './builtPackage.js';
import { removeTempDirs, tempDir } from './tempDir.js';

afterAll(removeTempDirs);
afterAll(shutdownZ3);

/** Run a command in-process through the CLI's wrapper, capturing stdout and stderr. */
const call = callCommand;

function expectOneLine(r: { code: number | null; err: string }, msg: RegExp, code = 2): void {
  expect(r.code, r.err).toBe(code);
  const lines = r.err.trim().split('\n');
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(msg);
}

/** Every file under `dir` with its content, as path → bytes (hex of sha256). */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) Object.assign(out, snapshot(p, `${prefix}${e}/`));
    else out[`${prefix}${e}`] = sha256(readFileSync(p, 'latin1'));
  }
  return out;
}

const FAST = ['--claims', 'relu_sub_relu_neg', '--runs', '120', '--smt-budget', '0', '--jobs', '0', '--depth', 'ci'];

describe('report folders: refuse what is not ours, never touch what we did not write', () => {
  it('--out on a non-empty folder that is not a report folder: one line, exit 2, every file as it was', async () => {
    const out = tempDir('int-foreign-');
    mkdirSync(join(out, 'figures'));
    writeFileSync(join(out, 'figures', 'plot.png'), 'PNG');
    writeFileSync(join(out, 'summary.md'), '# my notes\n');
    writeFileSync(join(out, 'notes.txt'), 'keep me\n');
    const before = snapshot(out);
    expectOneLine(
      await call(runCheck, [...FAST, '--out', out]),
      /--out '.*' is a non-empty folder that is not a report folder of this tool/,
    );
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith(`.${out.split('/').pop()}.`))).toEqual([]);
  });

  it('a report folder carries its mark; files the tool did not write survive the next run', async () => {
    const out = join(tempDir('int-ours-'), 'reports');
    const first = await call(runCheck, [...FAST, '--out', out]);
    expect(first.code, first.err).toBe(0);
    const listed = readMarker(out);
    expect(listed).toContain('claims.json');
    expect(listed).toContain('summary.md');
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    mkdirSync(join(out, 'figures'), { recursive: true });
    writeFileSync(join(out, 'figures', 'plot.png'), 'PNG');
    const manifest = readFileSync(join(out, 'claims.json'), 'utf8');
    const second = await call(runCheck, [...FAST, '--out', out]);
    expect(second.code, second.err).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(out, 'figures', 'plot.png'), 'utf8')).toBe('PNG');
    expect(readMarker(out)).not.toContain('figures/plot.png');
    expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(manifest);
    expect(readFileSync(join(out, MARKER_FILE), 'utf8')).toBe(
      canonicalJSON({ format: 'pruning-gap-check/report-folder@1', files: listed! }),
    );
  });
});

describe('one safe JSON reader', () => {
  const cex = 'reports/counterexamples/network_homogeneous_of_negative_scale.json';

  it('a "__proto__" key added inside input, checksum not recomputed: replay exit 2, checksum mismatch', async () => {
    const dir = tempDir('int-proto-');
    const text = readFileSync(cex, 'utf8');
    const edited = text.replace('"input": {', '"input": {\n    "__proto__": { "polluted": true },');
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, 'proto.json'), edited);
    expectOneLine(await call(runReplay, [join(dir, 'proto.json')]), /checksum mismatch/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parsing, the canonical form and the decoder keep "__proto__", "constructor" and "prototype" as own data', () => {
    const v = parseJsonText('{"a":{"__proto__":{"x":1},"constructor":2,"prototype":3}}') as Record<
      string,
      Record<string, Json>
    >;
    expect(Object.getPrototypeOf(v.a)).toBe(Object.prototype);
    expect(Object.keys(v.a!)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(canonicalJSON(v)).toContain('"__proto__"');
    const d = decodeExact(v as Json) as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(d.a!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(d.a)).toBe(Object.prototype);
    expect((d.a as { x?: unknown }).x).toBeUndefined();
    // a file whose checksum covers the key verifies, and keeps it
    const file = makeCounterexampleFile({
      claim: 'x',
      expected: 'holds',
      source: 'fast-check',
      seed: 1,
      path: null,
      input: v as Json,
      violated: {},
      relations: [],
      note: null,
    });
    const back = parseCounterexample(canonicalJSON(file as unknown as Json), 'f');
    expect(canonicalJSON(back.input)).toContain('__proto__');
  });

  it('no JSON.parse of file content in src/ outside the one reader', () => {
    const hits: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (
          /\.(ts|mts|js|mjs)$/.test(e) &&
          p !== join('src', 'util', 'safeJson.ts') &&
          !p.startsWith(join('src', 'generated'))
        )
          for (const [i, l] of readFileSync(p, 'utf8').split('\n').entries())
            if (/JSON\.parse\(/.test(l)) hits.push(`${p}:${i + 1}`);
      }
    };
    walk('src');
    expect(hits).toEqual([]);
  });
});

describe('merge trusts nothing it can re-check', () => {
  const manifest = JSON.parse(readFileSync('reports/claims.json', 'utf8')) as {
    settings: Json;
    claims: Record<string, Json>[];
  };
  const ids = manifest.claims.map((c) => c.id as string);
  const owned = (id: string) =>
    readdirSync('reports/counterexamples')
      .filter((f) => f === `${id}.json` || f.startsWith(`${id}.`))
      .sort();
  /** A shard as check writes it, rebuilt from the committed reports (records, files and figure specs). */
  function shard(k: number, n: number): { results: Record<string, Json>[] } & Record<string, Json> {
    const mine = shardOf(ids, k, n);
    return {
      format: SHARD_FORMAT,
      settings: manifest.settings,
      shard: `${k}/${n}`,
      pattern: null,
      claimSet: ids,
      results: manifest.claims
        .filter((c) => mine.includes(c.id as string))
        .map((record) => ({
          id: record.id!,
          record: structuredClone(record),
          counterexamples: owned(record.id as string).map((f) => ({
            name: f.slice(0, -'.json'.length),
            file: JSON.parse(readFileSync(join('reports/counterexamples', f), 'utf8')) as Json,
          })),
          figures: (record.figures as string[]).map((p) => ({
            name: p.slice('figures/'.length, -'.svg'.length),
            title: '',
            spec: JSON.parse(readFileSync(join('reports', p.replace(/\.svg$/, '.vl.json')), 'utf8')) as Json,
          })),
          tables: [],
          ms: 0,
        })),
    };
  }
  const edit = (dir: string, name: string, f: (r: Record<string, Json>) => void, id: string): string[] => {
    const s1 = shard(1, 2),
      s2 = shard(2, 2);
    const r = [...s1.results, ...s2.results].find((x) => x.id === id)!;
    f(r);
    const p1 = join(dir, `${name}-1.json`),
      p2 = join(dir, `${name}-2.json`);
    writeFileSync(p1, canonicalJSON(s1));
    writeFileSync(p2, canonicalJSON(s2));
    return [p1, p2];
  };
  const rec = (r: Record<string, Json>) => r.record as Record<string, Json>;
  it.each<[string, string, (r: Record<string, Json>) => void, RegExp]>([
    [
      'expected, verdict and asExpected edited to refuted/refuted/true for a claim that holds',
      'relu_sub_relu_neg',
      (r) => Object.assign(rec(r), { expected: 'refuted', verdict: 'refuted', asExpected: true }),
      /record 'relu_sub_relu_neg': its 'expected' "refuted" differs from the claim's "holds"/,
    ],
    [
      'asExpected true for a verdict that is not the expected one',
      'relu_sub_relu_neg',
      (r) => Object.assign(rec(r), { verdict: 'refuted', asExpected: true }),
      /record 'relu_sub_relu_neg': asExpected is true, but verdict 'refuted' against the expected 'holds' gives false/,
    ],
    [
      'asExpected false for the expected verdict',
      'relu_sub_relu_neg',
      (r) => Object.assign(rec(r), { asExpected: false }),
      /asExpected is false/,
    ],
    [
      'kind edited',
      'relu_sub_relu_neg',
      (r) => Object.assign(rec(r), { kind: 'exact-witness' }),
      /its 'kind' "exact-witness" differs/,
    ],
    [
      'an embedded counterexample edited, checksum not recomputed',
      'network_homogeneous_of_negative_scale',
      (r) => {
        const c = (r.counterexamples as { file: Record<string, Json> }[])[0]!;
        c.file = parseJsonText(JSON.stringify(c.file).replace('"-', '"-1')) as Record<string, Json>;
      },
      /record 'network_homogeneous_of_negative_scale', counterexample 'network_homogeneous_of_negative_scale': checksum mismatch/,
    ],
    [
      'a counterexample path with no file behind it',
      'relu_sub_relu_neg',
      (r) => Object.assign(rec(r), { counterexample: 'counterexamples/relu_sub_relu_neg.json' }),
      /its counterexample .* does not match the files it carries/,
    ],
    [
      'a counterexample file of another claim',
      'network_homogeneous_of_negative_scale',
      (r) => {
        const c = (r.counterexamples as { file: Record<string, Json> }[])[0]!;
        const { sha256: _s, ...rest } = c.file;
        c.file = {
          ...rest,
          claim: 'relu_sub_relu_neg',
          sha256: sha256(canonicalJSON({ ...rest, claim: 'relu_sub_relu_neg' })),
        };
      },
      /the file is of claim 'relu_sub_relu_neg'/,
    ],
  ])('%s: exit 2 naming the shard and the record', async (name, id, f, msg) => {
    const dir = tempDir('int-merge-');
    const out = join(dir, 'reports');
    const files = edit(dir, name.replace(/\W+/g, '_').slice(0, 40), f, id);
    const r = await call(runMerge, [...files, '--out', out]);
    expectOneLine(r, msg);
    expect(r.err).toMatch(/-[12]\.json: record '/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('names and empty experiments of claims from outside', () => {
  const defineClaimUrl = pathToFileURL(resolve('src/claims/defineClaim.ts')).href;
  const statClaim = (id: string, run: string) => `import { defineClaim } from ${JSON.stringify(defineClaimUrl)};
export default defineClaim({
  id: '${id}', specRef: 'test', paperRef: null, versions: ['v1'], readings: ['A1'], kind: 'statistical', alpha: '1/1000',
  statement: 'A test claim of the integrity tests, judged by its experiment.', hypotheses: 'None at all.', domain: 'No domain: the experiment is fixed.',
  proofSketch: 'Nothing to prove: the test looks at how the runner treats the outcome.', uses: [], expected: 'holds', smtNote: 'Not encoded: a test claim.',
  check: () => [],
  run: ${run},
});
`;

  it.each(['../../../../ESCAPED', '..', '.hidden', 'a/b', 'a\\b', '', 'x'.repeat(201), 'nul\0x'])(
    '%j is not a plain file name',
    (n) => {
      expect(isPlainFileName(n)).toBe(false);
      expect(() => requirePlainFileName(n, 'figure')).toThrow(CliUsageError);
    },
  );
  it.each(['subset_sum_covering', 'v2.weight_upper_bound@A2.tight.c', 'a-b_c=1+2'])('%j is a plain file name', (n) =>
    expect(isPlainFileName(n)).toBe(true),
  );

  it("a statistical claim's figure named '../../../../ESCAPED': one line, exit 2, nothing written anywhere", async () => {
    const root = tempDir('int-escape-');
    const dir = join(root, 'a', 'b', 'c', 'claims');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'escaping_figure.mjs'),
      statClaim(
        'escaping_figure',
        `() => ({ tests: [], figures: [{ name: '../../../../ESCAPED', title: 't', spec: { mark: 'point' } }] })`,
      ),
    );
    const out = join(root, 'a', 'b', 'c', 'out', 'reports');
    const r = await call(runCheck, [
      '--claims-dir',
      dir,
      '--claims',
      'escaping_figure',
      '--jobs',
      '0',
      '--out',
      out,
      '--smt-budget',
      '0',
    ]);
    // the run's progress line, then the one error line
    expectOneLine(
      {
        code: r.code,
        err: r.err
          .split('\n')
          .filter((l) => !/^\[\d+\/\d+\]/.test(l))
          .join('\n'),
      },
      /figure of claim 'escaping_figure': "..\/..\/..\/..\/ESCAPED" is not a plain file name/,
    );
    const all = spawnSync('find', [root], { encoding: 'utf8' }).stdout;
    expect(all).not.toMatch(/ESCAPED/);
    expect(existsSync(out)).toBe(false);
  });

  it('a statistical claim whose experiment returns no tests is inconclusive (nothing judged), exit 1', async () => {
    const dir = tempDir('int-empty-');
    mkdirSync(join(dir, 'claims'));
    writeFileSync(join(dir, 'claims', 'judges_nothing.mjs'), statClaim('judges_nothing', '() => ({ tests: [] })'));
    const out = join(dir, 'reports');
    const r = await call(runCheck, [
      '--claims-dir',
      join(dir, 'claims'),
      '--claims',
      'judges_nothing',
      '--jobs',
      '0',
      '--out',
      out,
      '--smt-budget',
      '0',
    ]);
    expect(r.code, r.err).toBe(1);
    expect(r.out).toMatch(/FAIL judges_nothing: inconclusive \(the experiment returned no tests: nothing was judged\)/);
    const rec = (
      JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')) as {
        claims: { id: string; verdict: string; asExpected: boolean }[];
      }
    ).claims.find((c) => c.id === 'judges_nothing')!;
    expect(rec.verdict).toBe('inconclusive');
    expect(rec.asExpected).toBe(false);
  });
});

describe('replay computes before it prints', () => {
  it('a bad input with a valid checksum: only the one-line error, nothing on stdout', async () => {
    const dir = tempDir('int-replay-');
    const o = JSON.parse(
      readFileSync('reports/counterexamples/network_homogeneous_of_negative_scale.json', 'utf8'),
    ) as Record<string, Json>;
    const { sha256: _s, ...rest } = o;
    const body = { ...rest, input: 42 };
    writeFileSync(join(dir, 'bad.json'), canonicalJSON({ ...body, sha256: sha256(canonicalJSON(body)) }));
    const r = await call(runReplay, [join(dir, 'bad.json')]);
    expectOneLine(r, /the stored input is not a valid input of claim 'network_homogeneous_of_negative_scale'/);
    expect(r.out).toBe('');
  });
});

describe.concurrent('processes: interrupts, output errors, TMPDIR', () => {
  const run = (argv: string[], env: NodeJS.ProcessEnv = process.env, stdout: 'pipe' | number = 'pipe') =>
    spawn(process.execPath, argv, { stdio: ['ignore', stdout, 'pipe'], env });
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'chain: %s during a long synchronous computation stops it within seconds (exit %i, one interrupt line)',
    async (sig, code) => {
      const child = run(
        await cliCommand('chain', [
          '--T',
          '200',
          '--lambda',
          '1/64',
          '--mu',
          '1/80',
          '--steps',
          '100000',
          '--max-work',
          '1e13',
        ]),
      );
      let err = '';
      child.stderr!.on('data', (d) => (err += String(d)));
      const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      const t0 = Date.now();
      while (!/law: step/.test(err) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100));
      expect(err).toMatch(/estimated work/);
      const tk = Date.now();
      child.kill(sig);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const c = await exited;
      clearTimeout(timer);
      expect(c, err).toBe(code);
      expect(Date.now() - tk).toBeLessThan(10_000); // a generous bound on a loaded machine; typically < 0.2 s
      const interruptLines = err.split('\n').filter((l) => /interrupted/.test(l));
      expect(interruptLines).toEqual([`interrupted (${sig}): nothing was written`]);
    },
  );

  it.runIf(existsSync('/dev/full'))('stdout on a full device (/dev/full): exit 74 and one line on stderr', async () => {
    const fd = openSync('/dev/full', 'w');
    const child = run(
      await cliCommand('chain', ['--T', '3', '--lambda', '1/4', '--mu', '1/4', '--steps', '2']),
      process.env,
      fd,
    );
    let err = '';
    child.stderr!.on('data', (d) => (err += String(d)));
    const c = await new Promise<number | null>((r) => child.once('exit', (x) => r(x)));
    closeSync(fd);
    expectOneLine({ code: c, err }, /^error: cannot write to standard output: ENOSPC/, 74);
  });

  it('npm run chain with TMPDIR that cannot hold a folder (a file): works, no stack trace', async () => {
    const dir = tempDir('int-tmpdir-');
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const r = spawnSync(
      'npm',
      ['run', '-s', 'chain', '--', '--T', '3', '--lambda', '1/4', '--mu', '1/4', '--steps', '2'],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: file } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/P\(B_2 = 3\) = 5\/8/);
  });
});

describe('merge of shards = an unsharded run, byte for byte', () => {
  it('check --shard 1/2 and 2/2 + merge give the same files as one check (CI depth, figures included)', async () => {
    const root = tempDir('int-bytes-');
    const args = [
      '--claims',
      'all_families_zero_prob_eq_product,network_homogeneous_of_negative_scale,relu_sub_relu_neg',
      '--depth',
      'ci',
      '--jobs',
      '0',
      '--smt-budget',
      '0',
    ];
    const whole = join(root, 'whole');
    const sharded = join(root, 'sharded');
    expect((await call(runCheck, [...args, '--out', whole])).code).toBe(0);
    for (const k of [1, 2])
      expect((await call(runCheck, [...args, '--out', sharded, '--shard', `${k}/2`])).code).toBe(0);
    const m = await call(runMerge, [
      join(sharded, 'shards', 'shard-1-of-2.json'),
      join(sharded, 'shards', 'shard-2-of-2.json'),
      '--out',
      sharded,
    ]);
    expect(m.code, m.err).toBe(0);
    const a = snapshot(whole),
      b = snapshot(sharded);
    for (const s of [a, b]) delete s['timings.json']; // run times
    for (const f of Object.keys(b)) if (f.startsWith('shards/')) delete b[f];
    expect(Object.keys(a)).toContain('figures/stacked_state_lines.vl.json');
    expect(b).toEqual(a);
    // the marker lists what the run wrote, not the shards (which check --shard wrote beside)
    expect(readMarker(sharded)!.some((f) => f.startsWith('shards/'))).toBe(false);
  });
});

describe('statistical verdicts with stated power, not fixed cuts', () => {
  it('subset_sum_covering holds at CI depth with global seed 1 (was inconclusive: medians R² 0.898 < 0.9)', async () => {
    const claim = (await loadClaims()).find((c) => c.id === 'subset_sum_covering')!;
    const rec = await runClaim(claim, { seed: 1, depth: 'ci', budgetMs: 600_000, smtBudgetMs: 0, pinned: [] });
    expect(rec.record.verdict).toBe('holds');
    const tests = (rec.record.evidence as { tests: { claimed: string; power?: unknown }[] }).tests;
    for (const t of tests) {
      expect(t.claimed).not.toMatch(/R²/);
      expect(t.power).toBeDefined();
    }
  });
});

describe('a crash of the SMT engine costs only the SMT phase', () => {
  const trap = () => new WebAssembly.RuntimeError('memory access out of bounds');
  /** Run the phase while `inject` decides, at every millisecond, whether the engine crashes now. */
  async function phaseWith(crashes: number) {
    const claim = (await loadClaims()).find((c) => c.id === 'relu_sub_relu_neg')!;
    let left = crashes;
    // the crash comes once an engine is loaded (as a real trap would), on each attempt in turn
    let engine = 0;
    const timer = setInterval(() => {
      const g = z3Generation();
      if (left > 0 && g > engine && failRunningSmtPhase(trap())) {
        left--;
        engine = g;
      }
    }, 1);
    try {
      return await runSmtPhase(claim, { seed: 1, depth: 'ci', budgetMs: 600_000, smtBudgetMs: 20_000, pinned: [] }, 1);
    } finally {
      clearInterval(timer);
    }
  }
  it('one crash: retried on a fresh engine, the same record as without a crash; two: "the SMT engine failed"', async () => {
    const clean = await phaseWith(0);
    expect(JSON.stringify(clean.record)).toMatch(/proved/);
    const once = await phaseWith(1);
    expect(canonicalJSON(once.record)).toBe(canonicalJSON(clean.record));
    const twice = await phaseWith(2);
    expect((twice.record as { unavailable?: string }).unavailable).toMatch(
      /^the SMT engine failed \(RuntimeError: memory access out of bounds; retried once on a fresh engine\)/,
    );
    expect(failRunningSmtPhase(trap())).toBe(false); // no phase running: the process's own handlers decide
  });
});
