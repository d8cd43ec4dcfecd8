/**
 * The runner's verdict rules: running out of budget is "timeout (not judged)", never a silent pass;
 * a refuted negative control reads "refuted as expected"; seeds are per claim and independent of
 * the run order.
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/runner/registry.js';
import { runClaim } from '../src/runner/runClaim.js';
import { mainCounterexample } from '../src/runner/record.js';
import { claimSeed } from '../src/runner/claimSeed.js';
import { claimContext, exactNumRuns } from '../src/runner/depth.js';
import { trialsFor } from '../src/claims/statHelpers.js';
import type { ExactClaim } from '../src/claims/defineClaim.js';

const allClaims = await loadClaims();

const byId = (id: string) => allClaims.find((c) => c.id === id)!;

describe('runner', () => {
  it('an exact claim that runs out of budget is a timeout, not a pass', async () => {
    const r = await runClaim(byId('sup_over_cube_eq_max_over_vertices'), {
      seed: 1,
      depth: 'full',
      runs: 10_000_000,
      budgetMs: 200,
    });
    expect(r.record.verdict).toBe('timeout');
    expect(r.record.asExpected).toBe(false);
    expect(r.record.verdictText).toBe('timeout (not judged)');
  });
  it('a statistical claim past its deadline is a timeout', async () => {
    const r = await runClaim(byId('hit_probability_eq'), { seed: 1, depth: 'full', runs: 10_000_000, budgetMs: 50 });
    expect(r.record.verdict).toBe('timeout');
  });
  it('a refuted negative control reads "refuted as expected"', async () => {
    const r = await runClaim(byId('approx_error_ge_third_kink_of_affine'), { seed: 3, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdictText).toMatch(/^refuted as expected/);
    expect(mainCounterexample(r)?.violated).toBeTruthy();
  });
  it('depth and --runs mean the same for exact and statistical claims (one rule)', () => {
    const exact = byId('relu_mul_of_nonneg') as ExactClaim;
    const defaults = { ci: 7, full: 11 };
    for (const depth of ['ci', 'full'] as const) {
      expect(exactNumRuns(exact, { depth })).toBe(exact.numRuns[depth]);
      expect(trialsFor(claimContext({ depth }, 1, 0), defaults)).toBe(defaults[depth]);
      expect(exactNumRuns(exact, { depth, runs: 3 })).toBe(3);
      expect(trialsFor(claimContext({ depth, runs: 3 }, 1, 0), defaults)).toBe(3);
    }
    expect(claimContext({ depth: 'ci' }, 1, 0)).not.toHaveProperty('runs');
  });
  it('per-claim seeds depend on the global seed and the id only', () => {
    expect(claimSeed(5, 'a')).toBe(claimSeed(5, 'a'));
    expect(claimSeed(5, 'a')).not.toBe(claimSeed(6, 'a'));
    expect(claimSeed(5, 'a')).not.toBe(claimSeed(5, 'b'));
  });
});
