/**
 * # D4 `bd_exit_probability_eq_gamblers_ruin` and the expected duration
 *
 * Statement: for constant λ, μ > 0 (λ + μ ≤ 1) the exact recurrence for P_b(hit hi before lo) equals
 * gambler's ruin (1 − ρ^{b−lo})/(1 − ρ^{hi−lo}), ρ = μ/λ ((b−lo)/(hi−lo) when ρ = 1), and the exact
 * expected exit time equals the lazy-walk duration formula (jumps/(λ+μ)).
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { rel } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { constantChain, gamblersRuinDuration, gamblersRuinUp } from '../../src/chain/BirthDeathChain.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  T: number;
  lambda: Rational;
  mu: Rational;
  lo: number;
  hi: number;
  b: number;
}

export default defineClaim<ExactClaim<Input>>({
  id: 'bd_exit_probability_eq_gamblers_ruin',
  specRef: 'D4',
  paperRef: 'Definition 4',
  versions: ['v1', 'v2', 'v3'],
  readings: [],
  kind: 'exact-forall',
  statement:
    'For constant λ, μ > 0 the exact exit probabilities and expected exit times of the chain equal the gambler’s-ruin closed forms.',
  uses: ['bd_step_distribution_is_probability'],
  expected: 'holds',
  hypotheses: 'Constant λ, μ > 0 with λ + μ ≤ 1 on an interval (lo, hi) of states; start b inside.',
  domain: 'T ∈ {2,…,16}, λ + μ ∈ [1/12, 1] with denominators ≤ 12, equal or unequal rates, every interval and start.',
  proofSketch:
    'The exit-at-top probability h(b) satisfies h(b) = λh(b+1) + μh(b−1) + (1 − λ − μ)h(b) with h(lo) = 0, h(hi) = 1; the classical solution is ((μ/λ)^{b−lo} − 1)/((μ/λ)^{hi−lo} − 1), or (b − lo)/(hi − lo) when λ = μ. The solver’s exact recurrence must match it.',
  numRuns: { ci: 150, full: 1500 },
  arbitrary: () =>
    fc
      .record({
        T: fc.integer({ min: 2, max: 16 }),
        tot: rationalArb({ min: q(1, 12), max: Rational.ONE, maxDen: 12 }),
        split: rationalArb({ min: q(1, 12), max: q(11, 12), maxDen: 12 }),
        same: fc.boolean(),
      })
      .chain(({ T, tot, split, same }) =>
        fc
          .tuple(fc.integer({ min: 0, max: T - 2 }), fc.integer({ min: 2, max: T }))
          .filter(([lo, span]) => lo + span <= T)
          .chain(([lo, span]) => fc.integer({ min: lo + 1, max: lo + span - 1 }).map((b) => ({ lo, hi: lo + span, b })))
          .map(({ lo, hi, b }) => {
            const lambda = same ? tot.div(q(2)) : tot.mul(split);
            return { T, lambda, mu: tot.sub(lambda), lo, hi, b };
          }),
      ),
  check: ({ T, lambda, mu, lo, hi, b }) => {
    const c = constantChain(T, lambda, mu);
    return [
      rel(
        'P_b(hit hi before lo), recurrence',
        c.exitProbabilityUp(b, lo, hi),
        '=',
        'gambler’s ruin',
        gamblersRuinUp(lambda, mu, b, lo, hi),
      ),
      rel(
        'E_b[exit time], recurrence',
        c.expectedExitTime(b, lo, hi),
        '=',
        'gambler’s ruin duration',
        gamblersRuinDuration(lambda, mu, b, lo, hi),
      ),
    ];
  },
});
