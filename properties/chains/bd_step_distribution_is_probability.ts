/**
 * # D4 `bd_step_distribution_is_probability` (paper Definition 4)
 *
 * Statement: for a birth–death chain on {0..T} with rational λ_b, μ_b (λ_T = μ_0 = 0), the law after s
 * steps is a probability vector (non-negative, sums to 1), and the common-denominator computation
 * equals naive step-by-step rational evolution v_{s+1}(b) = v_s(b)(1−λ_b−μ_b) + v_s(b−1)λ_{b−1} +
 * v_s(b+1)μ_{b+1}.
 */
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel, fact, type Relation } from '../../src/claims/Relation.js';
import { BirthDeathChain } from '../../src/chain/BirthDeathChain.js';
import { Rational, sum } from '../../src/exact/Rational.js';
import { chainArb, type ChainInput } from '../../src/arbitraries/chainArb.js';

export default defineClaim<ExactClaim<ChainInput>>({
  id: 'bd_step_distribution_is_probability',
  specRef: 'D4',
  paperRef: 'Definition 4',
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement:
    'The exact law of a birth–death chain after s steps is non-negative, sums to 1, and equals naive step-by-step rational evolution.',
  uses: [],
  expected: 'holds',
  hypotheses: 'A birth–death chain on {0,…,T} with rational λ_b, μ_b ≥ 0, λ_b + μ_b ≤ 1, λ_T = μ_0 = 0.',
  domain: 'T ∈ {1,…,8}, rates with denominators ≤ 12, start in {0,…,T}, s ≤ 25 steps.',
  proofSketch:
    'Each step maps a probability vector to a probability vector (the transition matrix is stochastic and non-negative), so by induction every step law is non-negative, supported on {0,…,T} and sums to 1 exactly.',
  numRuns: { ci: 150, full: 1500 },
  arbitrary: () => chainArb(),
  check: ({ T, lambda, mu, start, s }) => {
    const law = new BirthDeathChain(T, lambda, mu).distributionAt(start, s);
    let v = Array.from({ length: T + 1 }, (_, b) => (b === start ? Rational.ONE : Rational.ZERO));
    for (let step = 0; step < s; step++)
      v = v.map((x, b) => {
        let y = x.mul(Rational.ONE.sub(lambda[b]!).sub(mu[b]!));
        if (b > 0) y = y.add(v[b - 1]!.mul(lambda[b - 1]!));
        if (b < T) y = y.add(v[b + 1]!.mul(mu[b + 1]!));
        return y;
      });
    const rels: Relation[] = [
      rel('Σ_b P(B_s = b)', sum(law), '=', '1', Rational.ONE),
      fact(
        'every P(B_s = b) ≥ 0',
        law.every((x) => x.sign() >= 0),
      ),
    ];
    law.forEach((x, b) => rels.push(rel(`P(B_s = ${b}) (common denominator)`, x, '=', 'naive evolution', v[b]!)));
    return rels;
  },
});
