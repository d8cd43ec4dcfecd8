/**
 * The integer chain kernels against independent references: the scaled step law (integers over L^s,
 * no gcd per step) against a step-by-step law in reduced rationals and against brute-force path
 * enumeration; C1's integer inclusion–exclusion sum against the same sum in reduced rationals and
 * against the pure-death chain's law.
 */
import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { BirthDeathChain, pureDeathChain, pureDeathZeroProbIE, binomial } from '../src/chain/BirthDeathChain.js';
import { Rational, q } from '../src/exact/Rational.js';

/** A chain on {0..T} with rational λ_b, μ_b (denominators ≤ 12), λ_T = μ_0 = 0, λ_b + μ_b ≤ 1. */
const chainArb = fc.integer({ min: 1, max: 6 }).chain((T) =>
  fc
    .array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: T + 1, maxLength: T + 1 })
    .map((rows) => {
      const lambda: Rational[] = [], mu: Rational[] = [];
      rows.forEach(([den, a, b], i) => {
        const l = i === T ? 0 : Math.min(a, den), m = i === 0 ? 0 : Math.min(b, den - l);
        lambda.push(q(l, den));
        mu.push(q(m, den));
      });
      return new BirthDeathChain(T, lambda, mu);
    }),
);

/** The law after s steps by reduced rational arithmetic, one step at a time (the pre-integer kernel). */
function rationalLaw(c: BirthDeathChain, start: number, s: number): Rational[] {
  let v = Array.from({ length: c.T + 1 }, (_, b) => (b === start ? Rational.ONE : Rational.ZERO));
  for (let k = 0; k < s; k++) {
    v = v.map((_, b) => {
      let x = v[b]!.mul(Rational.ONE.sub(c.lambda[b]!).sub(c.mu[b]!));
      if (b > 0) x = x.add(v[b - 1]!.mul(c.lambda[b - 1]!));
      if (b < c.T) x = x.add(v[b + 1]!.mul(c.mu[b + 1]!));
      return x;
    });
  }
  return v;
}

/** The law after s steps by enumerating every path of moves (−1, 0, +1). */
function pathLaw(c: BirthDeathChain, start: number, s: number): Rational[] {
  const out = Array.from({ length: c.T + 1 }, () => Rational.ZERO);
  const walk = (b: number, k: number, pr: Rational): void => {
    if (pr.isZero()) return;
    if (k === s) {
      out[b] = out[b]!.add(pr);
      return;
    }
    walk(b, k + 1, pr.mul(Rational.ONE.sub(c.lambda[b]!).sub(c.mu[b]!)));
    if (b < c.T) walk(b + 1, k + 1, pr.mul(c.lambda[b]!));
    if (b > 0) walk(b - 1, k + 1, pr.mul(c.mu[b]!));
  };
  walk(start, 0, Rational.ONE);
  return out;
}

describe('integer chain kernels', () => {
  test.prop([chainArb, fc.nat(), fc.integer({ min: 0, max: 25 })], { numRuns: 150 })('the scaled law equals the reduced-rational step law, and its integers sum to L^s', (c, st, s) => {
    const start = st % (c.T + 1);
    const { num, den } = c.distributionScaled(start, s);
    expect(num.reduce((a, x) => a + x, 0n)).toBe(den);
    const ref = rationalLaw(c, start, s);
    num.forEach((x, b) => expect(Rational.of(x, den).eq(ref[b]!)).toBe(true));
  });
  test.prop([chainArb, fc.nat(), fc.integer({ min: 0, max: 7 })], { numRuns: 60 })('the law equals brute-force path enumeration', (c, st, s) => {
    const start = st % (c.T + 1);
    const law = c.distributionAt(start, s), ref = pathLaw(c, start, s);
    law.forEach((x, b) => expect(x.eq(ref[b]!)).toBe(true));
  });
  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 120 })], { numRuns: 80 })(
    "C1's integer inclusion–exclusion equals the reduced-rational sum and the pure-death law",
    (T, den, s) => {
      const p = q(1, Math.max(den, T)); // T·p ≤ 1
      const ie = pureDeathZeroProbIE(T, p, s);
      let ref = Rational.ZERO;
      for (let k = 0; k <= T; k++) {
        const term = Rational.of(binomial(T, k)).mul(Rational.ONE.sub(Rational.of(k).mul(p)).pow(s));
        ref = k % 2 === 0 ? ref.add(term) : ref.sub(term);
      }
      expect(ie.eq(ref)).toBe(true);
      if (s <= 60) expect(ie.eq(pureDeathChain(T, p).distributionAt(T, s)[0]!)).toBe(true);
    },
  );
  test.prop([fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 30 })])(
    "C1's sum for p with k·p > 1 for some k (signed terms) equals the reduced-rational sum",
    (T, a, b, s) => {
      const p = q(Math.min(a, b), b);
      let ref = Rational.ZERO;
      for (let k = 0; k <= T; k++) {
        const term = Rational.of(binomial(T, k)).mul(Rational.ONE.sub(Rational.of(k).mul(p)).pow(s));
        ref = k % 2 === 0 ? ref.add(term) : ref.sub(term);
      }
      expect(pureDeathZeroProbIE(T, p, s).eq(ref)).toBe(true);
    },
  );
  test.prop([fc.constantFrom(-1, 1.5, NaN)])('pureDeathZeroProbIE rejects a bad T with a typed error', (T) => {
    expect(() => pureDeathZeroProbIE(T, q(1, 4), 3)).toThrow(/parameter 'T'/);
  });
});
