/**
 * The exact kernels against brute force on small instances: the exact decision, the closest subset
 * sum and the covering radius, and the exact A2 sup of axis-aligned networks.
 */
import { describe, expect } from 'vitest';
import { test, fc } from './propTest.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { minNeuronPruningError } from '../src/model/exactDecision.js';
import { approxError } from '../src/model/cubeSup.js';
import { TargetNeuron, Network } from '../src/model/Network.js';
import { closestSubsetSum, coveringRadius } from '../src/subsetSum/subsetSums.js';
import { a2SupAbsAxisAligned } from '../src/model/axisConstructions.js';
import { unitVectorArb } from '../src/arbitraries/unitVectorArb.js';
import { rationalArb } from '../src/arbitraries/rationalArb.js';
import { relu } from '../src/model/relu.js';
import { Rational, q } from '../src/exact/Rational.js';

function subsetSums(xs: Rational[]): Rational[] {
  const out: Rational[] = [];
  for (let m = 0; m < 1 << xs.length; m++) {
    let s = Rational.ZERO;
    xs.forEach((x, j) => {
      if ((m >> j) & 1) s = s.add(x);
    });
    out.push(s);
  }
  return out;
}

describe('exact kernels against brute force', () => {
  test.prop([unitVectorArb({ d: 2 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 7 })], {
    numRuns: 15,
  })('min over S of sup_X |f − g_S| equals the brute-force minimum (E11 per subset)', (w, seed, N) => {
    const f = new TargetNeuron(w);
    const g = randomNetwork(seed, N, 2);
    let best: Rational | undefined;
    for (let m = 0; m < 1 << N; m++) {
      const e = approxError(f, g.neuronPrune([...Array(N).keys()].filter((j) => (m >> j) & 1))).value;
      if (!best || e.lt(best)) best = e;
    }
    const r = minNeuronPruningError(f, g);
    expect(r.value.eq(best!)).toBe(true);
    expect(approxError(f, g.neuronPrune(r.S)).value.eq(r.value)).toBe(true);
  });
  test.prop([
    fc.array(rationalArb({ maxDen: 1000 }), { minLength: 1, maxLength: 9 }),
    rationalArb({ min: q(-3), max: q(3) }),
  ])('closestSubsetSum is the exact minimum distance', (xs, z) => {
    const brute = subsetSums(xs).reduce((m, s) => m.min(z.sub(s).abs()), z.abs());
    const r = closestSubsetSum(xs, z);
    expect(r.distance.eq(brute)).toBe(true);
    expect(
      z
        .sub(r.S.reduce((s, j) => s.add(xs[j]!), Rational.ZERO))
        .abs()
        .eq(brute),
    ).toBe(true);
  });
  test.prop([fc.array(rationalArb({ maxDen: 64 }), { minLength: 1, maxLength: 8 })])(
    'coveringRadius equals the brute-force max over the tent peaks and the ends',
    (xs) => {
      const sums = subsetSums(xs).sort((a, b) => a.cmp(b));
      const half = Rational.HALF;
      const pts = [half.neg(), half];
      for (let k = 0; k + 1 < sums.length; k++) {
        const m = sums[k]!.add(sums[k + 1]!).div(q(2));
        if (m.abs().le(half)) pts.push(m);
      }
      const dist = (z: Rational) => sums.reduce((m, s) => m.min(z.sub(s).abs()), z.sub(sums[0]!).abs());
      const brute = pts.reduce((m, z) => m.max(dist(z)), Rational.ZERO);
      expect(coveringRadius(xs).rho.eq(brute)).toBe(true);
    },
  );
  test.prop([
    unitVectorArb({ d: 2 }),
    fc.array(
      fc.tuple(
        rationalArb({ min: q(-2), max: q(2), maxDen: 8 }),
        fc.integer({ min: 0, max: 1 }),
        rationalArb({ min: q(-2), max: q(2), maxDen: 8 }),
      ),
      { maxLength: 5 },
    ),
  ])('the exact A2 sup of an axis-aligned network bounds a dense grid and is attained', (w, ns) => {
    const f = new TargetNeuron(w);
    const g = new Network(
      2,
      ns.map(([alpha, k, v]) => ({ alpha, w: [k === 0 ? v : Rational.ZERO, k === 1 ? v : Rational.ZERO] })),
    );
    const s = a2SupAbsAxisAligned(f, g);
    const err = (x: Rational[]) =>
      f
        .eval(x)
        .sub(relu(g.eval(x)))
        .abs();
    expect(err(s.witness).eq(s.value)).toBe(true);
    let grid = Rational.ZERO;
    for (let a = -8; a <= 8; a++) for (let b = -8; b <= 8; b++) grid = grid.max(err([q(a, 8), q(b, 8)]));
    expect(grid.le(s.value)).toBe(true);
    let lip = w.reduce((t, x) => t.add(x.abs()), Rational.ZERO); // Lipschitz in the sup norm
    for (const n of g.neurons) lip = lip.add(n.alpha.abs().mul(n.w[0]!.abs().add(n.w[1]!.abs())));
    expect(s.value.sub(grid).le(lip.mul(q(1, 16)))).toBe(true);
  });
});
