/**
 * # Polynomial encoding of D4 `bd_step_distribution_is_probability` (shape `T=t,s=n`)
 *
 * Main definitions: the default export — at shape `T=t,s=n`, for every start in {0, …, t}: the law
 * after n steps of the chain on {0, …, t} with symbolic rates λ_0, …, λ_{t−1}, μ_1, …, μ_t, computed
 * twice as exact multivariate polynomials ({@link MPoly}):
 * - with the holding probabilities ν_b as further variables: every coefficient of every entry is
 *   ≥ 0, so every entry is ≥ 0 whenever λ_b, μ_b, ν_b ≥ 0 — in particular for every real chain of
 *   the claim's domain (ν_b = 1 − λ_b − μ_b ≥ 0);
 * - with ν_b = 1 − λ_b − μ_b substituted: the entries sum to the polynomial 1.
 * So the law is a probability vector for *all* real rates of that shape, not only sampled ones.
 * (The claim's third relation — the common-denominator implementation equals naive evolution — is
 * about the code, not the mathematics; the property test keeps checking it.)
 *
 * References: blueprint D4 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { MPoly } from '../../src/smt/mpolynomial.js';
import { parseShape } from '../../src/smt/terms.js';
import type { ShapeDecision, SmtEncodingFile } from '../../src/smt/types.js';

/**
 * The law after n steps from `start`, entries as polynomials in λ_b (variable b), μ_b (variable
 * T + b − 1) and, when `freeHold`, ν_b (variable 2T + b); otherwise ν_b = 1 − λ_b − μ_b.
 */
export function stepLawPolys(T: number, start: number, n: number, freeHold: boolean): MPoly[] {
  const lam = (b: number) => (b < T ? MPoly.variable(b) : MPoly.ZERO);
  const mu = (b: number) => (b > 0 ? MPoly.variable(T + b - 1) : MPoly.ZERO);
  const hold = (b: number) => (freeHold ? MPoly.variable(2 * T + b) : MPoly.ONE.sub(lam(b)).sub(mu(b)));
  let v: MPoly[] = Array.from({ length: T + 1 }, (_, b) => (b === start ? MPoly.ONE : MPoly.ZERO));
  for (let step = 0; step < n; step++)
    v = v.map((_, b) => {
      let y = v[b]!.mul(hold(b));
      if (b > 0) y = y.add(v[b - 1]!.mul(lam(b - 1)));
      if (b < T) y = y.add(v[b + 1]!.mul(mu(b + 1)));
      return y;
    });
  return v;
}

const encoding: SmtEncodingFile = {
  summary:
    'the s-step law with symbolic rates: non-negative coefficients in (λ, μ, ν), entries summing to the polynomial 1',
  ladder: ['T=1,s=4', 'T=2,s=6', 'T=3,s=8', 'T=4,s=10'],
  domain:
    'every real chain on {0..T} (rates λ_b, μ_b ≥ 0 with λ_b + μ_b ≤ 1, λ_T = μ_0 = 0), every start, s steps: entries as polynomials in the rates',
  decide: (shape): ShapeDecision => {
    const { T, s } = parseShape('bd_step_distribution_is_probability', shape, { T: [1, 8], s: [0, 40] });
    let monomials = 0;
    for (let start = 0; start <= T!; start++) {
      const free = stepLawPolys(T!, start, s!, true);
      monomials += free.reduce((m, p) => m + p.size, 0);
      const neg = free.findIndex((p) => !p.nonNegativeCoefficients());
      const total = stepLawPolys(T!, start, s!, false).reduce((a, p) => a.add(p), MPoly.ZERO);
      if (neg >= 0 || !total.eq(MPoly.ONE)) {
        // an input for the claim's check: the uniform chain λ_b = μ_b = 1/3
        const third = Rational.of(1, 3);
        const lambda = Array.from({ length: T! + 1 }, (_, b) => (b < T! ? third : Rational.ZERO));
        const mu = Array.from({ length: T! + 1 }, (_, b) => (b > 0 ? third : Rational.ZERO));
        return {
          result: 'refuted',
          note:
            neg >= 0
              ? `entry ${neg} from start ${start} has a negative coefficient`
              : `the entries from start ${start} do not sum to 1`,
          input: { T, lambda, mu, start, s },
        };
      }
    }
    return {
      result: 'proved',
      note: `every entry has non-negative coefficients in (λ, μ, ν) (${monomials} monomials) and the entries sum to the polynomial 1 after substituting ν_b = 1 − λ_b − μ_b, for every start`,
    };
  },
};
export default encoding;
