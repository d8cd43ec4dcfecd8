/**
 * # The exact cube sup (E11) in d = 2, 3, 4 against a second, naive computation
 *
 * `cubeSupAbs` solves its vertex systems by fraction-free Bareiss elimination over scaled integer
 * hyperplanes and filters candidates in floats; a wrong solver only *lowers* the sup, which a claim
 * that compares the sup with sampled points never notices. Here the sup is recomputed a second way:
 * every choice of d constraints among {x_k = ±1} ∪ {⟨w_j, x⟩ = 0} is solved by plain Gaussian
 * elimination over `Rational`, the solutions inside the cube are evaluated with `Network.eval` (no
 * integer form), and the maximum of |g| must be *equal* to `cubeSupAbs`'s value; a dense rational
 * grid on every face must stay below it; the witness must attain it.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q, maxOf } from '../../src/exact/Rational.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { cubeSupAbs, approxError, cubeCandidatePoints, integerForm, evalIntScaled } from '../../src/model/cubeSup.js';
import { InvalidParameterError } from '../../src/errors.js';
import { gaussSolve, gcdRef, smallNetwork, smallRat, subsets } from './gen.js';

/** max |g| over all vertices of the constraint arrangement inside [−1, 1]^d (naive). */
function naiveSup(g: Network): Rational {
  const d = g.d;
  const cons: { a: Rational[]; b: Rational }[] = [];
  for (let k = 0; k < d; k++)
    for (const s of [Rational.ONE, Rational.MINUS_ONE])
      cons.push({ a: Array.from({ length: d }, (_, l) => (l === k ? Rational.ONE : Rational.ZERO)), b: s });
  for (const n of g.neurons) if (n.w.some((x) => !x.isZero())) cons.push({ a: [...n.w], b: Rational.ZERO });
  let best = Rational.ZERO;
  for (const S of subsets(cons.length, d)) {
    const x = gaussSolve(
      S.map((i) => cons[i]!.a),
      S.map((i) => cons[i]!.b),
    );
    if (!x || x.some((v) => v.abs().gt(Rational.ONE))) continue;
    best = best.max(g.eval(x).abs());
  }
  return best;
}

/** max |g| over the grid {−1, −1 + 2/m, …, 1}^d restricted to the faces (one coordinate ±1). */
function faceGridMax(g: Network, m: number): Rational {
  const d = g.d;
  const ticks = Array.from({ length: m + 1 }, (_, i) => q(2 * i - m, m));
  let best = Rational.ZERO;
  const rec = (prefix: Rational[]): void => {
    if (prefix.length === d) {
      if (prefix.some((v) => v.abs().eq(Rational.ONE))) best = best.max(g.eval(prefix).abs());
      return;
    }
    for (const t of ticks) rec([...prefix, t]);
  };
  rec([]);
  return best;
}

function checkAgainstOracles(g: Network, grid: number): void {
  const s = cubeSupAbs(g);
  expect(s.value.toString(), 'naive vertex enumeration').toBe(naiveSup(g).toString());
  expect(faceGridMax(g, grid).le(s.value), 'a grid point above the sup').toBe(true);
  expect(s.witness.length).toBe(g.d);
  expect(s.witness.every((v) => v.abs().le(Rational.ONE))).toBe(true);
  expect(g.eval(s.witness).abs().toString(), 'the witness attains the sup').toBe(s.value.toString());
  expect(s.candidates).toBeGreaterThan(0);
}

describe('cubeSupAbs against naive enumeration and face grids', () => {
  test.prop([smallNetwork(2, 5)], { numRuns: runs(60) })('d = 2', (g) => checkAgainstOracles(g, 8));
  test.prop([smallNetwork(3, 4)], { numRuns: runs(50) })('d = 3', (g) => checkAgainstOracles(g, 6));
  test.prop([smallNetwork(4, 3, 1)], { numRuns: runs(20) })('d = 4', (g) => checkAgainstOracles(g, 4));
  // output weights and input weights scaled below or above the doubles' range (the float filter's
  // values underflow or overflow): the sup scales exactly and the witness still attains it
  test.prop(
    [
      smallNetwork(3, 4),
      fc.constantFrom(Rational.of(1n, 2n ** 1100n), Rational.of(3n, 2n ** 1080n), Rational.of(2n ** 1000n), q(1)),
      fc.constantFrom(Rational.of(1n, 2n ** 1060n), Rational.of(2n ** 990n), q(1)),
    ],
    { numRuns: runs(40) },
  )('scaled networks: sup of Σ s·α_j σ(c·⟨w_j, x⟩) is s·c·(sup of g)', (g, s, c) => {
    const h = new Network(
      g.d,
      g.neurons.map((n) => ({ alpha: n.alpha.mul(s), w: n.w.map((v) => v.mul(c)) })),
    );
    const r = cubeSupAbs(h);
    expect(r.value.toString()).toBe(cubeSupAbs(g).value.mul(s).mul(c).toString());
    expect(h.eval(r.witness).abs().toString(), 'the witness attains the sup').toBe(r.value.toString());
  });
  // the float filter's non-finite branch, on purpose: two neurons whose |β_j|·Σ_k|W_jk| are each
  // 1.35·10^308 make the error bound E overflow to infinity while every float value stays finite
  // (their terms cancel or appear alone); every candidate must then be evaluated exactly — a filter
  // that skipped them all would return 0
  vtest(
    "an error bound beyond the doubles' range with finite float values: every candidate is evaluated exactly",
    () => {
      const b = Rational.of(3n * 2n ** 1022n);
      const g = new Network(2, [
        { alpha: b, w: [q(1), q(0)] },
        { alpha: b.neg(), w: [q(0), q(1)] },
      ]);
      const r = cubeSupAbs(g);
      expect(r.value.toString()).toBe(b.toString()); // at x_1 = 1, x_2 ≤ 0 (or x_1 ≤ 0, x_2 = 1)
      expect(naiveSup(g).toString()).toBe(b.toString());
      expect(g.eval(r.witness).abs().toString()).toBe(r.value.toString());
    },
  );
  test.prop(
    [
      fc.integer({ min: 3, max: 4 }),
      fc.array(smallRat(3, 5), { minLength: 4, maxLength: 4 }),
      fc.array(smallRat(3, 5), { minLength: 4, maxLength: 4 }),
    ],
    { numRuns: runs(40) },
  )('parallel and scaled copies of a hyperplane (merged hyperplanes, non-primitive integer forms)', (d, u, alphas) => {
    const w = u.slice(0, d);
    if (w.every((x) => x.isZero())) return;
    const g = new Network(d, [
      { alpha: alphas[0]!, w },
      { alpha: alphas[1]!, w: w.map((x) => x.mul(q(3, 2))) },
      { alpha: alphas[2]!, w: w.map((x) => x.neg()) },
      { alpha: alphas[3]!, w: w.map((x, k) => (k === 0 ? x.add(Rational.ONE) : x)) },
    ]);
    checkAgainstOracles(g, 4);
  });
  vtest('hand-computed sups in d = 3 and 4', () => {
    const one = Rational.ONE,
      z = Rational.ZERO;
    // σ(x1 + x2 + x3): max 3 at (1, 1, 1)
    expect(cubeSupAbs(new Network(3, [{ alpha: one, w: [one, one, one] }])).value.toString()).toBe('3/1');
    // σ(x1) − σ(x2) + ½σ(x3 − x1): at (−1, 1, 1): 0 − 1 + 1 = 0; at (1, −1, −1): 1; at (−1, 1, 1)… max |·| is 1
    const g = new Network(3, [
      { alpha: one, w: [one, z, z] },
      { alpha: q(-1), w: [z, one, z] },
      { alpha: q(1, 2), w: [q(-1), z, one] },
    ]);
    expect(cubeSupAbs(g).value.toString()).toBe(naiveSup(g).toString());
    expect(cubeSupAbs(g).value.toString()).toBe('1/1');
    // |σ(x1 − x2) − σ(x3 + x4)| in d = 4: max 2
    const h = new Network(4, [
      { alpha: one, w: [one, q(-1), z, z] },
      { alpha: q(-1), w: [z, z, one, one] },
    ]);
    expect(cubeSupAbs(h).value.toString()).toBe('2/1');
    // 3σ(x1/3 + x2/6) has the integer form (2, 1) with β = 3/6: sup = 3·(1/3 + 1/6) = 3/2
    expect(cubeSupAbs(new Network(2, [{ alpha: q(3), w: [q(1, 3), q(1, 6)] }])).value.toString()).toBe('3/2');
    // a vertex strictly inside a face in d = 3: σ(x1 + x2 − x3) − 2σ(x1 − x2) … checked by the oracle
    const k = new Network(3, [
      { alpha: one, w: [one, one, q(-1)] },
      { alpha: q(-2), w: [one, q(-1), z] },
      { alpha: q(3, 2), w: [q(1, 2), q(-1, 3), one] },
    ]);
    expect(cubeSupAbs(k).value.toString()).toBe(naiveSup(k).toString());
    // zero networks and dead neurons
    expect(cubeSupAbs(new Network(3, [])).value.isZero()).toBe(true);
    expect(
      cubeSupAbs(
        new Network(3, [
          { alpha: z, w: [one, one, one] },
          { alpha: one, w: [z, z, z] },
        ]),
      ).value.isZero(),
    ).toBe(true);
  });
  vtest('the target against networks: approxError = sup |f − g| (d = 3)', () => {
    const f = new TargetNeuron([q(2, 3), q(-2, 3), q(1, 3)]);
    const g = new Network(3, [{ alpha: q(1, 2), w: [q(2, 3), q(-2, 3), q(1, 3)] }]);
    // f − g = ½σ(⟨w*, x⟩): sup = ½·(2/3 + 2/3 + 1/3) = 5/6
    expect(approxError(f, g).value.toString()).toBe('5/6');
    expect(approxError(f, new Network(3, [])).value.toString()).toBe('5/3');
    expect(() => approxError(f, new Network(2, []))).toThrow(InvalidParameterError);
    try {
      approxError(f, new Network(2, []));
    } catch (e) {
      expect((e as InvalidParameterError).api).toBe('approxError');
    }
    expect(() => cubeSupAbs(new Network(9, []))).toThrow(InvalidParameterError);
    expect(() => cubeSupAbs(new Network(8, []))).not.toThrow();
  });
});

/** The candidate points by naive enumeration: every nonsingular choice of d constraints among {x_k = ±1} ∪ {⟨W_h, x⟩ = 0} with at least one face, solved by Gaussian elimination, kept when inside the cube. */
function naiveCandidates(d: number, W: readonly bigint[][]): Set<string> {
  const cons: { a: Rational[]; b: Rational; face: boolean }[] = [];
  for (let k = 0; k < d; k++)
    for (const s of [Rational.ONE, Rational.MINUS_ONE])
      cons.push({ a: Array.from({ length: d }, (_, l) => (l === k ? Rational.ONE : Rational.ZERO)), b: s, face: true });
  for (const row of W) cons.push({ a: row.map((v) => Rational.of(v)), b: Rational.ZERO, face: false });
  const out = new Set<string>();
  for (const S of subsets(cons.length, d)) {
    if (!S.some((i) => cons[i]!.face)) continue;
    const x = gaussSolve(
      S.map((i) => cons[i]!.a),
      S.map((i) => cons[i]!.b),
    );
    if (!x || x.some((v) => v.abs().gt(Rational.ONE))) continue;
    out.add(x.map(String).join(','));
  }
  return out;
}
const candidateSet = (d: number, W: readonly bigint[][]): Set<string> =>
  new Set(cubeCandidatePoints(d, W).map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
const intRow = (d: number) =>
  fc
    .array(fc.integer({ min: -3, max: 3 }).map(BigInt), { minLength: d, maxLength: d })
    .filter((r) => r.some((v) => v !== 0n));

describe('the candidate set is exactly the vertex set (Bareiss against Gaussian elimination)', () => {
  test.prop(
    [
      fc
        .integer({ min: 2, max: 4 })
        .chain((d) => fc.tuple(fc.constant(d), fc.array(intRow(d), { maxLength: d === 4 ? 3 : 4 }))),
    ],
    { numRuns: runs(60) },
  )('cubeCandidatePoints = naive vertex enumeration, as sets', ([d, W]) => {
    expect([...candidateSet(d, W)].sort()).toEqual([...naiveCandidates(d, W)].sort());
  });
  vtest(
    'hand-picked arrangements: 3×3 and 4×4 systems, negative determinants, distinct rows with equal digit strings',
    () => {
      const cases: [number, bigint[][]][] = [
        [
          4,
          [
            [1n, 1n, 1n, 0n],
            [1n, -1n, 0n, 1n],
            [0n, 1n, -1n, 1n],
          ],
        ],
        [
          4,
          [
            [2n, -1n, 1n, 1n],
            [1n, 3n, -2n, 0n],
            [0n, 1n, 1n, -3n],
          ],
        ],
        [
          3,
          [
            [0n, 1n, 2n],
            [1n, 2n, 0n],
          ],
        ],
        [
          3,
          [
            [1n, 23n, 0n],
            [12n, 3n, 0n],
          ],
        ],
        [
          3,
          [
            [1n, 2n, 3n],
            [-1n, -2n, -3n],
            [2n, 4n, 6n],
          ],
        ],
      ];
      for (const [d, W] of cases)
        expect([...candidateSet(d, W)].sort(), W.join(' | ')).toEqual([...naiveCandidates(d, W)].sort());
    },
  );
  vtest('near-ties are decided exactly: σ(x1) ∓ 2^−60·σ(±x2) has sup exactly 1', () => {
    const tiny = Rational.of(1n, 2n ** 60n);
    for (const sgn of [Rational.ONE, Rational.MINUS_ONE])
      for (const a of [tiny, tiny.neg()]) {
        const g = new Network(2, [
          { alpha: Rational.ONE, w: [Rational.ONE, Rational.ZERO] },
          { alpha: a, w: [Rational.ZERO, sgn] },
        ]);
        const want = a.sign() > 0 ? Rational.ONE.add(tiny) : Rational.ONE;
        const s = cubeSupAbs(g);
        expect(s.value.toString()).toBe(want.toString());
        expect(g.eval(s.witness).abs().toString()).toBe(want.toString());
      }
  });
});

describe('integer forms and candidate points', () => {
  test.prop([fc.integer({ min: 2, max: 4 }).chain((d) => smallNetwork(d, 4))], { numRuns: runs(60) })(
    'integerForm: primitive rows, L·D·g(P/D) = evalIntScaled, every candidate inside the cube',
    (g) => {
      const net = integerForm(g);
      for (const row of net.W) {
        let gg = 0n;
        for (const v of row) gg = gcdRef(gg, v);
        expect(gg).toBe(1n);
      }
      expect(net.L > 0n).toBe(true);
      expect(net.W.length).toBe(g.neurons.filter((n) => !n.alpha.isZero() && n.w.some((x) => !x.isZero())).length);
      const pts = cubeCandidatePoints(g.d, net.W);
      for (const pt of pts.slice(0, 40)) {
        expect(pt.D > 0n).toBe(true);
        const x = pt.P.map((v) => Rational.of(v, pt.D));
        expect(x.every((v) => v.abs().le(Rational.ONE))).toBe(true);
        expect(
          x.some((v) => v.abs().eq(Rational.ONE)),
          'at least one face is active',
        ).toBe(true);
        expect(Rational.of(evalIntScaled(net, pt), net.L * pt.D).toString()).toBe(g.eval(x).toString());
      }
    },
  );
  vtest(
    'the candidate set of the empty arrangement is the 2^d cube vertices (with repeats only from several faces)',
    () => {
      for (const d of [2, 3]) {
        const pts = cubeCandidatePoints(d, []);
        const keys = new Set(pts.map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
        expect(keys.size).toBe(2 ** d);
        for (const k of keys) expect(k.split(',').every((s) => s === '1/1' || s === '-1/1')).toBe(true);
      }
      // one hyperplane x1 = x2 in d = 2: vertices (±1, ±1) and the points (1, 1), (−1, −1) on it
      const pts = cubeCandidatePoints(2, [[1n, -1n]]);
      const keys = new Set(pts.map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
      expect([...keys].sort()).toEqual(['-1/1,-1/1', '-1/1,1/1', '1/1,-1/1', '1/1,1/1']);
      // x1 + 2·x2 = 0 in d = 2: also (1, −1/2) and (−1, 1/2)
      const pts2 = cubeCandidatePoints(2, [[1n, 2n]]);
      const keys2 = new Set(pts2.map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
      expect(keys2.has('1/1,-1/2') && keys2.has('-1/1,1/2')).toBe(true);
      expect(keys2.size).toBe(6);
      // 3 hyperplanes in d = 3 through a common line meet the cube's faces at the line's ends
      const pts3 = cubeCandidatePoints(3, [
        [1n, -1n, 0n],
        [0n, 1n, -1n],
      ]);
      const keys3 = new Set(pts3.map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
      expect(keys3.has('1/1,1/1,1/1') && keys3.has('-1/1,-1/1,-1/1')).toBe(true);
      const pts4 = cubeCandidatePoints(3, [
        [2n, 1n, 0n],
        [0n, 1n, 3n],
      ]);
      const keys4 = new Set(pts4.map((p) => p.P.map((v) => Rational.of(v, p.D).toString()).join(',')));
      // x2 = −2x1, x3 = −x2/3: the line through (1/2, −1, 1/3)
      expect(keys4.has('1/2,-1/1,1/3') && keys4.has('-1/2,1/1,-1/3')).toBe(true);
      expect(maxOf([q(1)]).eq(Rational.ONE)).toBe(true);
    },
  );
});
