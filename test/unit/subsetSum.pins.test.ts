/**
 * # Subset sums at the edges of the float filter, pinned against exact brute force
 *
 * The float filter of `subsetSums.ts` only narrows the exact work: on small inputs a wrong filter
 * just lets every subset through and the exact step still finds the answer. These cases make the
 * filter matter — 18 values (2^18 subsets: a window holding all of them overflows the enumeration
 * limits, so a wrong float minimum or window gives a wrong minimiser), clusters of subset sums that
 * tie in doubles but differ exactly (values x and x + 2^−70, so the exact ends of a gap must be the
 * largest sum of the lower cluster and the smallest of the upper one), the largest gap inside
 * [−1/2, 1/2] or with its midpoint outside, and the enumeration limits of the windows. The
 * reference is brute force over every subset in BigInt integers over a common denominator,
 * independent of `Rational` and of the float merges.
 */
import { describe, expect, test } from 'vitest';
import { Rational, q } from '../../src/exact/Rational.js';
import {
  closestSubsetSum,
  coveringRadius,
  sortedSubsetSums,
  sortedSumsWithMasks,
} from '../../src/subsetSum/subsetSums.js';

const babs = (a: bigint) => (a < 0n ? -a : a);
const bgcd = (a: bigint, b: bigint): bigint => (b === 0n ? babs(a) : bgcd(b, a % b));

/** Every subset sum of xs as an integer over the common denominator L, indexed by mask (Gray-code walk). */
function scaledSums(xs: readonly Rational[]): { S: bigint[]; L: bigint } {
  let L = 1n;
  for (const x of xs) L = (L / bgcd(L, x.den)) * x.den;
  const ints = xs.map((x) => x.num * (L / x.den));
  const S = new Array<bigint>(1 << xs.length);
  S[0] = 0n;
  for (let m = 1; m < 1 << xs.length; m++) {
    const low = 31 - Math.clz32(m & -m); // m = m' + 2^low with m' < m
    S[m] = S[m ^ (1 << low)]! + ints[low]!;
  }
  return { S, L };
}

/** The exact closest distance to z and every minimising mask. */
function bruteClosest(xs: readonly Rational[], z: Rational, sums = scaledSums(xs)): { d: Rational; masks: number[] } {
  const { S, L } = sums;
  // |z − s/L| = |z.num·L − s·z.den| / (L·z.den)
  const Z = z.num * L;
  let best = -1n;
  let masks: number[] = [];
  S.forEach((s, m) => {
    const d = babs(Z - s * z.den);
    if (best < 0n || d < best) {
      best = d;
      masks = [m];
    } else if (d === best) masks.push(m);
  });
  return { d: Rational.of(best, L * z.den), masks };
}

/** ρ = max(dist(−1/2), dist(1/2), max{gap/2 : consecutive sums with midpoint in [−1/2, 1/2]}), exactly. */
function bruteRho(xs: readonly Rational[]): Rational {
  const { S, L } = scaledSums(xs);
  // scale by 2L: ±1/2 → ±L, sums → 2s, midpoints → s_k + s_{k+1}
  const T = S.map((s) => 2n * s).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dist = (z: bigint) => T.reduce((m, t) => (babs(z - t) < m ? babs(z - t) : m), babs(z - T[0]!));
  let best = dist(-L);
  if (dist(L) > best) best = dist(L);
  for (let k = 0; k + 1 < T.length; k++) {
    const mid2 = T[k]! + T[k + 1]!; // 2·midpoint
    if (mid2 < -2n * L || mid2 > 2n * L) continue;
    const g = (T[k + 1]! - T[k]!) / 2n; // exact: both even
    if (g > best) best = g;
  }
  return Rational.of(best, 2n * L);
}

const maskOf = (S: readonly number[]) => S.reduce((m, j) => m | (1 << j), 0);
const tiny = Rational.of(1n, 2n ** 70n);

describe('closestSubsetSum where the float filter decides', () => {
  // 18 values: no window may hold every pair (2^18 > 2·2^16), so the float minimum must be right.
  // Dyadic values k/2^20: every subset sum times 2^20 is an integer below 2^24, so the brute force
  // over all 2^18 subsets runs exactly in doubles (|a·2^20 − S·b| < 2^53 for a target a/b).
  const K = Array.from({ length: 18 }, (_, j) => (((j + 1) * 48271) % 524287) * (j % 3 === 0 ? -1 : 1) + 1);
  const xs18 = K.map((k) => Rational.of(BigInt(k), 2n ** 20n));
  test('18 values, targets anywhere: the exact minimum, attained by S, one of the minimisers', () => {
    const S = new Float64Array(1 << 18);
    for (let m = 1; m < 1 << 18; m++) {
      const low = 31 - Math.clz32(m & -m);
      S[m] = S[m ^ (1 << low)]! + K[low]!;
    }
    for (const z of [q(1, 3), q(-5, 7), q(13, 10), q(123, 37), q(2, 1)]) {
      const a = Number(z.num) * 2 ** 20,
        b = Number(z.den);
      let best = Infinity;
      const masks: number[] = [];
      for (let m = 0; m < 1 << 18; m++) {
        const d = Math.abs(a - S[m]! * b);
        if (d < best) {
          best = d;
          masks.length = 0;
        }
        if (d === best) masks.push(m);
      }
      const got = closestSubsetSum(xs18, z);
      expect(got.distance.eq(Rational.of(BigInt(best), BigInt(b) * 2n ** 20n)), `z = ${z}`).toBe(true);
      expect(masks).toContain(maskOf(got.S));
      expect([...got.S].sort((x, y) => x - y)).toEqual(got.S);
    }
  });
  test('sums that tie in doubles: the exact minimiser among them (x and x + 2^−70)', () => {
    const xs = [
      q(1, 3),
      q(1, 3).add(tiny),
      q(1, 5),
      q(1, 5).sub(tiny),
      q(-2, 7),
      q(3, 11),
      q(1, 3).add(tiny.mul(q(3))),
    ];
    for (const z of [
      q(2, 3).add(tiny.mul(q(4))),
      q(8, 15),
      q(8, 15).sub(tiny.mul(q(2))),
      q(1, 3).add(tiny.mul(q(3))),
      q(-2, 7).add(tiny),
    ]) {
      const got = closestSubsetSum(xs, z);
      const ref = bruteClosest(xs, z);
      expect(got.distance.eq(ref.d), `z = ${z}`).toBe(true);
      expect(ref.masks).toContain(maskOf(got.S));
      // the documented order: the smallest A mask (h = 3) among the minimisers comes first
      const h = Math.floor(xs.length / 2);
      const aMask = (m: number) => m & ((1 << h) - 1);
      expect(aMask(maskOf(got.S))).toBe(Math.min(...ref.masks.map(aMask)));
    }
  });
  test('a target exactly on a sum, and far outside every sum; no values at all', () => {
    const xs = [q(1, 4), q(1, 6), q(-1, 9)];
    const on = closestSubsetSum(xs, q(5, 12));
    expect(on.distance.isZero()).toBe(true);
    expect(on.S).toEqual([0, 1]);
    const far = closestSubsetSum(xs, q(10));
    expect(far.distance.eq(q(10).sub(q(5, 12)))).toBe(true);
    expect(far.S).toEqual([0, 1]);
    expect(closestSubsetSum(xs, q(-10)).S).toEqual([2]);
    const none = closestSubsetSum([], q(1, 2));
    expect(none.distance.eq(q(1, 2)) && none.S.length === 0).toBe(true);
    const single = closestSubsetSum([q(3, 4)], q(1, 2));
    expect(single.distance.eq(q(1, 4))).toBe(true);
    expect(single.S).toEqual([0]);
  });
  test('repeated values: the first minimiser in the documented order (A mask, then B sum, then B mask)', () => {
    const xs = Array.from({ length: 18 }, () => q(1, 8));
    // A = ∅ (mask 0) completes with B: the smallest B masks with one and two values
    expect(closestSubsetSum(xs, q(1, 8)).S).toEqual([9]);
    const two = closestSubsetSum(xs, q(2, 8).add(q(1, 1000)));
    expect(two.distance.eq(q(1, 1000))).toBe(true);
    expect(two.S).toEqual([9, 10]);
  });
});

describe('coveringRadius where the float filter decides', () => {
  test('clusters of sums that tie in doubles: the exact gap ends are the largest and the smallest exact sum of their clusters', () => {
    for (const xs of [
      [q(1, 3), q(1, 3).add(tiny), q(-1, 3).sub(tiny), q(1, 7), q(-1, 7).add(tiny), q(2, 5)],
      [q(3, 10), q(3, 10).sub(tiny), q(-3, 10).add(tiny.mul(q(2))), q(1, 9), q(-1, 4)],
      [q(1, 2).add(tiny), q(-1, 2), q(1, 6), q(1, 6).sub(tiny), q(-1, 11)],
    ]) {
      const got = coveringRadius(xs);
      const ref = bruteRho(xs);
      expect(got.rho.eq(ref), `ρ = ${got.rho} vs ${ref}`).toBe(true);
      expect(got.n).toBe(xs.length);
      expect(got.at.abs().le(Rational.HALF)).toBe(true);
      expect(bruteClosest(xs, got.at).d.eq(ref)).toBe(true);
    }
  });
  test('the largest gap inside, at an end, or with its midpoint outside [−1/2, 1/2] (clipped)', () => {
    const cases: [Rational[], Rational, Rational | null][] = [
      [[q(1, 10), q(-1, 10), q(2, 5)], q(2, 5), q(-1, 2)], // sums −1/10 … 1/2: −1/2 is 2/5 from the nearest
      [[q(3, 4), q(-3, 4)], q(3, 8), q(-3, 8)], // sums −3/4, 0, 0, 3/4: the gaps' midpoints ±3/8 are inside
      // the gap (0, 1 + 2^−69) has its midpoint 2^−70 beyond 1/2 (1/2 in doubles): clipped to 1/2
      // (unclipped, the tent would peak 2^−70 too high)
      [[q(1).add(tiny.mul(q(2)))], q(1, 2), q(-1, 2)],
      [[q(-1).sub(tiny.mul(q(2)))], q(1, 2), q(-1, 2)],
      [[q(2)], q(1, 2), null], // one sum inside: both ends at distance 1/2
      [[q(1, 8), q(1, 4), q(-1, 2), q(1, 16)], q(1, 16), q(1, 2)], // sums −1/2 … 7/16 every 1/16
    ];
    for (const [xs, rho, at] of cases) {
      const got = coveringRadius(xs);
      expect(got.rho.eq(rho), `${xs.join(', ')}: ρ = ${got.rho}`).toBe(true);
      expect(bruteRho(xs).eq(rho)).toBe(true);
      if (at) expect(got.at.eq(at), `${xs.join(', ')}: at ${got.at}`).toBe(true);
      expect(bruteClosest(xs, got.at).d.eq(rho)).toBe(true);
    }
  });
  test('12 and 16 values, with repeats: ρ equals brute force', () => {
    const xs12 = Array.from({ length: 12 }, (_, j) => q(((j * 31) % 17) - 8, 23 + j));
    expect(coveringRadius(xs12).rho.eq(bruteRho(xs12))).toBe(true);
    // 16 equal values 1/40: sums k/40 ≥ 0, each of C(16, k) subsets: −1/2 is 1/2 from the nearest
    const eq16 = Array.from({ length: 16 }, () => q(1, 40));
    const r = coveringRadius(eq16);
    expect(r.rho.eq(q(1, 2))).toBe(true);
    expect(r.at.eq(q(-1, 2))).toBe(true);
    const mixed = [...Array.from({ length: 14 }, () => q(1, 64)), q(-1, 3), q(1, 5)];
    expect(coveringRadius(mixed).rho.eq(bruteRho(mixed))).toBe(true);
  });
  test('size limits name the API and the parameter', () => {
    expect(() => coveringRadius([])).toThrow(/coveringRadius: parameter 'xs.length'/);
    expect(() => coveringRadius(Array.from({ length: 25 }, () => q(1, 3)))).toThrow(
      /coveringRadius: parameter 'xs.length'/,
    );
    expect(() =>
      closestSubsetSum(
        Array.from({ length: 45 }, () => q(1, 3)),
        q(0),
      ),
    ).toThrow(/closestSubsetSum: parameter 'xs.length'/);
  });
});

describe('sorted float sums: ties and the merge order', () => {
  test('equal sums from different masks, sorted by mask; the merged sums equal a sort of all sums', () => {
    const xs = [0.5, 0.25, 0.25, 0.75, -0.25, 0];
    const { v, m } = sortedSumsWithMasks(xs);
    const oracle = Array.from({ length: 64 }, (_, mask) => {
      let s = 0;
      for (let j = 0; j < 6; j++) if ((mask >> j) & 1) s += xs[j]!;
      return { s, mask };
    }).sort((a, b) => a.s - b.s || a.mask - b.mask);
    expect([...m]).toEqual(oracle.map((o) => o.mask));
    expect([...v]).toEqual(oracle.map((o) => o.s));
    expect([...sortedSubsetSums(xs)]).toEqual(oracle.map((o) => o.s));
    // the last run of equal sums reaches the end of the table
    const top = sortedSumsWithMasks([1, 0, 0]);
    expect([...top.m]).toEqual([0, 2, 4, 6, 1, 3, 5, 7]);
    expect([...sortedSubsetSums([])]).toEqual([0]);
    expect([...sortedSumsWithMasks([]).m]).toEqual([0]);
  });
});
