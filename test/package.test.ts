/**
 * The tool as others use it: claims registered by folder (built-ins and a researcher's folder), the
 * example project's two claims run from source through the same runner, the registry's one-line
 * errors, the compiled package (JS + declarations, the bin, the public API without vega), and the
 * CI workflow's structure (shard matrix, merge job, JUnit, example job, artifacts).
 */
import { describe, expect, it, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { loadClaim, loadClaims, loadRegistry, ClaimRegistryError, isClaimFile } from '../src/runner/registry.js';
import { runClaim } from '../src/runner/runClaim.js';
import { mainCounterexample } from '../src/runner/record.js';
import { decodeExact } from '../src/claims/codec.js';
import { relationHolds } from '../src/claims/Relation.js';
import { builtPackage } from './builtPackage.js';
import { removeTempDirs, tempDir } from './tempDir.js';

afterAll(removeTempDirs);

const EXAMPLE = 'examples/external-claims/claims';

/** A temporary claims folder; a name `chapter/file` makes the chapter folder. */
function tempClaims(files: Record<string, string>): string {
  const dir = tempDir('pgc-claims-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A minimal claim module (no imports), enough for the registry's shape check. */
const claimFields = `specRef: 'test', paperRef: null, versions: ['v3'], readings: [], statement: 'a claim of the registry tests', expected: 'holds', numRuns: { ci: 1, full: 1 }, arbitrary: () => null`;
const claimModule = (id: string, uses: string[] = []) =>
  `export default { id: ${JSON.stringify(id)}, kind: 'exact-forall', uses: ${JSON.stringify(uses)}, check: () => [], ${claimFields} };\n`;
/** A minimal SMT file (the polynomial path, no solver). */
const smtModule = (summary: string) =>
  `export default { summary: ${JSON.stringify(summary)}, ladder: ['n=1'], domain: 'every n', decide: () => ({ result: 'proved', note: '' }) };\n`;
/** A minimal chapter file. */
const chapterModule = (position: number, title: string, claims: string[]) =>
  `export default { position: ${position}, title: ${JSON.stringify(title)}, intro: 'One paragraph introducing the chapter.', claims: ${JSON.stringify(claims)} };\n`;

/** The built-in claim files, as `chapter/file`. */
function builtinFiles(): string[] {
  return readdirSync('properties')
    .filter((d) => statSync(join('properties', d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join('properties', d))
        .filter(isClaimFile)
        .map((f) => `${d}/${f}`),
    );
}

describe('registration by folder', () => {
  it('the built-ins load chapter by chapter, each a folder of properties/ holding its claims', async () => {
    const { claims, chapters } = await loadRegistry();
    expect(chapters.map((ch) => ch.key)).toEqual([
      'foundations',
      'lower-bound',
      'chains',
      'theorem1',
      'weight-pruning',
    ]);
    expect(claims.map((c) => c.id)).toEqual(chapters.flatMap((ch) => ch.ids));
    const files = builtinFiles();
    expect(files.length).toBe(claims.length);
    for (const ch of chapters) for (const id of ch.ids) expect(files, id).toContain(`${ch.key}/${id}.ts`);
    expect(isClaimFile('x.smt.ts')).toBe(false);
    expect(isClaimFile('_chapter.ts')).toBe(false);
    expect(isClaimFile('x.d.ts')).toBe(false);
  });
  it('an external folder: chapters by position, listed claims first, SMT files attached, top-level claims last', async () => {
    const dir = tempClaims({
      'top_claim.mjs': claimModule('top_claim'),
      'second/_chapter.mjs': chapterModule(2, 'Second', ['s_b']),
      'second/s_a.mjs': claimModule('s_a'),
      'second/s_b.mjs': claimModule('s_b', ['f_z']),
      'first/_chapter.mjs': chapterModule(1, 'First', ['f_z']),
      'first/f_z.mjs': claimModule('f_z'),
      'first/f_z.smt.mjs': smtModule('f_z encoded'),
      'first/f_a.mjs': claimModule('f_a'),
      'plain/p_a.mjs': claimModule('p_a'),
      '_helpers/not_a_claim.mjs': 'export const x = 1;\n',
    });
    try {
      const { claims, chapters } = await loadRegistry({ claimsDirs: [dir], builtins: false });
      expect(claims.map((c) => c.id)).toEqual(['f_z', 'f_a', 's_b', 's_a', 'p_a', 'top_claim']);
      expect(chapters.map((ch) => [ch.key, ch.title, ch.ids.join(' ')])).toEqual([
        ['first', 'First', 'f_z f_a'],
        ['second', 'Second', 's_b s_a'],
        ['plain', 'plain', 'p_a'],
      ]);
      const fz = claims[0]!;
      expect(fz.smt?.summary).toBe('f_z encoded');
      expect(fz.smt?.ladder).toEqual(['n=1']);
      expect((await fz.smt!.load()).default.domain).toBe('every n');
      expect(claims[1]!.smt).toBeUndefined();
      // a worker's loadClaim finds the file in its chapter, with the same SMT file attached (the same object)
      expect(await loadClaim('f_z', { claimsDirs: [dir], builtins: false })).toBe(fz);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the built-in SMT files are attached, and a claim file never imports its SMT file', async () => {
    const e14 = await loadClaim('relu_sub_relu_neg');
    expect(e14.smt?.summary).toContain('σ(z) − σ(−z)');
    expect(typeof (await e14.smt!.load()).default.negation).toBe('function');
    expect(readFileSync('properties/foundations/relu_sub_relu_neg.ts', 'utf8')).not.toMatch(/smt/);
  });
  it('external claims come after the built-ins, by file name', async () => {
    const claims = await loadClaims({ claimsDirs: [EXAMPLE] });
    expect(claims.slice(-3).map((c) => c.id)).toEqual([
      'network_additive_in_input',
      'neuron_pruned_parts_sum_to_network',
      'three_point_error_ge_quarter_kink',
    ]);
  });
  it('adding a file is enough: a new .mjs claim in a folder is registered', async () => {
    const dir = tempClaims({
      'b_claim.mjs': claimModule('b_claim'),
      'a_claim.mjs': claimModule('a_claim', ['relu_mul_of_nonneg']),
      '_helper.mjs': 'export const x = 1;\n',
      'notes.md': '# not a claim\n',
    });
    try {
      const claims = await loadClaims({ claimsDirs: [dir], builtins: true });
      expect(claims.slice(-2).map((c) => c.id)).toEqual(['a_claim', 'b_claim']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('loadClaim imports one claim by id: its own file when named after it, else the whole registry', async () => {
    const dir = tempClaims({
      'solo_claim.mjs': claimModule('solo_claim'),
      'other_name.mjs': claimModule('renamed_claim'),
    });
    try {
      const all = await loadClaims({ claimsDirs: [dir] });
      expect(await loadClaim('relu_mul_of_nonneg')).toBe(all.find((c) => c.id === 'relu_mul_of_nonneg'));
      expect((await loadClaim('solo_claim', { claimsDirs: [dir] })).id).toBe('solo_claim');
      expect((await loadClaim('renamed_claim', { claimsDirs: [dir] })).id).toBe('renamed_claim'); // by the fallback
      for (const bad of ['no_such_claim', '']) {
        const err = await loadClaim(bad, { claimsDirs: [dir] }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(ClaimRegistryError);
        expect((err as Error).message).toMatch(/^loadClaim: /);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('bad folders and files are one-line typed errors naming the file', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { 'dup.mjs': claimModule('relu_mul_of_nonneg') },
        /duplicate claim id 'relu_mul_of_nonneg' in '.*dup\.mjs' \(already defined in '.*relu_mul_of_nonneg\.ts'\)/,
      ],
      [{ 'bad.mjs': claimModule('Bad-Id') }, /bad\.mjs': id 'Bad-Id' must be snake_case/],
      [{ 'nothing.mjs': 'export const x = 1;\n' }, /nothing\.mjs' must default-export a claim/],
      [
        { 'uses.mjs': claimModule('lonely', ['no_such_claim']) },
        /'lonely' in '.*uses\.mjs' uses 'no_such_claim', which is not a loaded claim/,
      ],
      [{ 'broken.mjs': 'export default {;\n' }, /cannot import claim file '.*broken\.mjs'/],
      [
        { 'plain.mjs': `export default { id: 'plain', kind: 'exact-forall', uses: [], check: () => [] };\n` },
        /claim file '.*plain\.mjs' must default-export defineClaim\(\{ … \}\): defineClaim\(plain\): parameter 'paperRef'/,
      ],
      [
        { 'ch/_chapter.mjs': chapterModule(1, 'Ch', ['ghost']), 'ch/real.mjs': claimModule('real') },
        /chapter file '.*_chapter\.mjs' lists 'ghost', which is not a claim of the folder/,
      ],
      [
        { 'ch/_chapter.mjs': chapterModule(0, 'Ch', []), 'ch/real.mjs': claimModule('real') },
        /chapter file '.*_chapter\.mjs': defineChapter: .*position/,
      ],
      [
        { 'a/_chapter.mjs': chapterModule(1, 'A', []), 'b/_chapter.mjs': chapterModule(1, 'B', []) },
        /chapter files '.*a[\\/]_chapter\.mjs' and '.*b[\\/]_chapter\.mjs' both have position 1/,
      ],
      [
        { 'ch/orphan.smt.mjs': smtModule('x') },
        /SMT file '.*orphan\.smt\.mjs' has no claim file 'orphan\.ts' beside it/,
      ],
      [
        { 'ch/c.mjs': claimModule('c'), 'ch/c.smt.mjs': 'export default { summary: "x" };\n' },
        /SMT file '.*c\.smt\.mjs' must default-export an encoding/,
      ],
      [
        {
          'ch/c.mjs': `export default { id: 'c', kind: 'exact-forall', uses: [], check: () => [], smt: { summary: 's', ladder: ['n=1'], load: () => null }, ${claimFields} };\n`,
          'ch/c.smt.mjs': smtModule('x'),
        },
        /claim 'c' in '.*c\.mjs' declares smt inline and has the SMT file 'c\.smt\.mjs' beside it/,
      ],
    ];
    for (const [files, re] of cases) {
      const dir = tempClaims(files);
      try {
        const err = await loadClaims({ claimsDirs: [dir] }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(ClaimRegistryError);
        expect((err as Error).message).toMatch(re);
        expect((err as Error).message).not.toContain('\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    await expect(loadClaims({ claimsDirs: ['no/such/folder'] })).rejects.toThrow(
      /claims folder '.*no\/such\/folder' does not exist/,
    );
  });
});

describe('the example project (examples/external-claims) from source', async () => {
  const claims = (await loadClaims({ claimsDirs: [EXAMPLE] })).slice(-2);
  for (const claim of claims) {
    it(`${claim.id}: verdict ${claim.expected}`, async () => {
      const r = await runClaim(claim, { seed: 1, depth: 'ci', budgetMs: 60_000 });
      expect(r.record.verdict, String(r.record.verdictText)).toBe(claim.expected);
      if (claim.expected === 'refuted') {
        expect(mainCounterexample(r)).not.toBeNull();
        expect(claim.check(decodeExact(mainCounterexample(r)!.input)).some((rel) => !relationHolds(rel))).toBe(true);
      }
    });
  }
  it('its package.json depends on the packed tarball and runs the bin with --claims-dir', () => {
    const pkg = JSON.parse(readFileSync('examples/external-claims/package.json', 'utf8')) as {
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.dependencies['pruning-gap-check']).toMatch(/^file:.*pruning-gap-check-.*\.tgz$/);
    expect(pkg.scripts.check).toContain('pruning-gap-check check --claims-dir claims');
  });
});

describe('the package', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, any>;
  it('is publishable: exports, types, bin, files, MIT licence text, tsx at run time', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.exports['.'].import).toBe('./dist/src/index.js');
    expect(pkg.exports['.'].types).toBe('./dist/src/index.d.ts');
    expect(pkg.exports['./cases'].import).toBe('./dist/src/cases.js');
    expect(pkg.bin['pruning-gap-check']).toBe('dist/src/cli/main.js');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'LICENSE']));
    expect(pkg.dependencies.tsx).toBeDefined();
    expect(pkg.devDependencies?.tsx).toBeUndefined();
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
  });
  it('compiles to JS with declarations; the compiled API loads every claim and no figure library', async () => {
    // the run's build (test/globalSetup.ts: tsc -p tsconfig.build.json, inside the checkout so that
    // the compiled modules resolve the installed dependencies)
    const out = await builtPackage();
    for (const f of [
      'src/index.js',
      'src/index.d.ts',
      'src/cases.js',
      'src/cases.d.ts',
      'src/cli/main.js',
      'src/runner/worker.js',
      'properties/foundations/relu_mul_of_nonneg.js',
      'properties/foundations/relu_mul_of_nonneg.smt.js',
      'properties/foundations/_chapter.js',
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'src/cli/main.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const probe = `const m = await import(${JSON.stringify(pathToFileURL(join(out, 'src/index.js')).href)});
const r = await m.loadRegistry();
console.log(JSON.stringify({ ids: r.claims.map((c) => c.id), smt: r.claims.filter((c) => c.smt).map((c) => c.id), chapters: r.chapters.map((ch) => ch.key), api: ['defineClaim', 'runClaim', 'loadClaims', 'Rational', 'Network', 'networkArb', 'BirthDeathChain', 'fc'].filter((k) => !(k in m)) }));`;
    const res = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }),
    ) as { ids: string[]; smt: string[]; chapters: string[]; api: string[] };
    const src = await loadRegistry();
    expect(res.ids).toEqual(src.claims.map((c) => c.id));
    expect(res.smt).toEqual(src.claims.filter((c) => c.smt).map((c) => c.id));
    expect(res.chapters).toEqual(src.chapters.map((ch) => ch.key));
    expect(res.api).toEqual([]);
    // the static import graph of the public API never reaches the figure libraries
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
        else bare.add(spec.split('/')[0]!);
      }
    };
    visit(join(out, 'src/index.js'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...bare].filter((b) => b.startsWith('vega'))).toEqual([]);
  });
});

describe('the CI workflow (.github/workflows/check.yml)', () => {
  const wf = parse(readFileSync('.github/workflows/check.yml', 'utf8')) as { on: unknown; jobs: Record<string, any> };
  const steps = (job: string): string => JSON.stringify(wf.jobs[job].steps);
  it('runs the README test command with a JUnit report', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(steps('test')).toContain('npm ci');
    expect(steps('test')).toMatch(/npm test -- --reporter=default --reporter=junit --outputFile\.junit=/);
  });
  it('shards the claim check over a matrix and merges the shards', () => {
    const shards = wf.jobs.check.strategy.matrix.shard as number[];
    expect(shards.length).toBeGreaterThanOrEqual(2);
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    expect(wf.jobs.check.strategy['fail-fast']).toBe(false);
    expect(steps('check')).toMatch(/--shard \$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\}/);
    expect(steps('check')).toContain('--junit');
    expect(wf.jobs.merge.needs).toEqual(expect.arrayContaining(['check']));
    expect(steps('merge')).toContain('npm run merge');
    expect(steps('merge'), 'the merge reads every shard of the matrix').toContain(
      `reports/shards/shard-*-of-${shards.length}.json`,
    );
  });
  it('runs the example project and uploads reports as artifacts', () => {
    expect(steps('example')).toContain('npm run test:example');
    for (const job of ['test', 'check', 'merge']) expect(steps(job), job).toContain('actions/upload-artifact');
    expect(steps('merge')).toContain('actions/download-artifact');
  });
});
