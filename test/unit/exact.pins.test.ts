/**
 * # `Rational` and `Interval` against an independent reference (fraction.js, decimal.js)
 *
 * Every arithmetic operation, comparison and rounding of `Rational` on a fixed grid of operands that
 * reaches each fast path — zero, integers, equal denominators (with and without a common factor in
 * the result), dyadic operands (equal and different powers of two, products staying canonical),
 * general denominators, operands whose odd parts exceed 2^53 (BigInt Euclid) or drop below it
 * midway — compared *structurally* (numerator and denominator, so a missing reduction fails too)
 * with fraction.js. `Interval` arithmetic against the endpoint formulas over the same grid, and the
 * atan/π/Cauchy enclosures against decimal.js at 50 digits: they contain the value and are as narrow
 * as promised; their ends are pinned by a hash. The modules are loaded afresh (π is cached per
 * process).
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createHash } from 'node:crypto';
import Fraction from 'fraction.js';
import { Decimal } from 'decimal.js';
import type { Rational as Q } from '../../src/exact/Rational.js';

type RationalMod = typeof import('../../src/exact/Rational.js');
type IntervalMod = typeof import('../../src/exact/Interval.js');
let R: RationalMod, I: IntervalMod;
beforeAll(async () => {
  vi.resetModules();
  R = await import('../../src/exact/Rational.js');
  I = await import('../../src/exact/Interval.js');
});

const big53 = 2n ** 53n;
/** Operand pairs (n, d) reaching every path. */
const PAIRS: [bigint, bigint][] = [
  [0n, 1n],
  [1n, 1n],
  [-1n, 1n],
  [7n, 1n],
  [-12n, 1n],
  [1n, 2n],
  [-1n, 2n],
  [3n, 4n],
  [5n, 8n],
  [-3n, 8n],
  [1n, 8n],
  [7n, 1024n],
  [-(2n ** 60n) - 1n, 2n ** 70n],
  [1n, 3n],
  [-2n, 3n],
  [1n, 6n],
  [5n, 6n],
  [7n, 6n],
  [-7n, 12n],
  [10n, 21n],
  [(big53 + 1n) * 3n, (big53 + 3n) * 7n],
  [-(big53 * 5n + 7n), big53 * 3n + 11n],
  [3n ** 40n, 7n ** 25n],
  [2n ** 64n * 3n + 1n, 3n ** 41n],
];
const vals = () => PAIRS.map(([n, d]) => R.Rational.of(n, d));
const fr = (x: Q) => new Fraction(x.num, x.den);
/** Exact structural equality with a fraction.js value (canonical n/d, sign on the numerator). */
function same(x: Q, f: Fraction): boolean {
  return x.num === f.s * f.n && x.den === f.d;
}

describe('Rational against fraction.js, structurally', () => {
  test('add, sub, mul, div, cmp and the order relations, min, max on every pair of the grid', () => {
    const xs = vals();
    for (const a of xs)
      for (const b of xs) {
        const fa = fr(a),
          fb = fr(b);
        const label = `${a} ∘ ${b}`;
        if (!same(a.add(b), fa.add(fb))) expect.fail(`${label}: add ${a.add(b)}`);
        if (!same(a.sub(b), fa.sub(fb))) expect.fail(`${label}: sub ${a.sub(b)}`);
        if (!same(a.mul(b), fa.mul(fb))) expect.fail(`${label}: mul ${a.mul(b)}`);
        if (!b.isZero() && !same(a.div(b), fa.div(fb))) expect.fail(`${label}: div ${a.div(b)}`);
        const c = fa.compare(fb);
        const sgn = c < 0 ? -1 : c > 0 ? 1 : 0;
        if (a.cmp(b) !== sgn) expect.fail(`${label}: cmp`);
        if (
          a.eq(b) !== (sgn === 0) ||
          a.lt(b) !== sgn < 0 ||
          a.le(b) !== sgn <= 0 ||
          a.gt(b) !== sgn > 0 ||
          a.ge(b) !== sgn >= 0
        )
          expect.fail(`${label}: relations`);
        if (!same(a.min(b), sgn <= 0 ? fa : fb) || !same(a.max(b), sgn >= 0 ? fa : fb))
          expect.fail(`${label}: min/max`);
      }
  });

  test('unary operations, powers, floor and ceil, sign, predicates, parse and the renderings', () => {
    for (const a of vals()) {
      const fa = fr(a);
      expect(same(a.neg(), fa.neg()), `${a}`).toBe(true);
      expect(same(a.abs(), fa.abs()), `${a}`).toBe(true);
      if (!a.isZero()) expect(same(a.inv(), fa.inverse()), `${a}`).toBe(true);
      for (const k of [0, 1, 2, 3, -1, -2])
        if (k >= 0 || !a.isZero()) expect(same(a.pow(k), fa.pow(k)), `${a}^${k}`).toBe(true);
      expect(a.floor()).toBe(fa.floor().s * fa.floor().n);
      expect(a.ceil()).toBe(fa.ceil().s * fa.ceil().n);
      expect(a.sign()).toBe(a.num === 0n ? 0 : Number(fa.s));
      expect(a.isZero()).toBe(fa.n === 0n);
      expect(a.isInteger()).toBe(fa.d === 1n);
      expect(a.isDyadic()).toBe((fa.d & (fa.d - 1n)) === 0n);
      expect(a.toString()).toBe(`${fa.s * fa.n}/${fa.d}`);
      expect(a.toJSON()).toBe(a.toString());
      expect(R.Rational.parse(a.toString()).eq(a)).toBe(true);
      // toDecimal: rounded towards zero
      for (const digits of [0, 3, 12]) {
        const scale = 10n ** BigInt(digits);
        const t = (fa.n * scale) / fa.d; // |a|·10^digits truncated
        const s = t.toString().padStart(digits + 1, '0');
        const body = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
        expect(a.toDecimal(digits), `${a} to ${digits}`).toBe((fa.s < 0n && t !== 0n ? '-' : '') + body);
      }
      // toNumber: within 3 ulps (a rational rounded once, when n and d are doubles)
      const ref = Number(new Decimal(fa.s * fa.n + '').div(fa.d + '').toPrecision(25));
      const got = a.toNumber();
      expect(Math.abs(got - ref)).toBeLessThanOrEqual(3 * Math.abs(ref) * Number.EPSILON);
    }
    expect(R.Rational.parse(' -0.125 ').eq(R.q(-1, 8))).toBe(true);
    expect(R.Rational.parse('+6/4').eq(R.q(3, 2))).toBe(true);
    expect(R.Rational.parse('.5').eq(R.q(1, 2))).toBe(true);
    expect(R.Rational.parse('12').eq(R.q(12))).toBe(true);
    for (const bad of ['1/0', '1/-2', '1e3', '', '0x10', '1.', '- 1'])
      expect(() => R.Rational.parse(bad), bad).toThrow();
    expect(R.q(-1, 3).toDecimal(2)).toBe('-0.33');
    expect(R.q(-1, 300).toDecimal(2)).toBe('0.00');
    expect(R.q(5, 2).toDecimal(0)).toBe('2');
  });

  test('canonical forms from every constructor; fromDouble exactly; toNumber at the ends of the double range', () => {
    for (const [n, d] of PAIRS) {
      const r = R.Rational.of(n * 6n, d * 6n);
      expect(same(r, new Fraction(n, d))).toBe(true);
      expect(same(R.Rational.of(-n, -d), new Fraction(n, d))).toBe(true);
    }
    for (const x of [
      0.1,
      -0.1,
      1.5,
      2 ** -1074,
      -(2 ** -1022),
      2 ** 1023 * 1.5,
      123456789.25,
      5e-324,
      Number.MAX_VALUE,
      1 / 3,
    ]) {
      const r = R.Rational.fromDouble(x);
      expect(r.toNumber()).toBe(x);
      expect(r.isDyadic()).toBe(true);
      // the exact value: x·2^k is an integer for some k (doubling is exact), so x = (x·2^k)/2^k
      let m = x,
        k = 0n;
      while (!Number.isInteger(m)) {
        m *= 2;
        k++;
      }
      expect(same(r, new Fraction(BigInt(m), 2n ** k)), `${x}`).toBe(true);
    }
    expect(R.Rational.fromDouble(-0).eq(R.Rational.ZERO)).toBe(true);
    expect(R.Rational.fromDouble(3).isInteger()).toBe(true);
    expect(R.Rational.fromDouble(0.75).den).toBe(4n);
    expect(R.Rational.from(5).eq(R.q(5))).toBe(true);
    expect(R.Rational.from(-5n).eq(R.q(-5))).toBe(true);
    const third = R.q(1, 3);
    expect(R.Rational.from(third)).toBe(third);
    // beyond the doubles: numerator and denominator both over 2^1024
    const huge = R.Rational.of(3n ** 1000n, 3n ** 999n * 2n + 1n);
    expect(Math.abs(huge.toNumber() - 1.5)).toBeLessThan(1e-15);
    expect(R.Rational.of(1n, 2n ** 1100n).toNumber()).toBe(0);
    expect(R.Rational.of(3n, 2n ** 1070n).toNumber()).toBe(3 * 2 ** -1070);
    expect(R.Rational.of(2n ** 1100n, 3n ** 600n).toNumber()).toBeCloseTo(
      Number(new Decimal(2).pow(1100).div(new Decimal(3).pow(600))),
      -300,
    );
    expect(R.Rational.of(1n, 3n ** 600n).toNumber() / Number(new Decimal(3).pow(-600))).toBeCloseTo(1, 14);
  });

  test('typed errors name the API and the parameter; toNumber is the correctly rounded quotient of small parts; overflow is Infinity', () => {
    expect(() => R.Rational.of(0.5)).toThrow(/Rational.of: parameter 'n'/);
    expect(() => R.Rational.of(1, 0.5)).toThrow(/Rational.of: parameter 'd'/);
    expect(() => R.Rational.of(1, 0)).toThrow(/Rational.of/);
    expect(() => R.Rational.from(0.5)).toThrow(/Rational.from: parameter 'x'/);
    for (const bad of [NaN, Infinity, -Infinity])
      expect(() => R.Rational.fromDouble(bad)).toThrow(/Rational.fromDouble: parameter 'x'/);
    expect(() => R.Rational.parse('1/0')).toThrow(/Rational.parse/);
    for (const bad of ['x0.5', '0.5x', '1/2x', 'x1/2'])
      expect(() => R.Rational.parse(bad), bad).toThrow(/Rational.parse: parameter 's'/);
    for (const [n, d] of PAIRS) {
      const a = R.Rational.of(n, d);
      if ((a.num < 0n ? -a.num : a.num) <= big53 && a.den <= big53)
        expect(a.toNumber(), `${a}`).toBe(Number(a.num) / Number(a.den));
    }
    // numerator beyond 2^1024 with a value beyond the doubles: Infinity, not a rescaled finite number
    expect(R.Rational.of(2n ** 1100n + 1n, 3n).toNumber()).toBe(Infinity);
    expect(R.Rational.of(-(2n ** 1100n) - 1n, 3n).toNumber()).toBe(-Infinity);
    // a huge quotient through the scaled path, within 3 ulps
    const h = R.Rational.of(2n ** 1000n + 1n, 3n ** 20n).toNumber();
    const ref = Number(new Decimal(2).pow(1000).plus(1).div(new Decimal(3).pow(20)).toPrecision(30));
    expect(Math.abs(h - ref)).toBeLessThanOrEqual(3 * ref * Number.EPSILON);
    // products of dyadics stay known as dyadic
    expect(R.q(1, 2).mul(R.q(3, 4)).isDyadic()).toBe(true);
    expect(R.q(1, 2).mul(R.q(3, 4)).mul(R.q(1, 5)).isDyadic()).toBe(false);
  });

  test('sumOfProducts over denominators that divide each other either way, and coprime ones', () => {
    const cases: [Q[], Q[]][] = [
      [
        [R.q(1, 4), R.q(1, 2)],
        [R.q(1), R.q(1)],
      ],
      [
        [R.q(1, 2), R.q(1, 4)],
        [R.q(1), R.q(1)],
      ],
      [
        [R.q(1, 6), R.q(3, 2), R.q(5, 12), R.q(0), R.q(2, 7)],
        [R.q(1, 5), R.q(1, 3), R.q(7), R.q(9), R.q(-1, 2)],
      ],
      [
        [R.q(1, 3), R.q(-1, 3)],
        [R.q(1), R.q(1)],
      ],
    ];
    for (const [u, v] of cases) {
      let f = new Fraction(0);
      u.forEach((x, k) => (f = f.add(fr(x).mul(fr(v[k]!)))));
      expect(same(R.sumOfProducts(u, v), f), `${u.join(',')}`).toBe(true);
    }
  });

  test('gcd and lcm against Euclid on BigInt, across the 2^53 boundary', () => {
    const euclid = (a: bigint, b: bigint): bigint => {
      a = a < 0n ? -a : a;
      b = b < 0n ? -b : b;
      while (b !== 0n) [a, b] = [b, a % b];
      return a;
    };
    const nums = [
      0n,
      1n,
      -6n,
      12n,
      2n ** 60n,
      3n * 2n ** 70n,
      big53 + 1n,
      (big53 + 1n) * 6n,
      3n ** 50n,
      3n ** 50n * 2n ** 5n,
      5n ** 30n * 7n,
      2n ** 64n * 3n + 3n,
      -(3n ** 41n),
    ];
    for (const a of nums)
      for (const b of nums) {
        expect(R.gcd(a, b), `gcd(${a}, ${b})`).toBe(euclid(a, b));
        if (a !== 0n && b !== 0n) expect(R.lcm(a, b)).toBe(((a < 0n ? -a : a) / euclid(a, b)) * (b < 0n ? -b : b));
      }
    expect(R.bitLength(0n)).toBe(0);
    expect(R.bitLength(1n)).toBe(1);
    expect(R.bitLength(-(2n ** 64n))).toBe(65);
    expect(R.bitLength(2n ** 64n - 1n)).toBe(64);
  });

  test('sum, sumOfProducts, maxOf, q', () => {
    const xs = vals();
    let f = new Fraction(0);
    for (const x of xs) f = f.add(fr(x));
    expect(same(R.sum(xs), f)).toBe(true);
    expect(R.sum([]).isZero()).toBe(true);
    const ys = [...xs].reverse();
    let g = new Fraction(0);
    xs.forEach((x, k) => (g = g.add(fr(x).mul(fr(ys[k]!)))));
    expect(same(R.sumOfProducts(xs, ys), g)).toBe(true);
    const m = R.maxOf(xs);
    for (const x of xs) expect(x.le(m)).toBe(true);
    expect(xs.some((x) => x.eq(m))).toBe(true);
    expect(R.q('3/9').eq(R.q(1, 3))).toBe(true);
    expect(R.q(4n, 6n).eq(R.q(2, 3))).toBe(true);
  });
});

describe('Interval against its endpoint formulas', () => {
  const ivs = () => {
    const xs = [R.q(-3, 2), R.q(-1, 3), R.q(0), R.q(1, 4), R.q(2), R.q(7, 3)];
    const out: InstanceType<IntervalMod['Interval']>[] = [];
    for (const a of xs) for (const b of xs) if (a.le(b)) out.push(new I.Interval(a, b));
    return out;
  };
  test('add, sub, mul, div, neg, scale, sign0, contains, width, the renderings', () => {
    for (const a of ivs())
      for (const b of ivs()) {
        const ends = (f: (x: Q, y: Q) => Q) => {
          const c = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
          return [c.reduce((u, v) => u.min(v)), c.reduce((u, v) => u.max(v))] as const;
        };
        const check = (got: InstanceType<IntervalMod['Interval']>, want: readonly [Q, Q], op: string) => {
          if (!got.lo.eq(want[0]) || !got.hi.eq(want[1])) expect.fail(`${a} ${op} ${b}: ${got}`);
        };
        check(
          a.add(b),
          ends((x, y) => x.add(y)),
          '+',
        );
        check(
          a.sub(b),
          ends((x, y) => x.sub(y)),
          '−',
        );
        check(
          a.mul(b),
          ends((x, y) => x.mul(y)),
          '·',
        );
        if (b.lo.sign() > 0 || b.hi.sign() < 0)
          check(
            a.div(b),
            ends((x, y) => x.div(y)),
            '/',
          );
        else expect(() => a.div(b)).toThrow(/Interval.div: parameter 'o'/);
      }
    for (const a of ivs()) {
      expect(a.neg().lo.eq(a.hi.neg()) && a.neg().hi.eq(a.lo.neg())).toBe(true);
      for (const c of [R.q(-2), R.q(0), R.q(3, 2)]) {
        const s = a.scale(c);
        expect(s.lo.eq(a.lo.mul(c).min(a.hi.mul(c))) && s.hi.eq(a.lo.mul(c).max(a.hi.mul(c)))).toBe(true);
      }
      expect(a.sign0()).toBe(a.lo.sign() > 0 ? 1 : a.hi.sign() < 0 ? -1 : 0);
      expect(a.width().eq(a.hi.sub(a.lo))).toBe(true);
      expect(a.contains(a.lo) && a.contains(a.hi)).toBe(true);
      expect(a.contains(a.lo.sub(R.q(1, 1000)))).toBe(false);
      expect(a.contains(a.hi.add(R.q(1, 1000)))).toBe(false);
      expect(a.toString()).toBe(`[${a.lo}, ${a.hi}]`);
      expect(a.toJSON()).toEqual({
        lo: `${a.lo}`,
        hi: `${a.hi}`,
        approx: `[${a.lo.toDecimal(12)}, ${a.hi.toDecimal(12)}]`,
      });
    }
    expect(() => new I.Interval(R.q(1), R.q(0))).toThrow(/Interval: parameter 'lo'/);
    expect(I.Interval.point(R.q(1, 3)).width().isZero()).toBe(true);
  });

  test('atan, π and the Cauchy masses: contain the 50-digit value, narrower than 10^−digits, ends pinned', () => {
    const D = Decimal.clone({ precision: 50 });
    const dec = (x: Q) => new D(x.num.toString()).div(x.den.toString());
    const inside = (iv: InstanceType<IntervalMod['Interval']>, v: Decimal, digits: number, label: string) => {
      if (!(dec(iv.lo).lte(v) && v.lte(dec(iv.hi)))) expect.fail(`${label}: ${v} not in ${iv.toJSON().approx}`);
      if (!dec(iv.width()).lt(new D(10).pow(-digits + 1))) expect.fail(`${label}: width ${dec(iv.width())}`);
    };
    const ends: string[] = [];
    const pi = D.acos(-1);
    for (const digits of [12, 25]) {
      const p = I.piEnclosure(digits);
      inside(p, pi, digits, `π at ${digits}`);
      ends.push(`${p}`);
      for (const x of [R.q(0), R.q(1, 7), R.q(1), R.q(-3, 4), R.q(-100), R.q(1, 10 ** 9)]) {
        const a = I.atanEnclosure(x, digits);
        inside(a, D.atan(dec(x)), digits, `atan ${x} at ${digits}`);
        ends.push(`${a}`);
      }
      for (const [u, v] of [
        [R.q(-1), R.q(1)],
        [R.q(1, 3), R.q(2)],
        [R.q(-5), R.q(-1, 2)],
        [R.q(2), R.q(2)],
      ] as const) {
        const m = I.cauchyMassEnclosure(u, v, digits);
        inside(
          m,
          D.atan(dec(v))
            .minus(D.atan(dec(u)))
            .div(pi),
          digits - 1,
          `mass ${u}..${v}`,
        );
        expect(m.lo.sign()).toBeGreaterThanOrEqual(0);
        ends.push(`${m}`);
      }
      for (const t of [R.q(-2), R.q(0), R.q(3, 7)]) {
        const c = I.cauchyCdfEnclosure(t, digits);
        inside(c, D.atan(dec(t)).div(pi).plus(0.5), digits - 1, `cdf ${t}`);
        ends.push(`${c}`);
      }
    }
    expect(I.atanEnclosure(R.q(0)).width().isZero()).toBe(true);
    expect(() => I.atanEnclosure(R.q(1), 9)).toThrow(/atanEnclosure: parameter 'digits'/);
    expect(() => I.atanEnclosure(R.q(1), 1001)).toThrow(/atanEnclosure: parameter 'digits'/);
    expect(() => I.cauchyMassEnclosure(R.q(1), R.q(0))).toThrow(/cauchyMassEnclosure: parameter 'u'/);
    expect(createHash('sha256').update(ends.join('\n')).digest('hex')).toBe(GOLDEN_ENCLOSURES);
  });
});

// sha256 of the enclosures' exact ends above, one per line
const GOLDEN_ENCLOSURES = '2b1b411c76eb365cdb8b08d291242a189a725ec1c454dbd1bf31e43d82acb416';
