/**
 * # Inclusion–exclusion in 256-bit fixed point: enclosures of exact values, ends pinned
 *
 * `allBinsHitEnclosure` and `pureDeathZeroProbEnclosure` with point masses whose fixed-point images
 * are inexact (thirds, fifths, sevenths) and whose upper bounds sum past 1 (the clamp of 1 − p_K at
 * 0): each enclosure contains the exact value computed here over all subsets in rationals, and its
 * ends are pinned by a hash (the directed roundings decide the last bits). Bad input names the API.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { Rational, q } from '../../src/exact/Rational.js';
import { Interval } from '../../src/exact/Interval.js';
import { allBinsHitEnclosure, pureDeathZeroProbEnclosure, familiesAtZero } from '../../src/chain/binProbabilities.js';

const P = (x: Rational) => Interval.point(x);

/** Σ_{K ⊆ [T]} (−1)^{|K|} (1 − p_K)^s exactly. */
function allHitExact(ms: readonly Rational[], s: number): Rational {
  let acc = Rational.ZERO;
  for (let K = 0; K < 1 << ms.length; K++) {
    let pK = Rational.ZERO,
      size = 0;
    ms.forEach((m, k) => {
      if ((K >> k) & 1) {
        pK = pK.add(m);
        size++;
      }
    });
    const t = Rational.ONE.sub(pK).max(Rational.ZERO).pow(s);
    acc = size % 2 === 0 ? acc.add(t) : acc.sub(t);
  }
  return acc;
}

describe('fixed-point inclusion–exclusion', () => {
  test('enclosures contain the exact values; ends pinned', () => {
    const out: string[] = [];
    for (const [ms, s] of [
      [[q(1, 3), q(1, 3), q(1, 3)], 4],
      [[q(1, 7), q(2, 7), q(1, 7)], 5],
      [[q(1, 5), q(1, 10), q(1, 10), q(1, 5)], 6],
      [[q(1, 3), q(1, 3), q(1, 3)], 3],
      [[q(2, 5), q(2, 5)], 0],
    ] as const) {
      const e = allBinsHitEnclosure(ms.map(P), s);
      const exact = allHitExact(ms, s).max(Rational.ZERO).min(Rational.ONE);
      expect(e.contains(exact), `${ms.join(', ')}, s = ${s}: ${e}`).toBe(true);
      expect(e.width().lt(Rational.of(1n, 10n ** 60n))).toBe(true);
      out.push(String(e));
    }
    for (const [T, p, s] of [
      [3, q(1, 5), 7],
      [5, q(1, 7), 20],
      [4, q(1, 3), 2],
    ] as const) {
      const e = pureDeathZeroProbEnclosure(T, p, s);
      // Σ_k (−1)^k C(T, k) (1 − kp)^s with negative bases clamped at 0
      let exact = Rational.ZERO,
        c = 1n;
      for (let k = 0; k <= T; k++) {
        if (k > 0) c = (c * BigInt(T - k + 1)) / BigInt(k);
        const t = Rational.ONE.sub(Rational.of(k).mul(p)).max(Rational.ZERO).pow(s).mul(Rational.of(c));
        exact = k % 2 === 0 ? exact.add(t) : exact.sub(t);
      }
      expect(e.contains(exact.max(Rational.ZERO).min(Rational.ONE)), `T = ${T}, p = ${p}, s = ${s}`).toBe(true);
      out.push(String(e));
    }
    expect(createHash('sha256').update(out.join('\n')).digest('hex')).toBe(
      '04fce32411c2d4be3db93d67a65ee3b192d2ca8891b05ed0d7a79c757305aa93',
    );
  });
  test('bad input names the API and the parameter', () => {
    expect(() => allBinsHitEnclosure([], 1)).toThrow(/allBinsHitEnclosure: parameter 'T'/);
    expect(() => allBinsHitEnclosure([P(q(1, 2)), P(q(1, 2))], -1)).toThrow(/allBinsHitEnclosure: parameter 's'/);
    // asymmetric in the upper ends only, or in the lower ends only
    expect(() => allBinsHitEnclosure([new Interval(q(1, 4), q(1, 3)), P(q(1, 4))], 1)).toThrow(
      /allBinsHitEnclosure: parameter 'masses'.*bin 1 differs from bin 2/,
    );
    expect(() => allBinsHitEnclosure([P(q(1, 4)), new Interval(q(1, 5), q(1, 4))], 1)).toThrow(
      /allBinsHitEnclosure: parameter 'masses'.*bin 1 differs from bin 2/,
    );
    expect(() => pureDeathZeroProbEnclosure(0, q(1, 2), 1)).toThrow(/pureDeathZeroProbEnclosure: parameter 'T'/);
    expect(() => pureDeathZeroProbEnclosure(2, q(1, 2), -1)).toThrow(/pureDeathZeroProbEnclosure: parameter 's'/);
    expect(() => familiesAtZero(3, 4, 0)).toThrow(/familiesAtZero: parameter 'm'/);
  });
});
