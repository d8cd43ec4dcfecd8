/**
 * # Birth–death chains and bin probabilities against their defining equations
 *
 * Exit probabilities and exit times are checked by substituting them into the first-step
 * equations they must solve (h_b = λ_b h_{b+1} + μ_b h_{b−1} + (1 − λ_b − μ_b) h_b with the
 * boundary values), against the gambler's-ruin closed forms for constant rates and against the
 * absorbed law after many steps; binomials against Pascal's triangle; the Cauchy bin masses against
 * decimal.js's atan at 70 digits; the all-bins-hit enclosure against exact inclusion–exclusion over
 * every subset of bins for rational point masses.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { Decimal } from 'decimal.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { Interval } from '../../src/exact/Interval.js';
import {
  BirthDeathChain,
  constantChain,
  gamblersRuinUp,
  gamblersRuinDuration,
  pureDeathChain,
  binomial,
  pureDeathZeroProbIE,
  independentClocksZeroProb,
  MAX_STATES,
} from '../../src/chain/BirthDeathChain.js';
import {
  binMasses,
  pBarOf,
  allBinsHitEnclosure,
  pureDeathZeroProbEnclosure,
  familiesAtZero,
} from '../../src/chain/binProbabilities.js';
import { pathLawScaled, pathLawNodes, pathLawApplies } from '../../src/chain/pureDeathLaw.js';
import { failure } from './gen.js';

/** A chain on {0..T} whose interior rates are all positive (exit problems are well posed). */
const posChain = fc.integer({ min: 2, max: 7 }).chain((T) =>
  fc
    .array(fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })), {
      minLength: T + 1,
      maxLength: T + 1,
    })
    .map((rows) => {
      const lambda = rows.map(([den, a], b) => (b === T ? Rational.ZERO : q(Math.min(a, den - 1), 2 * den)));
      const mu = rows.map(([den, , c], b) => (b === 0 ? Rational.ZERO : q(Math.min(c, den - 1), 2 * den)));
      return new BirthDeathChain(T, lambda, mu);
    }),
);
const interval = (T: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: T }), fc.integer({ min: 0, max: T }))
    .filter(([a, b]) => Math.abs(a - b) >= 2)
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('exit problems', () => {
  test.prop([posChain.chain((c) => fc.tuple(fc.constant(c), interval(c.T)))], { numRuns: runs(80) })(
    'exit probabilities and times solve the first-step equations with their boundary values',
    ([c, [lo, hi]]) => {
      const h = (b: number) => (b === lo ? Rational.ZERO : b === hi ? Rational.ONE : c.exitProbabilityUp(b, lo, hi));
      const E = (b: number) => (b === lo || b === hi ? Rational.ZERO : c.expectedExitTime(b, lo, hi));
      for (let b = lo + 1; b < hi; b++) {
        const l = c.lambda[b]!,
          m = c.mu[b]!,
          st = Rational.ONE.sub(l).sub(m);
        expect(
          h(b).eq(
            l
              .mul(h(b + 1))
              .add(m.mul(h(b - 1)))
              .add(st.mul(h(b))),
          ),
          `h at ${b}`,
        ).toBe(true);
        expect(
          E(b).eq(
            Rational.ONE.add(l.mul(E(b + 1)))
              .add(m.mul(E(b - 1)))
              .add(st.mul(E(b))),
          ),
          `E at ${b}`,
        ).toBe(true);
        expect(h(b).gt(Rational.ZERO) && h(b).lt(Rational.ONE)).toBe(true);
        if (b > lo + 1) expect(h(b).gt(h(b - 1))).toBe(true);
      }
    },
  );
  test.prop([fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })], {
    numRuns: runs(60),
  })("constant rates: gambler's ruin closed forms", (T, a, bq) => {
    const lam = q(a, 13),
      mu = q(bq, 13);
    const c = constantChain(T, lam, mu);
    expect(c.lambda[T]!.isZero() && c.mu[0]!.isZero() && c.lambda[0]!.eq(lam) && c.mu[T]!.eq(mu)).toBe(true);
    for (let b = 1; b < T; b++) {
      expect(c.exitProbabilityUp(b, 0, T).eq(gamblersRuinUp(lam, mu, b, 0, T))).toBe(true);
      expect(c.expectedExitTime(b, 0, T).eq(gamblersRuinDuration(lam, mu, b, 0, T))).toBe(true);
    }
  });
  vtest('hand values', () => {
    // symmetric walk on {0..4}: h_b = b/4, E_b = b(4 − b)/(λ + μ)
    const c = constantChain(4, q(1, 4), q(1, 4));
    expect([1, 2, 3].map((b) => c.exitProbabilityUp(b, 0, 4).toString())).toEqual(['1/4', '1/2', '3/4']);
    expect([1, 2, 3].map((b) => c.expectedExitTime(b, 0, 4).toString())).toEqual(['6/1', '8/1', '6/1']);
    expect(c.exitProbabilityUp(2, 1, 4).toString()).toBe('1/3');
    expect(gamblersRuinUp(q(1, 3), q(1, 6), 1, 0, 2).toString()).toBe('2/3'); // ρ = 1/2: (1 − 1/2)/(1 − 1/4)
    expect(gamblersRuinDuration(q(1, 4), q(1, 4), 2, 0, 4).toString()).toBe('8/1');
    expect(gamblersRuinDuration(q(1, 3), q(1, 6), 1, 0, 2).toString()).toBe('2/1'); // one jump needed, rate 1/2
    expect(constantChain(4, q(1, 3), q(1, 6)).expectedExitTime(1, 0, 2).toString()).toBe('2/1');
  });
  vtest('bad intervals and zero rates are typed errors', () => {
    const c = constantChain(5, q(1, 4), q(1, 4));
    expect(failure(() => c.exitProbabilityUp(2, 0, 1))).toBe('InvalidParameterError:hi');
    expect(failure(() => c.exitProbabilityUp(0, 0, 3))).toBe('InvalidParameterError:b');
    expect(failure(() => c.exitProbabilityUp(3, 0, 3))).toBe('InvalidParameterError:b');
    expect(failure(() => c.exitProbabilityUp(2, -1, 3))).toBe('InvalidParameterError:lo');
    expect(failure(() => c.expectedExitTime(2, 0, 6))).toBe('InvalidParameterError:hi');
    expect(failure(() => c.expectedExitTime(4, 3, 5))).toBe('no error');
    const z = new BirthDeathChain(3, [q(1, 2), q(0), q(1, 2), q(0)], [q(0), q(1, 2), q(1, 2), q(1, 2)]);
    expect(failure(() => z.exitProbabilityUp(1, 0, 2))).toBe('InvalidParameterError:lambda[1], mu[1]');
    expect(failure(() => z.exitProbabilityUp(2, 1, 3))).toBe('no error');
  });
});

describe('chain construction and closed forms', () => {
  vtest('the constructor accepts exactly the valid chains', () => {
    const ok = () => new BirthDeathChain(2, [q(1, 2), q(1, 2), q(0)], [q(0), q(1, 2), q(1)]);
    expect(failure(ok)).toBe('no error');
    expect(failure(() => new BirthDeathChain(0, [q(0)], [q(0)]))).toBe('InvalidParameterError:T');
    expect(failure(() => new BirthDeathChain(MAX_STATES + 1, [], []))).toBe('InvalidParameterError:T');
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0)], [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0), q(0)], [q(0), q(0)]))).toBe('InvalidParameterError:mu');
    expect(failure(() => new BirthDeathChain(2, 'x' as never, [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(-1, 2), q(0)], [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(3, 2), q(0)], [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), 1 as never, q(0)], [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0), q(0)], [q(0), q(-1, 3), q(0)]))).toBe(
      'InvalidParameterError:mu[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0), q(0)], [q(0), q(4, 3), q(0)]))).toBe(
      'InvalidParameterError:mu[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(2, 3), q(0)], [q(0), q(2, 3), q(0)]))).toBe(
      'InvalidParameterError:lambda[1] + mu[1]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(1, 3), q(0)], [q(0), q(2, 3), q(0)]))).toBe('no error');
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0), q(1, 2)], [q(0), q(0), q(0)]))).toBe(
      'InvalidParameterError:lambda[2]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(0), q(0), q(0)], [q(1, 2), q(0), q(0)]))).toBe(
      'InvalidParameterError:mu[0]',
    );
    expect(failure(() => new BirthDeathChain(2, [q(1), q(1), q(0)], [q(0), q(0), q(1)]))).toBe('no error');
    const c = pureDeathChain(3, q(1, 4));
    expect(failure(() => c.distributionAt(4, 1))).toBe('InvalidParameterError:start');
    expect(failure(() => c.distributionAt(-1, 1))).toBe('InvalidParameterError:start');
    expect(failure(() => c.distributionAt(0, -1))).toBe('InvalidParameterError:s');
    expect(failure(() => c.distributionAt(3, 0))).toBe('no error');
  });
  vtest('laws by hand', () => {
    const c = pureDeathChain(2, q(1, 4)); // μ_1 = 1/4, μ_2 = 1/2
    expect(c.mu.map(String)).toEqual(['0/1', '1/4', '1/2']);
    expect(c.lambda.every((x) => x.isZero())).toBe(true);
    expect(c.distributionAt(2, 1).map(String)).toEqual(['0/1', '1/2', '1/2']);
    expect(c.distributionAt(2, 2).map(String)).toEqual(
      ['0/1', '1/2', '1/4'].map((s, b) => (b === 0 ? '1/8' : b === 1 ? '5/8' : s)),
    );
    expect(c.distributionAt(1, 0).map(String)).toEqual(['0/1', '1/1', '0/1']);
    const up = new BirthDeathChain(2, [q(1), q(1, 3), q(0)], [q(0), q(1, 3), q(1)]);
    expect(up.distributionAt(0, 1).map(String)).toEqual(['0/1', '1/1', '0/1']);
    expect(up.distributionAt(0, 2).map(String)).toEqual(['1/3', '1/3', '1/3']);
    expect(up.distributionScaled(0, 2).den).toBe(9n);
  });
  test.prop([fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 32 })])(
    'binomial(n, k) is Pascal’s triangle (0 outside 0 ≤ k ≤ n)',
    (n, k) => {
      const row = [1n];
      for (let i = 0; i < n; i++)
        for (let j = row.length; j >= 0; j--) row[j] = (row[j] ?? 0n) + (j > 0 ? row[j - 1]! : 0n);
      expect(binomial(n, k)).toBe(k <= n ? row[k]! : 0n);
      expect(binomial(n, -1)).toBe(0n);
    },
  );
  vtest('the law kernels: options validated up front, the path kernel by hand', () => {
    const c = pureDeathChain(3, q(1, 4));
    expect(failure(() => c.distributionScaled(3, 1, { kernel: 'bogus' as never }))).toBe(
      'InvalidParameterError:kernel',
    );
    expect(failure(() => c.distributionScaled(3, 1, 5 as never))).toBe('InvalidParameterError:options');
    expect(failure(() => c.distributionScaled(3, 1, (() => 0) as never))).toBe('InvalidParameterError:options');
    expect(failure(() => c.distributionScaled(3, 1, null as never))).toBe('InvalidParameterError:options');
    expect(failure(() => c.distributionScaled(3, 1, { onProgress: 3 as never }))).toBe(
      'InvalidParameterError:onProgress',
    );
    expect(failure(() => c.distributionAt(3, 1, { kernel: 'step' }))).toBe('no error');
    expect(failure(() => c.distributionAt(4, 1, { kernel: 'bogus' as never }))).toBe('InvalidParameterError:start');
    expect(failure(() => c.lawPlan(4, 1))).toBe('InvalidParameterError:start');
    expect(failure(() => c.lawPlan(0, -1))).toBe('InvalidParameterError:s');
    expect(failure(() => c.lawPlan(0, 1.5))).toBe('InvalidParameterError:s');
    const both = constantChain(4, q(1, 3), q(1, 4));
    expect(both.lawPlan(2, 5)).toEqual({ kernel: 'step', nodes: 5 });
    expect(both.lawPlan(2, 0)).toEqual({ kernel: 'divided-difference', nodes: 1 });
    expect(failure(() => both.distributionScaled(2, 5, { kernel: 'divided-difference' }))).toBe(
      'InvalidParameterError:kernel',
    );
    expect(failure(() => both.distributionScaled(2, 5, { kernel: 'auto' }))).toBe('no error');
    // stays 1/4, 3/4, 1 over L = 4, two steps: (1/16, 3/16 + 9/16, 3/16)
    expect(pathLawScaled(4n, [1n, 3n, 4n], 2)).toEqual([1n, 12n, 3n]);
    expect(pathLawScaled(4n, [1n, 3n, 4n], 0)).toEqual([1n, 0n, 0n]);
    expect(pathLawScaled(4n, [4n, 3n], 5)).toEqual([4n ** 5n, 0n]); // node 0 never moves
    expect(pathLawScaled(4n, [0n, 1n, 0n], 2)).toEqual([0n, 4n, 12n]); // the stay of node s = 2 may repeat
    expect(pathLawNodes(4n, [1n, 3n, 4n, 2n], 9)).toBe(3);
    expect(pathLawApplies(4n, [1n, 1n], 1)).toBe(true);
    expect(pathLawApplies(4n, [1n, 1n, 1n], 2)).toBe(false);
    for (const f of [pathLawScaled, pathLawNodes, pathLawApplies] as const) {
      expect(failure(() => f(0n, [0n], 1))).toBe('InvalidParameterError:L');
      expect(failure(() => f(4 as never, [0n], 1))).toBe('InvalidParameterError:L');
      expect(failure(() => f(4n, [], 1))).toBe('InvalidParameterError:stay');
      expect(failure(() => f(4n, 'x' as never, 1))).toBe('InvalidParameterError:stay');
      expect(failure(() => f(4n, [1n, 5n], 1))).toBe('InvalidParameterError:stay[1]');
      expect(failure(() => f(4n, [-1n], 1))).toBe('InvalidParameterError:stay[0]');
      expect(failure(() => f(4n, [1 as never], 1))).toBe('InvalidParameterError:stay[0]');
      expect(failure(() => f(4n, [1n], -1))).toBe('InvalidParameterError:s');
      expect(failure(() => f(4n, [1n], 10_000_001))).toBe('InvalidParameterError:s');
      expect(failure(() => f(4n, [1n, 2n], 3))).toBe('no error');
    }
    expect(failure(() => pathLawScaled(4n, [1n, 1n, 1n], 2))).toBe('InvalidParameterError:stay');
    expect(failure(() => pathLawScaled(4n, [1n, 2n], 2, null as never))).toBe('InvalidParameterError:options');
    expect(failure(() => pathLawScaled(4n, [1n, 2n], 2, { onProgress: 'x' as never }))).toBe(
      'InvalidParameterError:options.onProgress',
    );
  });
  vtest("C1's closed forms by hand", () => {
    // T = 2, p = 1/4, s = 2: Σ (−1)^k C(2,k)(1 − k/4)^2 = 1 − 2·9/16 + 1/4 = 1/8
    expect(pureDeathZeroProbIE(2, q(1, 4), 2).toString()).toBe('1/8');
    expect(pureDeathZeroProbIE(2, q(1, 4), 0).toString()).toBe('0/1');
    expect(pureDeathZeroProbIE(1, q(1, 3), 1).toString()).toBe('1/3');
    expect(independentClocksZeroProb(2, q(1, 4), 2).toString()).toBe(`${7 * 7}/${16 * 16}`);
    expect(failure(() => pureDeathZeroProbIE(0, q(1, 4), 2))).toBe('InvalidParameterError:T');
    expect(failure(() => pureDeathZeroProbIE(2, q(1, 4), -1))).toBe('InvalidParameterError:s');
    expect(failure(() => pureDeathZeroProbIE(2, q(5, 4), 1))).toBe('InvalidParameterError:p');
    expect(failure(() => pureDeathZeroProbIE(2, q(-1, 4), 1))).toBe('InvalidParameterError:p');
    expect(failure(() => pureDeathZeroProbIE(2, q(1), 1))).toBe('no error');
  });
});

describe('bin probabilities', () => {
  const D70 = Decimal.clone({ precision: 70 });
  const atanRef = (x: Rational) => D70.atan(new D70(x.num.toString()).div(x.den.toString()));
  const PI = D70.acos(-1);
  vtest('Cauchy bin masses enclose (atan hi − atan lo)/π; p̄ is an upper bound on the 2^−40 grid', () => {
    for (const T of [1, 2, 3, 7]) {
      const ms = binMasses(T);
      expect(ms.length).toBe(T);
      ms.forEach((m, k) => {
        const lo = q(-1).add(q(2 * k, T)),
          hi = q(-1).add(q(2 * k + 2, T));
        const ref = Rational.parse(atanRef(hi).minus(atanRef(lo)).div(PI).toFixed(60));
        const slack = q(1, 10n ** 55n);
        expect(m.lo.le(ref.add(slack)) && ref.sub(slack).le(m.hi), `T = ${T}, k = ${k + 1}`).toBe(true);
        expect(m.width().lt(q(1, 10n ** 25n))).toBe(true);
      });
      const pb = pBarOf(ms);
      const maxHi = ms.reduce((a, m) => a.max(m.hi), Rational.ZERO);
      expect(pb.ge(maxHi) && pb.sub(maxHi).lt(q(1, 2 ** 40))).toBe(true);
      expect(pb.mul(q(2 ** 40)).isInteger()).toBe(true);
    }
    expect(
      binMasses(2)[0]!.contains(q(1, 4)) ||
        binMasses(2)[0]!
          .lo.sub(q(1, 4))
          .abs()
          .lt(q(1, 10n ** 25n)),
    ).toBe(true);
    expect(failure(() => binMasses(0))).toBe('InvalidParameterError:T');
    expect(failure(() => binMasses(10_001))).toBe('InvalidParameterError:T');
  });
  /** P(every bin hit by s independent draws) = Σ_K (−1)^|K| (1 − Σ_K p)^s over all subsets K, exactly. */
  const exactAllHit = (ps: readonly Rational[], s: number): Rational => {
    let acc = Rational.ZERO;
    for (let K = 0; K < 1 << ps.length; K++) {
      let mass = Rational.ZERO,
        size = 0;
      ps.forEach((p, k) => {
        if ((K >> k) & 1) {
          mass = mass.add(p);
          size++;
        }
      });
      const term = Rational.ONE.sub(mass).pow(s);
      acc = size % 2 === 0 ? acc.add(term) : acc.sub(term);
    }
    return acc;
  };
  test.prop(
    [
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 25 }),
    ],
    { numRuns: runs(60) },
  )('allBinsHitEnclosure contains exact inclusion–exclusion for symmetric rational masses', (half, odd, s) => {
    const pairsP = half.map((n) => q(n, 60));
    const ps = [...pairsP, ...(odd ? [q(1, 30)] : []), ...[...pairsP].reverse()];
    const e = allBinsHitEnclosure(
      ps.map((p) => Interval.point(p)),
      s,
    );
    const exact = exactAllHit(ps, s);
    const clamped = exact.max(Rational.ZERO).min(Rational.ONE);
    expect(e.contains(clamped), `${e} ∌ ${exact}`).toBe(true);
    expect(e.width().lt(q(1, 10n ** 60n))).toBe(true);
  });
  vtest('allBinsHitEnclosure: hand value, interval masses, symmetry check', () => {
    // two bins of mass 1/2: P(both hit in 2 draws) = 1/2
    const e = allBinsHitEnclosure([Interval.point(q(1, 2)), Interval.point(q(1, 2))], 2);
    expect(e.contains(q(1, 2)) && e.width().lt(q(1, 10n ** 60n))).toBe(true);
    // masses given as intervals: the result encloses every choice inside them
    const wide = allBinsHitEnclosure([new Interval(q(1, 5), q(1, 4)), new Interval(q(1, 5), q(1, 4))], 3);
    for (const p of [q(1, 5), q(2, 9), q(1, 4)]) expect(wide.contains(exactAllHit([p, p], 3))).toBe(true);
    expect(wide.lo.lt(exactAllHit([q(1, 5), q(1, 5)], 3).add(q(1, 10n ** 60n)))).toBe(true);
    expect(failure(() => allBinsHitEnclosure([Interval.point(q(1, 2)), Interval.point(q(1, 3))], 2))).toBe(
      'InvalidParameterError:masses',
    );
    expect(failure(() => allBinsHitEnclosure([], 2))).toBe('InvalidParameterError:T');
    expect(failure(() => allBinsHitEnclosure([Interval.point(q(1))], -1))).toBe('InvalidParameterError:s');
  });
  test.prop([fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 })], {
    numRuns: runs(60),
  })('pureDeathZeroProbEnclosure contains the exact C1 sum (T·p ≤ 1)', (T, den, s) => {
    const p = q(1, Math.max(T, den));
    const e = pureDeathZeroProbEnclosure(T, p, s);
    expect(e.contains(pureDeathZeroProbIE(T, p, s))).toBe(true);
    expect(e.width().lt(q(1, 10n ** 60n))).toBe(true);
  });
  vtest('familiesAtZero: the product of m families and the chain bound', () => {
    const { product, chainBound } = familiesAtZero(2, 3, 2);
    const one = allBinsHitEnclosure(binMasses(2), 3);
    expect(product.lo.le(one.lo.pow(2)) && product.hi.ge(one.hi.pow(2))).toBe(true);
    expect(product.width().lt(q(1, 10n ** 20n))).toBe(true);
    // two bins [−1, 0], [0, 1] of Cauchy mass 1/4 each: P(both hit in 3 draws) = 1 − 2·(3/4)^3 + (1/2)^3 = 9/32
    expect(one.contains(q(9, 32))).toBe(true);
    expect(product.contains(q(81, 1024))).toBe(true);
    expect(chainBound.eq(pureDeathZeroProbIE(2, pBarOf(binMasses(2)), 3).pow(2))).toBe(true);
    expect(failure(() => familiesAtZero(2, 3, 0))).toBe('InvalidParameterError:m');
  });
});
