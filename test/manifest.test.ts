/**
 * The manifest against SPEC.md: every SPEC claim name is present (once per reading), every `uses`
 * id exists, ids are unique, paper references agree with SPEC's labels, and every file of
 * `properties/` is registered.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { allClaims, helperFiles } from '../properties/index.js';

function specText(): string {
  for (const p of ['../shared/SPEC.md', 'SPEC.md']) if (existsSync(p)) return readFileSync(p, 'utf8');
  throw new Error('SPEC.md not found beside the checkout');
}

/** The claim names SPEC.md defines: backticked snake_case names and the §7 headline entries. */
function specIds(): string[] {
  const text = specText();
  const ids = new Set<string>();
  for (const m of text.matchAll(/`([a-z][a-z0-9]*(?:_[a-z0-9]+)+|v[123]\.[a-z_]+)`/g)) ids.add(m[1]!);
  return [...ids];
}

/** SPEC names not yet encoded (must shrink to empty as the lemma issues land). */
const PENDING: readonly string[] = [
];

/** SPEC labels → the paper's reference (SPEC §2–§5). */
const PAPER_REF: Record<string, string> = {
  E1: 'Figure 3',
  E5: 'Lemma 2',
  E7: 'Lemma 2',
  E8: 'Definition 2',
  E9: 'Lemma 1',
  E11: 'Definition 1',
  D3: 'Definition 3',
  D4: 'Definition 4',
  C4: 'Figure 2',
  C3: 'Figure 2',
};

describe('claim manifest', () => {
  const ids = allClaims.map((c) => c.id);
  it('ids are unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('every SPEC claim name is present exactly once per reading (pending list aside)', () => {
    const base = ids.map((id) => id.split('@')[0]!);
    for (const sid of specIds()) {
      if (PENDING.includes(sid)) continue;
      expect(base.filter((b) => b === sid).length, sid).toBeGreaterThanOrEqual(1);
      const readings = allClaims.filter((c) => c.id.split('@')[0] === sid).map((c) => c.id);
      expect(new Set(readings).size, sid).toBe(readings.length);
    }
  });
  it('nothing pending is already encoded (keep PENDING honest)', () => {
    const base = new Set(ids.map((id) => id.split('@')[0]!));
    for (const p of PENDING) expect(base.has(p), p).toBe(false);
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
  it('paper references agree with SPEC labels', () => {
    for (const c of allClaims) {
      const label = c.specRef.split(/[ (]/)[0]!;
      const want = PAPER_REF[label];
      if (want !== undefined) expect(c.paperRef, c.id).toBe(want);
    }
  });
  it('every file of properties/ is registered', () => {
    const files = readdirSync('properties').filter((f) => f.endsWith('.ts') && !helperFiles.includes(f));
    const registered = new Set(ids.map((id) => `${id}.ts`));
    for (const f of files) expect(registered.has(f) || f.startsWith('_'), f).toBe(true);
  });
});
