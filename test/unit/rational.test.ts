/**
 * # Rational against a naive oracle
 *
 * Every operation of `Rational` is compared with a textbook BigInt fraction (reduce by plain Euclid,
 * compare by cross-multiplication) on operands chosen to take every fast path: integers, dyadics
 * with equal and different denominators, general fractions, zero. `gcd`, `lcm`, `bitLength`,
 * `fromDouble`, `parse`, `toDecimal` and `toNumber` are checked against independent computations
 * (repeated doubling, `BigInt.toString(2)`, `parseFloat` of a 30-digit decimal).
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q, gcd, lcm, bitLength, sum, maxOf, sumOfProducts } from '../../src/exact/Rational.js';
import { InexactNumberError, InvalidParameterError, ZeroDenominatorError } from '../../src/errors.js';

// ---------------------------------------------------------------- the oracle
const absB = (x: bigint): bigint => (x < 0n ? -x : x);
function euclid(a: bigint, b: bigint): bigint {
  a = absB(a);
  b = absB(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
/** canonical [num, den] of n/d */
function canon(n: bigint, d: bigint): [bigint, bigint] {
  if (d < 0n) [n, d] = [-n, -d];
  const g = euclid(n, d);
  return g === 0n ? [0n, 1n] : [n / g, d / g];
}
const pair = (x: Rational): [bigint, bigint] => [x.num, x.den];
const oracleFloor = (n: bigint, d: bigint): bigint => {
  // d > 0
  const r = ((n % d) + d) % d;
  return (n - r) / d;
};

// ---------------------------------------------------------------- generators
const smallInt = fc.bigInt({ min: -50n, max: 50n });
const bigInt = fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n });
const dyadic = fc
  .tuple(fc.oneof(smallInt, bigInt), fc.integer({ min: 0, max: 70 }))
  .map(([n, k]) => Rational.of(n, 1n << BigInt(k)));
const general = fc
  .tuple(fc.oneof(smallInt, bigInt), fc.oneof(fc.bigInt({ min: 1n, max: 60n }), fc.bigInt({ min: 1n, max: 2n ** 80n })))
  .map(([n, d]) => Rational.of(n, d));
const integer = fc.oneof(smallInt, bigInt).map((n) => Rational.of(n));
const rat = fc.oneof(
  dyadic,
  general,
  integer,
  fc.constant(Rational.ZERO),
  fc.constantFrom(Rational.ONE, Rational.MINUS_ONE, Rational.HALF),
);
/** Pairs that share a denominator (the same-denominator fast paths). */
const sameDen = fc
  .tuple(
    fc.oneof(smallInt, bigInt),
    fc.oneof(smallInt, bigInt),
    fc.oneof(
      fc.bigInt({ min: 1n, max: 40n }),
      fc.integer({ min: 1, max: 60 }).map((k) => 1n << BigInt(k)),
    ),
  )
  .map(([a, b, d]) => [Rational.of(a * d + 1n, d), Rational.of(b * d - 1n, d)] as const);

describe('Rational arithmetic equals the naive fraction oracle', () => {
  test.prop([rat, rat], { numRuns: runs(300) })('add, sub, mul, div, cmp, min, max', (a, b) => {
    expect(pair(a.add(b))).toEqual(canon(a.num * b.den + b.num * a.den, a.den * b.den));
    expect(pair(a.sub(b))).toEqual(canon(a.num * b.den - b.num * a.den, a.den * b.den));
    expect(pair(a.mul(b))).toEqual(canon(a.num * b.num, a.den * b.den));
    if (!b.isZero()) expect(pair(a.div(b))).toEqual(canon(a.num * b.den, a.den * b.num));
    const l = a.num * b.den,
      r = b.num * a.den;
    const c = l < r ? -1 : l > r ? 1 : 0;
    expect(a.cmp(b)).toBe(c);
    expect([a.lt(b), a.le(b), a.gt(b), a.ge(b), a.eq(b)]).toEqual([c < 0, c <= 0, c > 0, c >= 0, c === 0]);
    expect(pair(a.min(b))).toEqual(c <= 0 ? pair(a) : pair(b));
    expect(pair(a.max(b))).toEqual(c >= 0 ? pair(a) : pair(b));
  });
  test.prop([sameDen], { numRuns: runs(200) })('same-denominator sums and differences', ([a, b]) => {
    expect(pair(a.add(b))).toEqual(canon(a.num * b.den + b.num * a.den, a.den * b.den));
    expect(pair(a.sub(b))).toEqual(canon(a.num * b.den - b.num * a.den, a.den * b.den));
    expect(pair(b.sub(a))).toEqual(canon(b.num * a.den - a.num * b.den, a.den * b.den));
  });
  test.prop([rat, fc.integer({ min: -6, max: 6 })])(
    'neg, abs, inv, pow, sign, floor, ceil, isInteger, isDyadic',
    (a, k) => {
      expect(pair(a.neg())).toEqual(canon(-a.num, a.den));
      expect(pair(a.abs())).toEqual(canon(absB(a.num), a.den));
      if (!a.isZero()) {
        expect(pair(a.inv())).toEqual(canon(a.den, a.num));
        const e = BigInt(Math.abs(k));
        expect(pair(a.pow(k))).toEqual(k >= 0 ? canon(a.num ** e, a.den ** e) : canon(a.den ** e, a.num ** e));
      } else if (k >= 0) expect(pair(a.pow(k))).toEqual(k === 0 ? [1n, 1n] : [0n, 1n]);
      expect(a.sign()).toBe(a.num < 0n ? -1 : a.num > 0n ? 1 : 0);
      expect(a.isZero()).toBe(a.num === 0n);
      expect(a.floor()).toBe(oracleFloor(a.num, a.den));
      expect(a.ceil()).toBe(-oracleFloor(-a.num, a.den));
      expect(a.isInteger()).toBe(a.den === 1n);
      expect(a.isDyadic()).toBe(a.den.toString(2).replace(/^10*$/, '') === '');
    },
  );
  vtest('hand-computed values', () => {
    expect(q(1, 2).add(q(1, 3)).toString()).toBe('5/6');
    expect(q(3, 4).add(q(1, 4)).toString()).toBe('1/1');
    expect(q(3, 8).add(q(1, 8)).toString()).toBe('1/2');
    expect(q(3, 8).add(q(5, 8)).toString()).toBe('1/1');
    expect(q(1, 8).sub(q(1, 2)).toString()).toBe('-3/8');
    expect(q(1, 2).sub(q(1, 8)).toString()).toBe('3/8');
    expect(q(3, 4).sub(q(1, 4)).toString()).toBe('1/2');
    expect(q(3, 8).mul(q(8, 3)).toString()).toBe('1/1');
    expect(q(3, 8).mul(q(5, 16)).toString()).toBe('15/128');
    expect(q(6, 5).mul(q(5, 4)).toString()).toBe('3/2');
    expect(q(-2, 3).div(q(4, -9)).toString()).toBe('3/2');
    expect(q(-2, 3).inv().toString()).toBe('-3/2');
    expect(q(2, 3).pow(-2).toString()).toBe('9/4');
    expect(q(-2, 3).pow(3).toString()).toBe('-8/27');
    expect(q(7, 2).floor()).toBe(3n);
    expect(q(-7, 2).ceil()).toBe(-3n);
    expect(q(-6, 2).floor()).toBe(-3n);
    expect(q(6, 4).toString()).toBe('3/2');
    expect(q(-12, 8).toString()).toBe('-3/2');
    expect(q(12, -16).toString()).toBe('-3/4');
    expect(q(0, -5).toString()).toBe('0/1');
    expect(q(10, 5).toString()).toBe('2/1');
    expect(Rational.of(6n, 9n).toString()).toBe('2/3');
    expect(Rational.from(7).toString()).toBe('7/1');
    expect(Rational.from(-7n).toString()).toBe('-7/1');
    const third = q(1, 3);
    expect(Rational.from(third)).toBe(third);
    expect(Rational.ZERO.neg().eq(Rational.ZERO)).toBe(true);
    expect(Rational.MINUS_ONE.abs().eq(Rational.ONE)).toBe(true);
    expect([Rational.TWO.toString(), Rational.HALF.toString(), Rational.MINUS_ONE.toString()]).toEqual([
      '2/1',
      '1/2',
      '-1/1',
    ]);
    expect(q(-1, 3).isZero()).toBe(false);
    expect(q(3, 8).isDyadic() && !q(3, 10).isDyadic() && q(5).isDyadic()).toBe(true);
  });
});

describe('gcd, lcm and bitLength', () => {
  const wide = fc.oneof(
    fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n }),
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.tuple(fc.bigInt({ min: 1n, max: 2n ** 70n }), fc.integer({ min: 0, max: 80 })).map(([m, k]) => m << BigInt(k)),
  );
  test.prop([wide, wide, fc.bigInt({ min: 1n, max: 2n ** 60n })], { numRuns: runs(300) })(
    'gcd equals plain Euclid (also with a common factor), lcm is the least common multiple',
    (a, b, c) => {
      expect(gcd(a, b)).toBe(euclid(a, b));
      expect(gcd(a * c, b * c)).toBe(euclid(a * c, b * c));
      if (a !== 0n && b !== 0n) expect(lcm(a, b)).toBe(absB(a * b) / euclid(a, b));
    },
  );
  vtest('gcd on hand-picked cases: mixed sizes, powers of two, one side above 2^53', () => {
    expect(gcd(0n, 0n)).toBe(0n);
    expect(gcd(0n, -12n)).toBe(12n);
    expect(gcd(-12n, 0n)).toBe(12n);
    expect(gcd(12n, 18n)).toBe(6n);
    expect(gcd(2n ** 60n, 2n ** 40n * 3n)).toBe(2n ** 40n);
    expect(gcd(3n * 2n ** 70n, 5n * 2n ** 70n)).toBe(2n ** 70n);
    const p = 1_000_000_007n,
      r = 998_244_353n;
    expect(gcd(p * r * 2n ** 64n + p, p)).toBe(p);
    expect(gcd(p * r * 3n, p * r * 5n * 7n)).toBe(p * r);
    expect(gcd(2n ** 127n - 1n, 2n ** 89n - 1n)).toBe(1n);
    expect(lcm(4n, 6n)).toBe(12n);
    expect(lcm(-4n, 6n)).toBe(12n);
  });
  test.prop([fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n })])('bitLength is the length of |x| in base 2', (x) => {
    expect(bitLength(x)).toBe(x === 0n ? 0 : absB(x).toString(2).length);
  });
  vtest('bitLength of small values', () => {
    expect([0n, 1n, -1n, 2n, 3n, 15n, 16n, 255n, 256n, -256n].map(bitLength)).toEqual([0, 1, 1, 2, 2, 4, 5, 8, 9, 9]);
  });
});

describe('fromDouble, parse, toDecimal, toNumber', () => {
  /** m/2^k by repeated (exact) doubling: the reference for fromDouble. */
  function doubleOracle(x: number): [bigint, bigint] {
    let y = x;
    let k = 0n;
    while (Math.abs(y) < 2 ** 52 && !Number.isInteger(y)) {
      y *= 2;
      k++;
    }
    return canon(BigInt(y), 1n << k);
  }
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { numRuns: runs(300) })(
    'fromDouble equals m/2^k from repeated doubling',
    (x) => {
      expect(pair(Rational.fromDouble(x))).toEqual(doubleOracle(x));
    },
  );
  vtest('fromDouble on subnormals, huge values and signs', () => {
    expect(Rational.fromDouble(5e-324).toString()).toBe(`1/${2n ** 1074n}`);
    expect(Rational.fromDouble(-3 * 5e-324).toString()).toBe(`-3/${2n ** 1074n}`);
    expect(Rational.fromDouble(2 ** -1022).toString()).toBe(`1/${2n ** 1022n}`);
    expect(Rational.fromDouble(2 ** 60 + 2 ** 8).toString()).toBe(`${2n ** 60n + 256n}/1`);
    expect(Rational.fromDouble(-(2 ** 53)).toString()).toBe(`${-(2n ** 53n)}/1`);
    expect(Rational.fromDouble(1e300).num).toBe(BigInt(1e300));
    expect(Rational.fromDouble(-0.75).toString()).toBe('-3/4');
    expect(Rational.fromDouble(-0).toString()).toBe('0/1');
    expect(Rational.fromDouble(1).toString()).toBe('1/1');
    expect(Rational.fromDouble(1.5).toString()).toBe('3/2');
  });
  vtest('parse: fractions, integers, decimals; everything else is a typed error', () => {
    expect(Rational.parse('6/4').toString()).toBe('3/2');
    expect(Rational.parse('-6/4').toString()).toBe('-3/2');
    expect(Rational.parse('+5').toString()).toBe('5/1');
    expect(Rational.parse('  7/3 ').toString()).toBe('7/3');
    expect(Rational.parse('-0.125').toString()).toBe('-1/8');
    expect(Rational.parse('+2.50').toString()).toBe('5/2');
    expect(Rational.parse('.5').toString()).toBe('1/2');
    expect(Rational.parse('0.1').toString()).toBe('1/10');
    expect(q('12').toString()).toBe('12/1');
    for (const bad of ['', '1/-2', '1e3', '1/2/3', '--1', '1.', 'x1', '1/ 2', '0x10', '1 2'])
      expect(() => Rational.parse(bad), bad).toThrow(InvalidParameterError);
    expect(() => Rational.parse(12 as unknown as string)).toThrow(InvalidParameterError);
    expect(() => Rational.parse('3/0')).toThrow(ZeroDenominatorError);
    try {
      Rational.parse('zz');
    } catch (e) {
      expect((e as InvalidParameterError).parameter).toBe('s');
      expect((e as InvalidParameterError).api).toBe('Rational.parse');
    }
  });
  vtest('toDecimal truncates towards zero, with a sign only for non-zero digits', () => {
    expect(q(1, 3).toDecimal()).toBe('0.333333');
    expect(q(2, 3).toDecimal(3)).toBe('0.666');
    expect(q(-2, 3).toDecimal(3)).toBe('-0.666');
    expect(q(-1, 1000).toDecimal(2)).toBe('0.00');
    expect(q(-1, 1000).toDecimal(3)).toBe('-0.001');
    expect(q(7, 2).toDecimal(0)).toBe('3');
    expect(q(-7, 2).toDecimal(0)).toBe('-3');
    expect(q(123456, 100).toDecimal(2)).toBe('1234.56');
    expect(q(5).toDecimal(1)).toBe('5.0');
    expect(q(1, 20).toDecimal(4)).toBe('0.0500');
  });
  vtest('toJSON and toString are the canonical "p/q"', () => {
    expect(JSON.stringify({ x: q(-4, 6) })).toBe('{"x":"-2/3"}');
    expect(q(3).toJSON()).toBe('3/1');
  });

  /** A reference double: parseFloat of a 30-significant-digit decimal of n/d (d > 0, n ≠ 0). */
  function refNumber(n: bigint, d: bigint): number {
    const neg = n < 0n;
    const a = absB(n);
    const shift = BigInt(Math.max(0, 40 - (a.toString().length - d.toString().length)));
    const digits = ((a * 10n ** shift) / d).toString();
    const exp = digits.length - 1 - Number(shift);
    return (neg ? -1 : 1) * parseFloat(`${digits[0]}.${digits.slice(1, 31)}e${exp}`);
  }
  const within = (x: number, ref: number, ulps: number) => {
    expect(Number.isFinite(x)).toBe(true);
    const tol = ulps * 2 ** -52 * Math.abs(ref) + 2 ** -1074 * 2;
    expect(Math.abs(x - ref) <= tol, `${x} vs ${ref}`).toBe(true);
  };
  test.prop(
    [
      fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).filter((n) => n !== 0n),
      fc.bigInt({ min: 1n, max: 10n ** 400n }),
    ],
    { numRuns: runs(300) },
  )('toNumber is within 3 ulps of the value (numerators and denominators beyond 2^1024 too)', (n, d) => {
    const r = Rational.of(n, d);
    const ref = refNumber(r.num, r.den);
    if (Math.abs(ref) > 1e300 || Math.abs(ref) < 1e-300) return;
    within(r.toNumber(), ref, 3);
  });
  vtest('toNumber on the branches: plain, tiny dyadic, huge non-dyadic, subnormal results', () => {
    expect(q(1, 4).toNumber()).toBe(0.25);
    expect(q(-3, 8).toNumber()).toBe(-0.375);
    expect(Rational.ZERO.toNumber()).toBe(0);
    // dyadic with a denominator beyond 2^1024: exact
    expect(Rational.of(3n, 2n ** 1070n).toNumber()).toBe(3 * 2 ** -1070);
    expect(Rational.of(-5n, 2n ** 1060n).toNumber()).toBe(-5 * 2 ** -1060);
    expect(Rational.of(1n, 2n ** 1074n).toNumber()).toBe(5e-324);
    within(Rational.of(2n ** 53n - 1n, 2n ** 1100n).toNumber(), refNumber(2n ** 53n - 1n, 2n ** 1100n), 3);
    // numerator and denominator beyond 2^1024, value near 1/3
    within(Rational.of(10n ** 400n + 1n, 3n * 10n ** 400n).toNumber(), 1 / 3, 3);
    within(Rational.of(-(10n ** 330n), 7n * 10n ** 329n).toNumber(), -10 / 7, 3);
    // non-dyadic, value below 1e-308 (subnormal range)
    within(Rational.of(1n, 3n * 10n ** 315n).toNumber(), refNumber(1n, 3n * 10n ** 315n), 3);
    // non-dyadic, huge: 2^1000/3
    within(Rational.of(2n ** 1000n, 3n).toNumber(), 2 ** 1000 / 3, 3);
    within(Rational.of(10n ** 320n, 3n * 10n ** 20n).toNumber(), 1e300 / 3, 3);
    // a huge numerator over a small one: beyond the double range's exponent loop
    within(
      Rational.of(3n ** 700n, 2n ** 1000n * 3n ** 500n + 1n).toNumber(),
      refNumber(3n ** 700n, 2n ** 1000n * 3n ** 500n + 1n),
      3,
    );
    within(Rational.of(1n, 3n ** 600n).toNumber(), refNumber(1n, 3n ** 600n), 3);
  });
});

describe('helpers and typed errors', () => {
  test.prop([fc.array(rat, { maxLength: 8 })])('sum and maxOf agree with the oracle', (xs) => {
    let n = 0n,
      d = 1n;
    for (const x of xs) [n, d] = canon(n * x.den + x.num * d, d * x.den);
    expect(pair(sum(xs))).toEqual([n, d]);
    if (xs.length > 0) {
      const m = maxOf(xs);
      expect(xs.some((x) => x.eq(m))).toBe(true);
      expect(xs.every((x) => x.le(m))).toBe(true);
    }
  });
  // pairs drawn from one family at a time too, so that equal, dividing and coprime denominators all occur
  const pairs = fc.oneof(
    fc.array(fc.tuple(rat, rat), { maxLength: 9 }),
    fc.array(fc.tuple(general, general), { maxLength: 9 }),
    fc.array(fc.tuple(dyadic, integer), { maxLength: 9 }),
  );
  test.prop([pairs], { numRuns: runs(300) })(
    'sumOfProducts is Σ u_k·v_k by the oracle (one reduction at the end)',
    (uv) => {
      let n = 0n,
        d = 1n;
      for (const [a, b] of uv) [n, d] = canon(n * a.den * b.den + a.num * b.num * d, d * a.den * b.den);
      expect(
        pair(
          sumOfProducts(
            uv.map((p) => p[0]),
            uv.map((p) => p[1]),
          ),
        ),
      ).toEqual([n, d]);
    },
  );
  vtest('maxOf picks the largest, wherever it is', () => {
    expect(maxOf([q(1), q(3), q(2)]).toString()).toBe('3/1');
    expect(maxOf([q(-5), q(-7)]).toString()).toBe('-5/1');
    expect(maxOf([q(-7), q(-5)]).toString()).toBe('-5/1');
    expect(sum([]).eq(Rational.ZERO)).toBe(true);
  });
  vtest('each bad input is a typed error naming the parameter', () => {
    const param = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return `${(e as Error).constructor.name}:${(e as { parameter?: string }).parameter ?? (e as { api?: string }).api}`;
      }
      return 'no error';
    };
    expect(param(() => Rational.of(0.5))).toBe('InexactNumberError:n');
    expect(param(() => Rational.of(1, 0.5))).toBe('InexactNumberError:d');
    expect(param(() => Rational.of(1, 0))).toBe('ZeroDenominatorError:Rational.of');
    expect(param(() => Rational.of(1n, 0n))).toBe('ZeroDenominatorError:Rational.of');
    expect(param(() => Rational.from(0.5))).toBe('InexactNumberError:x');
    expect(param(() => Rational.from(2 ** 53))).toBe('InexactNumberError:x');
    expect(param(() => Rational.from('1' as unknown as number))).toBe('InexactNumberError:x');
    expect(param(() => Rational.fromDouble(Infinity))).toBe('InexactNumberError:x');
    expect(param(() => Rational.fromDouble(-Infinity))).toBe('InexactNumberError:x');
    expect(param(() => Rational.fromDouble('1' as unknown as number))).toBe('InexactNumberError:x');
    expect(param(() => q(1).div(Rational.ZERO))).toBe('ZeroDenominatorError:Rational.div');
    expect(param(() => Rational.ZERO.inv())).toBe('ZeroDenominatorError:Rational.inv');
    expect(param(() => q(2).pow(0.5))).toBe('InexactNumberError:k');
    expect(param(() => maxOf([]))).toBe('InvalidParameterError:xs');
    expect(() => Rational.of(Number.MAX_SAFE_INTEGER)).not.toThrow();
    expect(() => Rational.of(2 ** 53)).toThrow(InexactNumberError);
  });
});
