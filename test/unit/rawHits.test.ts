/**
 * # Float-filtered breakpoint tests on raw networks against the exact model, and the A2 axis sup
 *
 * `rawHits.ts` decides window hits and bin hits from the sampled doubles with a float filter and an
 * exact fallback; here its answers are compared with the exact model (`exactNetwork` + `window.ts` /
 * `bins.ts`) on raw networks built to land exactly on window ends and bin edges, a few ulps away
 * from them, and at random, for families 1–3. The exact A2 sup of axis-aligned networks is compared
 * with a naive vertex enumeration over every candidate hyperplane (Gaussian elimination).
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { exactNetwork, randomRawNetwork, type RawNetwork } from '../../src/model/randomNetwork.js';
import {
  rawWindow,
  rawWithin,
  firstHitIndex,
  rawBreakpoint,
  rawBinsHit,
  rawBrokenCountProcess,
  rawAbsorptionTime,
  rawAllFamiliesAtZero,
} from '../../src/model/rawHits.js';
import { breakpointWithin, windowHit } from '../../src/model/window.js';
import { binsHitBy, brokenCountProcess } from '../../src/model/bins.js';
import { breakpoint } from '../../src/model/family.js';
import { axisMaskedNetwork, a2SupAbsAxisAligned } from '../../src/model/axisConstructions.js';
import { relu } from '../../src/model/relu.js';
import { InvalidParameterError } from '../../src/errors.js';
import { smallRat, subsets, gaussSolve } from './gen.js';

function raw(d: number, rows: readonly (readonly number[])[], alphas?: readonly number[]): RawNetwork {
  const N = rows.length;
  const w = new Float64Array(N * d);
  rows.forEach((r, j) => r.forEach((v, k) => (w[j * d + k] = v)));
  return { N, d, w, alpha: Float64Array.from(alphas ?? rows.map(() => 1)) };
}

/** Doubles that put t = −b/a on or next to special points (bin edges, window ends, 0, ±1). */
const special = [0, 0.5, -0.5, 1, -1, 0.25, -0.75, 1 / 3, -2 / 3, 0.125, 0.875];
const nudge = (x: number, ulps: number): number => {
  let y = x;
  for (let s = 0; s < Math.abs(ulps); s++)
    y =
      ulps > 0
        ? y + Math.max(Number.MIN_VALUE, Math.abs(y) * 2 ** -52)
        : y - Math.max(Number.MIN_VALUE, Math.abs(y) * 2 ** -52);
  return y;
};
const coefArb = fc.oneof(
  fc.double({ min: -3, max: 3, noNaN: true }),
  fc.constantFrom(0, 1, -1, 2, -2, 0.5, 3),
  fc
    .tuple(fc.constantFrom(...special), fc.constantFrom(1, 2, -1, 3, -4), fc.integer({ min: -2, max: 2 }))
    .map(([t, a, u]) => nudge(-t * a, u)),
);
/** Rows whose pairs (a, b) give breakpoints on and near special points. */
const rowArb = (d: number) =>
  fc
    .tuple(
      fc.array(coefArb, { minLength: d, maxLength: d }),
      fc.constantFrom(1, 2, -1, 3, -4, 0),
      fc.constantFrom(...special),
      fc.integer({ min: -2, max: 2 }),
      fc.boolean(),
    )
    .map(([r, a, t, u, place]) => {
      if (!place) return r;
      const out = [...r];
      for (let k = 0; k + 1 < d; k += 2) {
        out[k] = a;
        out[k + 1] = nudge(-t * a, u);
      }
      return out;
    });
const rawArb = fc
  .constantFrom(4, 6, 7)
  .chain((d) => fc.tuple(fc.constant(d), fc.array(rowArb(d), { maxLength: 6 })))
  .map(([d, rows]) => raw(d, rows));

describe('raw breakpoint tests = exact model', () => {
  test.prop(
    [
      rawArb,
      fc.constantFrom(1, 2, 3),
      fc.constantFrom(...special.map((t) => Rational.fromDouble(t)), q(1, 3), q(-2, 3)),
      fc.constantFrom(q(0), q(1, 4), q(1, 3), q(1, 2), q(1, 8)),
    ],
    {
      numRuns: runs(300),
    },
  )('rawWithin, firstHitIndex, rawBreakpoint', (r, i0, tStar, rad) => {
    const i = Math.min(i0, Math.floor(r.d / 2));
    const g = exactNetwork(r);
    const win = rawWindow(tStar, rad);
    expect([win.tf, win.rf]).toEqual([tStar.toNumber(), rad.toNumber()]);
    let first = -1;
    g.neurons.forEach((n, j) => {
      const want = breakpointWithin(n.w, i, tStar, rad);
      expect(rawWithin(r, j, i, win), `neuron ${j}`).toBe(want);
      if (want && first < 0) first = j;
      expect(String(rawBreakpoint(r, j, i))).toBe(String(breakpoint(n.w, i)));
    });
    expect(firstHitIndex(r, i, win)).toBe(first);
    expect(firstHitIndex(r, i, win) >= 0).toBe(windowHit(g, i, tStar, rad));
    if (r.N > 1) expect(firstHitIndex(r, i, win, 1)).toBe(first === 0 ? 0 : -1);
  });
  test.prop([rawArb, fc.constantFrom(1, 2, 3), fc.integer({ min: 1, max: 16 })], { numRuns: runs(300) })(
    'rawBinsHit and the raw broken-count process',
    (r, i0, T) => {
      const i = Math.min(i0, Math.floor(r.d / 2));
      const g = exactNetwork(r);
      g.neurons.forEach((n, j) => {
        const t = breakpoint(n.w, i);
        expect(rawBinsHit(r, j, i, T), `neuron ${j}`).toEqual(t === undefined ? [] : binsHitBy(t, T));
      });
      const proc = brokenCountProcess(g, i, T);
      expect(rawBrokenCountProcess(r, i, T)).toEqual(proc);
      expect(rawAbsorptionTime(r, i, T)).toBe(proc.indexOf(0));
      if (r.N >= 2) expect(rawBrokenCountProcess(r, i, T, 2)).toEqual(proc.slice(0, 3));
      const m = Math.floor(r.d / 2);
      const all = [...Array(m).keys()].every((k) => brokenCountProcess(g, k + 1, T)[r.N] === 0);
      expect(rawAllFamiliesAtZero(r, m, T)).toBe(all);
    },
  );
  vtest(
    "firstHitIndex on sampled networks (N = 60, d = 8) = the exact oracle, for windows whose edge is exactly some neuron's breakpoint, and just inside / outside it",
    () => {
      // t* = t_k ∓ r puts an edge of the window exactly on t_k (a rational with a huge denominator,
      // so the doubles t*, r of the window are inexact and the float filter must fall back to exact)
      const oracle = (r: RawNetwork, i: number, tStar: Rational, rad: Rational): number => {
        for (let j = 0; j < r.N; j++) {
          const t = rawBreakpoint(r, j, i);
          if (t !== undefined && t.sub(tStar).abs().le(rad)) return j;
        }
        return -1;
      };
      let onEdge = 0;
      for (let s = 0; s < 6; s++) {
        const r = randomRawNetwork(`edges:${s}`, 60, 8);
        for (let i = 1; i <= 4; i++) {
          for (const k of [0, 7, 31, 59]) {
            const tk = rawBreakpoint(r, k, i)!;
            for (const rad of [q(1, 16), q(1, 3), q(0)]) {
              const eps = q(1, 10n ** 30n);
              for (const tStar of [
                tk.sub(rad),
                tk.add(rad),
                tk.sub(rad).sub(eps),
                tk.add(rad).add(eps),
                tk.sub(rad).add(eps),
              ]) {
                const win = rawWindow(tStar, rad);
                const want = oracle(r, i, tStar, rad);
                expect(firstHitIndex(r, i, win), `seed ${s}, family ${i}, neuron ${k}, t* = ${tStar}, r = ${rad}`).toBe(
                  want,
                );
                if (want === k) onEdge++;
                expect(rawWithin(r, k, i, win)).toBe(tk.sub(tStar).abs().le(rad));
              }
            }
          }
        }
      }
      expect(onEdge).toBeGreaterThan(50);
    },
  );
  vtest('hand cases: exact window ends, a = 0 with b = 0, bin edges, far outside', () => {
    // d = 6; neuron 0: family 2 breakpoint −(−1)/2 = 1/2; neuron 1: a = b = 0 on family 2; neuron 2: family 3, t = −0.25
    const r = raw(6, [
      [0, 0, 2, -1, 0, 0],
      [1, 1, 0, 0, 1, 1],
      [3, 3, 5, 5, 4, 1],
    ]);
    expect(rawWithin(r, 0, 2, rawWindow(q(1, 4), q(1, 4)))).toBe(true); // t = 1/2 = t* + r
    expect(rawWithin(r, 0, 2, rawWindow(q(1, 4), q(1, 5)))).toBe(false);
    expect(rawWithin(r, 0, 2, rawWindow(q(1, 3), q(1, 6)))).toBe(true); // t* + r = 1/2 with t*, r not dyadic
    expect(rawWithin(r, 1, 2, rawWindow(q(0), q(1)))).toBe(false); // a = 0
    expect(rawWithin(r, 2, 3, rawWindow(q(-1, 4), q(0)))).toBe(true);
    expect(rawWithin(r, 2, 1, rawWindow(q(-1), q(0)))).toBe(true); // family 1 of neuron 2: t = −1
    expect(firstHitIndex(r, 2, rawWindow(q(-1), q(0)))).toBe(2);
    expect(firstHitIndex(r, 3, rawWindow(q(9, 10), q(0)))).toBe(-1);
    expect(rawBreakpoint(r, 1, 2)).toBeUndefined();
    expect(String(rawBreakpoint(r, 2, 3))).toBe('-1/4');
    expect(rawBinsHit(r, 0, 2, 4)).toEqual([3, 4]); // t = 1/2 is the edge of bins 3 and 4
    expect(rawBinsHit(r, 1, 2, 4)).toEqual([]);
    expect(rawBinsHit(r, 2, 1, 4)).toEqual([1]); // t = −1: the left end
    expect(rawBinsHit(r, 2, 3, 8)).toEqual([3, 4]); // t = −1/4, x = 3
    expect(rawBinsHit(raw(2, [[1, -5]]), 0, 1, 4)).toEqual([]); // t = 5
    expect(rawBinsHit(raw(2, [[1, -1.5]]), 0, 1, 4)).toEqual([]); // t = 1.5: inside the float margin of 2, outside [−1, 1]
    expect(rawBinsHit(raw(2, [[1, -1]]), 0, 1, 4)).toEqual([4]); // t = 1: right end
    expect(rawBinsHit(raw(2, [[1, nudge(-1, -1)]]), 0, 1, 4)).toEqual([]); // t just above 1
    expect(rawBinsHit(raw(2, [[1, nudge(0.5, 1)]]), 0, 1, 4)).toEqual([1]); // t just below −1/2
    expect(rawBinsHit(raw(2, [[1, nudge(0.5, -1)]]), 0, 1, 4)).toEqual([2]); // t just above −1/2
    expect(rawBinsHit(raw(2, [[1, 0.3]]), 0, 1, 4)).toEqual([2]); // t = −0.3: far from edges
    expect(rawBrokenCountProcess(r, 2, 4)).toEqual([4, 2, 2, 1]);
    expect(rawAbsorptionTime(r, 2, 4)).toBe(-1);
    expect(
      rawAbsorptionTime(
        raw(2, [
          [1, 0],
          [1, -1],
          [1, 1],
        ]),
        1,
        2,
      ),
    ).toBe(1);
    expect(rawAllFamiliesAtZero(raw(4, [[1, 0, 1, 0]]), 2, 2)).toBe(true);
    expect(rawAllFamiliesAtZero(raw(4, [[1, 0, 0, 0]]), 2, 2)).toBe(false);
    expect(rawAllFamiliesAtZero(raw(4, [[1, 0, 0, 0]]), 1, 2)).toBe(true);
  });
});

describe('axis-aligned constructions (E15, E16)', () => {
  /** A naive sup of |f − σ(g)| over the cube: all vertices of the arrangement of every hyperplane involved. */
  function naiveA2Sup(f: TargetNeuron, g: Network): Rational {
    const d = g.d;
    const cons: { a: Rational[]; b: Rational }[] = [];
    const e = (k: number) => Array.from({ length: d }, (_, l) => (l === k ? Rational.ONE : Rational.ZERO));
    for (let k = 0; k < d; k++)
      cons.push({ a: e(k), b: Rational.ONE }, { a: e(k), b: Rational.MINUS_ONE }, { a: e(k), b: Rational.ZERO });
    cons.push({ a: [...f.w], b: Rational.ZERO });
    // g is linear on each orthant: its zero set there is one hyperplane per orthant
    for (let s = 0; s < 1 << d; s++) {
      const lin = Array.from({ length: d }, () => Rational.ZERO);
      for (const n of g.neurons) {
        const k = n.w.findIndex((x) => !x.isZero());
        if (k < 0) continue;
        const xk = (s >> k) & 1 ? -1 : 1;
        if (n.w[k]!.sign() * xk > 0) lin[k] = lin[k]!.add(n.alpha.mul(n.w[k]!));
      }
      if (lin.some((x) => !x.isZero())) cons.push({ a: lin, b: Rational.ZERO });
    }
    let best = Rational.ZERO;
    for (const S of subsets(cons.length, d)) {
      const x = gaussSolve(
        S.map((i) => cons[i]!.a),
        S.map((i) => cons[i]!.b),
      );
      if (!x || x.some((v) => v.abs().gt(Rational.ONE))) continue;
      best = best.max(
        f
          .eval(x)
          .sub(relu(g.eval(x)))
          .abs(),
      );
    }
    return best;
  }
  const axisNet = (d: number) =>
    fc.array(fc.tuple(smallRat(2, 4), fc.integer({ min: 0, max: d - 1 }), smallRat(2, 4)), { maxLength: 4 }).map(
      (ns) =>
        new Network(
          d,
          ns.map(([alpha, k, v]) => ({ alpha, w: Array.from({ length: d }, (_, l) => (l === k ? v : Rational.ZERO)) })),
        ),
    );
  const targets = [
    new TargetNeuron([q(1), q(0)]),
    new TargetNeuron([q(3, 5), q(-4, 5)]),
    new TargetNeuron([q(2, 3), q(-2, 3), q(1, 3)]),
    new TargetNeuron([q(0), q(0), q(-1)]),
  ];
  test.prop([fc.constantFrom(...targets).chain((f) => fc.tuple(fc.constant(f), axisNet(f.d)))], { numRuns: runs(40) })(
    'a2SupAbsAxisAligned equals a naive vertex enumeration and is attained',
    ([f, g]) => {
      const s = a2SupAbsAxisAligned(f, g);
      expect(s.value.toString()).toBe(naiveA2Sup(f, g).toString());
      expect(
        f
          .eval(s.witness)
          .sub(relu(g.eval(s.witness)))
          .abs()
          .toString(),
      ).toBe(s.value.toString());
    },
  );
  vtest('hand cases and bad input', () => {
    const f = new TargetNeuron([q(1), q(0)]);
    // σ(x1) itself: error 0; nothing: error 1; 2σ(x1): error 1 at x1 = 1
    expect(a2SupAbsAxisAligned(f, new Network(2, [{ alpha: q(1), w: [q(1), q(0)] }])).value.toString()).toBe('0/1');
    expect(a2SupAbsAxisAligned(f, new Network(2, [])).value.toString()).toBe('1/1');
    expect(a2SupAbsAxisAligned(f, new Network(2, [{ alpha: q(2), w: [q(1), q(0)] }])).value.toString()).toBe('1/1');
    // −σ(−x1) under the output ReLU is 0: error 1
    expect(a2SupAbsAxisAligned(f, new Network(2, [{ alpha: q(-1), w: [q(-1), q(0)] }])).value.toString()).toBe('1/1');
    // σ(x2) against σ(x1): max |σ(x1) − σ(x2)| = 1
    expect(a2SupAbsAxisAligned(f, new Network(2, [{ alpha: q(1), w: [q(0), q(1)] }])).value.toString()).toBe('1/1');
    expect(() => a2SupAbsAxisAligned(f, new Network(2, [{ alpha: q(1), w: [q(1), q(1)] }]))).toThrow(
      InvalidParameterError,
    );
    expect(() =>
      a2SupAbsAxisAligned(new TargetNeuron([q(1), q(0), q(0), q(0), q(0), q(0)]), new Network(6, [])),
    ).toThrow(InvalidParameterError);
    expect(() =>
      a2SupAbsAxisAligned(new TargetNeuron([q(1), q(0), q(0), q(0), q(0)]), new Network(5, [])),
    ).not.toThrow();
    // masks: keep coordinate keep[j] of neuron j, drop neuron j when undefined
    const g = new Network(3, [
      { alpha: q(2), w: [q(1), q(2), q(3)] },
      { alpha: q(5), w: [q(4), q(5), q(6)] },
    ]);
    const m = axisMaskedNetwork(g, [2, undefined]);
    expect(m.N).toBe(1);
    expect(m.neurons[0]!.w.map(String)).toEqual(['0/1', '0/1', '3/1']);
    expect(m.neurons[0]!.alpha.toString()).toBe('2/1');
    expect(axisMaskedNetwork(g, [0, 1]).neurons.map((n) => n.w.map(String))).toEqual([
      ['1/1', '0/1', '0/1'],
      ['0/1', '5/1', '0/1'],
    ]);
    expect(() => axisMaskedNetwork(g, [0])).toThrow(InvalidParameterError);
    expect(() => axisMaskedNetwork(g, [0, 3])).toThrow(InvalidParameterError);
    expect(() => axisMaskedNetwork(g, [-1, 0])).toThrow(InvalidParameterError);
    expect(() => axisMaskedNetwork(g, [0.5, 0])).toThrow(InvalidParameterError);
  });
});
