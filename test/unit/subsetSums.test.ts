/**
 * # Subset sums: sorted enumeration, closest sum and covering radius against brute force
 *
 * Brute force over all 2^n subsets in exact rationals is the oracle. The inputs include what a
 * float filter finds hard: non-dyadic values whose float sums tie or invert the exact order, many
 * equal sums (repeated values), cancelling pairs, tiny and large magnitudes, and the size limits.
 */
import { describe, expect, test as vtest } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { runs } from './runs.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { closestSubsetSum, coveringRadius, sortedSubsetSums } from '../../src/subsetSum/subsetSums.js';
import { InvalidParameterError } from '../../src/errors.js';

function allSums(xs: readonly Rational[]): Rational[] {
  let sums = [Rational.ZERO];
  for (const x of xs) sums = [...sums, ...sums.map((s) => s.add(x))];
  return sums;
}
const dist = (z: Rational, sums: readonly Rational[]) => sums.reduce((m, s) => m.min(z.sub(s).abs()), z.sub(sums[0]!).abs());
/** ρ by brute force: the max of the distance over ±1/2 and the clipped midpoints of consecutive sums. */
function bruteRho(xs: readonly Rational[]): Rational {
  const sums = allSums(xs).sort((a, b) => a.cmp(b));
  const h = Rational.HALF;
  const pts = [h.neg(), h];
  for (let k = 0; k + 1 < sums.length; k++) pts.push(sums[k]!.add(sums[k + 1]!).div(q(2)).max(h.neg()).min(h));
  return pts.reduce((m, z) => m.max(dist(z, sums)), Rational.ZERO);
}

const value = fc.oneof(
  fc.tuple(fc.integer({ min: -30, max: 30 }), fc.integer({ min: 1, max: 30 })).map(([n, d]) => q(n, d)),
  fc.constantFrom(q(1, 3), q(-1, 3), q(2, 3), q(1, 6), q(1, 7), q(1, 2), q(1, 4), q(-1, 4), q(1, 10), q(3, 10), q(1, 5)),
  fc.integer({ min: -20, max: 20 }).map((n) => Rational.of(BigInt(n), 10n ** 20n)),
);

describe('subset sums', () => {
  test.prop([fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { maxLength: 9 })], { numRuns: runs(100) })('sortedSubsetSums: all 2^n float sums in increasing order', (xs) => {
    const s = sortedSubsetSums(xs);
    expect(s.length).toBe(2 ** xs.length);
    for (let k = 1; k < s.length; k++) expect(s[k - 1]! <= s[k]!).toBe(true);
    const sumsF = [...s].sort((a, b) => a - b);
    // same multiset as the sums formed by adding each x in order (the float sums of the merge)
    let brute = [0];
    for (const x of xs) brute = [...brute, ...brute.map((v) => v + x)];
    brute.sort((a, b) => a - b);
    expect(sumsF).toEqual(brute);
  });
  test.prop([fc.array(value, { maxLength: 9 }), fc.oneof(value, fc.constantFrom(q(1, 2), q(-1, 2), q(0), q(1, 3), q(5, 2)))], { numRuns: runs(150) })(
    'closestSubsetSum: the exact minimum distance, with a subset attaining it',
    (xs, z) => {
      const r = closestSubsetSum(xs, z);
      expect(r.distance.eq(dist(z, allSums(xs)))).toBe(true);
      expect(new Set(r.S).size).toBe(r.S.length);
      expect(r.S.every((j) => Number.isInteger(j) && j >= 0 && j < xs.length)).toBe(true);
      expect(z.sub(r.S.reduce((s, j) => s.add(xs[j]!), Rational.ZERO)).abs().eq(r.distance)).toBe(true);
    },
  );
  test.prop([fc.array(value, { minLength: 1, maxLength: 9 })], { numRuns: runs(150) })('coveringRadius: ρ by brute force, attained at `at`', (xs) => {
    const c = coveringRadius(xs);
    expect(c.rho.toString()).toBe(bruteRho(xs).toString());
    expect(c.n).toBe(xs.length);
    expect(c.at.abs().le(Rational.HALF)).toBe(true);
    expect(dist(c.at, allSums(xs)).eq(c.rho)).toBe(true);
  });
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
  vtest('size limits are typed errors', () => {
    expect(() => coveringRadius([])).toThrow(InvalidParameterError);
    expect(() => coveringRadius(Array.from({ length: 25 }, () => q(1, 3)))).toThrow(InvalidParameterError);
    expect(() => closestSubsetSum(Array.from({ length: 45 }, () => q(1, 3)), q(0))).toThrow(InvalidParameterError);
    expect(() => closestSubsetSum(Array.from({ length: 20 }, (_, k) => q(1, k + 2)), q(0))).not.toThrow();
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
  for (let k = 0; k + 1 < sorted.length; k++) pts.push(sorted[k]!.add(sorted[k + 1]!).div(q(2)).max(h.neg()).min(h));
  return pts.reduce((m, z) => m.max(dist(z, sorted)), Rational.ZERO).toString();
}
