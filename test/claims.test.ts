/**
 * One test per claim at CI depth: the verdict must be the expected one (a negative control must be
 * refuted, or the suite is broken), and a refutation must come with a counterexample that survives
 * the exact JSON round trip and still violates the claim.
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/claims/registry.js';
import { runClaim } from '../src/claims/runClaim.js';
import { pinnedInputs } from '../src/claims/pinned.js';
import { decodeExact } from '../src/claims/codec.js';
import { relationHolds } from '../src/claims/Relation.js';
import { DEFAULT_SEED } from '../src/cli/constants.js';

const allClaims = await loadClaims();

describe('claims at CI depth', () => {
  for (const claim of allClaims) {
    it(`${claim.id} is ${claim.expected}`, async () => {
      const r = await runClaim(claim, { seed: DEFAULT_SEED, depth: 'ci', budgetMs: 300_000, pinned: pinnedInputs('reports', claim) });
      expect(r.record.verdict, String(r.record.verdictText)).toBe(claim.expected);
      if (claim.expected === 'refuted') {
        expect(r.counterexample, 'a refutation carries a certified counterexample').not.toBeNull();
        const input = decodeExact(r.counterexample!.input);
        expect(claim.check(input).some((rel) => !relationHolds(rel))).toBe(true);
      }
    });
  }
});
