/**
 * # Pinned values of the binomial tails, their inversion, Clopper–Pearson and the stated power
 *
 * Every value is checked against an exact reference computed here, independently of `src/stats`:
 * binomial tails as exact BigInt sums (p dyadic, so the double p *is* the rational p), their
 * logarithms from the integers' bit lengths, and the power of the Clopper–Pearson rule from its
 * rejection region found by exact tails and a bisection on exact tails. On top, the deterministic
 * doubles are pinned bit for bit (a hash of the grid's results): the reports must be byte-identical
 * on every machine, and the last bits are where a wrong loop limit or a dropped series term shows.
 *
 * `binomial.ts` caches ln C(n, k) for the life of the process: the module is loaded afresh for this
 * file, so that no earlier result (of an earlier mutant, under StrykerJS) hides a change.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createHash } from 'node:crypto';
import type { Rational } from '../../src/exact/Rational.js';

type Binomial = typeof import('../../src/stats/binomial.js');
type RationalMod = typeof import('../../src/exact/Rational.js');
let B: Binomial, R: RationalMod;

beforeAll(async () => {
  vi.resetModules();
  B = await import('../../src/stats/binomial.js');
  R = await import('../../src/exact/Rational.js');
});

/** ln of a positive BigInt, to about 10⁻¹⁶ relative (top 53 bits through Math.log, the rest as a multiple of ln 2). */
function lnBig(x: bigint): number {
  const bits = x.toString(2).length;
  const s = Math.max(0, bits - 64);
  return Math.log(Number(x >> BigInt(s))) + s * Math.LN2;
}

/** Exact binomial tails at p = a/b: up[k] = P(X ≥ k)·b^n as integers (k = 0..n+1) and the denominator b^n. */
function exactTails(n: number, a: bigint, b: bigint): { up: bigint[]; den: bigint } {
  const terms: bigint[] = [];
  let c = 1n;
  for (let i = 0; i <= n; i++) {
    if (i > 0) c = (c * BigInt(n - i + 1)) / BigInt(i);
    terms.push(c * a ** BigInt(i) * (b - a) ** BigInt(n - i));
  }
  const up = new Array<bigint>(n + 2).fill(0n);
  for (let i = n; i >= 0; i--) up[i] = up[i + 1]! + terms[i]!;
  return { up, den: b ** BigInt(n) };
}

/** a/b for a dyadic double p in (0, 1). */
function dyadic(p: number): [bigint, bigint] {
  let a = p,
    b = 1n;
  while (!Number.isInteger(a)) {
    a *= 2;
    b *= 2n;
  }
  return [BigInt(a), b];
}

/** sha256 of doubles written little-endian. */
function hashDoubles(xs: readonly number[]): string {
  const dv = new DataView(new ArrayBuffer(8 * xs.length));
  xs.forEach((x, i) => dv.setFloat64(8 * i, x, true));
  return createHash('sha256').update(new Uint8Array(dv.buffer)).digest('hex');
}

const NS = [1, 2, 7, 40, 255, 256, 300, 2000];
const PS = [1 / 1024, 0.25, 0.375, 0.5, 0.8125, 1 - 1 / 1024];
const ksOf = (n: number, p: number) => [
  ...new Set([0, 1, Math.floor(n * p), Math.ceil(n * p) + 1, n - 1, n].filter((k) => k >= 0 && k <= n)),
];

describe('log tails in deterministic doubles against exact BigInt sums', () => {
  test('ln P(X ≥ k) and ln P(X ≤ k) within 10⁻¹¹ of the exact tails (table and Stirling ln m!, rescaled sums, every edge k); the doubles pinned bit for bit', () => {
    const got: number[] = [];
    for (const n of NS)
      for (const p of PS) {
        const [a, b] = dyadic(p);
        const { up, den } = exactTails(n, a, b);
        const lnDen = lnBig(den);
        for (const k of ksOf(n, p)) {
          const lu = B.lnBinomialUpperTail(k, n, p),
            lc = B.lnBinomialCdf(k, n, p);
          got.push(lu, lc);
          const refU = k === 0 ? 0 : lnBig(up[k]!) - lnDen;
          const refC = k === n ? 0 : lnBig(den - up[k + 1]!) - lnDen;
          const tol = 1e-11 * Math.max(1, Math.abs(refU));
          if (!(Math.abs(lu - refU) <= tol)) expect.fail(`ln P(X ≥ ${k}), n = ${n}, p = ${p}: ${lu} vs exact ${refU}`);
          if (!(Math.abs(lc - refC) <= 1e-11 * Math.max(1, Math.abs(refC))))
            expect.fail(`ln P(X ≤ ${k}), n = ${n}, p = ${p}: ${lc} vs exact ${refC}`);
        }
        // the whole range: exactly 0 (not a rounding of 0) and exactly −∞ outside
        expect(B.lnBinomialUpperTail(0, n, p)).toBe(0);
        expect(B.lnBinomialUpperTail(-3, n, p)).toBe(0);
        expect(B.lnBinomialUpperTail(n + 1, n, p)).toBe(-Infinity);
        expect(B.lnBinomialCdf(n, n, p)).toBe(0);
        expect(B.lnBinomialCdf(n + 2, n, p)).toBe(0);
        expect(B.lnBinomialCdf(-1, n, p)).toBe(-Infinity);
      }
    expect(hashDoubles(got)).toBe(GOLDEN_TAILS);
  });
});

describe('invertBinomialTail against exact tails', () => {
  test('the root brackets the exact tail equation within 10⁻¹⁰ relative (upper and lower tails, edge k, targets near 0 and near 1); pinned bit for bit', () => {
    const got: number[] = [];
    const cases: [number, readonly number[]][] = [
      [1, [0, 1]],
      [10, [0, 1, 5, 9, 10]],
      [60, [0, 3, 30, 59, 60]],
    ];
    for (const [n, ks] of cases)
      for (const k of ks)
        for (const side of ['upper', 'lower'] as const)
          for (const target of [0.025, 0.1, 1e-7, 0.999]) {
            if ((side === 'upper' && k < 1) || (side === 'lower' && k > n - 1)) continue;
            const p = B.invertBinomialTail(k, n, side, Math.log(target));
            got.push(p);
            expect(p > 0 && p < 1).toBe(true);
            // exact tail at p(1 ∓ 10⁻¹⁰): the upper tail rises with p, the lower one falls (10⁻¹⁰, not 10⁻¹⁵:
            // for p near 0, 1 − p in doubles carries an error of up to 2⁻⁵³/p relative into the lower tail)
            const tail = (x: number) => {
              const r = R.Rational.fromDouble(x);
              const { up, den } = exactTails(n, r.num, r.den);
              return side === 'upper' ? R.Rational.of(up[k]!, den) : R.Rational.of(den - up[k + 1]!, den);
            };
            const t = R.Rational.fromDouble(target);
            const below = tail(p * (1 - 1e-10)),
              above = tail(p * (1 + 1e-10));
            const [lo, hi] = side === 'upper' ? [below, above] : [above, below];
            if (!(lo.lt(t) && hi.gt(t)))
              expect.fail(`invertBinomialTail(${k}, ${n}, ${side}, ln ${target}) = ${p}: not a root`);
          }
    // a large n, far tails (the Newton steps leave the bracket there)
    for (const [k, n, side, target] of [
      [1, 400, 'upper', 1e-9],
      [390, 400, 'lower', 1e-6],
      [100, 400, 'upper', 0.5],
      [3, 2000, 'lower', 0.9],
    ] as const) {
      const p = B.invertBinomialTail(k, n, side, Math.log(target));
      got.push(p);
      const sideTail = side === 'upper' ? B.lnBinomialUpperTail(k, n, p) : B.lnBinomialCdf(k, n, p);
      expect(Math.abs(sideTail - Math.log(target))).toBeLessThan(1e-9);
    }
    expect(hashDoubles(got)).toBe(GOLDEN_ROOTS);
  });

  test('bad arguments name the API and the parameter', () => {
    expect(() => B.invertBinomialTail(1, 0, 'upper', -1)).toThrow(/invertBinomialTail: parameter 'n'/);
    expect(() => B.invertBinomialTail(0, 5, 'upper', -1)).toThrow(/invertBinomialTail: parameter 'k'/);
    expect(() => B.invertBinomialTail(5, 5, 'lower', -1)).toThrow(/invertBinomialTail: parameter 'k'/);
    expect(B.invertBinomialTail(5, 5, 'upper', -1)).toBeGreaterThan(0);
    expect(B.invertBinomialTail(0, 5, 'lower', -1)).toBeGreaterThan(0);
    for (const t of [0, 0.5, NaN])
      expect(() => B.invertBinomialTail(2, 5, 'upper', t)).toThrow(/invertBinomialTail: parameter 'lnTarget'/);
  });
});

describe('decimal.js tails (30 digits) against exact sums', () => {
  test('P(X ≤ k) and P(X ≥ k) within 10⁻¹⁵ relative on both sides of the mean, the edges exact', () => {
    for (const [n, p] of [
      [12, 0.25],
      [50, 0.375],
      [300, 0.5],
      [80, 1 / 1024],
    ] as const) {
      const [a, b] = dyadic(p);
      const { up, den } = exactTails(n, a, b);
      const pd = B.decOf(R.Rational.fromDouble(p));
      for (const k of [0, 1, Math.floor(n * p) - 1, Math.floor(n * p), Math.ceil(n * p) + 2, n - 1, n]) {
        if (k < 0 || k > n) continue;
        const cdf = B.binomialCdf(k, n, pd),
          upper = B.binomialUpperTail(k, n, pd);
        const refC = R.Rational.of(den - up[k + 1]!, den),
          refU = R.Rational.of(up[k]!, den);
        const rel = (x: { toString(): string }, r: Rational) => {
          const d = B.decOf(r);
          return Number(d.minus(x.toString()).abs().div(d).toString());
        };
        if (!(rel(cdf, refC) < 1e-15)) expect.fail(`P(X ≤ ${k}), n = ${n}, p = ${p}`);
        if (!(rel(upper, refU) < 1e-15)) expect.fail(`P(X ≥ ${k}), n = ${n}, p = ${p}`);
      }
      expect(B.binomialCdf(-1, n, pd).toString()).toBe('0');
      expect(B.binomialCdf(n, n, pd).toString()).toBe('1');
      expect(B.binomialUpperTail(0, n, pd).toString()).toBe('1');
      expect(B.binomialUpperTail(n + 1, n, pd).toString()).toBe('0');
    }
    // pinned to 25 significant digits
    const pd = B.decOf(R.q(1, 3));
    expect(
      [
        B.binomialCdf(20, 100, pd),
        B.binomialCdf(40, 100, pd),
        B.binomialUpperTail(40, 100, pd),
        B.binomialUpperTail(20, 100, pd),
        B.binomialCdf(290, 1000, pd),
      ].map((x) => x.toSignificantDigits(25).toString()),
    ).toEqual(GOLDEN_DEC);
  });
});

describe('Clopper–Pearson, DKW and lnRational pinned', () => {
  test('interval ends: exact containment, 12-decimal grid, golden strings', () => {
    const out: string[] = [];
    for (const [k, n, alpha] of [
      [0, 10, R.q(1, 20)],
      [1, 10, R.q(1, 20)],
      [5, 10, R.q(1, 1000)],
      [10, 10, R.q(1, 20)],
      [17, 60, R.q(1, 100)],
      [3000, 10000, R.q(1, 10 ** 6)],
    ] as const) {
      const ci = B.clopperPearson(k, n, alpha).interval;
      out.push(`${ci.lo}`, `${ci.hi}`);
      const grid = R.q(1, 10 ** 12);
      expect(ci.lo.div(grid).isInteger() && ci.hi.div(grid).isInteger()).toBe(true);
      if (n <= 60) {
        const a2 = alpha.div(R.q(2));
        if (k > 0) {
          const { up, den } = exactTails(n, ci.lo.num, ci.lo.den);
          expect(R.Rational.of(up[k]!, den).le(a2)).toBe(true);
        }
        if (k < n) {
          const { up, den } = exactTails(n, ci.hi.num, ci.hi.den);
          expect(R.Rational.of(den - up[k + 1]!, den).le(a2)).toBe(true);
        }
      }
    }
    expect(createHash('sha256').update(out.join('\n')).digest('hex')).toBe(GOLDEN_CP);
    expect(() => B.clopperPearson(1, 0, R.q(1, 20))).toThrow(/clopperPearson: parameter 'n'/);
    expect(() => B.clopperPearson(11, 10, R.q(1, 20))).toThrow(/clopperPearson: parameter 'k'/);
    for (const bad of [R.q(0), R.q(1), R.q(-1, 2), 0.05])
      expect(() => B.clopperPearson(1, 10, bad as never)).toThrow(/clopperPearson: parameter 'alpha'/);
  });

  test('dkwEpsilon = √(ln(2/α)/(2n)) rounded up to 15 decimals; lnRational beyond the doubles', () => {
    for (const [n, alpha] of [
      [1, R.q(1, 2)],
      [100, R.q(1, 20)],
      [40000, R.q(1, 2000)],
      [10 ** 9, R.q(1, 10 ** 6)],
    ] as const) {
      const eps = B.dkwEpsilon(n, alpha);
      const ulp = R.q(1, 10 ** 15);
      expect(eps.div(ulp).isInteger()).toBe(true);
      // ε² ≥ ln(2/α)/(2n) > (ε − 10⁻¹⁵)²: compare 2n·ε² with ln(2/α) at 1e-12 relative (the ln in doubles)
      const ln = Math.log(2 / alpha.toNumber());
      expect(
        eps
          .mul(eps)
          .mul(R.q(2 * n))
          .toNumber(),
      ).toBeGreaterThanOrEqual(ln * (1 - 1e-13));
      expect(
        eps
          .sub(ulp)
          .mul(eps.sub(ulp))
          .mul(R.q(2 * n))
          .toNumber(),
      ).toBeLessThan(ln);
    }
    expect(() => B.dkwEpsilon(0, R.q(1, 20))).toThrow(/dkwEpsilon: parameter 'n'/);
    expect(() => B.dkwEpsilon(5, R.q(1))).toThrow(/dkwEpsilon: parameter 'alpha'/);
    const big = R.Rational.of(3n ** 2000n + 1n, 2n ** 1500n);
    expect(Math.abs(B.lnRational(big) - (2000 * Math.log(3) - 1500 * Math.LN2))).toBeLessThan(1e-9);
    expect(B.lnRational(R.q(1))).toBe(0);
    expect(Math.abs(B.lnRational(R.q(1, 7)) + Math.log(7))).toBeLessThan(1e-15);
    for (const bad of [R.q(0), R.q(-1)]) expect(() => B.lnRational(bad)).toThrow(/lnRational: parameter 'x'/);
  });
});

// sha256 of the grid's log tails (little-endian doubles, in loop order): the deterministic doubles
const GOLDEN_TAILS = 'af9efb49c3460d3aac036fbd7fb63d6a0eae9f02959cdc95217f654fb854a06a';
// sha256 of the grid's roots
const GOLDEN_ROOTS = 'cd729a29362dd561a000dc8c5b1d680d9a6b99fa3cf70a9a4e6587abe2b1c172';
// sha256 of the Clopper–Pearson ends as exact rationals, one per line
const GOLDEN_CP = '6da9fd5120cdaa0faa5b88513f33fca65299e1870f65da339e5b54bdf7195754';
// P(X ≤ 20), P(X ≤ 40), P(X ≥ 40), P(X ≥ 20) for Bin(100, 1/3) and P(X ≤ 290) for Bin(1000, 1/3), 25 digits
const GOLDEN_DEC = [
  '0.00236979573022237429380192',
  '0.9341278420770638780860102',
  '0.09662307024745306453302931',
  '0.9988874654216511253285115',
  '0.001847593185300316828325511',
];
