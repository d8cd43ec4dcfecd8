/**
 * # Polynomial encoding of D4 `bd_exit_probability_eq_gamblers_ruin` (shape `n=span`)
 *
 * Main definitions: the default export — at shape `n=m`: for every start k = b − lo ∈ {1, …, m − 1}
 * of an interval of m + 1 states, with ρ = μ/λ and S_k(ρ) = Σ_{j<k} ρ^j:
 * - exit at the top: h_k = S_k/S_m solves the first-step equations (λ + μ)h_k = λh_{k+1} + μh_{k−1}
 *   (divided by λ: (1 + ρ)S_k = S_{k+1} + ρS_{k−1}, S_0 = 0) and equals gambler's ruin
 *   (1 − ρ^k)/(1 − ρ^m) for ρ ≠ 1 ((1 − ρ^k)S_m = (1 − ρ^m)S_k) and k/m at ρ = 1;
 * - the expected exit time: m_k = D_k/(λ + μ) with D_k = (1 + ρ)Q_k/S_m, Q_k = (kS_m − mS_k)/(ρ − 1)
 *   (an exact polynomial division), solves (λ + μ)m_k = 1 + λm_{k+1} + μm_{k−1}, m_0 = m_m = 0
 *   ((1 + ρ)Q_k = S_m + Q_{k+1} + ρQ_{k−1}, Q_0 = Q_m = 0), and equals the duration formula
 *   k/(q − p) − m/(q − p)·(1 − ρ^k)/(1 − ρ^m) (q − p = (ρ − 1)/(1 + ρ)) for ρ ≠ 1 and k(m − k) at ρ = 1.
 * All are identities of polynomials in ρ, expanded exactly; the first-step equations have a unique
 * solution for λ, μ > 0, so this proves D4's closed forms for every real λ, μ > 0 at that span.
 *
 * References: blueprint D4 (`docs/blueprint.md`).
 */
import { Rational } from '../../src/exact/Rational.js';
import { Poly } from '../../src/smt/polynomial.js';
import { parseShape } from '../../src/smt/terms.js';
import type { ShapeDecision, SmtEncodingFile } from '../../src/smt/types.js';

/** S_k(ρ) = Σ_{j<k} ρ^j. */
export function geometricSum(k: number): Poly {
  return Poly.of(Array.from({ length: k }, () => Rational.ONE));
}

/** p/(ρ − 1) exactly, or null when ρ − 1 does not divide p. */
export function divideByXMinusOne(p: Poly): Poly | null {
  const c = p.c;
  if (c.length === 0) return Poly.ZERO;
  // synthetic division by (ρ − 1): q_{n−1} = c_n, q_{j−1} = c_j + q_j
  const out: Rational[] = new Array(c.length - 1);
  let carry = Rational.ZERO;
  for (let j = c.length - 1; j >= 1; j--) {
    carry = c[j]!.add(carry);
    out[j - 1] = carry;
  }
  return c[0]!.add(carry).isZero() ? Poly.of(out) : null;
}

const X1 = Poly.ONE.add(Poly.X); // 1 + ρ

/** The failed identity (or null) for span m (see the header). */
export function gamblersRuinIdentities(m: number): string | null {
  const S = Array.from({ length: m + 1 }, (_, k) => geometricSum(k));
  const Sm = S[m]!;
  const rhoPow = (k: number) => Poly.X.pow(k);
  const Q: Poly[] = [];
  for (let k = 0; k <= m; k++) {
    const q = divideByXMinusOne(Sm.scale(Rational.of(k)).sub(S[k]!.scale(Rational.of(m))));
    if (!q) return `ρ − 1 does not divide k·S_m − m·S_k at k = ${k}`;
    Q.push(q);
  }
  if (!Q[0]!.eq(Poly.ZERO) || !Q[m]!.eq(Poly.ZERO)) return 'Q_0 or Q_m is not 0';
  for (let k = 1; k < m; k++) {
    if (!X1.mul(S[k]!).eq(S[k + 1]!.add(Poly.X.mul(S[k - 1]!))))
      return `exit probability: first-step equation fails at k = ${k}`;
    if (
      !Poly.ONE.sub(rhoPow(k))
        .mul(Sm)
        .eq(Poly.ONE.sub(rhoPow(m)).mul(S[k]!))
    )
      return `exit probability: (1 − ρ^k)S_m ≠ (1 − ρ^m)S_k at k = ${k}`;
    if (!S[k]!.eval(Rational.ONE).div(Sm.eval(Rational.ONE)).eq(Rational.of(k, m)))
      return `exit probability at ρ = 1 is not k/m at k = ${k}`;
    if (!X1.mul(Q[k]!).eq(Sm.add(Q[k + 1]!).add(Poly.X.mul(Q[k - 1]!))))
      return `duration: first-step equation fails at k = ${k}`;
    // the duration formula for ρ ≠ 1: (1 + ρ)/(ρ − 1)·(k − m·S_k/S_m) = (1 + ρ)Q_k/S_m, i.e. (ρ − 1)Q_k = k·S_m − m·S_k
    if (
      !Poly.X.sub(Poly.ONE)
        .mul(Q[k]!)
        .eq(Sm.scale(Rational.of(k)).sub(S[k]!.scale(Rational.of(m))))
    )
      return `duration formula fails at k = ${k}`;
    if (
      !Rational.TWO.mul(Q[k]!.eval(Rational.ONE))
        .div(Rational.of(m))
        .eq(Rational.of(k * (m - k)))
    )
      return `duration at ρ = 1 is not k(m − k) at k = ${k}`;
  }
  return null;
}

const encoding: SmtEncodingFile = {
  summary:
    'first-step equations and closed forms as polynomial identities in ρ = μ/λ (exit probability S_k/S_n, duration (1 + ρ)Q_k/S_n), every start',
  ladder: ['n=2', 'n=3', 'n=5', 'n=8', 'n=16'],
  domain:
    'every real λ, μ > 0 (identities of polynomials in ρ = μ/λ), every start inside an interval of the given span',
  decide: (shape): ShapeDecision => {
    const { n } = parseShape('bd_exit_probability_eq_gamblers_ruin', shape, { n: [2, 64] });
    const failed = gamblersRuinIdentities(n!);
    if (failed === null)
      return {
        result: 'proved',
        note: `exit probabilities S_k/S_${n} and durations (1 + ρ)Q_k/S_${n}: first-step equations and closed forms agree as polynomials in ρ for every k`,
      };
    // an input for the claim's check (constant rates, ρ = 1/2, on {0..n}); the runner reports it honestly
    // as "model not confirmed" if the claim's exact check finds no violation there
    return {
      result: 'refuted',
      note: failed,
      input: { T: n!, lambda: Rational.of(1, 3), mu: Rational.of(1, 6), lo: 0, hi: n!, b: 1 },
    };
  },
};
export default encoding;
