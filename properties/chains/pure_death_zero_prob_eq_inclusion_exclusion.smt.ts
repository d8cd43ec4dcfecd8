/**
 * # Polynomial encoding of C1 `pure_death_zero_prob_eq_inclusion_exclusion`
 *
 * Main definitions: the default export — at shape `T=t,s=n`: the step-by-step law of the pure-death
 * chain μ_b = b·p started at T, evolved n steps with polynomial entries in p, and the
 * inclusion–exclusion sum Σ_k (−1)^k C(T,k)(1 − kp)^n, both expanded exactly; equal coefficient
 * lists prove C1 for every real p (so every p with T·p ≤ 1), not only sampled p.
 *
 * References: blueprint C1, D4 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Poly } from '../../src/smt/polynomial.js';
import { parseShape } from '../../src/smt/terms.js';
import type { ShapeDecision, SmtEncodingFile } from '../../src/smt/types.js';

/** P(B_n = 0) of the pure-death chain as a polynomial in p. */
export function pureDeathZeroPoly(T: number, n: number): Poly {
  let dist: Poly[] = Array.from({ length: T + 1 }, (_, b) => (b === T ? Poly.ONE : Poly.ZERO));
  for (let step = 0; step < n; step++) {
    const next: Poly[] = Array.from({ length: T + 1 }, () => Poly.ZERO);
    dist.forEach((pb, b) => {
      const death = Poly.X.scale(Rational.of(b)); // μ_b = b·p
      next[b] = next[b]!.add(pb.mul(Poly.ONE.sub(death)));
      if (b > 0) next[b - 1] = next[b - 1]!.add(pb.mul(death));
    });
    dist = next;
  }
  return dist[0]!;
}

/** Σ_k (−1)^k C(T,k)(1 − kp)^n as a polynomial in p. */
export function inclusionExclusionPoly(T: number, n: number): Poly {
  let s = Poly.ZERO;
  let binom = 1n;
  for (let k = 0; k <= T; k++) {
    const term = Poly.ONE.sub(Poly.X.scale(Rational.of(k)))
      .pow(n)
      .scale(Rational.of(k % 2 === 0 ? binom : -binom));
    s = s.add(term);
    binom = (binom * BigInt(T - k)) / BigInt(k + 1);
  }
  return s;
}

const encoding: SmtEncodingFile = {
  summary: 'both sides expanded as exact polynomials in p',
  ladder: ['T=1,s=1', 'T=2,s=3', 'T=3,s=6', 'T=4,s=10', 'T=6,s=20'],
  domain: 'every real p (both sides are polynomials in p), for the fixed T and number of steps s',
  decide: (shape): ShapeDecision => {
    const { T, s } = parseShape('pure_death_zero_prob_eq_inclusion_exclusion', shape, { T: [1, 12], s: [0, 60] });
    const lhs = pureDeathZeroPoly(T!, s!);
    const rhs = inclusionExclusionPoly(T!, s!);
    if (lhs.eq(rhs))
      return { result: 'proved', note: `both sides expand to the same polynomial of degree ${lhs.degree} in p` };
    // a refuting p: some small rational where the polynomials differ
    const diff = lhs.sub(rhs);
    for (let k = 1; k <= diff.degree + 2; k++) {
      const p = Rational.of(1, (diff.degree + 2) * T!)
        .mul(Rational.of(k))
        .min(Rational.of(1, T!));
      if (!diff.eval(p).isZero()) return { result: 'refuted', note: 'the expansions differ', input: { T, p, s } };
    }
    return { result: 'refuted', note: 'the expansions differ (no small rational witness found)' };
  },
};
export default encoding;
