/**
 * # C1 `pure_death_zero_prob_eq_inclusion_exclusion`
 *
 * Statement: for the pure-death chain μ_b = b·p (T·p ≤ 1) started at T,
 * P(B^bd_s = 0) = Σ_{k=0}^{T} (−1)^k C(T, k)(1 − kp)^s — T "coupons" of probability p each plus a
 * null outcome. Exact equality with the step-by-step law.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { pureDeathChain, pureDeathZeroProbIE } from '../../src/chain/BirthDeathChain.js';
import { pureDeathArb, type PureDeathInput } from '../../src/arbitraries/pureDeathArb.js';

export default defineClaim<ExactClaim<PureDeathInput>>({
  id: 'pure_death_zero_prob_eq_inclusion_exclusion',
  specRef: 'C1',
  paperRef: null,
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement:
    'For the pure-death chain μ_b = b·p (T·p ≤ 1) started at T: P(B^bd_s = 0) = Σ_{k=0}^{T} (−1)^k C(T,k) (1 − kp)^s.',
  uses: ['bd_step_distribution_is_probability'],
  expected: 'holds',
  hypotheses: 'Pure-death chain with μ_b = b·p, T·p ≤ 1, started at T.',
  domain: 'T ∈ {1,…,10}, p = a/(bT) with a ≤ b ≤ 16, s ≤ 40 steps.',
  proofSketch:
    'Model each step as one draw among T coupons of probability p each plus a null outcome; the chain is the number of coupons not yet drawn. By inclusion–exclusion over the set K of coupons never drawn, P(all drawn after s steps) = Σ_k (−1)^k C(T,k)(1 − kp)^s.',
  numRuns: { ci: 150, full: 1500 },
  arbitrary: pureDeathArb,
  check: ({ T, p, s }) => [
    rel(
      'P(B^bd_s = 0) (step-by-step law)',
      pureDeathChain(T, p).distributionAt(T, s)[0]!,
      '=',
      'Σ_k (−1)^k C(T,k)(1 − kp)^s',
      pureDeathZeroProbIE(T, p, s),
    ),
  ],
});
