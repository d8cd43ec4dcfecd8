/**
 * The manifest against the project's own index of statements (`src/claims/specIndex.ts`): every
 * indexed id is a registered claim and every built-in claim is indexed, labels and paper references
 * agree, ids are unique, every `uses` id exists, negative controls are expected refuted, every file
 * of `properties/` is a registered claim named after its id, every claim carries its blueprint
 * fields (proof sketch, hypotheses, tested domain), and nothing in the repository reads a file
 * outside it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadClaims, MANIFEST_ORDER, isClaimFile } from '../src/claims/registry.js';
import { SPEC_INDEX, CHAPTERS, specLabel, specEntryOf } from '../src/claims/specIndex.js';

const allClaims = await loadClaims();

describe('claim manifest', () => {
  const ids = allClaims.map((c) => c.id);
  it('ids are unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every indexed statement is encoded, once per listed id', () => {
    for (const e of SPEC_INDEX) for (const id of e.ids) expect(ids, `${e.label}: ${id}`).toContain(id);
    const listed = SPEC_INDEX.flatMap((e) => e.ids);
    expect(new Set(listed).size).toBe(listed.length);
  });
  it('every built-in claim is indexed, with its label and paper reference', () => {
    for (const c of allClaims) {
      const e = specEntryOf(c.id);
      expect(e, `${c.id} is not in src/claims/specIndex.ts`).toBeDefined();
      expect(specLabel(c.specRef), c.id).toBe(e!.label);
      if (e!.paperRef !== null) expect(c.paperRef, c.id).toBe(e!.paperRef);
      expect(CHAPTERS.map((ch) => ch.key), c.id).toContain(e!.chapter);
    }
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
  it('every claim file of properties/ is registered under its own name, in the manifest order', () => {
    const files = readdirSync('properties').filter(isClaimFile).sort();
    expect(files).toEqual(ids.map((id) => `${id}.ts`).sort());
    expect(ids).toEqual([...MANIFEST_ORDER]);
  });
  it('a claim file holds one claim: no claim file imports another (shared helpers live in src/)', () => {
    for (const f of readdirSync('properties').filter(isClaimFile)) {
      const text = readFileSync(join('properties', f), 'utf8');
      expect([...text.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]), f).toEqual([]);
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
      if (['node_modules', 'dist', 'reports', 'mutation'].includes(f) || (f.startsWith('.') && f !== '.ci' && f !== '.github')) continue;
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
