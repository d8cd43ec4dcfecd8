/**
 * # Interval arithmetic, atan/π/Cauchy enclosures and fixed-point powers against independent oracles
 *
 * Interval operations are checked pointwise (every product/quotient of points of the operands lies
 * in the result, and the result's ends are attained by such products); the enclosures of atan, π
 * and the Cauchy law against decimal.js's own `atan` and `acos` at 70 significant digits (an
 * independent algorithm at far higher precision than the 40-digit enclosures); the fixed-point powers
 * against exact rational powers.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Decimal } from 'decimal.js';
import {
  Interval,
  atanEnclosure,
  piEnclosure,
  cauchyMassEnclosure,
  cauchyCdfEnclosure,
} from '../../src/exact/Interval.js';
import { powEnclosure, powFixedRaw, oneMinusPowEnclosure, roundOut, FIXED_ONE } from '../../src/exact/fixedPoint.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { InvalidParameterError } from '../../src/errors.js';

const D70 = Decimal.clone({ precision: 70, rounding: Decimal.ROUND_HALF_EVEN });
const toDec = (x: Rational) => new D70(x.num.toString()).div(x.den.toString());
const fromDec = (x: Decimal) => Rational.parse(x.toFixed(65));
/** atan(x) to ~65 digits, from decimal.js. */
const atanRef = (x: Rational) => fromDec(D70.atan(toDec(x)));
const PI_REF = fromDec(D70.acos(-1));
const SLACK = q(1, 10n ** 60n);
/** The interval contains v, with a slack far below the enclosure's width. */
const encloses = (e: Interval, v: Rational) => e.lo.le(v.add(SLACK)) && v.sub(SLACK).le(e.hi);

const small = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => q(n, d));
const interval = fc.tuple(small, small).map(([a, b]) => new Interval(a.min(b), a.max(b)));
/** Points of an interval: its ends and some interior points. */
const pointsOf = (I: Interval) => [I.lo, I.hi, ...[1, 2, 3].map((k) => I.lo.add(I.width().mul(q(k, 4))))];

describe('Interval arithmetic', () => {
  test.prop([interval, interval], { numRuns: runs(200) })(
    'add, sub, mul, div contain every combination of points and are attained',
    (X, Y) => {
      const ops: [string, Interval | undefined, (x: Rational, y: Rational) => Rational][] = [
        ['add', X.add(Y), (x, y) => x.add(y)],
        ['sub', X.sub(Y), (x, y) => x.sub(y)],
        ['mul', X.mul(Y), (x, y) => x.mul(y)],
        ['div', Y.lo.sign() > 0 || Y.hi.sign() < 0 ? X.div(Y) : undefined, (x, y) => x.div(y)],
      ];
      for (const [name, R, op] of ops) {
        if (!R) {
          expect(() => X.div(Y), 'div by an interval with 0').toThrow(InvalidParameterError);
          continue;
        }
        const vals = pointsOf(X).flatMap((x) => pointsOf(Y).map((y) => op(x, y)));
        expect(vals.filter((v) => !R.contains(v)).map(String), `${name}: values outside ${R}`).toEqual([]);
        // the extremes are attained at the ends (all four operations are monotone in each argument)
        expect(vals.some((v) => v.eq(R.lo)) && vals.some((v) => v.eq(R.hi)), name).toBe(true);
      }
      const N = X.neg();
      expect(N.lo.eq(X.hi.neg()) && N.hi.eq(X.lo.neg())).toBe(true);
    },
  );
  test.prop([interval, small])('scale by any sign; width, sign0, contains', (X, c) => {
    const S = X.scale(c);
    const a = X.lo.mul(c),
      b = X.hi.mul(c);
    expect(S.lo.eq(a.min(b)) && S.hi.eq(a.max(b))).toBe(true);
    expect(X.width().eq(X.hi.sub(X.lo))).toBe(true);
    expect(X.sign0()).toBe(X.lo.sign() > 0 ? 1 : X.hi.sign() < 0 ? -1 : 0);
    expect(
      X.contains(X.lo) && X.contains(X.hi) && !X.contains(X.hi.add(q(1, 1000))) && !X.contains(X.lo.sub(q(1, 1000))),
    ).toBe(true);
  });
  vtest('hand-computed cases', () => {
    expect(new Interval(q(-2), q(3)).mul(new Interval(q(-5), q(4))).toString()).toBe('[-15/1, 12/1]');
    expect(new Interval(q(1), q(2)).div(new Interval(q(-4), q(-2))).toString()).toBe('[-1/1, -1/4]');
    expect(new Interval(q(0), q(1)).sign0()).toBe(0);
    expect(new Interval(q(-1), q(0)).sign0()).toBe(0);
    expect(new Interval(q(1, 9), q(1)).sign0()).toBe(1);
    expect(new Interval(q(-1), q(-1, 9)).sign0()).toBe(-1);
    expect(Interval.point(q(2, 3)).width().isZero()).toBe(true);
    expect(new Interval(q(1), q(2)).scale(Rational.ZERO).toString()).toBe('[0/1, 0/1]');
    expect(() => new Interval(q(1), q(1, 2))).toThrow(InvalidParameterError);
    expect(() => new Interval(q(1), q(1))).not.toThrow();
    expect(() => new Interval(q(1), q(2)).div(new Interval(q(0), q(2)))).toThrow(InvalidParameterError);
    expect(() => new Interval(q(1), q(2)).div(new Interval(q(-2), q(0)))).toThrow(InvalidParameterError);
    expect(new Interval(q(-1, 3), q(1, 2)).toJSON()).toEqual({
      lo: '-1/3',
      hi: '1/2',
      approx: '[-0.333333333333, 0.500000000000]',
    });
  });
});

describe('atan, π and Cauchy enclosures against decimal.js at 70 digits', () => {
  const arg = fc.oneof(
    fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 1, max: 5000 })).map(([n, d]) => q(n, d)),
    fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => q(n, d)),
    fc.constantFrom(q(1), q(-1), q(0), q(1, 5), q(1, 239), q(10n ** 12n), q(1, 10n ** 12n)),
  );
  test.prop([arg], { numRuns: runs(60) })('atan(x) is enclosed, with width ≤ 10^−39', (x) => {
    const e = atanEnclosure(x);
    expect(encloses(e, atanRef(x))).toBe(true);
    expect(e.width().le(q(1, 10n ** 39n))).toBe(true);
  });
  test.prop([arg, fc.integer({ min: 10, max: 60 })], { numRuns: runs(30) })(
    'other precisions: enclosed, width ≤ 10^(1−digits)',
    (x, digits) => {
      const e = atanEnclosure(x, digits);
      expect(encloses(e, atanRef(x))).toBe(true);
      expect(e.width().le(q(1, 10n ** BigInt(digits - 1)))).toBe(true);
    },
  );
  vtest('π: enclosed at the default and other precisions', () => {
    for (const digits of [10, 25, 40, 55]) {
      const p = piEnclosure(digits);
      expect(encloses(p, PI_REF), String(digits)).toBe(true);
      expect(p.width().le(q(1, 10n ** BigInt(digits - 1))), String(digits)).toBe(true);
      expect(p.width().ge(q(1, 10n ** BigInt(digits + 30))), 'an enclosure of this width cannot be exact').toBe(true);
    }
    expect(piEnclosure(40)).toBe(piEnclosure());
    expect(encloses(atanEnclosure(q(1)), PI_REF.div(q(4)))).toBe(true);
  });
  vtest('digits outside [10, 1000] are refused', () => {
    for (const bad of [9, 1001, 10.5, NaN])
      expect(() => atanEnclosure(q(1, 2), bad), String(bad)).toThrow(InvalidParameterError);
    expect(() => atanEnclosure(q(1, 2), 10)).not.toThrow();
    expect(
      atanEnclosure(q(1, 2), 1000)
        .width()
        .le(q(1, 10n ** 999n)),
    ).toBe(true);
  });
  const pairArb = fc.tuple(arg, arg).map(([a, b]): [Rational, Rational] => (a.le(b) ? [a, b] : [b, a]));
  test.prop([pairArb], { numRuns: runs(40) })(
    'Cauchy mass of [u, v] = (atan v − atan u)/π and the CDF 1/2 + atan(t)/π are enclosed',
    ([u, v]) => {
      const m = cauchyMassEnclosure(u, v);
      const ref = atanRef(v).sub(atanRef(u)).div(PI_REF);
      expect(encloses(m, ref)).toBe(true);
      expect(m.lo.sign() >= 0).toBe(true);
      expect(m.width().le(q(1, 10n ** 38n))).toBe(true);
      for (const t of [u, v]) {
        const c = cauchyCdfEnclosure(t);
        expect(encloses(c, Rational.HALF.add(atanRef(t).div(PI_REF)))).toBe(true);
        expect(c.width().le(q(1, 10n ** 38n))).toBe(true);
      }
    },
  );
  vtest('Cauchy mass of a point is [0, tiny]; u > v is refused', () => {
    const m = cauchyMassEnclosure(q(1, 3), q(1, 3));
    expect(m.lo.isZero()).toBe(true);
    expect(m.hi.lt(q(1, 10n ** 38n))).toBe(true);
    expect(() => cauchyMassEnclosure(q(1), q(0))).toThrow(InvalidParameterError);
    expect(encloses(cauchyCdfEnclosure(q(-1)), q(1, 4))).toBe(true);
    expect(encloses(cauchyCdfEnclosure(q(-3)), Rational.HALF.add(atanRef(q(-3)).div(PI_REF)))).toBe(true);
  });
});

describe('fixed-point powers', () => {
  const base = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 97 }), fc.constant(97)).map(([n, d]) => q(n, d)),
    fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1000, max: 1000 })).map(([n, d]) => q(n, d)),
    fc.constantFrom(Rational.ZERO, Rational.ONE, Rational.HALF, q(1, 3)),
  );
  test.prop([base, fc.integer({ min: 0, max: 60 })], { numRuns: runs(150) })(
    'powEnclosure(x, N) ∋ x^N (exact), width ≤ (N+1)·2^−254',
    (x, N) => {
      const e = powEnclosure(x, N);
      const exact = x.pow(N);
      expect(e.contains(exact)).toBe(true);
      expect(e.width().le(q(BigInt(N + 1), 2n ** 254n))).toBe(true);
      const p = Rational.ONE.sub(x);
      const o = oneMinusPowEnclosure(new Interval(p, p), N);
      expect(o.contains(Rational.ONE.sub(exact))).toBe(true);
      expect(o.width().le(q(BigInt(N + 1), 2n ** 254n))).toBe(true);
    },
  );
  vtest('exact ends where the arithmetic is exact; strict directed rounding where it is not', () => {
    expect(powEnclosure(q(1, 2), 3).toString()).toBe('[1/8, 1/8]');
    expect(powEnclosure(q(3, 4), 0).toString()).toBe('[1/1, 1/1]');
    expect(powEnclosure(Rational.ONE, 50).toString()).toBe('[1/1, 1/1]');
    expect(powEnclosure(Rational.ZERO, 5).toString()).toBe('[0/1, 0/1]');
    const t = powEnclosure(q(1, 3), 5);
    expect(t.lo.lt(q(1, 243)) && q(1, 243).lt(t.hi)).toBe(true);
    expect(powFixedRaw(FIXED_ONE / 2n, 3, false)).toBe(FIXED_ONE / 8n);
    expect(powFixedRaw(FIXED_ONE / 2n, 0, true)).toBe(FIXED_ONE);
    expect(powFixedRaw(3n, 1, true)).toBe(3n);
    expect(powFixedRaw(3n, 2, true)).toBe(1n); // 9·2^−512 rounded up to one unit
    expect(powFixedRaw(3n, 2, false)).toBe(0n);
    expect(FIXED_ONE).toBe(2n ** 256n);
    // p ∈ [1/4, 1/2], N = 2: 1 − (1 − p)^2 ∈ [7/16, 3/4]
    expect(oneMinusPowEnclosure(new Interval(q(1, 4), q(1, 2)), 2).toString()).toBe('[7/16, 3/4]');
  });
  vtest('bad x or N are typed errors', () => {
    expect(() => powEnclosure(q(-1, 2), 2)).toThrow(InvalidParameterError);
    expect(() => powEnclosure(q(3, 2), 2)).toThrow(InvalidParameterError);
    expect(() => powEnclosure(q(1, 2), -1)).toThrow(InvalidParameterError);
    expect(() => powEnclosure(q(1, 2), 10_000_001)).toThrow(InvalidParameterError);
    expect(() => powEnclosure(q(1, 2), 1.5)).toThrow(InvalidParameterError);
    expect(() => powEnclosure(q(1, 2), 10_000_000)).not.toThrow();
    for (const [f, want] of [
      [() => powEnclosure(q(1, 2), -1), 'powEnclosure:N'],
      [() => powEnclosure(q(3, 2), 2), 'powEnclosure:x'],
    ] as const) {
      try {
        f();
      } catch (e) {
        expect(`${(e as InvalidParameterError).api}:${(e as InvalidParameterError).parameter}`).toBe(want);
      }
    }
  });
  test.prop([
    fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
    fc.bigInt({ min: 1n, max: 10n ** 30n }),
    fc.integer({ min: 1, max: 120 }),
  ])('roundOut: a multiple of 2^−k on the requested side, within 2^−k', (n, d, k) => {
    const x = Rational.of(n, d);
    const step = q(1n, 1n << BigInt(k));
    const up = roundOut(x, true, k),
      dn = roundOut(x, false, k);
    expect(up.div(step).isInteger() && dn.div(step).isInteger()).toBe(true);
    expect(dn.le(x) && x.le(up)).toBe(true);
    expect(up.sub(x).lt(step) && x.sub(dn).lt(step)).toBe(true);
    const dflt = roundOut(x, true);
    expect(dflt.ge(x) && dflt.sub(x).lt(q(1n, 1n << 80n)) && dflt.mul(q(1n << 80n)).isInteger()).toBe(true);
  });
  vtest('roundOut keeps multiples of 2^−k', () => {
    expect(roundOut(q(3, 8), true, 3).toString()).toBe('3/8');
    expect(roundOut(q(3, 8), false, 3).toString()).toBe('3/8');
    expect(roundOut(q(1, 3), true, 2).toString()).toBe('1/2');
    expect(roundOut(q(1, 3), false, 2).toString()).toBe('1/4');
    expect(roundOut(q(-1, 3), false, 2).toString()).toBe('-1/2');
  });
});
