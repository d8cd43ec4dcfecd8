/**
 * The wrong-variant suite (issue 9): every wrong variant of an exact claim in
 * `test/variants/catalogue.ts` — a constant off by 1 %, a margin halved, a closed edge for an open
 * one, a hypothesis dropped or weakened — must be **refuted** by the suite's own generator, grid and
 * runner at CI depth (fixed seed), and every true variant must **hold**. Variants marked
 * `cost: 'full'` run only in `npm run variants` (all of them, at full depth, with a table).
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/runner/registry.js';
import { VARIANTS, runVariant, useClaims } from './variants/catalogue.js';

const SEED = 20260302;
useClaims(await loadClaims());

describe('wrong variants are refuted, true variants hold (CI depth, fixed seed)', () => {
  for (const v of VARIANTS.filter((x) => (x.cost ?? 'ci') === 'ci')) {
    it(`${v.truth === 'wrong' ? 'refutes' : 'keeps'}: ${v.name}`, async () => {
      const r = await runVariant(v, 'ci', SEED);
      expect(r.verdict).toBe(v.truth === 'wrong' ? 'refuted' : 'holds');
    });
  }
  it('the catalogue has wrong and true variants, including dropped hypotheses', () => {
    expect(VARIANTS.filter((v) => v.truth === 'wrong').length).toBeGreaterThanOrEqual(40);
    expect(VARIANTS.filter((v) => v.truth === 'true').length).toBeGreaterThanOrEqual(10);
    expect(VARIANTS.filter((v) => /hypothesis dropped/.test(v.name)).length).toBeGreaterThanOrEqual(8);
    expect(new Set(VARIANTS.map((v) => v.name)).size).toBe(VARIANTS.length);
  });
});
