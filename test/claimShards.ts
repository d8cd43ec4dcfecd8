/**
 * The claims at CI depth, split into shards so that vitest's two workers share them (one file per
 * shard: a file is the unit vitest hands to a worker). Every claim is in exactly one shard: the
 * split is a greedy longest-first assignment over cost hints (seconds at CI depth, measured; the
 * hints only balance the shards — a claim without a hint costs 0.1 — and never decide what runs).
 * Each shard file also checks that the shards partition the loaded claims.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/claims/defineClaim.js';
import { loadClaims } from '../src/runner/registry.js';
import { runClaim } from '../src/runner/runClaim.js';
import { mainCounterexample } from '../src/runner/record.js';
import { pinnedInputs } from '../src/claims/pinned.js';
import { decodeExact } from '../src/claims/codec.js';
import { relationHolds } from '../src/claims/Relation.js';
import { DEFAULT_SEED } from '../src/cli/constants.js';

/** The number of claim shards (files test/claims.<k>.test.ts, k = 1..SHARDS). */
export const SHARDS = 3;

/** CI-depth cost hints in seconds (in-process, 2-core machine at load ≈ 3, 2026-11-26); balance only. */
const COST: Readonly<Record<string, number>> = {
  'v2.weight_upper_bound@A2': 2.1,
  approx_prob_le_hit_prob_of_fixed_target: 2,
  subset_sum_covering: 1.1,
  'v3.weight_upper_bound': 1,
  'v2.neuron_lower_bound': 0.95,
  neuron_threshold_certified: 2,
  every_bin_hit_of_universal_approx: 0.8,
  broken_count_dominates_bd_chain: 0.5,
  sup_over_cube_eq_max_over_vertices: 0.5,
  breakpoint_is_standard_cauchy: 0.25,
  hit_probability_eq: 0.17,
  output_relu_construction_error_le_l1: 0.16,
  universal_approx_prob_le_chain_bound: 0.16,
  not_approx_of_broken_bin: 0.15,
  hat_certificate_of_not_approx: 0.14,
};

/** The shard (0-based) of every claim id: longest first onto the least loaded shard, ties by order. */
export function shardAssignment(ids: readonly string[], shards: number): Map<string, number> {
  const load = new Array<number>(shards).fill(0);
  const order = ids.map((id, i) => ({ id, i, c: COST[id] ?? 0.1 })).sort((a, b) => b.c - a.c || a.i - b.i);
  const out = new Map<string, number>();
  for (const { id, c } of order) {
    let best = 0;
    for (let s = 1; s < shards; s++) if (load[s]! < load[best]!) best = s;
    load[best] = load[best]! + c;
    out.set(id, best);
  }
  return out;
}

/** One vitest test per claim of shard k (1-based): the verdict is the expected one, refutations are certified. */
export async function describeClaimShard(k: number): Promise<void> {
  const allClaims: readonly Claim[] = await loadClaims();
  const ids = allClaims.map((c) => c.id);
  const shard = shardAssignment(ids, SHARDS);
  describe(`claims at CI depth (shard ${k} of ${SHARDS})`, () => {
    it('the shards partition the claims', () => {
      const sizes = new Array<number>(SHARDS).fill(0);
      for (const id of ids) sizes[shard.get(id)!]!++;
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sizes.every((n) => n > 0)).toBe(true);
    });
    for (const claim of allClaims.filter((c) => shard.get(c.id) === k - 1)) {
      it(`${claim.id} is ${claim.expected}`, async () => {
        const r = await runClaim(claim, {
          seed: DEFAULT_SEED,
          depth: 'ci',
          budgetMs: 300_000,
          pinned: pinnedInputs('reports', claim),
        });
        expect(r.record.verdict, String(r.record.verdictText)).toBe(claim.expected);
        if (claim.expected === 'refuted') {
          expect(mainCounterexample(r), 'a refutation carries a certified counterexample').not.toBeNull();
          const input = decodeExact(mainCounterexample(r)!.input);
          expect(claim.check(input).some((rel) => !relationHolds(rel))).toBe(true);
        }
      });
    }
  });
}
