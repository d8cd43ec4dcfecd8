/**
 * The manifest from the folders: every built-in claim lives in a chapter folder of `properties/`,
 * named after its id, with its SMT file (if any) beside it; every chapter folder has a chapter file
 * that lists exactly its claims; chapters and claims come in the order of the chapter files, which
 * is the order of the committed `reports/claims.json`; labels (`specRef`) name one statement per
 * chapter and paper reference, and one reading per qualifier; ids are unique, every `uses` id
 * exists, negative controls are expected refuted, every claim carries its blueprint fields (proof
 * sketch, hypotheses, tested domain), and nothing in the repository reads a file outside it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, isClaimFile } from '../src/runner/registry.js';
import { specLabel } from '../src/blueprint/model.js';

const registry = await loadRegistry();
const allClaims = registry.claims;
const chapterDirs = readdirSync('properties')
  .filter((f) => statSync(join('properties', f)).isDirectory())
  .sort();

describe('claim manifest', () => {
  const ids = allClaims.map((c) => c.id);
  it('ids are unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every built-in claim lives in a chapter folder, in a file named after its id; nothing is at the top of properties/', () => {
    expect(readdirSync('properties').filter((f) => statSync(join('properties', f)).isFile())).toEqual([]);
    const files = chapterDirs
      .flatMap((d) =>
        readdirSync(join('properties', d))
          .filter(isClaimFile)
          .map((f) => `${d}/${f}`),
      )
      .sort();
    const expected = registry.chapters.flatMap((ch) => ch.ids.map((id) => `${ch.key}/${id}.ts`)).sort();
    expect(files).toEqual(expected);
    expect(registry.chapters.flatMap((ch) => ch.ids)).toEqual(ids);
  });
  it('every file of a chapter folder is a claim, its SMT file or the chapter file', () => {
    for (const d of chapterDirs)
      for (const f of readdirSync(join('properties', d))) {
        const ok =
          f === '_chapter.ts' ||
          isClaimFile(f) ||
          (/^(.+)\.smt\.ts$/.test(f) && existsSync(join('properties', d, f.replace(/\.smt\.ts$/, '.ts'))));
        expect(ok, `properties/${d}/${f}`).toBe(true);
      }
  });
  it('every chapter folder has a chapter file listing exactly its claims (the order is explicit)', async () => {
    expect(registry.chapters.map((ch) => ch.key).sort()).toEqual(chapterDirs);
    for (const d of chapterDirs) {
      const def = (
        (await import(`../properties/${d}/_chapter.ts`)) as {
          default: { claims: readonly string[]; title: string; intro: string };
        }
      ).default;
      const ch = registry.chapters.find((c) => c.key === d)!;
      expect([...def.claims], d).toEqual([...ch.ids]);
      expect(ch.title, d).toBe(def.title);
      expect(ch.intro.length, d).toBeGreaterThan(50);
    }
  });
  it("the order is the chapter files' order and equals the committed reports/claims.json", () => {
    const report = JSON.parse(readFileSync('reports/claims.json', 'utf8')) as { claims: { id: string }[] };
    expect(ids).toEqual(report.claims.map((c) => c.id));
  });
  it('a claim carries an SMT encoding iff its SMT file sits beside it (never both an SMT file and an smtNote)', () => {
    for (const ch of registry.chapters)
      for (const id of ch.ids) {
        const c = allClaims.find((x) => x.id === id)!;
        const smtFile = join('properties', ch.key, `${id}.smt.ts`);
        expect(c.smt !== undefined, `${id}.smt`).toBe(existsSync(smtFile));
        if (c.smt) {
          expect(c.smt.ladder.length, id).toBeGreaterThan(0);
          expect(c.smtNote, `${id} has an SMT file and an smtNote`).toBeUndefined();
        }
      }
  });
  it('labels: one statement per label (one chapter, one paper reference), one reading per qualifier', () => {
    const byStatement = new Map<string, (typeof allClaims)[number][]>();
    for (const c of allClaims) {
      expect(specLabel(c.specRef), c.id).toMatch(/^(E\d+|P\d+|D\d+|C\d+|T1-[a-z]+|§7)$/);
      const qualifier = /\(([^)]*)\)$/.exec(c.specRef)?.[1];
      const key = qualifier === undefined || qualifier === 'negative control' ? specLabel(c.specRef) : c.specRef;
      byStatement.set(key, [...(byStatement.get(key) ?? []), c]);
    }
    const chapterOf = new Map(registry.chapters.flatMap((ch) => ch.ids.map((id) => [id, ch.key] as const)));
    for (const [key, cs] of byStatement) {
      expect(new Set(cs.map((c) => chapterOf.get(c.id))).size, `${key}: ${cs.map((c) => c.id).join(', ')}`).toBe(1);
      expect(new Set(cs.map((c) => c.paperRef)).size, `${key}: paperRef`).toBe(1);
    }
    const readings = allClaims.filter((c) => specLabel(c.specRef) === '§7').map((c) => c.specRef);
    expect(new Set(readings).size).toBe(readings.length);
  });
  it('every used id exists', () => {
    for (const c of allClaims) for (const u of c.uses) expect(ids, `${c.id} uses ${u}`).toContain(u);
  });
  it('negative controls name an existing claim and are expected refuted', () => {
    for (const c of allClaims.filter((c) => c.negativeControlOf)) {
      expect(ids).toContain(c.negativeControlOf);
      expect(c.expected).toBe('refuted');
    }
  });
  it('a claim file holds one claim: no claim file imports another or its SMT file (shared helpers live in src/)', () => {
    for (const d of chapterDirs)
      for (const f of readdirSync(join('properties', d)).filter(isClaimFile)) {
        const text = readFileSync(join('properties', d, f), 'utf8');
        expect(
          [...text.matchAll(/from '\.{1,2}\/(?!\.\.\/src\/)([^']+)'|import\('\.\/([^']+)'\)/g)].map(
            (m) => m[1] ?? m[2],
          ),
          `${d}/${f}`,
        ).toEqual([]);
      }
  });
  it('every claim carries its blueprint fields: proof sketch, hypotheses, tested domain', () => {
    for (const c of allClaims) {
      expect(c.proofSketch?.length ?? 0, `${c.id}.proofSketch`).toBeGreaterThan(20);
      expect(c.hypotheses?.length ?? 0, `${c.id}.hypotheses`).toBeGreaterThan(3);
      expect(c.domain?.length ?? 0, `${c.id}.domain`).toBeGreaterThan(5);
    }
  });
});

describe('the repository is self-contained', () => {
  /** Every source, test, script and doc file of the repository (no node_modules, no generated output). */
  function files(dir: string): string[] {
    const out: string[] = [];
    for (const f of readdirSync(dir)) {
      if (
        ['node_modules', 'dist', 'reports', 'mutation'].includes(f) ||
        (f.startsWith('.') && f !== '.ci' && f !== '.github')
      )
        continue;
      const p = join(dir, f);
      if (statSync(p).isDirectory()) out.push(...files(p));
      else if (/\.(ts|mts|mjs|js|json|md|yml|yaml|sh)$/.test(f) || f === 'run') out.push(p);
    }
    return out;
  }
  it('no file refers to a path outside the checkout (a sibling shared folder, /work/…)', () => {
    const self = join('test', 'manifest.test.ts');
    const offenders: string[] = [];
    for (const f of files('.')) {
      if (f === self || f === 'package-lock.json') continue;
      const text = readFileSync(f, 'utf8');
      if (/\.\.\/shared\b|\/work\/(shared|main)\b/.test(text)) offenders.push(f);
    }
    expect(offenders).toEqual([]);
  });
});
