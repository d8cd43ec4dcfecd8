/**
 * # Enclosures of ln, exp, √ and the normal CDF Φ against independent high-precision references
 *
 * References at 120 significant digits: decimal.js's own `ln`, `exp`, `sqrt` (other algorithms
 * than the enclosures' series), and for Φ the alternating Taylor series of erf,
 * Φ(x) = 1/2 + (1/√π)·Σ (−1)ⁿ (x/√2)^{2n+1}/(n!(2n+1)) (a different series from the enclosure's).
 * Checked: every enclosure contains its reference; enclosures nest and narrow as digits grow; the
 * functions' monotonicity is visible in the enclosures; known values (Φ(0) = 1/2, ln 1 = 0, e⁰ = 1,
 * √(9/4) = 3/2, Φ(−x) = 1 − Φ(x), e^{ln x} ∋ x); bad `digits` and arguments are typed errors.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Decimal } from 'decimal.js';
import { Interval } from '../../src/exact/Interval.js';
import { lnEnclosure, ln2Enclosure } from '../../src/exact/lnEnclosure.js';
import { expEnclosure } from '../../src/exact/expEnclosure.js';
import { sqrtEnclosure } from '../../src/exact/sqrtEnclosure.js';
import { normalCdfEnclosure, normalPdfEnclosure } from '../../src/exact/normalCdfEnclosure.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { InvalidParameterError } from '../../src/errors.js';

const D = Decimal.clone({ precision: 130, rounding: Decimal.ROUND_HALF_EVEN });
const toDec = (x: Rational) => new D(x.num.toString()).div(x.den.toString());
const fromDec = (x: Decimal) => Rational.parse(x.toFixed(125));
const SLACK = q(1, 10n ** 110n);
const encloses = (e: Interval, v: Rational) => e.lo.le(v.add(SLACK)) && v.sub(SLACK).le(e.hi);

/** Φ(x) from the alternating erf series in decimal.js at 130 digits (|x| ≤ 6). */
function phiRef(x: Rational): Rational {
  const z = toDec(x).div(D.sqrt(2));
  const z2 = z.times(z);
  let term = z; // (−1)ⁿ z^{2n+1}/n!
  let s = z;
  for (let n = 1; n < 2000; n++) {
    term = term.times(z2).neg().div(n);
    const add = term.div(2 * n + 1);
    s = s.plus(add);
    if (add.abs().lt(new D(10).pow(-128))) break;
  }
  const pi = D.acos(-1);
  return fromDec(new D(0.5).plus(s.div(D.sqrt(pi))));
}

const rat = (lo: number, hi: number, den = 64) =>
  fc
    .tuple(fc.integer({ min: lo * den, max: hi * den }), fc.integer({ min: 1, max: den }))
    .map(([n, d]) => q(n, d))
    .filter((x) => x.ge(q(lo)) && x.le(q(hi)));
const positive = rat(0, 200).filter((x) => x.sign() > 0);

describe('enclosures of ln, exp, √, Φ', () => {
  test.prop([positive], { numRuns: runs(15) })('ln x contains decimal.js ln at 130 digits (x ∈ (0, 200])', (x) => {
    for (const digits of [20, 50]) expect(encloses(lnEnclosure(x, digits), fromDec(D.ln(toDec(x))))).toBe(true);
    expect(
      lnEnclosure(x, 50)
        .width()
        .le(q(1, 10n ** 48n)),
    ).toBe(true);
  });
  test.prop([rat(-60, 60)], { numRuns: runs(20) })(
    'exp x contains decimal.js exp, relative width ≤ 10^−(digits−2)',
    (x) => {
      const ref = fromDec(D.exp(toDec(x)));
      const e = expEnclosure(x, 40);
      expect(encloses(e, ref)).toBe(true);
      expect(e.width().le(ref.mul(q(1, 10n ** 38n)))).toBe(true);
    },
  );
  test.prop([rat(0, 1000, 97)], { numRuns: runs(30) })(
    '√x contains decimal.js sqrt; exact for rational squares',
    (x) => {
      const e = sqrtEnclosure(x, 40);
      expect(encloses(e, fromDec(D.sqrt(toDec(x))))).toBe(true);
      expect(e.width().le(q(1, 10n ** 39n))).toBe(true);
      const sq = sqrtEnclosure(x.mul(x), 10);
      expect(sq.lo.eq(x) && sq.hi.eq(x)).toBe(true);
    },
  );
  test.prop([rat(-6, 6)], { numRuns: runs(12) })('Φ(x) contains the erf-series reference; Φ(−x) = 1 − Φ(x)', (x) => {
    const e = normalCdfEnclosure(x, 40);
    expect(encloses(e, phiRef(x))).toBe(true);
    expect(e.width().le(q(1, 10n ** 38n))).toBe(true);
    const m = normalCdfEnclosure(x.neg(), 40);
    expect(e.lo.add(m.lo).le(q(1)) && q(1).le(e.hi.add(m.hi))).toBe(true);
  });

  vtest('enclosures nest and narrow as digits grow', () => {
    const cases: [string, (digits: number) => Interval][] = [
      ['ln 3', (dg) => lnEnclosure(q(3), dg)],
      ['ln 1/1000', (dg) => lnEnclosure(q(1, 1000), dg)],
      ['exp 7/3', (dg) => expEnclosure(q(7, 3), dg)],
      ['exp −5', (dg) => expEnclosure(q(-5), dg)],
      ['√2', (dg) => sqrtEnclosure(q(2), dg)],
      ['Φ(1)', (dg) => normalCdfEnclosure(q(1), dg)],
      ['Φ(−5/2)', (dg) => normalCdfEnclosure(q(-5, 2), dg)],
      ['φ(1/2)', (dg) => normalPdfEnclosure(q(1, 2), dg)],
      ['ln 2', (dg) => ln2Enclosure(dg)],
    ];
    for (const [name, enc] of cases) {
      let prev = enc(10);
      for (const dg of [20, 40, 80, 160]) {
        const e = enc(dg);
        expect(prev.lo.le(e.lo) && e.hi.le(prev.hi), `${name} at ${dg} digits ⊆ the previous`).toBe(true);
        expect(e.width().lt(prev.width()), `${name} narrows`).toBe(true);
        prev = e;
      }
    }
  });

  test.prop([rat(-5, 5), rat(-5, 5)], { numRuns: runs(25) })(
    'monotone: x < y − 1/1000 gives disjoint, ordered enclosures of exp and Φ (and ln, √ on positives)',
    (x, y) => {
      fc.pre(x.add(q(1, 1000)).lt(y));
      expect(expEnclosure(x, 30).hi.lt(expEnclosure(y, 30).lo)).toBe(true);
      expect(normalCdfEnclosure(x, 30).hi.lt(normalCdfEnclosure(y, 30).lo)).toBe(true);
      if (x.sign() > 0) {
        expect(lnEnclosure(x, 30).hi.lt(lnEnclosure(y, 30).lo)).toBe(true);
        expect(sqrtEnclosure(x, 30).hi.lt(sqrtEnclosure(y, 30).lo)).toBe(true);
      }
    },
  );

  vtest('known values', () => {
    const half = normalCdfEnclosure(q(0));
    expect(half.contains(Rational.HALF)).toBe(true);
    expect(lnEnclosure(q(1)).contains(q(0))).toBe(true);
    expect(expEnclosure(q(0)).contains(q(1))).toBe(true);
    const r = sqrtEnclosure(q(9, 4));
    expect(r.lo.eq(q(3, 2)) && r.hi.eq(q(3, 2))).toBe(true);
    // Φ(1) = 0.841344746068542948585232545632…, Φ(1.96) = 0.97500210485177…, ln 2 = 0.693147180559945309417232…
    expect(normalCdfEnclosure(q(1)).lo.toDecimal(24)).toBe('0.841344746068542948585232');
    expect(normalCdfEnclosure(q(196, 100)).lo.toDecimal(12)).toBe('0.975002104851');
    expect(ln2Enclosure().lo.toDecimal(24)).toBe('0.693147180559945309417232');
    // e^{ln x} ∋ x
    for (const x of [q(2), q(1, 7), q(1000)]) {
      const l = lnEnclosure(x, 40);
      expect(expEnclosure(l.lo, 40).lo.le(x) && x.le(expEnclosure(l.hi, 40).hi)).toBe(true);
    }
    // the far tail (Mills' bound): Φ(50) ∈ [1 − φ(50)/50, 1]
    const t = normalCdfEnclosure(q(50), 40);
    expect(t.hi.le(q(1)) && t.lo.gt(q(1).sub(q(1, 10n ** 40n)))).toBe(true);
  });

  vtest('bad input is a typed error naming the parameter', () => {
    expect(() => lnEnclosure(q(0))).toThrow(/lnEnclosure: parameter 'x'/);
    expect(() => lnEnclosure(q(2), 5)).toThrow(/lnEnclosure: parameter 'digits'/);
    expect(() => expEnclosure(q(1001))).toThrow(/expEnclosure: parameter 'x'/);
    expect(() => sqrtEnclosure(q(-1))).toThrow(/sqrtEnclosure: parameter 'x'/);
    expect(() => normalCdfEnclosure(q(1), 1.5)).toThrow(InvalidParameterError);
    expect(() => normalCdfEnclosure(q(50), 400)).toThrow(/normalCdfEnclosure: parameter 'digits'/);
    expect(() => normalCdfEnclosure(0.5 as never)).toThrow(/normalCdfEnclosure: parameter 'x'/);
  });
});
