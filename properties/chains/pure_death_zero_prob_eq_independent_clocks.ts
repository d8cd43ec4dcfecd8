/**
 * # Negative control of C1: `pure_death_zero_prob_eq_independent_clocks` (false)
 *
 * Statement (false on purpose): P(B^bd_s = 0) = (1 − (1 − p)^s)^T, as if the T bins were hit by
 * independent clocks. The draws are shared (one outcome per step), so this fails for T ≥ 2, s ≥ 1;
 * the suite must refute it with an exact counterexample.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { independentClocksZeroProb, pureDeathChain } from '../../src/chain/BirthDeathChain.js';
import { pureDeathArb, type PureDeathInput } from '../../src/arbitraries/pureDeathArb.js';

export default defineClaim<ExactClaim<PureDeathInput>>({
  id: 'pure_death_zero_prob_eq_independent_clocks',
  specRef: 'C1 (negative control)',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement:
    'For the pure-death chain μ_b = b·p started at T: P(B^bd_s = 0) = (1 − (1 − p)^s)^T — false for T ≥ 2, s ≥ 1.',
  uses: ['pure_death_zero_prob_eq_inclusion_exclusion'],
  expected: 'refuted',
  hypotheses: 'As C1, with the independent-clocks formula (1 − (1 − p)^s)^T — a negative control.',
  domain: 'T ∈ {1,…,10}, p = a/(bT) with a ≤ b ≤ 16, s ≤ 40.',
  proofSketch:
    'False for T ≥ 2, s ≥ 1: the coupons are drawn by one shared step (at most one per step), so their "drawn" events are negatively correlated, not independent. E.g. T = 2, s = 1: the true probability is 0, the formula gives p² > 0.',
  negativeControlOf: 'pure_death_zero_prob_eq_inclusion_exclusion',
  numRuns: { ci: 150, full: 1500 },
  arbitrary: pureDeathArb,
  check: ({ T, p, s }) => [
    rel(
      'P(B^bd_s = 0) (step-by-step law)',
      pureDeathChain(T, p).distributionAt(T, s)[0]!,
      '=',
      '(1 − (1 − p)^s)^T',
      independentClocksZeroProb(T, p, s),
    ),
  ],
});
