/**
 * # One-dimensional piecewise-linear functions against evaluation by definition
 *
 * φ(t) = A + B·t + Σ_k J_k (t − τ_k)_+ is evaluated here by its own formula; every operation
 * (neurons, sums, scaling, merging kinks, second differences, hat sums, the exact sup and
 * `isAffineOn`) is compared with that or with brute force over the breakpoints.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q, maxOf } from '../../src/exact/Rational.js';
import { PiecewiseLinear, Kink, sortKinks } from '../../src/model/PiecewiseLinear.js';
import { InvalidParameterError } from '../../src/errors.js';
import { smallRat } from './gen.js';

const rampsArb = fc.array(fc.tuple(smallRat(2, 6), smallRat(2, 4)), { maxLength: 6 });
const plArb = fc.tuple(smallRat(2, 3), smallRat(2, 3), rampsArb).map(([A, B, ks]) => ({
  A,
  B,
  ks,
  f: new PiecewiseLinear(
    A,
    B,
    ks.map(([tau, J]) => PiecewiseLinear.kink(tau, J)),
  ),
}));
/** A + B t + Σ J (t − τ)_+ by the formula. */
const byFormula = (A: Rational, B: Rational, ks: readonly (readonly [Rational, Rational])[], t: Rational): Rational =>
  ks.reduce((s, [tau, J]) => s.add(J.mul(t.sub(tau).max(Rational.ZERO))), A.add(B.mul(t)));
const neuronsArb = fc.array(fc.record({ alpha: smallRat(2, 4), a: smallRat(2, 4), b: smallRat(2, 4) }), {
  maxLength: 5,
});

describe('construction and evaluation', () => {
  test.prop([plArb, smallRat(3, 7)], { numRuns: runs(150) })(
    'eval is A + B t + Σ J (t − τ)_+',
    ({ A, B, ks, f }, t) => {
      expect(f.eval(t).eq(byFormula(A, B, ks, t))).toBe(true);
      for (const k of f.kinks) expect(k.tau.eq(k.p.div(k.q)) && k.c.eq(k.jump.mul(k.tau))).toBe(true);
    },
  );
  test.prop([neuronsArb, smallRat(3, 7)], { numRuns: runs(150) })('ofNeurons / neuron: Σ α σ(a t + b)', (ns, t) => {
    const want = ns.reduce((s, n) => s.add(n.alpha.mul(n.a.mul(t).add(n.b).max(Rational.ZERO))), Rational.ZERO);
    expect(PiecewiseLinear.ofNeurons(ns).eval(t).eq(want)).toBe(true);
    expect(
      PiecewiseLinear.sum(ns.map((n) => PiecewiseLinear.neuron(n.alpha, n.a, n.b)))
        .eval(t)
        .eq(want),
    ).toBe(true);
    for (const n of ns)
      expect(
        PiecewiseLinear.neuron(n.alpha, n.a, n.b)
          .eval(t)
          .eq(n.alpha.mul(n.a.mul(t).add(n.b).max(Rational.ZERO))),
      ).toBe(true);
  });
  test.prop([plArb, plArb, smallRat(3, 5), smallRat(3, 7)], { numRuns: runs(100) })(
    'add, sub, scale, sum are pointwise',
    (F, G, c, t) => {
      const f = F.f,
        g = G.f;
      expect(
        f
          .add(g)
          .eval(t)
          .eq(f.eval(t).add(g.eval(t))),
      ).toBe(true);
      expect(
        f
          .sub(g)
          .eval(t)
          .eq(f.eval(t).sub(g.eval(t))),
      ).toBe(true);
      expect(f.scale(c).eval(t).eq(f.eval(t).mul(c))).toBe(true);
      expect(
        PiecewiseLinear.sum([f, g, f])
          .eval(t)
          .eq(f.eval(t).mul(q(2)).add(g.eval(t))),
      ).toBe(true);
      const s = f.scale(c);
      s.kinks.forEach((k, j) => expect(k.tau.eq(f.kinks[j]!.tau)).toBe(true));
    },
  );
  vtest('hand-computed neurons: a > 0, a < 0, a = 0', () => {
    const up = PiecewiseLinear.neuron(q(2), q(3), q(-1)); // 2σ(3t − 1): kink at 1/3, slope 6
    expect(up.eval(q(1)).toString()).toBe('4/1');
    expect(up.eval(q(0)).toString()).toBe('0/1');
    expect(up.kinks.map((k) => [k.tau.toString(), k.jump.toString()])).toEqual([['1/3', '6/1']]);
    const down = PiecewiseLinear.neuron(q(2), q(-3), q(1)); // 2σ(1 − 3t)
    expect(down.eval(q(0)).toString()).toBe('2/1');
    expect(down.eval(q(1)).toString()).toBe('0/1');
    expect(down.eval(q(-1)).toString()).toBe('8/1');
    expect([down.A.toString(), down.B.toString()]).toEqual(['2/1', '-6/1']);
    expect(PiecewiseLinear.neuron(q(2), q(0), q(3, 2)).eval(q(5)).toString()).toBe('3/1');
    expect(PiecewiseLinear.neuron(q(2), q(0), q(-3, 2)).eval(q(5)).toString()).toBe('0/1');
    expect(PiecewiseLinear.neuron(q(2), q(0), q(0)).eval(q(5)).toString()).toBe('0/1');
    expect(new PiecewiseLinear(q(1), q(0), []).eval(q(9)).toString()).toBe('1/1');
    expect(() => new PiecewiseLinear(1 as never, q(0), [])).toThrow(InvalidParameterError);
    expect(() => new PiecewiseLinear(q(0), 1 as never, [])).toThrow(InvalidParameterError);
    // eval at the kink itself: the ramp is 0 there
    expect(up.eval(q(1, 3)).toString()).toBe('0/1');
  });
});

describe('breakpoints, second differences, hats, affinity', () => {
  test.prop([plArb], { numRuns: runs(150) })(
    'effectiveBreakpoints: sorted, merged, non-zero jumps summing the originals',
    ({ f, ks }) => {
      const eff = f.effectiveBreakpoints();
      for (let j = 1; j < eff.length; j++) expect(eff[j - 1]!.tau.lt(eff[j]!.tau)).toBe(true);
      const taus = [...new Set(ks.map(([t]) => t.toString()))];
      const want = taus
        .map((s) => ({
          tau: q(s),
          J: ks.filter(([t]) => t.toString() === s).reduce((a, [, J]) => a.add(J), Rational.ZERO),
        }))
        .filter((x) => !x.J.isZero())
        .sort((x, y) => x.tau.cmp(y.tau));
      expect(eff.map((k) => `${k.tau}:${k.jump}`)).toEqual(want.map((x) => `${x.tau}:${x.J}`));
      for (const k of eff) expect(k.c.eq(k.jump.mul(k.tau))).toBe(true);
    },
  );
  test.prop([plArb, smallRat(1, 6), fc.integer({ min: 1, max: 6 }).map((n) => q(n, 6))], { numRuns: runs(150) })(
    'secondDifference = φ(c−h) − 2φ(c) + φ(c+h) = Σ J (h − |τ − c|)_+ (E4)',
    ({ A, B, ks, f }, c, h) => {
      const direct = byFormula(A, B, ks, c.sub(h))
        .sub(byFormula(A, B, ks, c).mul(q(2)))
        .add(byFormula(A, B, ks, c.add(h)));
      expect(f.secondDifference(c, h).eq(direct)).toBe(true);
      const hats = ks.reduce((s, [tau, J]) => s.add(J.mul(h.sub(tau.sub(c).abs()).max(Rational.ZERO))), Rational.ZERO);
      expect(f.hatSum(c, h).eq(hats)).toBe(true);
    },
  );
  test.prop([plArb, smallRat(2, 6), smallRat(2, 6)], { numRuns: runs(200) })(
    'isAffineOn(lo, hi) iff φ is collinear on lo, hi and every kink inside',
    ({ A, B, ks, f }, a, b) => {
      const lo = a.min(b),
        hi = a.max(b);
      const inside = ks.map(([t]) => t).filter((t) => t.gt(lo) && t.lt(hi));
      let affine: boolean;
      if (lo.eq(hi)) affine = true;
      else {
        const slope = byFormula(A, B, ks, hi)
          .sub(byFormula(A, B, ks, lo))
          .div(hi.sub(lo));
        affine = inside.every((t) => byFormula(A, B, ks, t).eq(byFormula(A, B, ks, lo).add(slope.mul(t.sub(lo)))));
      }
      expect(f.isAffineOn(lo, hi)).toBe(affine);
    },
  );
  vtest('isAffineOn: hand cases', () => {
    const f = new PiecewiseLinear(q(0), q(1), [
      PiecewiseLinear.kink(q(0), q(2)),
      PiecewiseLinear.kink(q(1, 2), q(3)),
      PiecewiseLinear.kink(q(1, 2), q(-3)),
    ]);
    expect(f.isAffineOn(q(-1), q(1))).toBe(false); // kink at 0 inside
    expect(f.isAffineOn(q(0), q(1))).toBe(true); // the kink at 0 is an end; the kinks at 1/2 cancel
    expect(f.isAffineOn(q(-1), q(0))).toBe(true);
    expect(f.isAffineOn(q(-1, 2), q(1, 2))).toBe(false);
    expect(f.hatSum(q(0), q(1, 2)).toString()).toBe('1/1');
    expect(f.secondDifference(q(0), q(1, 2)).toString()).toBe('1/1');
  });
});

const sa = (f: PiecewiseLinear, lo: Rational, hi: Rational): [string, string] => {
  const s = f.supAbs(lo, hi);
  return [s.value.toString(), s.at.toString()];
};

describe('the exact sup of |φ| on [lo, hi]', () => {
  test.prop([plArb, smallRat(2, 6), smallRat(2, 6)], { numRuns: runs(200) })(
    'supAbs is the max of |φ| over lo, hi and the kinks inside, attained at `at`',
    ({ A, B, ks, f }, a, b) => {
      const lo = a.min(b),
        hi = a.max(b);
      const pts = [lo, hi, ...ks.map(([t]) => t).filter((t) => t.gt(lo) && t.lt(hi))];
      const want = maxOf(pts.map((t) => byFormula(A, B, ks, t).abs()));
      const s = f.supAbs(lo, hi);
      expect(s.value.eq(want)).toBe(true);
      expect(s.at.ge(lo) && s.at.le(hi)).toBe(true);
      expect(byFormula(A, B, ks, s.at).abs().eq(want)).toBe(true);
      // the first maximiser in increasing t
      const first = pts.filter((t) => byFormula(A, B, ks, t).abs().eq(want)).reduce((x, y) => x.min(y));
      expect(s.at.eq(first)).toBe(true);
    },
  );
  vtest('hand cases: interior maximum, ends, kinks at the ends, lo = hi, lo > hi', () => {
    const tent = new PiecewiseLinear(q(1), q(1), [PiecewiseLinear.kink(q(0), q(-2))]); // 1 − |t|
    expect(sa(tent, q(-1), q(1))).toEqual([q(1).toString(), q(0).toString()]);
    expect(sa(tent, q(1, 2), q(1))).toEqual(['1/2', '1/2']);
    expect(sa(tent, q(-1), q(0))).toEqual([q(1).toString(), q(0).toString()]);
    expect(sa(tent, q(0), q(3))).toEqual([q(2).toString(), q(3).toString()]);
    expect(sa(tent, q(1, 3), q(1, 3))).toEqual(['2/3', '1/3']);
    expect(sa(tent, q(-3), q(3))).toEqual([q(2).toString(), q(-3).toString()]);
    const v = new PiecewiseLinear(q(0), q(-1), [
      PiecewiseLinear.kink(q(1, 3), q(2)),
      PiecewiseLinear.kink(q(1, 3), q(0)),
    ]); // |t − 1/3| − 1/3
    expect(sa(v, q(0), q(1))).toEqual(['1/3', '1/3']);
    expect(sa(v, q(1, 4), q(1))).toEqual(['1/3', '1/3']);
    expect(sa(v, q(1, 2), q(1))).toEqual(['1/3', '1/1']);
    expect(() => tent.supAbs(q(1), q(0))).toThrow(InvalidParameterError);
    // non-unit denominators of τ (kinks from neurons: τ = p/q unreduced)
    const n = PiecewiseLinear.ofNeurons([
      { alpha: q(1), a: q(3), b: q(-1) },
      { alpha: q(-2), a: q(-6), b: q(4) },
    ]);
    const s = n.supAbs(q(-1), q(1));
    const pts = [q(-1), q(1), q(1, 3), q(2, 3)];
    expect(s.value.eq(maxOf(pts.map((t) => n.eval(t).abs())))).toBe(true);
  });
  vtest('sortKinks: exact order for near-equal, huge and tiny breakpoints', () => {
    const mk = (p: Rational, qq: Rational) => new Kink(p, qq, Rational.ONE, p.div(qq));
    const eps = Rational.of(1n, 2n ** 60n);
    const ks = [
      mk(q(1).add(eps), q(1)),
      mk(q(1), q(1)),
      mk(q(1).sub(eps), q(1)),
      mk(q(3), q(3)),
      mk(Rational.of(10n ** 320n), q(1)),
      mk(Rational.of(-(10n ** 320n)), q(1)),
      mk(Rational.of(1n, 10n ** 320n), q(1)),
      mk(Rational.of(2n, 10n ** 320n), q(1)),
      mk(q(0), q(1)),
      mk(q(-1, 3), q(1)),
      mk(q(-2), q(6)),
      // p and q below the normal doubles: p/q in doubles would read 1.2376 for τ = 1.234567
      mk(Rational.of(1234567n, 10n ** 327n), Rational.of(1n, 10n ** 321n)),
      mk(Rational.of(12345670001n, 10n ** 10n), q(1)),
      mk(Rational.of(-1234567n, 10n ** 327n), Rational.of(1n, 10n ** 321n)),
      mk(Rational.of(-12345670001n, 10n ** 10n), q(1)),
    ];
    const sorted = sortKinks(ks);
    for (let j = 1; j < sorted.length; j++)
      expect(sorted[j - 1]!.tau.le(sorted[j]!.tau), `${sorted[j - 1]!.tau} ≤ ${sorted[j]!.tau}`).toBe(true);
    expect(sorted.length).toBe(ks.length);
    expect(ks[0]!.cmpTau(q(1))).toBe(1);
    expect(ks[2]!.cmpTau(q(1))).toBe(-1);
    expect(ks[3]!.cmpTau(q(1))).toBe(0);
    expect(mk(q(3), q(6)).cmpTau(q(1, 2))).toBe(0);
    expect(mk(q(3), q(6)).cmpKink(mk(q(1), q(2)))).toBe(0);
    expect(mk(q(3), q(6)).approx).toBe(0.5);
    const sc = mk(q(3), q(6)).scaled(q(-2));
    expect([sc.tau.toString(), sc.jump.toString(), sc.c.toString()]).toEqual(['1/2', '-2/1', '-1/1']);
  });
});
