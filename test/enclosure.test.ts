import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from './propTest.js';
import { atanEnclosure, piEnclosure, cauchyMassEnclosure, cauchyCdfEnclosure } from '../src/exact/Interval.js';
import { Rational, q } from '../src/exact/Rational.js';

const PI50 = q('3.14159265358979323846264338327950288419716939937510');

describe('rigorous enclosures', () => {
  vtest('π is inside its enclosure, which is narrower than 1e-38', () => {
    const p = piEnclosure();
    expect(
      p.contains(PI50) ||
        p.lo
          .sub(PI50)
          .abs()
          .lt(q(1, 10n ** 49n)),
    ).toBe(true);
    expect(p.lo.le(PI50.add(q(1, 10n ** 49n))) && p.hi.ge(PI50.sub(q(1, 10n ** 49n)))).toBe(true);
    expect(p.width().lt(q(1, 10n ** 38n))).toBe(true);
  });
  test.prop([fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 })])(
    'atan(q) enclosure is consistent with Math.atan and narrow',
    (n, d) => {
      const x = q(n, d);
      const e = atanEnclosure(x);
      const f = Math.atan(n / d);
      const tol = q(1, 10n ** 14n);
      const fr = Rational.fromDouble(f);
      expect(e.lo.le(fr.add(tol)) && e.hi.ge(fr.sub(tol))).toBe(true);
      expect(e.width().lt(q(1, 10n ** 35n))).toBe(true);
    },
  );
  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })])(
    'atan is odd and increasing on enclosures',
    (a, b) => {
      const x = q(a, 37),
        y = q(b, 41);
      const ex = atanEnclosure(x),
        eneg = atanEnclosure(x.neg());
      expect(ex.lo.eq(eneg.hi.neg()) && ex.hi.eq(eneg.lo.neg())).toBe(true);
      if (x.lt(y)) expect(ex.lo.le(atanEnclosure(y).hi)).toBe(true);
    },
  );
  vtest('Cauchy masses: P(|C| ≤ 1) = 1/2 and the CDF at 0 is 1/2', () => {
    expect(cauchyMassEnclosure(q(-1), q(1)).contains(Rational.HALF)).toBe(true);
    expect(cauchyCdfEnclosure(Rational.ZERO).contains(Rational.HALF)).toBe(true);
    const c = cauchyCdfEnclosure(q(1));
    expect(c.contains(q(3, 4))).toBe(true);
  });
});
