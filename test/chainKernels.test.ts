/**
 * The integer chain kernels against independent references: the scaled step law (integers over L^s,
 * no gcd per step) against a step-by-step law in reduced rationals and against brute-force path
 * enumeration; C1's integer inclusion–exclusion sum against the same sum in reduced rationals and
 * against the pure-death chain's law; the divided-difference kernel (pure-death and pure-birth
 * chains) against the stepping kernel, integer for integer, with every division checked exact, and
 * against C1's closed form on the paper's chain; the fallback to stepping on repeated stays.
 */
import { describe, expect, it } from 'vitest';
import { test, fc } from './propTest.js';
import { BirthDeathChain, pureDeathChain, pureDeathZeroProbIE, binomial } from '../src/chain/BirthDeathChain.js';
import { pathLawScaled, pathLawApplies, pathLawNodes } from '../src/chain/pureDeathLaw.js';
import { InvalidParameterError } from '../src/errors.js';
import { Rational, q } from '../src/exact/Rational.js';

/** A chain on {0..T} with rational λ_b, μ_b (denominators ≤ 12), λ_T = μ_0 = 0, λ_b + μ_b ≤ 1. */
const chainArb = fc.integer({ min: 1, max: 6 }).chain((T) =>
  fc
    .array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })),
      { minLength: T + 1, maxLength: T + 1 },
    )
    .map((rows) => {
      const lambda: Rational[] = [],
        mu: Rational[] = [];
      rows.forEach(([den, a, b], i) => {
        const l = i === T ? 0 : Math.min(a, den),
          m = i === 0 ? 0 : Math.min(b, den - l);
        lambda.push(q(l, den));
        mu.push(q(m, den));
      });
      return new BirthDeathChain(T, lambda, mu);
    }),
);

/** The law after s steps by reduced rational arithmetic, one step at a time (the pre-integer kernel). */
function rationalLaw(c: BirthDeathChain, start: number, s: number): Rational[] {
  let v = Array.from({ length: c.T + 1 }, (_, b) => (b === start ? Rational.ONE : Rational.ZERO));
  for (let k = 0; k < s; k++) {
    v = v.map((_, b) => {
      let x = v[b]!.mul(Rational.ONE.sub(c.lambda[b]!).sub(c.mu[b]!));
      if (b > 0) x = x.add(v[b - 1]!.mul(c.lambda[b - 1]!));
      if (b < c.T) x = x.add(v[b + 1]!.mul(c.mu[b + 1]!));
      return x;
    });
  }
  return v;
}

/** The law after s steps by enumerating every path of moves (−1, 0, +1). */
function pathLaw(c: BirthDeathChain, start: number, s: number): Rational[] {
  const out = Array.from({ length: c.T + 1 }, () => Rational.ZERO);
  const walk = (b: number, k: number, pr: Rational): void => {
    if (pr.isZero()) return;
    if (k === s) {
      out[b] = out[b]!.add(pr);
      return;
    }
    walk(b, k + 1, pr.mul(Rational.ONE.sub(c.lambda[b]!).sub(c.mu[b]!)));
    if (b < c.T) walk(b + 1, k + 1, pr.mul(c.lambda[b]!));
    if (b > 0) walk(b - 1, k + 1, pr.mul(c.mu[b]!));
  };
  walk(start, 0, Rational.ONE);
  return out;
}

describe('integer chain kernels', () => {
  test.prop([chainArb, fc.nat(), fc.integer({ min: 0, max: 25 })], { numRuns: 150 })(
    'the scaled law equals the reduced-rational step law, and its integers sum to L^s',
    (c, st, s) => {
      const start = st % (c.T + 1);
      const { num, den } = c.distributionScaled(start, s);
      expect(num.reduce((a, x) => a + x, 0n)).toBe(den);
      const ref = rationalLaw(c, start, s);
      num.forEach((x, b) => expect(Rational.of(x, den).eq(ref[b]!)).toBe(true));
    },
  );
  test.prop([chainArb, fc.nat(), fc.integer({ min: 0, max: 7 })], { numRuns: 60 })(
    'the law equals brute-force path enumeration',
    (c, st, s) => {
      const start = st % (c.T + 1);
      const law = c.distributionAt(start, s),
        ref = pathLaw(c, start, s);
      law.forEach((x, b) => expect(x.eq(ref[b]!)).toBe(true));
    },
  );
  test.prop([fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 120 })], {
    numRuns: 80,
  })("C1's integer inclusion–exclusion equals the reduced-rational sum and the pure-death law", (T, den, s) => {
    const p = q(1, Math.max(den, T)); // T·p ≤ 1
    const ie = pureDeathZeroProbIE(T, p, s);
    let ref = Rational.ZERO;
    for (let k = 0; k <= T; k++) {
      const term = Rational.of(binomial(T, k)).mul(Rational.ONE.sub(Rational.of(k).mul(p)).pow(s));
      ref = k % 2 === 0 ? ref.add(term) : ref.sub(term);
    }
    expect(ie.eq(ref)).toBe(true);
    if (s <= 60) expect(ie.eq(pureDeathChain(T, p).distributionAt(T, s)[0]!)).toBe(true);
  });
  test.prop([
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 1, max: 50 }),
    fc.integer({ min: 0, max: 30 }),
  ])("C1's sum for p with k·p > 1 for some k (signed terms) equals the reduced-rational sum", (T, a, b, s) => {
    const p = q(Math.min(a, b), b);
    let ref = Rational.ZERO;
    for (let k = 0; k <= T; k++) {
      const term = Rational.of(binomial(T, k)).mul(Rational.ONE.sub(Rational.of(k).mul(p)).pow(s));
      ref = k % 2 === 0 ? ref.add(term) : ref.sub(term);
    }
    expect(pureDeathZeroProbIE(T, p, s).eq(ref)).toBe(true);
  });
  test.prop([fc.constantFrom(-1, 1.5, NaN)])('pureDeathZeroProbIE rejects a bad T with a typed error', (T) => {
    expect(() => pureDeathZeroProbIE(T, q(1, 4), 3)).toThrow(/parameter 'T'/);
  });
});

/**
 * A one-way chain on {0..T}: rates a_b/den_b, den_b ≤ 8 (about one in eight 0, many equal, some 1) on one side
 * (μ for pure death, λ for pure birth), the other side 0, so the kernel sees distinct, repeated,
 * zero (absorbing) and full (stay 0) moves.
 */
const oneWayArb = (dir: 'death' | 'birth') =>
  fc.integer({ min: 1, max: 9 }).chain((T) =>
    fc
      .array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 7 })), {
        minLength: T + 1,
        maxLength: T + 1,
      })
      .map((rows) => {
        const zero = Array.from({ length: T + 1 }, () => Rational.ZERO);
        const side = rows.map(([den, a, roll], b) =>
          (dir === 'death' ? b === 0 : b === T) || roll === 0 ? Rational.ZERO : q(Math.min(a, den), den),
        );
        return dir === 'death' ? new BirthDeathChain(T, zero, side) : new BirthDeathChain(T, side, zero);
      }),
  );
/** Like {@link oneWayArb}, but with pairwise distinct non-zero rates k/den (den ≤ 40), so the kernel applies from every start. */
const distinctOneWayArb = (dir: 'death' | 'birth') =>
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 12, max: 40 })).chain(([T, den]) =>
    fc
      .shuffledSubarray(
        Array.from({ length: den }, (_, k) => k + 1),
        { minLength: T, maxLength: T },
      )
      .map((ks) => {
        const zero = Array.from({ length: T + 1 }, () => Rational.ZERO);
        const rates = ks.map((k) => q(k, den));
        const side = dir === 'death' ? [Rational.ZERO, ...rates] : [...rates, Rational.ZERO];
        return dir === 'death' ? new BirthDeathChain(T, zero, side) : new BirthDeathChain(T, side, zero);
      }),
  );

const sameLaw = (a: { num: bigint[]; den: bigint }, b: { num: bigint[]; den: bigint }) => {
  expect(a.den).toBe(b.den);
  expect(a.num).toEqual(b.num);
};

/** The path chain stepped directly: stay with stay[t]/L, else move to t + 1 (mass leaving node r dropped). */
function pathStep(L: bigint, stay: readonly bigint[], s: number): bigint[] {
  let v: bigint[] = stay.map((_, t) => (t === 0 ? 1n : 0n));
  for (let k = 0; k < s; k++) v = v.map((x, t) => x * stay[t]! + (t > 0 ? v[t - 1]! * (L - stay[t - 1]!) : 0n));
  return v;
}

describe('the divided-difference kernel', () => {
  for (const dir of ['death', 'birth'] as const) {
    test.prop([distinctOneWayArb(dir), fc.nat(), fc.integer({ min: 0, max: 60 })], { numRuns: 60 })(
      `pure ${dir}, distinct stays: the divided-difference law equals the stepping law integer for integer and sums to L^s`,
      (c, st, s) => {
        const start = st % (c.T + 1);
        const plan = c.lawPlan(start, s);
        expect(plan.kernel).toBe('divided-difference');
        const dd = c.distributionScaled(start, s, { kernel: 'divided-difference' });
        sameLaw(dd, c.distributionScaled(start, s, { kernel: 'step' }));
        sameLaw(c.distributionScaled(start, s), dd);
        expect(dd.num.reduce((a, x) => a + x, 0n)).toBe(dd.den);
        expect(dd.num.every((x) => x >= 0n)).toBe(true);
        // nothing moves further than s states, nor past an absorbing state
        expect(plan.nodes).toBeLessThanOrEqual(Math.min(s + 1, dir === 'death' ? start + 1 : c.T - start + 1));
        dd.num.forEach((x, b) => {
          if (Math.abs(b - start) >= plan.nodes || (dir === 'death' ? b > start : b < start)) expect(x).toBe(0n);
        });
      },
    );
    test.prop([oneWayArb(dir), fc.nat(), fc.integer({ min: 0, max: 40 })], { numRuns: 80 })(
      `pure ${dir}, any rates (zeros, repeats, 1): 'auto' equals 'step'; 'divided-difference' applies exactly when the reachable stays are distinct`,
      (c, st, s) => {
        const start = st % (c.T + 1);
        const step = c.distributionScaled(start, s, { kernel: 'step' });
        sameLaw(c.distributionScaled(start, s), step);
        if (c.lawPlan(start, s).kernel === 'divided-difference')
          sameLaw(c.distributionScaled(start, s, { kernel: 'divided-difference' }), step);
        else
          expect(() => c.distributionScaled(start, s, { kernel: 'divided-difference' })).toThrow(
            /parameter 'kernel'.*repeated stay/,
          );
      },
    );
  }
  test.prop(
    [
      fc.bigInt({ min: 1n, max: 60n }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 0, max: 50 }),
    ],
    { numRuns: 150 },
  )(
    'pathLawScaled equals the path chain stepped directly, every division exact, or refuses repeated stays among the nodes that matter',
    (L, raw, s) => {
      const stay = raw.map((x) => BigInt(x) % (L + 1n));
      const m = pathLawNodes(L, stay, s) - 1;
      expect(m).toBe(Math.min(stay.length - 1, s, ...stay.map((y, u) => (y === L ? u : Infinity))));
      const last = m === s ? m - 1 : m; // node s never stays
      const distinct = new Set(stay.slice(0, last + 1)).size === last + 1;
      expect(pathLawApplies(L, stay, s)).toBe(distinct);
      if (!distinct) {
        expect(() => pathLawScaled(L, stay, s)).toThrow(InvalidParameterError);
        return;
      }
      expect(pathLawScaled(L, stay, s, { checkExact: true })).toEqual(pathStep(L, stay, s));
    },
  );
  test.prop(
    [
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: -3, max: 3 }).filter((g) => g !== 0),
    ],
    { numRuns: 60 },
  )(
    'equally spaced stays (forward differences, one division per state) agree with stepping, for either sign of the gap',
    (n, step, s, g) => {
      const L = BigInt(70 + 3 * n * step);
      const stay = Array.from({ length: n + 1 }, (_, t) => BigInt(60 + g * t * step)).map((y) => (y < 0n ? 0n : y));
      if (!pathLawApplies(L, stay, s)) return;
      expect(pathLawScaled(L, stay, s, { checkExact: true })).toEqual(pathStep(L, stay, s));
    },
  );
  it('boundary cases: s = 0, start = 0, s < start, an absorbing state inside, μ = 1 (stay 0), T = 1', () => {
    const c = pureDeathChain(6, q(1, 6)); // μ_6 = 1: stay 0 at the top
    for (const [start, s] of [
      [6, 0],
      [0, 5],
      [6, 3],
      [6, 6],
      [6, 7],
      [3, 2],
      [1, 1],
    ] as const) {
      expect(c.lawPlan(start, s).kernel).toBe('divided-difference');
      sameLaw(
        c.distributionScaled(start, s, { kernel: 'divided-difference' }),
        c.distributionScaled(start, s, { kernel: 'step' }),
      );
    }
    expect(c.distributionAt(0, 5).map(String)).toEqual(['1/1', '0/1', '0/1', '0/1', '0/1', '0/1', '0/1']);
    expect(c.distributionAt(6, 1).map(String)).toEqual(['0/1', '0/1', '0/1', '0/1', '0/1', '1/1', '0/1']);
    expect(c.lawPlan(6, 3).nodes).toBe(4);
    expect(c.lawPlan(0, 5).nodes).toBe(1);
    // μ_3 = 0 inside: from 5 the chain stops at 3; stays 1/2, 3/4 and 1 are distinct
    const z = new BirthDeathChain(5, Array(6).fill(Rational.ZERO), [q(0), q(1, 4), q(1, 4), q(0), q(1, 4), q(1, 2)]);
    expect(z.lawPlan(5, 10)).toEqual({ kernel: 'divided-difference', nodes: 3 });
    sameLaw(z.distributionScaled(5, 10), z.distributionScaled(5, 10, { kernel: 'step' }));
    // from 2 the stays 3/4, 3/4 repeat: stepping
    expect(z.lawPlan(2, 10).kernel).toBe('step');
    expect(z.lawPlan(2, 1)).toEqual({ kernel: 'divided-difference', nodes: 2 }); // within one step only one stay matters
    const one = new BirthDeathChain(1, [q(1, 3), q(0)], [q(0), q(0)]);
    expect(one.distributionAt(0, 2).map(String)).toEqual(['4/9', '5/9']);
    expect(one.lawPlan(0, 2)).toEqual({ kernel: 'divided-difference', nodes: 2 });
  });
  it("one way from the start is enough: a chain that moves both ways elsewhere, but only down from the start's side", () => {
    // λ > 0 only at 3 and 4; from start 2 the chain only moves down
    const c = new BirthDeathChain(
      5,
      [q(0), q(0), q(0), q(1, 5), q(1, 7), q(0)],
      [q(0), q(1, 3), q(1, 2), q(1, 4), q(1, 6), q(1, 8)],
    );
    expect(c.lawPlan(2, 9).kernel).toBe('divided-difference');
    expect(c.lawPlan(4, 9).kernel).toBe('step');
    expect(c.lawPlan(3, 0).kernel).toBe('divided-difference'); // s = 0: the point mass
    for (const start of [0, 1, 2, 3, 4, 5])
      sameLaw(c.distributionScaled(start, 9), c.distributionScaled(start, 9, { kernel: 'step' }));
    expect(() => c.distributionScaled(4, 9, { kernel: 'divided-difference' })).toThrow(/parameter 'kernel'.*both ways/);
  });
  it("the paper's chain μ_b = b·p: P(B_s = 0) equals C1's closed form (T = 200, p = 1/320, s = 2,000) and the law sums to 1", () => {
    const c = pureDeathChain(200, q(1, 320));
    expect(c.lawPlan(200, 2000)).toEqual({ kernel: 'divided-difference', nodes: 201 });
    const { num, den } = c.distributionScaled(200, 2000);
    expect(Rational.of(num[0]!, den).eq(pureDeathZeroProbIE(200, q(1, 320), 2000))).toBe(true);
    expect(num.reduce((a, x) => a + x, 0n)).toBe(den);
    expect(num.every((x) => x > 0n)).toBe(true);
    // a start below T: C1's sum with T replaced by the start
    const low = c.distributionScaled(37, 150);
    expect(Rational.of(low.num[0]!, low.den).eq(pureDeathZeroProbIE(37, q(1, 320), 150))).toBe(true);
  });
  it('progress: columns for divided differences, every 64th step for stepping', () => {
    const c = pureDeathChain(10, q(1, 10));
    const dd: [number, number][] = [],
      st: [number, number][] = [];
    c.distributionScaled(10, 200, { onProgress: (d, t) => dd.push([d, t]) });
    c.distributionScaled(10, 200, { kernel: 'step', onProgress: (d, t) => st.push([d, t]) });
    expect(dd).toEqual(Array.from({ length: 11 }, (_, k) => [k + 1, 11]));
    expect(st).toEqual([
      [64, 200],
      [128, 200],
      [192, 200],
    ]);
  });
});
