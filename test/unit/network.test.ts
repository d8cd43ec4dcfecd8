/**
 * # Networks, pruning, the target neuron, ReLU and input validation
 *
 * Each network operation is checked against the defining formula evaluated independently at
 * rational points (g(x) = Σ_j α_j max(⟨w_j, x⟩, 0), g_S keeps the neurons of S, g_{M,m} masks
 * weights and neurons), and every validation rule of `Network`, `TargetNeuron`, `relu.ts` and
 * `validate.ts` is exercised: a removed check must let a bad input through, which these tests see.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Network, TargetNeuron } from '../../src/model/Network.js';
import { relu, dot } from '../../src/model/relu.js';
import {
  requireEpsilon,
  requireFamily,
  requireRational,
  requireUnitVector,
  requireVector,
  requireDimension,
} from '../../src/model/validate.js';
import { normSquared, stereographicUnitVector } from '../../src/model/unitVector.js';
import { exactNetwork, randomRawNetwork, randomNetwork } from '../../src/model/randomNetwork.js';
import { InvalidParameterError, PruningCheckError } from '../../src/errors.js';
import { smallNetwork, smallRat } from './gen.js';

/** The defining formula, with its own dot product and max. */
function evalByFormula(
  neurons: readonly { alpha: Rational; w: readonly Rational[] }[],
  x: readonly Rational[],
): Rational {
  let s = Rational.ZERO;
  for (const n of neurons) {
    let z = Rational.ZERO;
    n.w.forEach((wk, k) => (z = z.add(wk.mul(x[k]!))));
    s = s.add(n.alpha.mul(z.max(Rational.ZERO)));
  }
  return s;
}
const point = (d: number) => fc.array(smallRat(1, 4), { minLength: d, maxLength: d });
/** "Class:parameter" of the error f throws, or "no error". */
function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidParameterError) return `InvalidParameterError:${e.parameter}`;
    return `${(e as Error).constructor.name}`;
  }
  return 'no error';
}

describe('Network against its defining formulas', () => {
  const d = 3;
  test.prop([smallNetwork(d, 5), point(d), point(d)], { numRuns: runs(100) })(
    'eval, evalA2, scaleOutput, plus',
    (g, x, y) => {
      expect(g.eval(x).eq(evalByFormula(g.neurons, x))).toBe(true);
      expect(g.evalA2(x).eq(evalByFormula(g.neurons, x).max(Rational.ZERO))).toBe(true);
      expect(g.N).toBe(g.neurons.length);
      expect(
        g
          .scaleOutput(q(-3, 2))
          .eval(y)
          .eq(g.eval(y).mul(q(-3, 2))),
      ).toBe(true);
      const h = g.plus(g.scaleOutput(q(2)));
      expect(h.N).toBe(2 * g.N);
      expect(h.eval(x).eq(g.eval(x).mul(q(3)))).toBe(true);
    },
  );
  test.prop([smallNetwork(d, 5), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), point(d)], {
    numRuns: runs(100),
  })('neuronPrune keeps exactly the neurons of S, in index order', (g, pick, x) => {
    const S = [...Array(g.N).keys()].filter((j) => pick[j]).reverse();
    const gS = g.neuronPrune(S);
    expect(gS.N).toBe(S.length);
    expect(gS.neurons.map((n) => n)).toEqual([...S].sort((a, b) => a - b).map((j) => g.neurons[j]));
    expect(
      gS.eval(x).eq(
        evalByFormula(
          S.map((j) => g.neurons[j]!),
          x,
        ),
      ),
    ).toBe(true);
    expect(gS.d).toBe(d);
  });
  test.prop(
    [
      smallNetwork(d, 5),
      fc.array(fc.array(fc.boolean(), { minLength: d, maxLength: d }), { minLength: 5, maxLength: 5 }),
      fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      point(d),
    ],
    { numRuns: runs(100) },
  )('weightPrune is Σ_j m_j α_j σ(⟨M_j ⊙ w_j, x⟩)', (g, Mfull, mfull, x) => {
    const M = Mfull.slice(0, g.N),
      m = mfull.slice(0, g.N);
    const gm = g.weightPrune(M, m);
    const masked = g.neurons.flatMap((n, j) =>
      m[j] ? [{ alpha: n.alpha, w: n.w.map((v, k) => (M[j]![k] ? v : Rational.ZERO)) }] : [],
    );
    expect(gm.N).toBe(m.filter(Boolean).length);
    expect(gm.eval(x).eq(evalByFormula(masked, x))).toBe(true);
    gm.neurons.forEach((n, t) => expect(n.w.map(String)).toEqual(masked[t]!.w.map(String)));
  });
  vtest('hand-computed values', () => {
    const one = Rational.ONE,
      z = Rational.ZERO;
    const g = new Network(2, [
      { alpha: q(2), w: [one, z] },
      { alpha: q(-1), w: [z, one] },
    ]);
    expect(g.eval([q(1, 2), q(1, 3)]).toString()).toBe('2/3');
    expect(g.eval([q(-1, 2), q(1, 3)]).toString()).toBe('-1/3');
    expect(g.evalA2([q(-1, 2), q(1, 3)]).toString()).toBe('0/1');
    expect(g.evalA2([q(1, 2), q(1, 3)]).toString()).toBe('2/3');
    expect(
      g
        .neuronPrune([1])
        .eval([q(1), q(1)])
        .toString(),
    ).toBe('-1/1');
    expect(g.neuronPrune([]).N).toBe(0);
    expect(
      g
        .weightPrune(
          [
            [false, true],
            [true, true],
          ],
          [true, true],
        )
        .eval([q(1), q(1)])
        .toString(),
    ).toBe('-1/1');
    expect(
      g.weightPrune(
        [
          [true, true],
          [true, true],
        ],
        [true, false],
      ).N,
    ).toBe(1);
    expect(g.toJSON()).toEqual({
      d: 2,
      alpha: ['2/1', '-1/1'],
      w: [
        ['1/1', '0/1'],
        ['0/1', '1/1'],
      ],
    });
    expect(Object.isFrozen(g.neurons) && Object.isFrozen(g.neurons[0]) && Object.isFrozen(g.neurons[0]!.w)).toBe(true);
    const w = [one, z];
    const h = new Network(2, [{ alpha: one, w }]);
    w[0] = q(5);
    expect(h.neurons[0]!.w[0]!.toString()).toBe('1/1');
  });
  vtest('bad input is a typed error naming the parameter', () => {
    const one = Rational.ONE,
      z = Rational.ZERO;
    const g = new Network(2, [
      { alpha: one, w: [one, z] },
      { alpha: one, w: [z, one] },
    ]);
    expect(failure(() => new Network(1, []))).toBe('InvalidParameterError:d');
    expect(failure(() => new Network(4097, []))).toBe('InvalidParameterError:d');
    expect(failure(() => new Network(2.5, []))).toBe('InvalidParameterError:d');
    expect(failure(() => new Network(2, {} as never))).toBe('InvalidParameterError:neurons');
    expect(failure(() => new Network(2, [{ alpha: 1 as never, w: [one, z] }]))).toBe(
      'InvalidParameterError:neurons[0].alpha',
    );
    expect(
      failure(
        () =>
          new Network(2, [
            { alpha: one, w: [one, z] },
            { alpha: one, w: [one] },
          ]),
      ),
    ).toBe('InvalidParameterError:neurons[1].w');
    expect(failure(() => new Network(2, [{ alpha: one, w: [one, 0.5 as never] }]))).toBe(
      'InvalidParameterError:neurons[0].w[1]',
    );
    expect(failure(() => new Network(2, [null as never]))).toBe('InvalidParameterError:neurons[0].alpha');
    expect(failure(() => new Network(4096, []))).toBe('no error');
    expect(failure(() => g.eval([one]))).toBe('InvalidParameterError:x');
    expect(failure(() => g.eval([one, 1 as never]))).toBe('InvalidParameterError:x[1]');
    expect(failure(() => g.evalA2([one, z, z]))).toBe('InvalidParameterError:x');
    expect(failure(() => g.neuronPrune([2]))).toBe('InvalidParameterError:S');
    expect(failure(() => g.neuronPrune([-1]))).toBe('InvalidParameterError:S');
    expect(failure(() => g.neuronPrune([0.5]))).toBe('InvalidParameterError:S');
    expect(failure(() => g.neuronPrune([1, 1]))).toBe('InvalidParameterError:S');
    expect(failure(() => g.neuronPrune([1, 0]))).toBe('no error');
    expect(
      failure(() =>
        g.weightPrune(
          [
            [true, true],
            [true, true],
          ],
          [true],
        ),
      ),
    ).toBe('InvalidParameterError:m');
    expect(
      failure(() =>
        g.weightPrune(
          [
            [true, true],
            [true, true],
          ],
          'x' as never,
        ),
      ),
    ).toBe('InvalidParameterError:m');
    expect(failure(() => g.weightPrune([[true, true]], [true, true]))).toBe('InvalidParameterError:M');
    expect(failure(() => g.weightPrune({} as never, [true, true]))).toBe('InvalidParameterError:M');
    expect(failure(() => g.weightPrune([[true, true], [true]], [true, true]))).toBe('InvalidParameterError:M[1]');
    expect(failure(() => g.weightPrune([[true, true], 'ab' as never], [true, false]))).toBe(
      'InvalidParameterError:M[1]',
    );
    expect(failure(() => g.plus(new Network(3, [])))).toBe('InvalidParameterError:o');
    expect(failure(() => new Network(2, []).plus(new Network(2, [])))).toBe('no error');
  });
});

describe('the target neuron', () => {
  vtest('f(x) = σ(⟨w*, x⟩); asNetwork and minus', () => {
    const w = [q(3, 5), q(-4, 5)];
    const f = new TargetNeuron(w);
    expect(f.d).toBe(2);
    expect(f.eval([q(1), q(-1)]).toString()).toBe('7/5');
    expect(f.eval([q(-1), q(1)]).toString()).toBe('0/1');
    expect(
      f
        .asNetwork()
        .eval([q(1), q(1, 2)])
        .toString(),
    ).toBe('1/5');
    expect(f.asNetwork().neurons[0]!.alpha.eq(Rational.ONE)).toBe(true);
    const g = new Network(2, [{ alpha: q(2), w: [q(1), q(0)] }]);
    const e = f.minus(g);
    for (const x of [
      [q(1), q(1)],
      [q(-1), q(1, 3)],
      [q(1, 2), q(-1)],
    ])
      expect(e.eval(x).eq(f.eval(x).sub(g.eval(x)))).toBe(true);
    expect(f.toJSON()).toEqual({ w: ['3/5', '-4/5'] });
    w[0] = q(1);
    expect(f.w[0]!.toString()).toBe('3/5');
  });
  vtest('a unit vector is required unless explicitly waived; every input is validated', () => {
    expect(failure(() => new TargetNeuron([q(1), q(1)]))).toBe('InvalidParameterError:w');
    expect(failure(() => new TargetNeuron([q(1), q(1)], { requireUnit: true }))).toBe('InvalidParameterError:w');
    expect(failure(() => new TargetNeuron([q(1), q(1)], { requireUnit: false }))).toBe('no error');
    expect(failure(() => new TargetNeuron([q(1), 1 as never], { requireUnit: false }))).toBe(
      'InvalidParameterError:w[1]',
    );
    expect(failure(() => new TargetNeuron([q(1)]))).toBe('InvalidParameterError:d');
    expect(failure(() => new TargetNeuron('ab' as never))).toBe('InvalidParameterError:d');
    expect(failure(() => new TargetNeuron([q(1), q(0)]).eval([q(1)]))).toBe('InvalidParameterError:x');
    expect(new TargetNeuron([q(2), q(0)], { requireUnit: false }).eval([q(1), q(0)]).toString()).toBe('2/1');
  });
});

describe('relu, dot and the validators', () => {
  test.prop([smallRat(3, 7)])('relu(z) = max(z, 0)', (z) => {
    expect(relu(z).eq(z.max(Rational.ZERO))).toBe(true);
  });
  vtest('dot and relu: values and errors', () => {
    expect(relu(q(-1, 2)).toString()).toBe('0/1');
    expect(relu(Rational.ZERO).toString()).toBe('0/1');
    expect(relu(q(1, 2)).toString()).toBe('1/2');
    expect(dot([q(1), q(0), q(-2)], [q(3), q(5), q(1, 2)]).toString()).toBe('2/1');
    expect(dot([], []).toString()).toBe('0/1');
    expect(failure(() => dot([q(1)], [q(1), q(2)]))).toBe('InvalidParameterError:v');
    expect(failure(() => dot([q(1), q(2)], [q(1)]))).toBe('InvalidParameterError:v');
  });
  vtest('validators accept exactly their ranges', () => {
    expect(failure(() => requireRational('api', 'p', 1))).toBe('InvalidParameterError:p');
    expect(requireRational('api', 'p', q(1, 2)).toString()).toBe('1/2');
    expect(failure(() => requireVector('api', 'v', 'x'))).toBe('InvalidParameterError:v');
    expect(failure(() => requireVector('api', 'v', [q(1)], 2))).toBe('InvalidParameterError:v');
    expect(failure(() => requireVector('api', 'v', [q(1), 2]))).toBe('InvalidParameterError:v[1]');
    expect(failure(() => requireVector('api', 'v', [q(1), q(2)]))).toBe('no error');
    for (const bad of [Rational.ZERO, Rational.ONE, q(-1, 2), q(3, 2)])
      expect(
        failure(() => requireEpsilon('api', bad)),
        bad.toString(),
      ).toBe('InvalidParameterError:eps');
    expect(failure(() => requireEpsilon('api', 0.5))).toBe('InvalidParameterError:eps');
    expect(requireEpsilon('api', q(1, 2)).toString()).toBe('1/2');
    expect(requireEpsilon('api', q(999, 1000)).toString()).toBe('999/1000');
    expect([2, 4096].map((d) => requireDimension('api', d))).toEqual([2, 4096]);
    for (const bad of [1, 4097, 2.5, '3'])
      expect(
        failure(() => requireDimension('api', bad)),
        String(bad),
      ).toBe('InvalidParameterError:d');
    expect([1, 2].map((i) => requireFamily('api', 5, i))).toEqual([1, 2]);
    expect(requireFamily('api', 6, 3)).toBe(3);
    for (const bad of [0, 3, 1.5])
      expect(
        failure(() => requireFamily('api', 5, bad)),
        String(bad),
      ).toBe('InvalidParameterError:i');
    expect(failure(() => requireUnitVector('api', 'w', [q(3, 5), q(4, 5)]))).toBe('no error');
    expect(failure(() => requireUnitVector('api', 'w', [q(3, 5), q(3, 5)]))).toBe('InvalidParameterError:w');
    expect(failure(() => requireUnitVector('api', 'w', [q(3, 5), q(4, 5)], 3))).toBe('InvalidParameterError:w');
    expect(failure(() => requireUnitVector('api', 'w', [q(-1), q(0)]))).toBe('no error');
    const e = (() => {
      try {
        requireEpsilon('myApi', q(2));
      } catch (err) {
        return err as InvalidParameterError;
      }
      return undefined;
    })();
    expect(e?.api).toBe('myApi');
    expect(e instanceof PruningCheckError).toBe(true);
  });
  test.prop([fc.array(smallRat(3, 9), { minLength: 1, maxLength: 5 })])(
    'stereographic unit vectors are exact unit vectors; normSquared is Σ x²',
    (u) => {
      const v = stereographicUnitVector(u);
      expect(v.length).toBe(u.length + 1);
      expect(normSquared(v).eq(Rational.ONE)).toBe(true);
      expect(normSquared(u).eq(u.reduce((s, x) => s.add(x.mul(x)), Rational.ZERO))).toBe(true);
    },
  );
  vtest('stereographic projection: hand values and bad input', () => {
    expect(stereographicUnitVector([q(0)]).map(String)).toEqual(['0/1', '-1/1']);
    expect(stereographicUnitVector([q(1)]).map(String)).toEqual(['1/1', '0/1']);
    expect(stereographicUnitVector([q(1, 2), q(1, 2)]).map(String)).toEqual(['2/3', '2/3', '-1/3']);
    expect(failure(() => stereographicUnitVector([]))).toBe('InvalidParameterError:u');
    expect(failure(() => stereographicUnitVector([1 as never]))).toBe('InvalidParameterError:u[0]');
    try {
      stereographicUnitVector('u' as never);
    } catch (e) {
      expect((e as InvalidParameterError).api).toBe('stereographicUnitVector');
    }
  });
});

describe('random networks: the exact network is the raw doubles, in order', () => {
  vtest('exactNetwork(raw) reads w_{j,k} at j·d + k and α_j exactly', () => {
    const raw = randomRawNetwork(7, 5, 3);
    expect([raw.N, raw.d, raw.w.length, raw.alpha.length]).toEqual([5, 3, 15, 5]);
    const g = exactNetwork(raw);
    expect(g.N).toBe(5);
    expect(g.d).toBe(3);
    for (let j = 0; j < 5; j++) {
      expect(g.neurons[j]!.alpha.eq(Rational.fromDouble(raw.alpha[j]!))).toBe(true);
      for (let k = 0; k < 3; k++) expect(g.neurons[j]!.w[k]!.eq(Rational.fromDouble(raw.w[j * 3 + k]!))).toBe(true);
    }
    expect(new Set([...raw.w, ...raw.alpha]).size).toBe(20);
    expect(randomNetwork(7, 5, 3).toJSON()).toEqual(g.toJSON());
    expect(randomNetwork(8, 5, 3).toJSON()).not.toEqual(g.toJSON());
    // the draws are shared in order: a network with more neurons extends a smaller one
    const big = randomRawNetwork(7, 6, 3);
    expect([...big.w.slice(0, 15)]).toEqual([...raw.w]);
    expect([...big.alpha.slice(0, 5)]).toEqual([...raw.alpha]);
    expect(randomRawNetwork(7, 0, 3).N).toBe(0);
    // roughly standard normal entries
    const many = randomRawNetwork(3, 2000, 2);
    let s = 0,
      s2 = 0;
    for (const x of many.w) {
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / many.w.length)).toBeLessThan(0.1);
    expect(Math.abs(s2 / many.w.length - 1)).toBeLessThan(0.1);
  });
  vtest('bad N or d is a typed error', () => {
    expect(failure(() => randomRawNetwork(1, -1, 3))).toBe('InvalidParameterError:N');
    expect(failure(() => randomRawNetwork(1, 10_000_001, 3))).toBe('InvalidParameterError:N');
    expect(failure(() => randomRawNetwork(1, 1.5, 3))).toBe('InvalidParameterError:N');
    expect(failure(() => randomRawNetwork(1, 2, 1))).toBe('InvalidParameterError:d');
  });
});
