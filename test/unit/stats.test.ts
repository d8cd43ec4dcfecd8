/**
 * # Binomial tails, Clopper–Pearson, DKW, judgements and fits against exact or hand computations
 *
 * The binomial tails are compared with exact rational sums; a Clopper–Pearson end p must satisfy its
 * defining tail equation (tail(p) ≈ α/2, checked exactly at rationals just inside and outside the
 * returned end); the judgement rules are checked on counts chosen so that the interval lies on
 * each side of the claim; least squares on exact lines and on a hand-solved example.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { Decimal } from 'decimal.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Interval } from '../../src/exact/Interval.js';
import {
  clopperPearson,
  binomialCdf,
  binomialUpperTail,
  lnBinomialUpperTail,
  lnBinomialCdf,
  invertBinomialTail,
  lnRational,
  dkwEpsilon,
  decOf,
} from '../../src/stats/binomial.js';
import {
  judgeProportionAtMost,
  judgeProportionAtLeast,
  judgeProportionEquals,
  judgeStatisticAtMost,
  exactTest,
  combineJudgements,
  bonferroni,
} from '../../src/stats/judge.js';
import { linearFit, sig, slopeInterval } from '../../src/stats/fit.js';
import { failure } from './gen.js';

/** P(X ≥ k), X ~ Bin(n, p), exactly. */
function upper(k: number, n: number, p: Rational): Rational {
  // p = a/b: Σ_{i ≥ k} C(n, i)·a^i·(b − a)^(n−i) over b^n, in integers (one reduction at the end)
  const a = p.num,
    b = p.den;
  let s = 0n,
    c = 1n;
  for (let i = 0; i <= n; i++) {
    if (i > 0) c = (c * BigInt(n - i + 1)) / BigInt(i);
    if (i >= k) s += c * a ** BigInt(i) * (b - a) ** BigInt(n - i);
  }
  return Rational.of(s, b ** BigInt(n));
}
const lower = (k: number, n: number, p: Rational) => Rational.ONE.sub(upper(k + 1, n, p));

const kn = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const pArb = fc.integer({ min: 1, max: 99 }).map((n) => q(n, 100));

describe('binomial tails', () => {
  test.prop([kn, pArb], { numRuns: runs(80) })('decimal and log tails equal the exact sums', ([k, n], p) => {
    const up = upper(k, n, p),
      lo = lower(k, n, p);
    const P = decOf(p);
    // the decimal tails carry the module's 30 digits: 10^−24 relative leaves room for the ~n roundings of the sum
    const close = (x: Decimal, r: Rational) =>
      expect(
        new Decimal(x)
          .minus(decOf(r))
          .abs()
          .lte(new Decimal('1e-28').plus(decOf(r).times('1e-24'))),
        `${x} vs ${r.toDecimal(30)}`,
      ).toBe(true);
    close(binomialUpperTail(k, n, P), up);
    close(binomialCdf(k, n, P), lo);
    const lnUp = lnBinomialUpperTail(k, n, p.toNumber()),
      lnLo = lnBinomialCdf(k, n, p.toNumber());
    expect(Math.abs(lnUp - Math.log(up.toNumber()))).toBeLessThan(1e-9);
    expect(Math.abs(lnLo - Math.log(lo.toNumber()))).toBeLessThan(1e-9);
  });
  vtest('edge cases of the tails', () => {
    const P = new Decimal('0.3');
    expect(binomialUpperTail(0, 5, P).toString()).toBe('1');
    expect(binomialUpperTail(6, 5, P).toString()).toBe('0');
    expect(binomialCdf(-1, 5, P).toString()).toBe('0');
    expect(binomialCdf(5, 5, P).toString()).toBe('1');
    expect(lnBinomialUpperTail(0, 5, 0.3)).toBe(0);
    expect(lnBinomialUpperTail(6, 5, 0.3)).toBe(-Infinity);
    expect(lnBinomialCdf(5, 5, 0.3)).toBe(0);
    expect(lnBinomialCdf(-1, 5, 0.3)).toBe(-Infinity);
    // P(X ≥ 5) for n = 5, p = 1/2 is 1/32; P(X ≤ 0) = 1/32
    expect(Math.abs(lnBinomialUpperTail(5, 5, 0.5) + Math.log(32))).toBeLessThan(1e-12);
    expect(Math.abs(lnBinomialCdf(0, 5, 0.5) + Math.log(32))).toBeLessThan(1e-12);
    // large n: tails through the Stirling branch and the rescaling
    const n = 100_000;
    expect(Math.abs(lnBinomialCdf(n / 2, n, 0.5) - Math.log(0.5 + 0.5 * Math.exp(lnPmfRef(n / 2, n))))).toBeLessThan(
      1e-9,
    );
    expect(lnBinomialUpperTail(60_000, n, 0.5)).toBeLessThan(-1000);
  });
  /** ln pmf(k; n, 1/2) by a sum of logs (reference for the large-n case). */
  function lnPmfRef(k: number, n: number): number {
    let s = -n * Math.log(2);
    for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
    return s;
  }
  test.prop([kn.filter(([k]) => k >= 1), fc.integer({ min: 1, max: 30 })], { numRuns: runs(60) })(
    'invertBinomialTail finds the p where the tail equals the target',
    ([k, n], t) => {
      const target = -t / 10;
      const p = invertBinomialTail(k, n, 'upper', target);
      expect(p > 0 && p < 1).toBe(true);
      expect(Math.abs(lnBinomialUpperTail(k, n, p) - target)).toBeLessThan(1e-9);
      if (k < n) {
        const p2 = invertBinomialTail(k, n, 'lower', target);
        expect(Math.abs(lnBinomialCdf(k, n, p2) - target)).toBeLessThan(1e-9);
      }
    },
  );
  vtest('invertBinomialTail: bad arguments', () => {
    expect(failure(() => invertBinomialTail(0, 5, 'upper', -1))).toBe('InvalidParameterError:k');
    expect(failure(() => invertBinomialTail(6, 5, 'upper', -1))).toBe('InvalidParameterError:k');
    expect(failure(() => invertBinomialTail(5, 5, 'lower', -1))).toBe('InvalidParameterError:k');
    expect(failure(() => invertBinomialTail(0, 5, 'lower', -1))).toBe('no error');
    expect(failure(() => invertBinomialTail(1, 0, 'upper', -1))).toBe('InvalidParameterError:n');
    expect(failure(() => invertBinomialTail(1, 5, 'upper', 0))).toBe('InvalidParameterError:lnTarget');
    expect(failure(() => invertBinomialTail(1, 5, 'upper', NaN))).toBe('InvalidParameterError:lnTarget');
  });
});

describe('Clopper–Pearson and DKW', () => {
  test.prop([kn, fc.constantFrom(q(1, 20), q(1, 100), q(1, 3))], { numRuns: runs(60) })(
    'each end solves its tail equation: the exact tail crosses α/2 within 10^−8 of the end',
    ([k, n], alpha) => {
      const { interval: ci } = clopperPearson(k, n, alpha);
      const a2 = alpha.div(q(2));
      const eps = q(1, 10 ** 8);
      if (k === 0) expect(ci.lo.isZero()).toBe(true);
      else {
        // P(X ≥ k; p) is increasing in p: ≤ α/2 at lo (the exact root lies at or above lo) and > α/2 a little above
        expect(upper(k, n, ci.lo).le(a2)).toBe(true);
        expect(upper(k, n, ci.lo.add(eps).min(Rational.ONE)).gt(a2)).toBe(true);
      }
      if (k === n) expect(ci.hi.eq(Rational.ONE)).toBe(true);
      else {
        expect(lower(k, n, ci.hi).le(a2)).toBe(true);
        expect(lower(k, n, ci.hi.sub(eps).max(Rational.ZERO)).gt(a2)).toBe(true);
      }
      expect(ci.lo.le(q(k, n)) && q(k, n).le(ci.hi)).toBe(true);
    },
  );
  vtest('hand values and bad input', () => {
    // k = n = 1: lower end solves p = α/2
    const one = clopperPearson(1, 1, q(1, 10)).interval;
    expect(one.hi.eq(Rational.ONE)).toBe(true);
    expect(
      one.lo
        .sub(q(1, 20))
        .abs()
        .lt(q(1, 10 ** 9)),
    ).toBe(true);
    expect(one.lo.le(q(1, 20))).toBe(true);
    const zero = clopperPearson(0, 1, q(1, 10)).interval;
    expect(
      zero.lo.isZero() &&
        zero.hi
          .sub(q(19, 20))
          .abs()
          .lt(q(1, 10 ** 9)) &&
        zero.hi.ge(q(19, 20)),
    ).toBe(true);
    const r = clopperPearson(3, 10, q(1, 20));
    expect([r.k, r.n, r.alpha.toString()]).toEqual([3, 10, '1/20']);
    expect(failure(() => clopperPearson(1, 0, q(1, 20)))).toBe('InvalidParameterError:n');
    expect(failure(() => clopperPearson(11, 10, q(1, 20)))).toBe('InvalidParameterError:k');
    expect(failure(() => clopperPearson(-1, 10, q(1, 20)))).toBe('InvalidParameterError:k');
    expect(failure(() => clopperPearson(1, 10, q(0)))).toBe('InvalidParameterError:alpha');
    expect(failure(() => clopperPearson(1, 10, q(1)))).toBe('InvalidParameterError:alpha');
    expect(failure(() => clopperPearson(1, 10, 0.05 as never))).toBe('InvalidParameterError:alpha');
  });
  vtest('DKW half-width √(ln(2/α)/(2n)), rounded up; lnRational', () => {
    for (const [n, alpha] of [
      [100, q(1, 20)],
      [1, q(1, 2)],
      [10_000, q(1, 1000)],
    ] as const) {
      const e = dkwEpsilon(n, alpha);
      const ref = Math.sqrt(Math.log(2 / alpha.toNumber()) / (2 * n));
      expect(e.toNumber() >= ref * (1 - 1e-14)).toBe(true);
      expect(e.toNumber() - ref).toBeLessThan(2e-15 + 1e-14 * ref);
    }
    expect(failure(() => dkwEpsilon(0, q(1, 20)))).toBe('InvalidParameterError:n');
    expect(failure(() => dkwEpsilon(10, q(1)))).toBe('InvalidParameterError:alpha');
    expect(failure(() => dkwEpsilon(10, q(0)))).toBe('InvalidParameterError:alpha');
    expect(Math.abs(lnRational(q(1, 20)) - Math.log(1 / 20))).toBeLessThan(1e-14);
    expect(Math.abs(lnRational(Rational.of(10n ** 400n, 3n)) - (400 * Math.log(10) - Math.log(3)))).toBeLessThan(1e-11);
    expect(Math.abs(lnRational(Rational.of(7n, 10n ** 350n)) - (Math.log(7) - 350 * Math.log(10)))).toBeLessThan(1e-11);
    expect(failure(() => lnRational(q(0)))).toBe('InvalidParameterError:x');
    expect(failure(() => lnRational(q(-1)))).toBe('InvalidParameterError:x');
  });
});

describe('judgements', () => {
  const alpha = q(1, 20);
  vtest('p ≤ b, p ≥ b and p = v: refuted, holds, inconclusive', () => {
    const b = Interval.point(q(1, 2));
    expect(judgeProportionAtMost('t', 90, 100, b, alpha).judgement).toBe('refuted');
    expect(judgeProportionAtMost('t', 10, 100, b, alpha).judgement).toBe('holds');
    expect(judgeProportionAtMost('t', 50, 100, b, alpha).judgement).toBe('inconclusive');
    expect(judgeProportionAtLeast('t', 10, 100, b, alpha).judgement).toBe('refuted');
    expect(judgeProportionAtLeast('t', 90, 100, b, alpha).judgement).toBe('holds');
    expect(judgeProportionAtLeast('t', 50, 100, b, alpha).judgement).toBe('inconclusive');
    expect(judgeProportionEquals('t', 10, 100, b, alpha, q(1, 2)).judgement).toBe('refuted');
    expect(judgeProportionEquals('t', 90, 100, b, alpha, q(1, 2)).judgement).toBe('refuted');
    expect(judgeProportionEquals('t', 5000, 10_000, b, alpha, q(1, 20)).judgement).toBe('holds');
    expect(judgeProportionEquals('t', 50, 100, b, alpha, q(1, 100)).judgement).toBe('inconclusive');
    const t = judgeProportionAtMost('name', 3, 10, b, alpha);
    expect([t.name, t.n, t.successes, t.alpha.toString(), t.method]).toEqual([
      'name',
      10,
      3,
      '1/20',
      'Clopper–Pearson',
    ]);
    expect(t.interval.contains(q(3, 10))).toBe(true);
    expect(t.claimed).toBe('p ≤ 0.500000000');
    expect(judgeProportionAtLeast('t', 3, 10, new Interval(q(1, 4), q(1, 3)), alpha).claimed).toBe(
      'p ≥ [0.250000000, 0.333333333]',
    );
    // an enclosure straddling the interval's end is not enough either way
    const ci = judgeProportionAtMost('t', 30, 100, b, alpha).interval;
    expect(
      judgeProportionAtMost('t', 30, 100, new Interval(ci.hi.sub(q(1, 1000)), ci.hi.add(q(1, 1000))), alpha).judgement,
    ).toBe('inconclusive');
    expect(judgeProportionAtMost('t', 30, 100, Interval.point(ci.hi), alpha).judgement).toBe('holds');
    expect(judgeProportionAtLeast('t', 30, 100, Interval.point(ci.lo), alpha).judgement).toBe('holds');
    expect(judgeProportionAtMost('t', 30, 100, Interval.point(ci.lo), alpha).judgement).toBe('inconclusive');
    expect(judgeProportionAtMost('t', 30, 100, Interval.point(ci.lo.sub(q(1, 10 ** 6))), alpha).judgement).toBe(
      'refuted',
    );
    expect(judgeProportionAtLeast('t', 30, 100, Interval.point(ci.hi.add(q(1, 10 ** 6))), alpha).judgement).toBe(
      'refuted',
    );
    expect(judgeProportionAtLeast('t', 30, 100, Interval.point(ci.hi), alpha).judgement).toBe('inconclusive');
    // equality: meeting the value at an end counts as meeting it
    expect(judgeProportionEquals('t', 30, 100, Interval.point(ci.hi), alpha, q(1)).judgement).toBe('holds');
    expect(judgeProportionEquals('t', 30, 100, Interval.point(ci.lo), alpha, q(1)).judgement).toBe('holds');
    expect(judgeProportionEquals('t', 30, 100, Interval.point(ci.lo), alpha, ci.width()).judgement).toBe('holds');
    expect(
      judgeProportionEquals('t', 30, 100, Interval.point(ci.lo), alpha, ci.width().sub(q(1, 10 ** 9))).judgement,
    ).toBe('inconclusive');
  });
  vtest('statistics, exact tests, combination, Bonferroni', () => {
    expect(judgeStatisticAtMost('d', 'DKW', 10, q(1, 10), q(1, 5), alpha, q(1, 4)).judgement).toBe('holds');
    expect(judgeStatisticAtMost('d', 'DKW', 10, q(1, 5), q(1, 5), alpha, q(1, 5)).judgement).toBe('holds');
    expect(judgeStatisticAtMost('d', 'DKW', 10, q(3, 10), q(1, 5), alpha, q(1, 4)).judgement).toBe('refuted');
    expect(judgeStatisticAtMost('d', 'DKW', 10, q(1, 10), q(1, 5), alpha, q(1, 6)).judgement).toBe('inconclusive');
    const s = judgeStatisticAtMost('d', 'DKW', 10, q(1, 10), q(1, 5), alpha, q(1, 4));
    expect([s.name, s.method, s.n, s.interval.lo.toString(), s.claimed]).toEqual([
      'd',
      'DKW',
      10,
      '1/10',
      'statistic ≤ 0.200000000',
    ]);
    expect('power' in s).toBe(false);
    const e = exactTest('x', 'exact sum', 5, Interval.point(q(1, 3)), 'p = 1/3', 'holds');
    expect([e.name, e.method, e.n, e.alpha.toString(), e.judgement, e.claimed]).toEqual([
      'x',
      'exact sum',
      5,
      '0/1',
      'holds',
      'p = 1/3',
    ]);
    expect(e.power).toBeDefined();
    expect(combineJudgements([])).toBe('holds');
    expect(combineJudgements([{ judgement: 'holds' }, { judgement: 'holds' }])).toBe('holds');
    expect(combineJudgements([{ judgement: 'holds' }, { judgement: 'inconclusive' }])).toBe('inconclusive');
    expect(combineJudgements([{ judgement: 'inconclusive' }, { judgement: 'refuted' }])).toBe('refuted');
    expect(bonferroni(q(1, 20), 5).toString()).toBe('1/100');
    expect(bonferroni(q(1, 20), 0).toString()).toBe('1/20');
    expect(bonferroni(q(1, 20), 1).toString()).toBe('1/20');
  });
});

describe('least squares', () => {
  test.prop([fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }), fc.integer({ min: 3, max: 12 })])(
    'an exact line is recovered with R² = 1',
    (a, b, n) => {
      const xs = Array.from({ length: n }, (_, i) => i - 2);
      const ys = xs.map((x) => a + b * x);
      const f = linearFit(xs, ys);
      expect(Math.abs(f.a - a) < 1e-12 && Math.abs(f.b - b) < 1e-12).toBe(true);
      expect(f.r2).toBeCloseTo(1, 12);
      const s = slopeInterval(xs, ys, 1.96);
      expect(
        Math.abs(s.b - b) < 1e-12 && Math.abs(s.hi - s.lo) < 1e-9 && s.lo <= s.b + 1e-12 && s.b <= s.hi + 1e-12,
      ).toBe(true);
    },
  );
  vtest('hand-solved fit', () => {
    // x = 0, 1, 2, 3; y = 1, 3, 2, 5: b = 1.1, a = 1.1, SSR = 2.7, SST = 8.75
    const f = linearFit([0, 1, 2, 3], [1, 3, 2, 5]);
    expect(f.b).toBeCloseTo(1.1, 12);
    expect(f.a).toBeCloseTo(1.1, 12);
    expect(f.r2).toBeCloseTo(1 - 2.7 / 8.75, 12);
    const s = slopeInterval([0, 1, 2, 3], [1, 3, 2, 5], 2);
    const se = Math.sqrt(2.7 / 2 / 5);
    expect(s.lo).toBeCloseTo(1.1 - 2 * se, 12);
    expect(s.hi).toBeCloseTo(1.1 + 2 * se, 12);
    expect(s.r2).toBeCloseTo(f.r2, 12);
    expect(linearFit([2, 2, 2], [1, 2, 3])).toEqual({ a: 2, b: 0, r2: 0 });
    expect(linearFit([1, 2, 3], [4, 4, 4])).toEqual({ a: 4, b: 0, r2: 1 });
    expect(sig(Math.PI)).toBe('3.142');
    expect(sig(Math.PI, 2)).toBe('3.1');
    expect(sig(Infinity)).toBe('Infinity');
    expect(sig(NaN)).toBe('NaN');
  });
});
