import { describe, expect, test as vtest } from 'vitest';
import { test } from './propTest.js';
import { Rational, q, maxOf } from '../src/exact/Rational.js';
import { PiecewiseLinear } from '../src/model/PiecewiseLinear.js';
import { piecewiseLinearArb } from '../src/arbitraries/piecewiseLinearArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { unitVectorArb } from '../src/arbitraries/unitVectorArb.js';
import { cubeSupAbs, approxError } from '../src/model/cubeSup.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { normSquared } from '../src/model/unitVector.js';

describe('piecewise-linear functions', () => {
  test.prop([piecewiseLinearArb(), rationalArb({ min: q(-3), max: q(3) }), rationalArb({ min: q(-3), max: q(3) })])(
    'supAbs equals the max of |φ| over the ends and the breakpoints inside (brute force)',
    (f, a, b) => {
      const lo = a.min(b),
        hi = a.max(b);
      const pts = [lo, hi, ...f.kinks.map((k) => k.tau).filter((t) => t.gt(lo) && t.lt(hi))];
      const brute = maxOf(pts.map((t) => f.eval(t).abs()));
      const s = f.supAbs(lo, hi);
      expect(s.value.eq(brute)).toBe(true);
      expect(f.eval(s.at).abs().eq(s.value)).toBe(true);
    },
  );
  test.prop([piecewiseLinearArb()])(
    'effective breakpoints: merged, sorted, non-zero; the function is unchanged',
    (f) => {
      const eff = f.effectiveBreakpoints();
      for (let i = 1; i < eff.length; i++) expect(eff[i - 1]!.tau.lt(eff[i]!.tau)).toBe(true);
      for (const k of eff) expect(k.jump.isZero()).toBe(false);
      const g = new PiecewiseLinear(f.A, f.B, eff);
      for (const t of [q(-3), q(-1, 3), q(0), q(5, 7), q(3), ...f.kinks.map((k) => k.tau)])
        expect(g.eval(t).eq(f.eval(t))).toBe(true);
    },
  );
});

describe('exact sup over the cube', () => {
  vtest('σ(x_1) has sup 1 on [−1,1]^2, attained where x_1 = 1', () => {
    const s = cubeSupAbs(new Network(2, [{ alpha: Rational.ONE, w: [Rational.ONE, Rational.ZERO] }]));
    expect(s.value.eq(Rational.ONE)).toBe(true);
    expect(s.witness[0]!.eq(Rational.ONE)).toBe(true);
  });
  test.prop([unitVectorArb({ d: 3 })])(
    'a target approximates itself with error 0; the zero network has error ‖w*‖₁',
    (w) => {
      const f = new TargetNeuron(w);
      expect(normSquared(w).eq(Rational.ONE)).toBe(true);
      expect(approxError(f, f.asNetwork()).value.isZero()).toBe(true);
      const l1 = w.reduce((s, x) => s.add(x.abs()), Rational.ZERO);
      expect(approxError(f, new Network(3, [])).value.eq(l1)).toBe(true);
    },
  );
});
