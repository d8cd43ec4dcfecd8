/**
 * # The exact A2 cube sup for general networks against independent computations
 *
 * `a2CubeSup(f, g)` = sup over [−1, 1]^d of |σ(⟨w*, x⟩) − σ(g(x))|. In d = 2 it is recomputed by a
 * one-dimensional argument on the square's four edges (every kink of a neuron or of the target, and
 * every zero of g between two kinks, where g is affine, found by linear interpolation) and must be
 * *equal*; in d = 3 a dense rational grid of the faces and random points of the cube must stay below
 * it; in both the witness must attain it; on axis-aligned networks it must equal
 * `a2SupAbsAxisAligned`; bad input is a typed error.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { a2CubeSup } from '../../src/model/a2CubeSup.js';
import { a2SupAbsAxisAligned } from '../../src/model/axisConstructions.js';
import { relu, dot } from '../../src/model/relu.js';
import { networkArb } from '../../src/arbitraries/networkArb.js';
import { unitVectorArb } from '../../src/arbitraries/unitVectorArb.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { a2LiftNetwork } from '../../src/arbitraries/a2LiftArb.js';
import { familyUnitTarget } from '../../src/arbitraries/extremal.js';
import { InvalidParameterError } from '../../src/errors.js';

const h = (f: TargetNeuron, g: Network, x: readonly Rational[]) =>
  relu(dot(f.w, x))
    .sub(relu(g.eval(x)))
    .abs();

/** The exact sup on the boundary of the square by the one-dimensional argument of the header. */
function squareOracle(f: TargetNeuron, g: Network): Rational {
  const corners = [
    [q(1), q(1)],
    [q(-1), q(1)],
    [q(-1), q(-1)],
    [q(1), q(-1)],
  ];
  const normals = [...g.neurons.map((n) => n.w), f.w];
  let best = Rational.ZERO;
  for (let e = 0; e < 4; e++) {
    const A = corners[e]!;
    const B = corners[(e + 1) % 4]!;
    const Dv = [B[0]!.sub(A[0]!), B[1]!.sub(A[1]!)];
    const at = (s: Rational) => [A[0]!.add(Dv[0]!.mul(s)), A[1]!.add(Dv[1]!.mul(s))];
    const ss = [Rational.ZERO, Rational.ONE];
    for (const w of normals) {
      const den = dot(w, Dv);
      if (den.isZero()) continue;
      const s = dot(w, A).neg().div(den);
      if (s.sign() >= 0 && s.le(Rational.ONE)) ss.push(s);
    }
    ss.sort((a, b) => a.cmp(b));
    const pts = [...ss];
    for (let k = 0; k + 1 < ss.length; k++) {
      const ga = g.eval(at(ss[k]!));
      const gb = g.eval(at(ss[k + 1]!));
      if (ga.sign() * gb.sign() < 0) pts.push(ss[k]!.add(ss[k + 1]!.sub(ss[k]!).mul(ga).div(ga.sub(gb))));
    }
    for (const s of pts) best = best.max(h(f, g, at(s)));
  }
  return best;
}

const inCube = (x: readonly Rational[]) => x.every((v) => v.abs().le(Rational.ONE));

describe('a2CubeSup (reading A2, general networks)', () => {
  test.prop([unitVectorArb({ d: 2 }), networkArb({ d: 2, maxN: 5, boundary: 0.5 })], { numRuns: runs(60) })(
    'd = 2: equals the exact edge-by-edge computation; the witness attains it',
    (w, g) => {
      const f = new TargetNeuron(w);
      const r = a2CubeSup(f, g);
      expect(r.value.toString()).toBe(squareOracle(f, g).toString());
      expect(inCube(r.witness)).toBe(true);
      expect(h(f, g, r.witness).eq(r.value)).toBe(true);
    },
  );

  test.prop(
    [
      unitVectorArb({ d: 3 }),
      networkArb({ d: 3, maxN: 4, maxDen: 4, boundary: 0.5 }),
      fc.array(fc.array(rationalArb({ min: q(-1), max: q(1), maxDen: 16 }), { minLength: 3, maxLength: 3 }), {
        minLength: 20,
        maxLength: 20,
      }),
    ],
    { numRuns: runs(12) },
  )('d = 3: a grid of every face and random points stay below it; the witness attains it', (w, g, xs) => {
    const f = new TargetNeuron(w);
    const r = a2CubeSup(f, g);
    expect(inCube(r.witness)).toBe(true);
    expect(h(f, g, r.witness).eq(r.value)).toBe(true);
    for (const x of xs) expect(h(f, g, x).le(r.value)).toBe(true);
    const grid = [-3, -2, -1, 0, 1, 2, 3].map((k) => q(k, 3));
    for (let k = 0; k < 3; k++)
      for (const s of [q(1), q(-1)])
        for (const a of grid)
          for (const b of grid) {
            const x = [a, b];
            x.splice(k, 0, s);
            expect(h(f, g, x).le(r.value)).toBe(true);
          }
  });

  const axisNet = (d: number) =>
    fc
      .array(
        fc.tuple(
          rationalArb({ min: q(-2), max: q(2), maxDen: 8 }),
          fc.integer({ min: 0, max: d - 1 }),
          rationalArb({ min: q(-2), max: q(2), maxDen: 8 }),
        ),
        { maxLength: 6 },
      )
      .map(
        (ns) =>
          new Network(
            d,
            ns.map(([alpha, k, v]) => ({
              alpha,
              w: Array.from({ length: d }, (_, l) => (l === k ? v : Rational.ZERO)),
            })),
          ),
      );
  for (const d of [2, 3])
    test.prop([unitVectorArb({ d }), axisNet(d)], { numRuns: runs(d === 2 ? 60 : 25) })(
      `d = ${d}: equals a2SupAbsAxisAligned on axis-aligned networks`,
      (w, g) => {
        const f = new TargetNeuron(w);
        expect(a2CubeSup(f, g).value.toString()).toBe(a2SupAbsAxisAligned(f, g).value.toString());
      },
    );

  vtest(
    'known values: g = f exactly (the exact A2 lift on the whole line) gives 0; g = 0 gives ‖w*‖₁; an empty network in d = 4',
    () => {
      const f = familyUnitTarget(2, 1, q(1, 3));
      // σ(⟨w*, x⟩) − σ(−⟨w*, x⟩) = ⟨w*, x⟩: σ of it is f
      const lin = new Network(2, [
        { alpha: q(1), w: f.w },
        { alpha: q(-1), w: f.w.map((v) => v.neg()) },
      ]);
      expect(a2CubeSup(f, lin).value.isZero()).toBe(true);
      expect(a2CubeSup(f, new Network(2, [])).value.eq(f.w[0]!.abs().add(f.w[1]!.abs()))).toBe(true);
      const f4 = new TargetNeuron([q(1, 2), q(1, 2), q(1, 2), q(-1, 2)]);
      expect(a2CubeSup(f4, new Network(4, [])).value.eq(q(2))).toBe(true);
      // the exact A2 lift matches f along the window; the sup is still attained somewhere exactly
      const g = a2LiftNetwork(f, 1, q(1, 4), { a1: q(1), a2: q(1, 2), g1: q(1, 2), g2: q(1), p1: q(0), p2: q(0) });
      const r = a2CubeSup(f, g);
      expect(h(f, g, r.witness).eq(r.value)).toBe(true);
      expect(squareOracle(f, g).eq(r.value)).toBe(true);
    },
  );

  vtest('bad input is a typed error naming the parameter', () => {
    const f = new TargetNeuron([q(1), q(0)]);
    expect(() => a2CubeSup(f, new Network(3, []))).toThrow(InvalidParameterError);
    expect(() => a2CubeSup(new TargetNeuron([q(1), q(0), q(0), q(0), q(0)]), new Network(5, []))).toThrow(
      /a2CubeSup: parameter 'g.d'/,
    );
    expect(() => a2CubeSup({} as never, new Network(2, []))).toThrow(/a2CubeSup: parameter 'f'/);
  });
});
