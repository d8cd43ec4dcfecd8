import { describe, expect } from 'vitest';
import { test, fc } from './propTest.js';
import { Rational, q, gcd } from '../src/exact/Rational.js';
import { InexactNumberError, ZeroDenominatorError, InvalidParameterError } from '../src/errors.js';

const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const rat = fc
  .tuple(
    big,
    big.filter((d) => d !== 0n),
  )
  .map(([n, d]) => Rational.of(n, d));
const dbl = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('Rational', () => {
  test.prop([rat])('canonical form: den > 0 and gcd(num, den) = 1', (x) => {
    expect(x.den > 0n).toBe(true);
    expect(gcd(x.num, x.den)).toBe(1n);
  });
  test.prop([rat, rat, rat])('field laws', (a, b, c) => {
    expect(a.add(b).eq(b.add(a))).toBe(true);
    expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
    expect(a.sub(b).add(b).eq(a)).toBe(true);
    if (!b.isZero()) expect(a.div(b).mul(b).eq(a)).toBe(true);
  });
  test.prop([rat, rat])('cmp agrees with the sign of the difference', (a, b) => {
    expect(a.cmp(b)).toBe(a.sub(b).sign());
  });
  test.prop([rat])('parse(toString(x)) = x', (x) => {
    expect(Rational.parse(x.toString()).eq(x)).toBe(true);
  });
  test.prop([dbl])('fromDouble is exact: the value converts back to the same double and is m·2^e', (x) => {
    const r = Rational.fromDouble(x);
    expect(r.toNumber()).toBe(x === 0 ? 0 : x);
    expect((r.den & (r.den - 1n)) === 0n).toBe(true); // dyadic
  });
  test.prop([fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }), fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n })])(
    'gcd divides both and is maximal',
    (a, b) => {
      const g = gcd(a, b);
      if (g === 0n) return expect(a === 0n && b === 0n).toBe(true);
      expect(a % g).toBe(0n);
      expect(b % g).toBe(0n);
      const ra = a / g,
        rb = b / g;
      // the cofactors are coprime: checked with plain Euclid
      let x = ra < 0n ? -ra : ra,
        y = rb < 0n ? -rb : rb;
      while (y !== 0n) [x, y] = [y, x % y];
      expect(x).toBe(1n);
    },
  );
  test('known values', () => {
    expect(Rational.fromDouble(0.1).toString()).toBe('3602879701896397/36028797018963968');
    expect(q(6, -4).toString()).toBe('-3/2');
    expect(q('-0.125').toString()).toBe('-1/8');
    expect(q(-7, 2).floor()).toBe(-4n);
    expect(q(1, 3).toDecimal(4)).toBe('0.3333');
    expect(q(-1, 3).toDecimal(2)).toBe('-0.33');
  });
  test('never accepts a double silently', () => {
    expect(() => Rational.of(0.5)).toThrow(InexactNumberError);
    expect(() => Rational.of(2 ** 60)).toThrow(InexactNumberError);
    expect(() => Rational.fromDouble(NaN)).toThrow(InexactNumberError);
    expect(() => Rational.fromDouble(Infinity)).toThrow(InexactNumberError);
    expect(() => Rational.of(1, 0)).toThrow(ZeroDenominatorError);
    expect(() => q(1).div(Rational.ZERO)).toThrow(ZeroDenominatorError);
    expect(() => Rational.parse('1/0')).toThrow(ZeroDenominatorError);
    expect(() => Rational.parse('abc')).toThrow(InvalidParameterError);
  });
});
