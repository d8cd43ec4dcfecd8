/**
 * # Birth–death chain kernels against the plain rational stepping
 *
 * The reference is the definition itself, written here with no shared code: the law after s steps by
 * s products v ← v·P over `Rational`s, the exit probabilities and times by Gaussian elimination of
 * their linear systems. Compared exactly with both kernels ('step' and 'divided-difference', and
 * what 'auto' picks) on chains built to reach every branch: pure death and pure birth from every
 * start (paths ending at an absorbing state or after s moves), chains that move both ways, chains
 * with equal stay probabilities (where the divided differences do not apply), s = 0 and the progress
 * callbacks; gambler's-ruin closed forms and the inclusion–exclusion law of the pure-death chain
 * against the chain.
 */
import { describe, expect, test } from 'vitest';
import { Rational, q } from '../../src/exact/Rational.js';
import { pathLawApplies, pathLawNodes, pathLawScaled } from '../../src/chain/pureDeathLaw.js';
import {
  BirthDeathChain,
  constantChain,
  gamblersRuinDuration,
  gamblersRuinUp,
  pureDeathChain,
  pureDeathZeroProbIE,
  binomial,
  independentClocksZeroProb,
} from '../../src/chain/BirthDeathChain.js';

/** The law of B_s from `start` by s plain steps over rationals. */
function stepRef(c: BirthDeathChain, start: number, s: number): Rational[] {
  let v = Array.from({ length: c.T + 1 }, (_, b) => (b === start ? Rational.ONE : Rational.ZERO));
  for (let t = 0; t < s; t++) {
    const w = v.map(() => Rational.ZERO);
    for (let b = 0; b <= c.T; b++) {
      const l = c.lambda[b]!,
        m = c.mu[b]!;
      w[b] = w[b]!.add(v[b]!.mul(Rational.ONE.sub(l).sub(m)));
      if (b < c.T) w[b + 1] = w[b + 1]!.add(v[b]!.mul(l));
      if (b > 0) w[b - 1] = w[b - 1]!.add(v[b]!.mul(m));
    }
    v = w;
  }
  return v;
}

/** Solve A x = r by Gaussian elimination over rationals (A square, non-singular). */
function gauss(A: Rational[][], r: Rational[]): Rational[] {
  const n = r.length;
  const M = A.map((row, i) => [...row, r[i]!]);
  for (let col = 0; col < n; col++) {
    const piv = M.findIndex((row, i) => i >= col && !row[col]!.isZero());
    [M[col], M[piv]] = [M[piv]!, M[col]!];
    for (let i = 0; i < n; i++) {
      if (i === col || M[i]![col]!.isZero()) continue;
      const f = M[i]![col]!.div(M[col]![col]!);
      M[i] = M[i]!.map((x, k) => x.sub(f.mul(M[col]![k]!)));
    }
  }
  return M.map((row, i) => row[n]!.div(row[i]!));
}

/** h_b = P_b(hit hi before lo) and e_b = E_b[exit time] for lo < b < hi, from the one-step equations. */
function exitRef(c: BirthDeathChain, lo: number, hi: number): { h: Rational[]; e: Rational[] } {
  const n = hi - lo - 1;
  const A = Array.from({ length: n }, () => Array.from({ length: n }, () => Rational.ZERO));
  const rh: Rational[] = [],
    re: Rational[] = [];
  for (let t = 0; t < n; t++) {
    const j = lo + 1 + t,
      l = c.lambda[j]!,
      m = c.mu[j]!;
    // x_j = l x_{j+1} + m x_{j−1} + (1 − l − m) x_j + g  ⟺  (l + m) x_j − l x_{j+1} − m x_{j−1} = g
    A[t]![t] = l.add(m);
    if (t + 1 < n) A[t]![t + 1] = l.neg();
    if (t > 0) A[t]![t - 1] = m.neg();
    rh.push(t === n - 1 ? l : Rational.ZERO); // h_hi = 1, h_lo = 0
    re.push(Rational.ONE);
  }
  return { h: gauss(A, rh), e: gauss(A, re) };
}

const chain = (lam: Rational[], mu: Rational[]) => new BirthDeathChain(lam.length - 1, lam, mu);
const Z = Rational.ZERO;
const CHAINS: [string, BirthDeathChain][] = [
  // pure death, distinct stays: divided differences apply from every start
  ['pure death', pureDeathChain(6, q(1, 7))],
  // pure birth to T, distinct stays, absorbing at T
  ['pure birth', chain([q(1, 2), q(1, 3), q(1, 5), q(2, 7), q(1, 11), Z], [Z, Z, Z, Z, Z, Z])],
  // pure death with two equal stays: 'step' only
  ['equal stays', chain([Z, Z, Z, Z, Z], [Z, q(1, 4), q(1, 4), q(1, 2), q(1, 3)])],
  // both ways
  [
    'both ways',
    chain([q(1, 3), q(1, 4), q(2, 5), q(1, 6), q(1, 2), Z], [Z, q(1, 5), q(1, 3), q(1, 7), q(1, 4), q(3, 8)]),
  ],
  // birth only below 2, death only above: one-way from every start, ending at state 2
  ['death above 2', chain([q(1, 2), q(1, 3), Z, Z, Z, Z], [Z, Z, Z, q(1, 5), q(2, 9), q(1, 3)])],
  ['constant', constantChain(5, q(2, 7), q(1, 5))],
];

describe('the law of B_s: both kernels against plain rational stepping', () => {
  test('every start, s = 0 … 9; kernel auto, step and (where it applies) divided-difference; the plan', () => {
    for (const [name, c] of CHAINS)
      for (let start = 0; start <= c.T; start++)
        for (const s of [0, 1, 2, 5, 9]) {
          const ref = stepRef(c, start, s);
          const label = `${name}, start ${start}, s = ${s}`;
          const { num, den } = c.distributionScaled(start, s);
          const L = c.lambda.concat(c.mu).reduce((a, x) => (a * x.den) / gcdB(a, x.den), 1n);
          expect(den, label).toBe(L ** BigInt(s));
          num.forEach((x, b) => {
            if (!Rational.of(x, den).eq(ref[b]!)) expect.fail(`${label}: P(B_s = ${b})`);
          });
          const step = c.distributionAt(start, s, { kernel: 'step' });
          step.forEach((x, b) => {
            if (!x.eq(ref[b]!)) expect.fail(`${label}: step kernel at ${b}`);
          });
          const plan = c.lawPlan(start, s);
          if (plan.kernel === 'divided-difference') {
            const dd = c.distributionAt(start, s, { kernel: 'divided-difference' });
            dd.forEach((x, b) => {
              if (!x.eq(ref[b]!)) expect.fail(`${label}: divided differences at ${b}`);
            });
            // the states it works on: those reachable in s moves along the one-way path
            const reach = ref.filter((x, b) => !x.isZero() || b === start).length;
            expect(plan.nodes, label).toBeGreaterThanOrEqual(reach);
            expect(plan.nodes, label).toBeLessThanOrEqual(Math.min(s + 1, c.T + 1));
          } else {
            expect(plan.nodes, label).toBe(c.T + 1);
            if (name !== 'pure death' && name !== 'pure birth')
              expect(() => c.distributionAt(start, s, { kernel: 'divided-difference' }), label).toThrow(
                /parameter 'kernel'/,
              );
          }
        }
  });
  test('which kernel auto picks', () => {
    const kinds = (c: BirthDeathChain, s: number) =>
      Array.from({ length: c.T + 1 }, (_, b) => c.lawPlan(b, s).kernel[0]).join('');
    expect(kinds(CHAINS[0]![1], 5)).toBe('ddddddd');
    expect(kinds(CHAINS[1]![1], 5)).toBe('dddddd');
    expect(kinds(CHAINS[2]![1], 5)).toBe('ddsss'); // from 0, 1 the path never meets the equal stays 1/4, 1/4 … except state 1 → 0
    expect(kinds(CHAINS[3]![1], 5)).toBe('ssssss');
    expect(kinds(CHAINS[4]![1], 5)).toBe('dddddd'); // up to 2 from below, down to 2 from above
    expect(CHAINS[4]![1].lawPlan(5, 2)).toEqual({ kernel: 'divided-difference', nodes: 3 });
    expect(CHAINS[4]![1].lawPlan(5, 9)).toEqual({ kernel: 'divided-difference', nodes: 4 }); // 5, 4, 3, 2 (2 has no move down)
    expect(CHAINS[0]![1].lawPlan(6, 2)).toEqual({ kernel: 'divided-difference', nodes: 3 });
    expect(CHAINS[0]![1].lawPlan(6, 0)).toEqual({ kernel: 'divided-difference', nodes: 1 });
    // one-way for the first s steps only (state 2 has a birth): the walk stops after s moves
    const later = chain([q(1, 2), q(1, 3), q(1, 4), Z, Z, Z], [Z, q(1, 5), q(1, 6), q(1, 7), q(2, 9), q(1, 3)]);
    expect(later.lawPlan(5, 2)).toEqual({ kernel: 'divided-difference', nodes: 3 });
    expect(later.lawPlan(5, 4).kernel).toBe('step'); // the 4th move could go back up from state 2
    expect(later.distributionAt(5, 2).map(String)).toEqual(stepRef(later, 5, 2).map(String));
  });
  test('progress: every 64th step for step, every column for divided differences', () => {
    const c = CHAINS[3]![1];
    const calls: [number, number][] = [];
    c.distributionScaled(2, 130, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [64, 130],
      [128, 130],
    ]);
    const dd: [number, number][] = [];
    CHAINS[0]![1].distributionScaled(6, 4, { onProgress: (d, t) => dd.push([d, t]) });
    expect(dd.length).toBeGreaterThan(0);
    expect(dd.at(-1)![0]).toBe(dd.at(-1)![1]);
    for (let i = 1; i < dd.length; i++) expect(dd[i]![0]).toBe(dd[i - 1]![0] + 1);
  });
});

function gcdB(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

describe('exit probabilities and times against Gaussian elimination; closed forms', () => {
  test('every interval [lo, hi] of the both-ways and constant chains, every b inside', () => {
    for (const [name, c] of [CHAINS[3]!, CHAINS[5]!])
      for (let lo = 0; lo <= c.T; lo++)
        for (let hi = lo + 2; hi <= c.T; hi++) {
          const interior = Array.from({ length: hi - lo - 1 }, (_, t) => lo + 1 + t);
          if (interior.some((j) => c.lambda[j]!.isZero() || c.mu[j]!.isZero())) {
            expect(() => c.exitProbabilityUp(interior[0]!, lo, hi)).toThrow(/parameter 'lambda\[\d+\], mu\[\d+\]'/);
            continue;
          }
          const ref = exitRef(c, lo, hi);
          interior.forEach((b, t) => {
            expect(c.exitProbabilityUp(b, lo, hi).eq(ref.h[t]!), `${name} ${lo} < ${b} < ${hi}`).toBe(true);
            expect(c.expectedExitTime(b, lo, hi).eq(ref.e[t]!), `${name} ${lo} < ${b} < ${hi}`).toBe(true);
          });
        }
  });
  test("gambler's ruin closed forms equal the chain (biased and fair), and bad intervals are typed errors", () => {
    for (const [l, m] of [
      [q(2, 7), q(1, 5)],
      [q(1, 4), q(1, 4)],
      [q(1, 9), q(1, 3)],
    ] as const) {
      const c = constantChain(7, l, m);
      for (const [b, lo, hi] of [
        [1, 0, 2],
        [3, 1, 6],
        [5, 0, 7],
        [2, 1, 7],
      ] as const) {
        expect(gamblersRuinUp(l, m, b, lo, hi).eq(c.exitProbabilityUp(b, lo, hi))).toBe(true);
        expect(gamblersRuinDuration(l, m, b, lo, hi).eq(c.expectedExitTime(b, lo, hi))).toBe(true);
      }
    }
    const c = constantChain(7, q(1, 4), q(1, 4));
    expect(() => c.exitProbabilityUp(1, 1, 2)).toThrow(/BirthDeathChain.exitProbabilityUp: parameter 'hi'/);
    expect(() => c.exitProbabilityUp(1, 1, 3)).toThrow(/BirthDeathChain.exitProbabilityUp: parameter 'b'/);
    expect(() => c.expectedExitTime(3, -1, 4)).toThrow(/BirthDeathChain.expectedExitTime: parameter 'lo'/);
    expect(() => c.expectedExitTime(3, 2, 8)).toThrow(/BirthDeathChain.expectedExitTime: parameter 'hi'/);
  });
});

describe('pure death: inclusion–exclusion against the chain; binomials', () => {
  test('P(B_s = 0 | B_0 = T) by inclusion–exclusion equals the chain; the independent-clocks formula is its own thing', () => {
    for (const [T, p] of [
      [1, q(1, 2)],
      [3, q(1, 5)],
      [6, q(1, 7)],
      [4, q(0)],
      [2, q(1, 2)],
    ] as const)
      for (const s of [0, 1, 4, 11]) {
        const ref = stepRef(pureDeathChain(T, p), T, s)[0]!;
        expect(pureDeathZeroProbIE(T, p, s).eq(ref), `T = ${T}, p = ${p}, s = ${s}`).toBe(true);
      }
    expect(independentClocksZeroProb(3, q(1, 5), 4).eq(Rational.ONE.sub(q(4, 5).pow(4)).pow(3))).toBe(true);
    expect(() => pureDeathZeroProbIE(0, q(1, 2), 1)).toThrow(/pureDeathZeroProbIE: parameter 'T'/);
    expect(() => pureDeathZeroProbIE(2, q(1, 2), -1)).toThrow(/pureDeathZeroProbIE: parameter 's'/);
    for (const bad of [q(-1, 2), q(3, 2)])
      expect(() => pureDeathZeroProbIE(2, bad, 1)).toThrow(/pureDeathZeroProbIE: parameter 'p'/);
  });
  test('binomial(n, k) against Pascal', () => {
    let row = [1n];
    for (let n = 0; n <= 30; n++) {
      for (let k = -1; k <= n + 1; k++) expect(binomial(n, k)).toBe(k < 0 || k > n ? 0n : row[k]!);
      row = [1n, ...row.slice(1).map((x, i) => x + row[i]!), 1n];
    }
  });
});

describe('constructor and options are validated, naming the parameter', () => {
  test('bad chains, starts, steps and options', () => {
    expect(() => chain([q(1, 2), Z], [Z, q(1, 2)])).not.toThrow();
    expect(() => chain([q(1, 2), q(1, 3)], [Z, q(1, 2)])).toThrow(/parameter 'lambda\[1\]'/);
    expect(() => chain([q(1, 2), Z], [q(1, 3), q(1, 2)])).toThrow(/parameter 'mu\[0\]'/);
    expect(() => chain([q(3, 4), Z], [Z, q(1, 2)]).distributionAt(0, 1)).not.toThrow();
    expect(() => chain([q(1, 2), Z, Z], [Z, q(2, 3), q(1, 2)])).not.toThrow();
    expect(() => new BirthDeathChain(2, [q(1, 2), q(2, 3), Z], [Z, q(1, 2), q(1, 2)])).toThrow(
      /parameter 'lambda\[1\] \+ mu\[1\]'/,
    );
    expect(() => new BirthDeathChain(2, [q(-1, 2), Z, Z], [Z, Z, Z])).toThrow(/parameter 'lambda\[0\]'/);
    expect(() => new BirthDeathChain(2, [Z, Z, Z], [Z, q(3, 2), Z])).toThrow(/parameter 'mu\[1\]'/);
    expect(() => new BirthDeathChain(2, [Z, Z], [Z, Z, Z])).toThrow(/parameter 'lambda'/);
    expect(() => new BirthDeathChain(2, [Z, Z, Z], [Z, Z])).toThrow(/parameter 'mu'/);
    expect(() => new BirthDeathChain(0, [Z], [Z])).toThrow(/parameter 'T'/);
    const c = CHAINS[3]![1];
    expect(() => c.distributionAt(-1, 1)).toThrow(/BirthDeathChain.distributionAt: parameter 'start'/);
    expect(() => c.distributionAt(c.T + 1, 1)).toThrow(/parameter 'start'/);
    expect(() => c.distributionScaled(0, -1)).toThrow(/BirthDeathChain.distributionScaled: parameter 's'/);
    expect(() => c.lawPlan(0, 1.5)).toThrow(/BirthDeathChain.lawPlan: parameter 's'/);
    expect(() => c.distributionAt(0, 1, { kernel: 'fast' as never })).toThrow(/parameter 'kernel'/);
    expect(() => c.distributionAt(0, 1, null as never)).toThrow(/parameter 'options'/);
    expect(() => c.distributionAt(0, 1, { onProgress: 3 as never })).toThrow(/parameter 'onProgress'/);
    expect(() => pathLawNodes(0n, [1n], 1)).toThrow(/pathLawNodes: parameter 'L'/);
    expect(() => pathLawApplies(2n, [], 1)).toThrow(/pathLawApplies: parameter 'stay'/);
    expect(() => pathLawScaled(2n, [3n], 1)).toThrow(/pathLawScaled: parameter 'stay\[0\]'/);
    expect(() => pathLawScaled(2n, [1n], 1, null as never)).toThrow(/pathLawScaled: parameter 'options'/);
    expect(() => pathLawScaled(4n, [1n, 1n, 2n], 3)).toThrow(/pathLawScaled: parameter 'stay'/);
    // the path law itself: 0 → 1 → 2 with stays 1/4, 2/4 and node 2 absorbing, two steps
    expect(pathLawScaled(4n, [1n, 2n, 4n], 2)).toEqual([1n, 3n * (1n + 2n), 3n * 2n]);
  });
});
