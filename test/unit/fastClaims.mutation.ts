/**
 * # The fast claims at CI depth, for mutation testing only
 *
 * Run by `vitest.mutation.config.ts` (not by `npm test`, whose `test/claims.<k>.test.ts` shards run every
 * claim): each claim that finishes in well under a second at CI depth must give its expected
 * verdict. The slow statistical claims (seconds each at CI depth) are left out: under Stryker every
 * covering test runs once per mutant, and their exact kernels are killed by the unit tests.
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/runner/registry.js';
import { runClaim } from '../../src/runner/runClaim.js';
import { DEFAULT_SEED } from '../../src/cli/constants.js';

/** Claims that take more than ~0.5 s at CI depth (measured with `--depth ci --jobs 1`). */
const SLOW = new Set([
  'breakpoint_is_standard_cauchy',
  'family_breakpoints_independent',
  'hit_probability_eq',
  'broken_count_dominates_bd_chain',
  'all_families_zero_prob_eq_product',
  'approx_prob_le_hit_prob_of_fixed_target',
  'approx_prob_le_product_of_hit_probs',
  'universal_approx_prob_le_chain_bound',
  'v3.neuron_lower_bound',
  'v2.neuron_lower_bound',
  'subset_sum_covering',
  'v3.weight_upper_bound',
  'v2.weight_upper_bound@A2',
]);

/**
 * `MUTATION_SKIP_CLAIMS` (comma-separated ids) leaves out claims that do not give their expected
 * verdict on the unmutated tree (work in progress elsewhere): Stryker refuses to start otherwise.
 */
const SKIP = new Set(
  (process.env.MUTATION_SKIP_CLAIMS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

const claims = (await loadClaims()).filter((c) => !SLOW.has(c.id) && !SKIP.has(c.id));

describe('fast claims at CI depth (mutation testing)', () => {
  for (const claim of claims) {
    it(`${claim.id} is ${claim.expected}`, async () => {
      const r = await runClaim(claim, { seed: DEFAULT_SEED, depth: 'ci', budgetMs: 60_000 });
      expect(r.record.verdict, String(r.record.verdictText)).toBe(claim.expected);
    });
  }
});
