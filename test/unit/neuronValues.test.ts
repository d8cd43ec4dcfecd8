/**
 * # Neuron values through integer forms = the rational formula
 *
 * `neuronValuesAt` and `networkValueAt` (src/model/neuronValues.ts) against the defining formula
 * α_j·max(Σ_k w_jk x_k, 0) in plain rational arithmetic, on networks whose weights mix
 * denominators — small, huge and coprime, dyadic values of doubles from 2^−1074 to 2^1023, zeros,
 * zero output weights — at points P/D given unreduced (P and D sharing factors, D ≠ 1).
 */
import { describe, expect } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational } from '../../src/exact/Rational.js';
import { Network } from '../../src/model/Network.js';
import { integerNeurons, networkValueAt, neuronValuesAt } from '../../src/model/neuronValues.js';
import { gcdRef } from './gen.js';

/** A rational with a small, a huge or a power-of-two denominator, or the exact value of a double. */
const wideRat: fc.Arbitrary<Rational> = fc.oneof(
  fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => Rational.of(n, d)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 25n }))
    .map(([n, d]) => Rational.of(n, d)),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).map((x) => Rational.fromDouble(x)),
  fc.constant(Rational.ZERO),
);

const networkArb = (d: number) =>
  fc
    .array(fc.record({ alpha: wideRat, w: fc.array(wideRat, { minLength: d, maxLength: d }) }), {
      minLength: 0,
      maxLength: 6,
    })
    .map((ns) => new Network(d, ns));

/** A point P/D with P, D sharing a random factor (so it is not in lowest terms). */
const pointArb = (d: number) =>
  fc
    .tuple(
      fc.array(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), { minLength: d, maxLength: d }),
      fc.bigInt({ min: 1n, max: 10n ** 20n }),
      fc.bigInt({ min: 1n, max: 1000n }),
    )
    .map(([P, D, k]) => ({ P: P.map((v) => v * k), D: D * k }));

const byFormula = (alpha: Rational, w: readonly Rational[], x: readonly Rational[]): Rational => {
  let z = Rational.ZERO;
  w.forEach((wk, k) => (z = z.add(wk.mul(x[k]!))));
  return alpha.mul(z.max(Rational.ZERO));
};

describe('neuron values through integer forms', () => {
  for (const d of [2, 3, 5]) {
    test.prop([networkArb(d), pointArb(d)], { numRuns: runs(150) })(
      `d = ${d}: every neuron's value and g(x) equal the rational formula`,
      (g, { P, D }) => {
        const x = P.map((v) => Rational.of(v, D));
        const vals = neuronValuesAt(g, P, D);
        expect(vals).toHaveLength(g.N);
        let sum = Rational.ZERO;
        g.neurons.forEach((n, j) => {
          const want = byFormula(n.alpha, n.w, x);
          expect(vals[j]!.eq(want), `neuron ${j}`).toBe(true);
          sum = sum.add(want);
        });
        expect(networkValueAt(g, x).eq(sum)).toBe(true);
        expect(g.eval(x).eq(sum)).toBe(true);
      },
    );
  }

  test.prop([networkArb(3)], { numRuns: runs(100) })(
    'the integer form: α_j σ(⟨w_j, x⟩) = (A_j/C_j)·σ(⟨R_j, x⟩), A_j/C_j reduced, B_j/L = A_j/C_j',
    (g) => {
      const f = integerNeurons(g);
      expect(integerNeurons(g)).toBe(f); // memoised
      g.neurons.forEach((n, j) => {
        const c = n.w.reduce((l, v) => (l % v.den === 0n ? l : (l * v.den) / gcdRef(l, v.den)), 1n);
        expect(f.rows[j]).toEqual(n.w.map((v) => v.num * (c / v.den)));
        expect(Rational.of(f.A[j]!, f.C[j]!).eq(n.alpha.div(Rational.of(c)))).toBe(true);
        expect(f.C[j]! > 0n && gcdRef(f.A[j]!, f.C[j]!) === 1n).toBe(true);
        expect(Rational.of(f.B[j]!, f.L).eq(Rational.of(f.A[j]!, f.C[j]!))).toBe(true);
      });
    },
  );
});
