/**
 * # Families, windows, bins and breakpoints for every family index (i = 1, 2, 3)
 *
 * Every window test in the claims uses family i = 1, where index arithmetic such as 2i − 2 versus
 * i − 1 cannot be told apart; here d = 6 and 7 and i ∈ {1, 2, 3}. Each object is checked against its
 * definition computed independently: the restriction φ_{S,i}(t) against g(x_i(t)) evaluated on the
 * full input; breakpoints against −w_{2i}/w_{2i−1}; bins against {k : lo_k ≤ t ≤ hi_k} with lo_k, hi_k
 * written out; the broken-count process against Definition 2 applied to every prefix; the window
 * tests against |t_i(w) − t*| ≤ r with the division done.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { dot } from '../../src/model/relu.js';
import {
  familyPoint,
  familyCoefficients,
  breakpoint,
  kinkSize,
  restrictNetwork,
  restrictTarget,
  restrictError,
} from '../../src/model/family.js';
import {
  targetBreakpoint,
  windowRadius,
  windowFits,
  breakpointWithin,
  windowHit,
  threePointError,
} from '../../src/model/window.js';
import {
  binBounds,
  binsHitBy,
  brokenBins,
  brokenBinsByDefinition,
  familyBreakpoints,
  brokenCountProcess,
  MAX_BINS,
} from '../../src/model/bins.js';
import { targetInBin } from '../../src/model/binTarget.js';
import { normSquared } from '../../src/model/unitVector.js';
import { InvalidParameterError } from '../../src/errors.js';
import { smallNetwork, smallRat, failure } from './gen.js';

/** d ∈ {6, 7} with a family index i ∈ {1, 2, 3}. */
const dAndI = fc.tuple(fc.constantFrom(6, 7), fc.constantFrom(1, 2, 3));
const netWithFamily = dAndI.chain(([d, i]) => fc.tuple(fc.constant(d), fc.constant(i), smallNetwork(d, 5)));
const tIn = smallRat(1, 8);
/** The breakpoint by its definition: −w_{2i}/w_{2i−1} (1-based coordinates), undefined when w_{2i−1} = 0. */
const defBreakpoint = (w: readonly Rational[], i: number): Rational | undefined => {
  const a = w[2 * i - 2]!,
    b = w[2 * i - 1]!;
  return a.isZero() ? undefined : b.neg().div(a);
};
/** Bins containing t, by the definition with bounds written out: lo_k = −1 + 2(k−1)/T, hi_k = −1 + 2k/T. */
const defBins = (t: Rational, T: number): number[] => {
  const out: number[] = [];
  for (let k = 1; k <= T; k++) {
    const lo = q(-1).add(q(2 * (k - 1), T)),
      hi = q(-1).add(q(2 * k, T));
    if (lo.le(t) && t.le(hi)) out.push(k);
  }
  return out;
};

describe('input families and restrictions', () => {
  test.prop([netWithFamily, tIn], { numRuns: runs(120) })(
    'x_i(t), breakpoints and φ_{S,i} = g∘x_i for i = 1, 2, 3',
    ([d, i, g], t) => {
      const x = familyPoint(d, i, t);
      expect(x.length).toBe(d);
      x.forEach((v, k) =>
        expect(v.toString(), `coordinate ${k}`).toBe(k === 2 * i - 2 ? t.toString() : k === 2 * i - 1 ? '1/1' : '0/1'),
      );
      expect(restrictNetwork(g, i).eval(t).eq(g.eval(x))).toBe(true);
      const fb = familyBreakpoints(g, i);
      expect(fb.length).toBe(g.N);
      g.neurons.forEach((n, j) => {
        expect(String(breakpoint(n.w, i)), `neuron ${j}`).toBe(String(defBreakpoint(n.w, i)));
        expect(String(fb[j])).toBe(String(defBreakpoint(n.w, i)));
        const { a, b } = familyCoefficients(n.w, i);
        expect([a.toString(), b.toString()]).toEqual([n.w[2 * i - 2]!.toString(), n.w[2 * i - 1]!.toString()]);
        expect(kinkSize(n.w, i).eq(n.w[2 * i - 2]!.abs())).toBe(true);
      });
    },
  );
  vtest('a target along families 2 and 3', () => {
    // w* = (0, 0, 3/5, 4/5, 0, 0): family 2 has κ = 3/5 and t* = −4/3; family 3 is flat
    const f = new TargetNeuron([q(0), q(0), q(3, 5), q(4, 5), q(0), q(0)]);
    expect(restrictTarget(f, 2).eval(q(1, 2)).toString()).toBe('11/10');
    expect(restrictTarget(f, 2).eval(q(-1)).toString()).toBe('1/5');
    expect(restrictTarget(f, 1).eval(q(1)).toString()).toBe('0/1');
    expect(restrictTarget(f, 3).eval(q(1, 3)).toString()).toBe('0/1');
    const tb = targetBreakpoint(f, 2);
    expect([String(tb.tStar), tb.kappa.toString()]).toEqual(['-4/3', '3/5']);
    expect(targetBreakpoint(f, 1).tStar).toBeUndefined();
    expect(targetBreakpoint(f, 1).kappa.toString()).toBe('0/1');
    const g = new Network(6, [{ alpha: q(2), w: [q(0), q(0), q(1), q(0), q(0), q(0)] }]);
    // e(t) = σ(3t/5 + 4/5) − 2σ(t) along family 2
    for (const t of [q(-1), q(-1, 2), q(0), q(1, 2), q(1)]) {
      const x = familyPoint(6, 2, t);
      expect(
        restrictError(f, g, 2)
          .eval(t)
          .eq(f.eval(x).sub(g.eval(x))),
      ).toBe(true);
    }
    expect(restrictError(f, g, 2).eval(q(1)).toString()).toBe('-3/5');
    expect(kinkSize(f.w, 2).toString()).toBe('3/5');
  });
  vtest('bad family arguments are typed errors', () => {
    expect(failure(() => familyPoint(6, 4, q(0)))).toBe('InvalidParameterError:i');
    expect(failure(() => familyPoint(7, 0, q(0)))).toBe('InvalidParameterError:i');
    expect(failure(() => familyPoint(6, 3, q(0)))).toBe('no error');
    expect(failure(() => familyPoint(1, 1, q(0)))).toBe('InvalidParameterError:d');
    expect(failure(() => familyPoint(6, 1, q(9, 8)))).toBe('InvalidParameterError:t');
    expect(failure(() => familyPoint(6, 1, q(-9, 8)))).toBe('InvalidParameterError:t');
    expect(failure(() => familyPoint(6, 1, q(-1)))).toBe('no error');
    expect(failure(() => familyPoint(6, 1, 0 as never))).toBe('InvalidParameterError:t');
    expect(failure(() => familyCoefficients([q(1), q(2), q(3)], 2))).toBe('InvalidParameterError:i');
    expect(failure(() => familyCoefficients('w' as never, 1))).toBe('InvalidParameterError:w');
    expect(failure(() => restrictNetwork(new Network(4, []), 3))).toBe('InvalidParameterError:i');
    expect(failure(() => restrictTarget(new TargetNeuron([q(1), q(0), q(0), q(0)]), 3))).toBe(
      'InvalidParameterError:i',
    );
  });
});

describe('windows around t* (Lemma 2) for families 1, 2, 3', () => {
  test.prop([netWithFamily, smallRat(1, 6), fc.integer({ min: 0, max: 6 }).map((n) => q(n, 6))], {
    numRuns: runs(150),
  })('breakpointWithin / windowHit equal |t_i(w) − t*| ≤ r computed by division', ([, i, g], tStar, r) => {
    let any = false;
    for (const n of g.neurons) {
      const t = defBreakpoint(n.w, i);
      const want = t !== undefined && t.sub(tStar).abs().le(r);
      any ||= want;
      expect(breakpointWithin(n.w, i, tStar, r)).toBe(want);
    }
    expect(windowHit(g, i, tStar, r)).toBe(any);
  });
  vtest('edges of the window are inside; a = 0 never hits, even with b = 0', () => {
    const z = q(0);
    // family 2 of d = 6: (a, b) = (w_3, w_4); t = −b/a
    const w = (a: Rational, b: Rational) => [q(5), q(7), a, b, q(-3), q(1)];
    expect(breakpointWithin(w(q(2), q(-1)), 2, q(1, 3), q(1, 6))).toBe(true); // t = 1/2 = t* + r
    expect(breakpointWithin(w(q(-6), q(1)), 2, q(1, 3), q(1, 6))).toBe(true); // t = 1/6 = t* − r
    expect(breakpointWithin(w(q(2), q(-1)), 2, q(1, 3), q(1, 7))).toBe(false);
    expect(breakpointWithin(w(z, z), 2, q(0), q(1))).toBe(false);
    expect(breakpointWithin(w(z, q(1, 2)), 2, q(0), q(1))).toBe(false);
    expect(breakpointWithin(w(q(1), z), 2, q(0), z)).toBe(true); // t = 0 = t*, r = 0
    // family 3 of d = 7 reads coordinates 5 and 6 (1-based): w_5 = 4, w_6 = −2 → t = 1/2
    expect(breakpointWithin([q(1), q(1), q(1), q(1), q(4), q(-2), q(9)], 3, q(1, 2), z)).toBe(true);
    expect(breakpointWithin([q(1), q(1), q(1), q(1), q(4), q(-2), q(9)], 1, q(1, 2), z)).toBe(false);
    const g = new Network(6, [
      { alpha: q(1), w: w(z, z) },
      { alpha: q(1), w: w(q(4), q(-3)) }, // t = 3/4
    ]);
    expect(windowHit(g, 2, q(1, 2), q(1, 4))).toBe(true);
    expect(windowHit(g, 2, q(1, 2), q(1, 5))).toBe(false);
    expect(windowHit(new Network(6, []), 2, q(0), q(2))).toBe(false);
  });
  vtest('radius 4ε/κ, fit |t*| + r < 1 (strict)', () => {
    expect(windowRadius(q(1, 10), q(1, 2)).toString()).toBe('4/5');
    expect(windowRadius(q(1, 100), q(3, 5)).toString()).toBe('1/15');
    expect(failure(() => windowRadius(q(1, 10), q(0)))).toBe('InvalidParameterError:kappa');
    expect(failure(() => windowRadius(q(1, 10), q(-1, 2)))).toBe('InvalidParameterError:kappa');
    expect(windowFits(q(1, 2), q(1, 4))).toBe(true);
    expect(windowFits(q(-1, 2), q(1, 4))).toBe(true);
    expect(windowFits(q(1, 2), q(1, 2))).toBe(false);
    expect(windowFits(q(-1, 2), q(1, 2))).toBe(false);
    expect(windowFits(q(-3, 4), q(1, 2))).toBe(false);
    expect(windowFits(q(0), q(999, 1000))).toBe(true);
    expect(windowFits(q(0), q(1))).toBe(false);
  });
  test.prop([dAndI, smallRat(1, 5), fc.integer({ min: 1, max: 4 }).map((n) => q(n, 8)), smallNetwork(7, 3)], {
    numRuns: runs(80),
  })('threePointError = max over {t* − δ, t*, t* + δ} of |f − v| at x_i(t)', ([d, i], tStar, delta, g7) => {
    if (tStar.abs().add(delta).gt(Rational.ONE)) return;
    const u = [q(3, 5), q(-4, 5)];
    const w = Array.from({ length: d }, (_, k) => (k === 2 * i - 2 ? u[0]! : k === 2 * i - 1 ? u[1]! : Rational.ZERO));
    const f = new TargetNeuron(w);
    const g = new Network(
      d,
      g7.neurons.map((n) => ({ alpha: n.alpha, w: n.w.slice(0, d) })),
    );
    const want = [tStar.sub(delta), tStar, tStar.add(delta)].map((t) => {
      const x = familyPoint(d, i, t);
      return f.eval(x).sub(g.eval(x)).abs();
    });
    const got = threePointError(f, (x) => g.eval(x), i, tStar, delta);
    expect(got.eq(want.reduce((a, b) => a.max(b)))).toBe(true);
  });
});

describe('bins, broken bins and the broken-count process', () => {
  test.prop([fc.integer({ min: 1, max: 12 }), smallRat(2, 12)], { numRuns: runs(200) })(
    'binsHitBy and binBounds against the written-out definition',
    (T, t) => {
      expect(binsHitBy(t, T)).toEqual(defBins(t, T));
      for (let k = 1; k <= T; k++) {
        const { lo, hi } = binBounds(T, k);
        expect([lo.toString(), hi.toString()]).toEqual([
          q(-1)
            .add(q(2 * (k - 1), T))
            .toString(),
          q(-1)
            .add(q(2 * k, T))
            .toString(),
        ]);
      }
    },
  );
  test.prop([netWithFamily, fc.integer({ min: 1, max: 9 })], { numRuns: runs(120) })(
    'brokenCountProcess: B_s = #bins hit by none of the first s breakpoints (Definition 2 on every prefix)',
    ([, i, g], T) => {
      const proc = brokenCountProcess(g, i, T);
      expect(proc.length).toBe(g.N + 1);
      const bps = g.neurons.map((n) => defBreakpoint(n.w, i));
      for (let s = 0; s <= g.N; s++) {
        const prefix = bps.slice(0, s);
        const broken = Array.from(
          { length: T },
          (_, k) => !prefix.some((t) => t !== undefined && defBins(t, T).includes(k + 1)),
        );
        expect(proc[s], `s = ${s}`).toBe(broken.filter(Boolean).length);
        if (s === g.N) {
          expect(brokenBins(prefix, T)).toEqual(broken);
          expect(brokenBinsByDefinition(prefix, T)).toEqual(broken);
        }
      }
    },
  );
  vtest('hand-computed bins and processes', () => {
    expect(binsHitBy(q(0), 4)).toEqual([2, 3]);
    expect(binsHitBy(q(-1), 4)).toEqual([1]);
    expect(binsHitBy(q(1), 4)).toEqual([4]);
    expect(binsHitBy(q(1, 4), 4)).toEqual([3]);
    expect(binsHitBy(q(1, 2), 4)).toEqual([3, 4]);
    expect(binsHitBy(q(9, 8), 4)).toEqual([]);
    expect(binsHitBy(q(-9, 8), 4)).toEqual([]);
    expect(binsHitBy(q(0), 1)).toEqual([1]);
    expect(binBounds(4, 2)).toEqual({ lo: q(-1, 2), hi: q(0) });
    expect(brokenBins([undefined, q(0)], 4)).toEqual([true, false, false, true]);
    expect(brokenBins([], 3)).toEqual([true, true, true]);
    // family 2 of d = 4: breakpoints 0 (hits bins 2, 3 of 4), then 1 (bin 4), undefined, then −1 (bin 1)
    const g = new Network(4, [
      { alpha: q(1), w: [q(9), q(9), q(1), q(0)] },
      { alpha: q(1), w: [q(9), q(9), q(1), q(-1)] },
      { alpha: q(1), w: [q(9), q(9), q(0), q(5)] },
      { alpha: q(1), w: [q(9), q(9), q(2), q(2)] },
    ]);
    expect(brokenCountProcess(g, 2, 4)).toEqual([4, 2, 1, 1, 0]);
    expect(familyBreakpoints(g, 2).map(String)).toEqual(['0/1', '1/1', 'undefined', '-1/1']);
    expect(familyBreakpoints(g, 1).map(String)).toEqual(['-1/1', '-1/1', '-1/1', '-1/1']);
    expect(brokenCountProcess(g, 1, 4)).toEqual([4, 3, 3, 3, 3]);
    expect(brokenCountProcess(new Network(4, []), 1, 5)).toEqual([5]);
  });
  vtest('bad T or k are typed errors', () => {
    expect(failure(() => binBounds(0, 1))).toBe('InvalidParameterError:T');
    expect(failure(() => binBounds(MAX_BINS + 1, 1))).toBe('InvalidParameterError:T');
    expect(failure(() => binBounds(4, 0))).toBe('InvalidParameterError:k');
    expect(failure(() => binBounds(4, 5))).toBe('InvalidParameterError:k');
    expect(failure(() => binBounds(4, 4))).toBe('no error');
    expect(failure(() => binsHitBy(q(0), 0))).toBe('InvalidParameterError:T');
    expect(failure(() => brokenCountProcess(new Network(2, []), 1, 0))).toBe('InvalidParameterError:T');
    expect(failure(() => brokenCountProcess(new Network(2, []), 1, 1.5))).toBe('InvalidParameterError:T');
    expect(failure(() => brokenCountProcess(new Network(2, []), 1, MAX_BINS))).toBe('no error');
  });
});

describe('targets placed in a bin (C4)', () => {
  test.prop(
    [dAndI, fc.integer({ min: 1, max: 40 }).chain((T) => fc.tuple(fc.constant(T), fc.integer({ min: 1, max: T })))],
    { numRuns: runs(40) },
  )('targetInBin: a unit vector on family i whose breakpoint is the bin centre to 2^−40/T', ([d, i], [T, k]) => {
    const f = targetInBin(d, i, T, k);
    expect(f.d).toBe(d);
    expect(normSquared(f.w).eq(Rational.ONE)).toBe(true);
    f.w.forEach((v, c) => {
      if (c !== 2 * i - 2 && c !== 2 * i - 1) expect(v.isZero()).toBe(true);
    });
    const t = defBreakpoint(f.w, i)!;
    const centre = q(-1).add(q(2 * k - 1, T));
    expect(
      t
        .sub(centre)
        .abs()
        .le(q(1, 2 ** 40).div(q(T))),
    ).toBe(true);
    expect(f.w[2 * i - 2]!.sign()).toBe(1);
  });
  vtest('bad arguments', () => {
    expect(failure(() => targetInBin(6, 4, 4, 1))).toBe('InvalidParameterError:i');
    expect(failure(() => targetInBin(1, 1, 4, 1))).toBe('InvalidParameterError:d');
    expect(failure(() => targetInBin(6, 1, 4, 5))).toBe('InvalidParameterError:k');
  });
});

describe('errors name the API that refused the input', () => {
  const apiOf = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      return e instanceof InvalidParameterError ? `${e.api}:${e.parameter}` : (e as Error).constructor.name;
    }
    return 'no error';
  };
  vtest('families, windows, bins', () => {
    expect(apiOf(() => familyPoint(1, 1, q(0)))).toBe('familyPoint:d');
    expect(apiOf(() => familyPoint(4, 3, q(0)))).toBe('familyPoint:i');
    expect(apiOf(() => familyPoint(4, 1, 0 as never))).toBe('familyPoint:t');
    expect(apiOf(() => familyPoint(4, 1, q(2)))).toBe('familyPoint:t');
    expect(apiOf(() => familyCoefficients('w' as never, 1))).toBe('familyCoefficients:w');
    expect(apiOf(() => familyCoefficients([q(1), q(1)], 2))).toBe('familyCoefficients:i');
    expect(apiOf(() => restrictNetwork(new Network(4, []), 3))).toBe('restrictNetwork:i');
    expect(apiOf(() => restrictTarget(new TargetNeuron([q(1), q(0)]), 2))).toBe('restrictTarget:i');
    expect(apiOf(() => windowRadius(q(1, 2), q(0)))).toBe('windowRadius:kappa');
    expect(apiOf(() => binBounds(0, 1))).toBe('binBounds:T');
    expect(apiOf(() => binBounds(2, 3))).toBe('binBounds:k');
    expect(apiOf(() => binsHitBy(q(0), 0))).toBe('binsHitBy:T');
    expect(apiOf(() => brokenCountProcess(new Network(2, []), 1, 0))).toBe('brokenCountProcess:T');
    expect(apiOf(() => targetInBin(1, 1, 2, 1))).toBe('targetInBin:d');
    expect(apiOf(() => targetInBin(4, 3, 2, 1))).toBe('targetInBin:i');
  });
  vtest('networks, targets, dot', () => {
    const one = Rational.ONE,
      z = Rational.ZERO;
    const g = new Network(2, [{ alpha: one, w: [one, z] }]);
    expect(apiOf(() => new Network(1, []))).toBe('Network:d');
    expect(apiOf(() => new Network(2, 'x' as never))).toBe('Network:neurons');
    expect(apiOf(() => new Network(2, [{ alpha: 1 as never, w: [one, z] }]))).toBe('Network:neurons[0].alpha');
    expect(apiOf(() => new Network(2, [{ alpha: one, w: [one] }]))).toBe('Network:neurons[0].w');
    expect(apiOf(() => g.eval([one]))).toBe('Network.eval:x');
    expect(apiOf(() => g.neuronPrune([1]))).toBe('Network.neuronPrune:S');
    expect(apiOf(() => g.neuronPrune([0, 0]))).toBe('Network.neuronPrune:S');
    expect(apiOf(() => g.weightPrune([[true, true]], []))).toBe('Network.weightPrune:m');
    expect(apiOf(() => g.weightPrune([], [true]))).toBe('Network.weightPrune:M');
    expect(apiOf(() => g.weightPrune([[true]], [true]))).toBe('Network.weightPrune:M[0]');
    expect(apiOf(() => g.plus(new Network(3, [])))).toBe('Network.plus:o');
    expect(apiOf(() => new TargetNeuron([q(1)]))).toBe('TargetNeuron:d');
    expect(apiOf(() => new TargetNeuron([q(1), q(1)]))).toBe('TargetNeuron:w');
    expect(apiOf(() => new TargetNeuron([q(1), 1 as never], { requireUnit: false }))).toBe('TargetNeuron:w[1]');
    expect(apiOf(() => new TargetNeuron([q(1), q(0)]).eval([q(1)]))).toBe('TargetNeuron.eval:x');
    expect(apiOf(() => dot([q(1)], []))).toBe('dot:v');
  });
});
