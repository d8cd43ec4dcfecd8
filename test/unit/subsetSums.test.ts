/**
 * # Subset sums: sorted enumeration, closest sum and covering radius against independent oracles
 *
 * Oracles: brute force over all 2^n subsets — in exact rationals for the closest sum (and its tie
 * rule), in plain BigInt integers over a common denominator for the covering radius, whose answer
 * (ρ, at) is checked as a certificate: the intervals [s − ρ, s + ρ] around the exactly sorted sums
 * cover [−1/2, 1/2] (so no point is farther than ρ) and `at` ∈ [−1/2, 1/2] is at distance exactly ρ
 * (so some point is that far). Both together hold only for the true ρ, and the check costs
 * O(2^n log 2^n) instead of the O(4^n) of evaluating the distance at every tent peak; on small n the
 * two oracles are checked against each other, and the exactly sorted sums against the float ones.
 * The inputs include what a float filter finds hard: non-dyadic values whose float sums tie or invert
 * the exact order, many equal sums (repeated values, zeros), cancelling pairs, sums exactly at the
 * target or at ±1/2, gaps whose midpoint lies outside [−1/2, 1/2], tiny and large magnitudes, and
 * the size limits.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '../propTest.js';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import {
  closestSubsetSum,
  coveringRadius,
  sortedSubsetSums,
  sortedSumsWithMasks,
} from '../../src/subsetSum/subsetSums.js';
import { InvalidParameterError } from '../../src/errors.js';

function allSums(xs: readonly Rational[]): Rational[] {
  let sums = [Rational.ZERO];
  for (const x of xs) sums = [...sums, ...sums.map((s) => s.add(x))];
  return sums;
}
const dist = (z: Rational, sums: readonly Rational[]) =>
  sums.reduce((m, s) => m.min(z.sub(s).abs()), z.sub(sums[0]!).abs());
/** ρ by brute force: the max of the distance over ±1/2 and the clipped midpoints of consecutive sums. */
function bruteRho(xs: readonly Rational[]): Rational {
  const sums = allSums(xs).sort((a, b) => a.cmp(b));
  const h = Rational.HALF;
  const pts = [h.neg(), h];
  for (let k = 0; k + 1 < sums.length; k++)
    pts.push(
      sums[k]!.add(sums[k + 1]!)
        .div(q(2))
        .max(h.neg())
        .min(h),
    );
  return pts.reduce((m, z) => m.max(dist(z, sums)), Rational.ZERO);
}

const big = (a: bigint) => (a < 0n ? -a : a);
const bgcd = (a: bigint, b: bigint): bigint => (b === 0n ? big(a) : bgcd(b, a % b));

/**
 * The 2^n subset sums as integers T = 2L·s over the common denominator L of xs (so that ±1/2 and the
 * midpoints of sums are integers too), sorted, with H = L (the interval [−1/2, 1/2] is [−H, H]).
 * Plain BigInt arithmetic, independent of the Rational type and of the float merges.
 */
function scaledSortedSums(xs: readonly Rational[]): { T: bigint[]; L: bigint } {
  let L = 1n;
  for (const x of xs) L = (L / bgcd(L, x.den)) * x.den;
  const ints = xs.map((x) => 2n * x.num * (L / x.den));
  const T: bigint[] = [];
  for (let m = 0; m < 1 << xs.length; m++) {
    let s = 0n;
    for (let j = 0; j < xs.length; j++) if ((m >> j) & 1) s += ints[j]!;
    T.push(s);
  }
  T.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { T, L };
}

/**
 * Whether (ρ, at) certifies the covering radius of [−1/2, 1/2] by the sums: ρ ≥ 0, |at| ≤ 1/2, the
 * closed intervals [s − ρ, s + ρ] cover [−1/2, 1/2], and min_s |at − s| = ρ. Returns the first
 * failed condition, or 'ok'.
 */
function coveringCertificate(xs: readonly Rational[], rho: Rational, at: Rational): string {
  const { T, L } = scaledSortedSums(xs);
  // scale by 2L·ρ.den·at.den: sums U_i = T_i·ρ.den·at.den, radius P, ends ±E, the point A
  const k = rho.den * at.den;
  const U = T.map((t) => t * k);
  const P = rho.num * 2n * L * at.den;
  const E = L * k;
  const A = at.num * 2n * L * rho.den;
  if (P < 0n) return 'ρ < 0';
  if (big(A) > E) return '|at| > 1/2';
  // walk the intervals in increasing order; `need` is the covered right end (from −E)
  let need = -E;
  let started = false;
  for (const u of U) {
    if (u + P < -E) continue; // entirely left of the interval
    if (u - P > need)
      return started ? `a gap after ${need}/${2n * L * k} (ρ too small)` : '−1/2 uncovered (ρ too small)';
    started = true;
    if (u + P > need) need = u + P;
    if (need >= E) break;
  }
  if (!started || need < E) return '1/2 uncovered (ρ too small)';
  let m = big(A - U[0]!);
  for (const u of U) if (big(A - u) < m) m = big(A - u);
  return m === P ? 'ok' : `the distance at \`at\` is not ρ (${m < P ? 'ρ too large' : 'at is farther than ρ'})`;
}

const value = fc.oneof(
  fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 30 })).map(([n, d]) => q(n, d)),
  fc.constantFrom(
    q(0),
    q(1, 3),
    q(-1, 3),
    q(2, 3),
    q(1, 6),
    q(1, 7),
    q(1, 2),
    q(-1, 2),
    q(1),
    q(-1),
    q(1, 4),
    q(-1, 4),
    q(1, 10),
    q(3, 10),
    q(1, 5),
    q(9, 10),
    q(5),
    q(-5, 2),
  ),
  fc.integer({ min: -20, max: 20 }).map((n) => Rational.of(BigInt(n), 10n ** 20n)),
);
/** Value lists with many exact ties: up to n draws from a pool of one to three values. */
const repeated = (maxLength: number, minLength = 0) =>
  fc
    .array(value, { minLength: 1, maxLength: 3 })
    .chain((pool) => fc.array(fc.constantFrom(...pool), { minLength, maxLength }));
const values = (maxLength: number, minLength = 0) =>
  fc.oneof(fc.array(value, { minLength, maxLength }), repeated(maxLength, minLength));
/** A target: a free value, an end or exactly a subset sum of xs, or exactly the midpoint of two (a two-sided tie). */
const withTarget = (xs: readonly Rational[]) => {
  const sumOf = fc
    .array(fc.boolean(), { minLength: xs.length, maxLength: xs.length })
    .map((b) => xs.reduce((s, x, j) => (b[j] ? s.add(x) : s), Rational.ZERO));
  return fc.tuple(
    fc.constant(xs),
    fc.oneof(
      value,
      fc.constantFrom(q(1, 2), q(-1, 2), q(0), q(1, 3), q(5, 2)),
      sumOf,
      fc.tuple(sumOf, sumOf).map(([a, b]) => a.add(b).div(q(2))),
    ),
  );
};

/** Doubles whose subset sums tie often, or round onto each other (1 + 2^53 = 2^53, 2^−52 + 1 = 1 + 2^−52). */
const tieDouble = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0, -0, 0.1, 0.2, 0.3, -0.1, 1, 2 ** -52, 2 ** -53, 2 ** 53, -(2 ** 53), 1 / 3),
  fc.double({ min: -4, max: 4, noNaN: true }),
);

describe('subset sums', () => {
  test.prop([fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { maxLength: 9 })], { numRuns: runs(100) })(
    'sortedSubsetSums: all 2^n float sums in increasing order',
    (xs) => {
      const s = sortedSubsetSums(xs);
      expect(s.length).toBe(2 ** xs.length);
      expect(s.every((v, k) => k === 0 || s[k - 1]! <= v)).toBe(true);
      const sumsF = [...s].sort((a, b) => a - b);
      // same multiset as the sums formed by adding each x in order (the float sums of the merge)
      let brute = [0];
      for (const x of xs) brute = [...brute, ...brute.map((v) => v + x)];
      brute.sort((a, b) => a - b);
      expect(sumsF).toEqual(brute);
    },
  );
  test.prop([fc.array(tieDouble, { maxLength: 9 })], { numRuns: runs(150) })(
    'sortedSumsWithMasks: every mask once, its float sum in index order, sorted by (sum, mask)',
    (xs) => {
      const { v, m } = sortedSumsWithMasks(xs);
      const n = xs.length;
      const oracle = Array.from({ length: 2 ** n }, (_, mask) => {
        let s = 0;
        for (let j = 0; j < n; j++) if ((mask >> j) & 1) s += xs[j]!;
        return { s, mask };
      }).sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.mask - b.mask));
      expect([...m]).toEqual(oracle.map((o) => o.mask));
      expect([...v]).toEqual(oracle.map((o) => o.s));
    },
  );
  vtest('sortedSumsWithMasks: equal floats from distinct sums are ordered by mask', () => {
    // sums of {1, 2^−52}: 0 (mask 0), 2^−52 (2), 1 (1), 1 + 2^−52 (3); adding 2^53 rounds the first
    // three onto 2^53 in the mask order 4, 6, 5 (and 1 + 2^−52 + 2^53 up to 2^53 + 2)
    const { v, m } = sortedSumsWithMasks([1, 2 ** -52, 2 ** 53]);
    expect([...m]).toEqual([0, 2, 1, 3, 4, 5, 6, 7]);
    expect([...v].slice(4)).toEqual([2 ** 53, 2 ** 53, 2 ** 53, 2 ** 53 + 2]);
    expect([...sortedSumsWithMasks([]).m]).toEqual([0]);
  });
  test.prop(
    [
      values(12).chain(withTarget),
      fc.constantFrom(
        Rational.of(1n, 2n ** 1080n),
        Rational.of(3n, 2n ** 1100n),
        Rational.of(2n ** 1000n),
        Rational.of(1n, 7n ** 300n),
      ),
    ],
    { numRuns: runs(150) },
  )(
    'closestSubsetSum scales exactly: the values and z times c below or above the doubles’ range give c·(distance), attained',
    ([xs, z], c) => {
      const r = closestSubsetSum(xs, z);
      const cx = xs.map((x) => x.mul(c));
      const rc = closestSubsetSum(cx, z.mul(c));
      expect(rc.distance.toString()).toBe(r.distance.mul(c).toString());
      expect(
        z
          .mul(c)
          .sub(rc.S.reduce((s, j) => s.add(cx[j]!), Rational.ZERO))
          .abs()
          .toString(),
      ).toBe(rc.distance.toString());
    },
  );
  test.prop([values(10).chain(withTarget)], { numRuns: runs(150) })(
    'closestSubsetSum: the exact minimum distance, attained by the first minimiser in the documented order',
    ([xs, z]) => {
      const r = closestSubsetSum(xs, z);
      const n = xs.length;
      const h = Math.floor(n / 2);
      // brute force: every mask, its exact distance, and its rank (mask of [0, h), float sum of the
      // rest in index order, mask of the rest); a mask's sums extend those of the mask without its top value
      const exact: Rational[] = [Rational.ZERO];
      const floatB: number[] = [0];
      let best: { d: Rational; a: number; bs: number; b: number; mask: number } | undefined;
      for (let mask = 0; mask < 2 ** n; mask++) {
        if (mask > 0) {
          const top = 31 - Math.clz32(mask);
          exact[mask] = exact[mask ^ (1 << top)]!.add(xs[top]!);
          floatB[mask] = top >= h ? floatB[mask ^ (1 << top)]! + xs[top]!.toNumber() : 0;
        }
        const c = { d: z.sub(exact[mask]!).abs(), a: mask & ((1 << h) - 1), bs: floatB[mask]!, b: mask >> h, mask };
        const cmp = !best
          ? -1
          : c.d.cmp(best.d) || c.a - best.a || (c.bs < best.bs ? -1 : c.bs > best.bs ? 1 : 0) || c.b - best.b;
        if (cmp < 0) best = c;
      }
      expect(r.distance.toString()).toBe(best!.d.toString());
      expect(r.S).toEqual([...Array(n).keys()].filter((j) => (best!.mask >> j) & 1));
    },
  );
  test.prop([fc.oneof(values(10, 1), fc.array(value, { minLength: 1, maxLength: 2 }))], { numRuns: runs(250) })(
    'coveringRadius: (ρ, at) is a covering certificate over the exactly sorted sums',
    (xs) => {
      const c = coveringRadius(xs);
      expect(c.n).toBe(xs.length);
      expect(coveringCertificate(xs, c.rho, c.at)).toBe('ok');
    },
  );
  vtest(
    'coveringRadius: a certificate for every list of one or two boundary values, and of three from a smaller pool',
    () => {
      // sums at ±1/2 and ±1, gaps whose peak is at, inside or beyond ±1/2, the largest gap first or last
      const pool = [0, 1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 8, -8, 12, -12]
        .map((n) => q(n, 12))
        .concat([q(5, 4), q(-5, 4)]);
      const small = [q(0), q(1, 2), q(-1, 2), q(1, 3), q(-2, 3), q(1), q(-3, 4)];
      const lists = [
        ...pool.map((a) => [a]),
        ...pool.flatMap((a) => pool.map((b) => [a, b])),
        ...small.flatMap((a) => small.flatMap((b) => small.map((c) => [a, b, c]))),
      ];
      const bad = lists.filter((xs) => {
        const c = coveringRadius(xs);
        return coveringCertificate(xs, c.rho, c.at) !== 'ok';
      });
      expect(bad.map((xs) => xs.map(String).join(', '))).toEqual([]);
    },
  );
  test.prop([fc.oneof(values(4, 1), repeated(5, 1))], { numRuns: runs(60) })(
    'the oracles agree: the certificate check accepts the brute-force ρ only, and the exact sums match the float ones',
    (xs) => {
      const rho = bruteRho(xs);
      const sums = allSums(xs).sort((a, b) => a.cmp(b));
      const h = Rational.HALF;
      const peaks = sums.slice(1).map((s, k) => s.add(sums[k]!).div(q(2)).max(h.neg()).min(h));
      const at = [h.neg(), h, ...peaks].find((z) => dist(z, sums).eq(rho))!;
      expect(coveringCertificate(xs, rho, at)).toBe('ok');
      // a ρ off by a little either way is rejected
      const tiny = q(1, 10 ** 6);
      expect(coveringCertificate(xs, rho.add(tiny), at)).not.toBe('ok');
      if (rho.sign() > 0) expect(coveringCertificate(xs, rho.sub(tiny).max(Rational.ZERO), at)).not.toBe('ok');
      const { T, L } = scaledSortedSums(xs);
      expect(T.map((t) => Rational.of(t, 2n * L).toString())).toEqual(sums.map(String));
      const f = sortedSubsetSums(xs.map((x) => x.toNumber()));
      expect(sums.every((s, k) => Math.abs(s.toNumber() - f[k]!) <= 1e-12 * (1 + Math.abs(s.toNumber())))).toBe(true);
    },
  );
  vtest('hand cases', () => {
    // {1/2}: sums 0, 1/2 → ρ = max(dist(−1/2) = 1/2, gap/2 = 1/4) = 1/2
    expect(coveringRadius([q(1, 2)]).rho.toString()).toBe('1/2');
    expect(coveringRadius([q(1, 2)]).at.toString()).toBe('-1/2');
    // {−1/2, 1/2}: sums −1/2, 0, 0, 1/2 → ρ = 1/4 at −1/4
    const c = coveringRadius([q(-1, 2), q(1, 2)]);
    expect([c.rho.toString(), c.at.toString()]).toEqual(['1/4', '-1/4']);
    // {1/3, −1/3, 1/3}: sums −1/3, 0, 1/3, 2/3 → gaps 1/3 → ρ = max(1/6, dist(−1/2) = 1/6, dist(1/2) = 1/6) = 1/6
    expect(coveringRadius([q(1, 3), q(-1, 3), q(1, 3)]).rho.toString()).toBe('1/6');
    // a big value: sums 0, 5 → ρ = 1/2 (the ends)
    expect(coveringRadius([q(5)]).rho.toString()).toBe('1/2');
    // a gap whose midpoint lies beyond 1/2 is clipped: {0.9}: sums 0, 9/10; midpoint 9/20 inside; dist(1/2) = 2/5
    const d = coveringRadius([q(9, 10)]);
    expect([d.rho.toString(), d.at.toString()]).toEqual(['1/2', '-1/2']);
    // {−1/5, 2}: sums −1/5, 0, 9/5, 2 → dist(−1/2) = 3/10; the gap (0, 9/5) peaks at 9/10, clipped to 1/2 → ρ = 1/2 there
    const g = coveringRadius([q(-1, 5), q(2)]);
    expect([g.rho.toString(), g.at.toString()]).toEqual(['1/2', '1/2']);
    // the largest gap is the first or the last one: {−2/3, 1}: sums −2/3, 0, 1/3, 1 → ρ = 1/3 at −1/3 (and mirrored)
    const first = coveringRadius([q(-2, 3), q(1)]);
    const last = coveringRadius([q(2, 3), q(-1)]);
    expect([first.rho.toString(), first.at.toString(), last.rho.toString(), last.at.toString()]).toEqual([
      '1/3',
      '-1/3',
      '1/3',
      '1/3',
    ]);
    const e = coveringRadius([q(3, 10), q(-1, 5)]); // sums −1/5, 0, 1/10, 3/10
    expect(e.rho.toString()).toBe(bruteRho([q(3, 10), q(-1, 5)]).toString());
    expect(closestSubsetSum([], q(1, 3)).distance.toString()).toBe('1/3');
    expect(closestSubsetSum([q(1, 3), q(1, 3), q(1, 3)], q(1)).distance.toString()).toBe('0/1');
    expect(closestSubsetSum([q(1, 3), q(1, 3), q(1, 3)], q(1)).S).toEqual([0, 1, 2]);
    const tiny = closestSubsetSum([Rational.of(1n, 10n ** 30n), q(1, 3)], q(1, 3));
    expect(tiny.distance.toString()).toBe('0/1');
    expect(tiny.S).toEqual([1]);
    const tie = closestSubsetSum([q(1, 3), Rational.ONE.div(q(3)).add(Rational.of(1n, 10n ** 25n))], q(1, 3));
    expect(tie.S).toEqual([0]);
    // 16 equal values: thousands of subsets share each sum (the cluster limits)
    const same = Array.from({ length: 16 }, () => q(1, 7));
    expect(coveringRadius(same).rho.toString()).toBe('1/2'); // sums 0..16/7 step 1/7 → dist(−1/2) = 1/2
    expect(closestSubsetSum(same, q(3, 7)).distance.toString()).toBe('0/1');
    const sameSmall = Array.from({ length: 14 }, () => q(1, 30));
    expect(coveringRadius([...sameSmall, q(-1, 2)]).rho.toString()).toBe(bruteRhoFast([...sameSmall, q(-1, 2)]));
  });
  vtest(
    'closestSubsetSum with massively repeated values: the first minimiser, below and above the sorted window limit',
    () => {
      // 12 × 1/7 → 6/7: 924 exact minimisers; the first has the empty first half, i.e. the last six values
      expect(
        closestSubsetSum(
          Array.from({ length: 12 }, () => q(1, 7)),
          q(6, 7),
        ).S,
      ).toEqual([6, 7, 8, 9, 10, 11]);
      // 20 × 1/7 → 10/7: 184,756 pairs in the float window (more than twice the 2^16 limit): enumerated by mask
      const r = closestSubsetSum(
        Array.from({ length: 20 }, () => q(1, 7)),
        q(10, 7),
      );
      expect([r.distance.toString(), r.S]).toEqual(['0/1', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]]);
      // zeros: a zero value never enters the first minimiser (its mask, or its half's mask, is larger);
      // the empty first half comes first
      expect(closestSubsetSum([q(0), q(1, 2), q(0), q(1, 2)], q(1, 2)).S).toEqual([3]);
      expect(closestSubsetSum([q(1, 2), q(0), q(0), q(1, 2)], q(1)).S).toEqual([0, 3]);
    },
  );
  vtest('size limits are typed errors', () => {
    expect(() => coveringRadius([])).toThrow(InvalidParameterError);
    expect(() => coveringRadius(Array.from({ length: 25 }, () => q(1, 3)))).toThrow(InvalidParameterError);
    expect(() =>
      closestSubsetSum(
        Array.from({ length: 45 }, () => q(1, 3)),
        q(0),
      ),
    ).toThrow(InvalidParameterError);
    expect(() =>
      closestSubsetSum(
        Array.from({ length: 20 }, (_, k) => q(1, k + 2)),
        q(0),
      ),
    ).not.toThrow();
  });
});

/** ρ for many equal small values plus one other value, by reasoning on the distinct sums only. */
function bruteRhoFast(xs: readonly Rational[]): string {
  let sums = new Map<string, Rational>([['0/1', Rational.ZERO]]);
  for (const x of xs) {
    const next = new Map(sums);
    for (const s of sums.values()) {
      const t = s.add(x);
      next.set(t.toString(), t);
    }
    sums = next;
  }
  const sorted = [...sums.values()].sort((a, b) => a.cmp(b));
  const h = Rational.HALF;
  const pts = [h.neg(), h];
  for (let k = 0; k + 1 < sorted.length; k++)
    pts.push(
      sorted[k]!.add(sorted[k + 1]!)
        .div(q(2))
        .max(h.neg())
        .min(h),
    );
  return pts.reduce((m, z) => m.max(dist(z, sorted)), Rational.ZERO).toString();
}
