/**
 * # Polynomial encoding of the C1 control `pure_death_zero_prob_eq_independent_clocks` (refuted)
 *
 * Main definitions: the default export — at shape `T=t,s=n`: the step-by-step P(B_n = 0) against
 * (1 − (1−p)^n)^T, both expanded exactly in p; for T ≥ 2, n ≥ 1 they differ, and a rational p ≤ 1/T
 * where they differ is the exact counterexample.
 *
 * References: blueprint C1 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Poly } from '../../src/smt/polynomial.js';
import { parseShape } from '../../src/smt/terms.js';
import type { ShapeDecision, SmtEncodingFile } from '../../src/smt/types.js';
import { pureDeathZeroPoly } from './pure_death_zero_prob_eq_inclusion_exclusion.smt.js';

const encoding: SmtEncodingFile = {
  summary: 'both sides expanded as exact polynomials in p (negative control)',
  ladder: ['T=2,s=1', 'T=3,s=4'],
  domain: 'every real p (both sides are polynomials in p), for the fixed T and number of steps s',
  decide: (shape): ShapeDecision => {
    const { T, s } = parseShape('pure_death_zero_prob_eq_independent_clocks', shape, { T: [1, 12], s: [0, 60] });
    const lhs = pureDeathZeroPoly(T!, s!);
    const rhs = Poly.ONE.sub(Poly.ONE.sub(Poly.X).pow(s!)).pow(T!);
    if (lhs.eq(rhs))
      return { result: 'proved', note: `both sides expand to the same polynomial of degree ${lhs.degree} in p` };
    const diff = lhs.sub(rhs);
    for (let k = 1; k <= diff.degree + 2; k++) {
      const p = Rational.of(k, (diff.degree + 2) * T!);
      if (!diff.eval(p).isZero())
        return {
          result: 'refuted',
          note: `the expansions differ (degree ${diff.degree}); p = ${p} witnesses it`,
          input: { T, p, s },
        };
    }
    return { result: 'refuted', note: 'the expansions differ (no small rational witness found)' };
  },
};
export default encoding;
