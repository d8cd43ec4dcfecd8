/**
 * # Random subset sum, exactly: nearest subset sums and the covering radius
 *
 * Main definitions: {@link closestSubsetSum}(xs, z) — the exact min over S of |z − Σ_{j∈S} x_j| and a
 * minimising S (meet in the middle); {@link coveringRadius}(xs) — the exact
 * ρ = max_{z∈[−1/2, 1/2]} min_S |z − Σ_S x| from the sorted subset sums.
 *
 * Main statements: ρ = max(dist(−1/2), dist(1/2), max{(s_{k+1} − s_k)/2 : consecutive sums whose
 * midpoint lies in [−1/2, 1/2]}) — between consecutive sums the distance is a tent peaking at the
 * midpoint, so the max over the interval is at a clipped midpoint or an end.
 *
 * Implementation notes: a float filter with exact verification. Every subset sum is formed in
 * doubles by at most n additions, so each has error ≤ err = 2n·u·Σ|x_j| (recursive summation bound),
 * and sorting is 1-Lipschitz in the sup norm, so every float gap is within 2·err of the true one.
 * The gaps (and end distances) within 4·err of the float maximum are the only candidates; their
 * endpoint subsets are recovered by meet in the middle (every subset whose float sum is within 2·err
 * of the endpoint) and re-evaluated in exact rationals. The result is exact. n ≤ 24 (2^24 doubles,
 * generated already sorted by successive merges: see `npm run bench`).
 *
 * References: SPEC.md P4 (Lueker 1998), E15, W1, W3.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, requireInt } from '../errors.js';

const U = 2 ** -53;

/** Result of {@link closestSubsetSum}. */
export interface Closest {
  readonly distance: Rational;
  readonly S: number[];
}

function halfSums(xs: readonly number[]): Float64Array {
  const out = new Float64Array(1 << xs.length);
  for (let k = 0; k < xs.length; k++) {
    const bit = 1 << k;
    const x = xs[k]!;
    for (let i = 0; i < bit; i++) out[bit | i] = out[i]! + x;
  }
  return out;
}

/**
 * All 2^n subset sums in increasing order, by n merges: after adding x, the sorted sums are the
 * merge of the previous sorted list L and L + x (itself sorted). 2^(n+1) element moves in all,
 * against ~2.5 s for a native sort of the 2^24 doubles (measured in `npm run bench`).
 */
export function sortedSubsetSums(xs: readonly number[]): Float64Array {
  const total = 1 << xs.length;
  let cur = new Float64Array(total);
  let next = new Float64Array(total);
  let len = 1;
  for (const x of xs) {
    let i = 0, j = 0, k = 0;
    while (i < len && j < len) {
      const a = cur[i]!, b = cur[j]! + x;
      if (a <= b) {
        next[k++] = a;
        i++;
      } else {
        next[k++] = b;
        j++;
      }
    }
    while (i < len) next[k++] = cur[i++]!;
    while (j < len) next[k++] = cur[j++]! + x;
    const t = cur;
    cur = next;
    next = t;
    len *= 2;
  }
  return cur;
}

function sortedWithMasks(sums: Float64Array): { v: Float64Array; m: Uint32Array } {
  const idx = new Uint32Array(sums.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  idx.sort((a, b) => sums[a]! - sums[b]!);
  const v = new Float64Array(sums.length);
  for (let i = 0; i < idx.length; i++) v[i] = sums[idx[i]!]!;
  return { v, m: idx };
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function exactSum(xs: readonly Rational[], S: readonly number[]): Rational {
  let s = Rational.ZERO;
  for (const j of S) s = s.add(xs[j]!);
  return s;
}

function maskToSet(mask: number, offset: number, n: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < n; j++) if ((mask >>> j) & 1) out.push(j + offset);
  return out;
}

/** Meet-in-the-middle tables of a value list. */
class Halves {
  readonly h: number;
  readonly A: Float64Array;
  readonly B: { v: Float64Array; m: Uint32Array };
  readonly err: number;
  constructor(readonly xs: readonly Rational[]) {
    const f = xs.map((x) => x.toNumber());
    this.h = Math.floor(xs.length / 2);
    this.A = halfSums(f.slice(0, this.h));
    this.B = sortedWithMasks(halfSums(f.slice(this.h)));
    let abs = 0;
    for (const x of f) abs += Math.abs(x);
    // conversion error (≤ u each) plus summation error; generous factor 4
    this.err = 4 * (xs.length + 2) * U * abs + Number.MIN_VALUE;
  }
  /** All subsets whose float sum lies in [lo, hi]. */
  subsetsIn(lo: number, hi: number, limit = 4096): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.A.length; i++) {
      const a = this.A[i]!;
      for (let k = lowerBound(this.B.v, lo - a); k < this.B.v.length && this.B.v[k]! + a <= hi; k++) {
        out.push([...maskToSet(i, 0, this.h), ...maskToSet(this.B.m[k]!, this.h, this.xs.length - this.h)]);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

/**
 * The exact min over S of |z − Σ_{j∈S} x_j|, with a minimiser.
 * @throws InvalidParameterError for more than 44 values
 */
export function closestSubsetSum(xs: readonly Rational[], z: Rational): Closest {
  requireInt('closestSubsetSum', 'xs.length', xs.length, 0, 44);
  const H = new Halves(xs);
  const zf = z.toNumber();
  let best = Infinity;
  for (let i = 0; i < H.A.length; i++) {
    const need = zf - H.A[i]!;
    const k = lowerBound(H.B.v, need);
    for (const kk of [k - 1, k]) if (kk >= 0 && kk < H.B.v.length) best = Math.min(best, Math.abs(need - H.B.v[kk]!));
  }
  // candidates: float distance within best + 4·err (true distances within 2·err of the float ones)
  const tol = best + 4 * H.err + 4 * U * Math.abs(zf);
  let bestExact: Closest | undefined;
  for (const S of H.subsetsIn(zf - tol, zf + tol, 1 << 16)) {
    const d = z.sub(exactSum(xs, S)).abs();
    if (!bestExact || d.lt(bestExact.distance)) bestExact = { distance: d, S };
  }
  return bestExact!;
}

/** Result of {@link coveringRadius}. */
export interface Covering {
  /** ρ exactly */
  readonly rho: Rational;
  /** where the max is attained */
  readonly at: Rational;
  readonly n: number;
}

/**
 * The exact covering radius ρ of [−1/2, 1/2] by the 2^n subset sums.
 * @throws InvalidParameterError for n > 24 or n < 1
 */
export function coveringRadius(xs: readonly Rational[]): Covering {
  const n = requireInt('coveringRadius', 'xs.length', xs.length, 1, 24);
  const f = xs.map((x) => x.toNumber());
  const all = sortedSubsetSums(f);
  const H = new Halves(xs);
  const err = H.err;
  const half = 0.5;
  // float candidates: (value, kind, data)
  const cands: { val: number; lo: number; hi: number; kind: 'gap' | 'end'; end?: number }[] = [];
  const distTo = (z: number) => {
    const k = lowerBound(all, z);
    let d = Infinity;
    if (k < all.length) d = Math.min(d, Math.abs(all[k]! - z));
    if (k > 0) d = Math.min(d, Math.abs(z - all[k - 1]!));
    return d;
  };
  for (const z of [-half, half]) cands.push({ val: distTo(z), lo: z, hi: z, kind: 'end', end: z });
  let best = Math.max(cands[0]!.val, cands[1]!.val);
  for (let k = 0; k + 1 < all.length; k++) {
    const a = all[k]!, b = all[k + 1]!;
    const mid = (a + b) / 2;
    if (mid < -half - 2 * err || mid > half + 2 * err) continue;
    const g = (b - a) / 2;
    if (g >= best - 4 * err) {
      cands.push({ val: g, lo: a, hi: b, kind: 'gap' });
      if (g > best) best = g;
    }
  }
  let rho = Rational.ZERO;
  let at = Rational.ZERO;
  const hq = Rational.HALF;
  for (const c of cands) {
    if (c.val < best - 4 * err) continue;
    if (c.kind === 'end') {
      const z = c.end! < 0 ? hq.neg() : hq;
      const d = closestSubsetSum(xs, z).distance;
      if (d.gt(rho)) {
        rho = d;
        at = z;
      }
      continue;
    }
    // exact endpoints: the largest exact sum in the cluster around lo, the smallest around hi
    const loSets = H.subsetsIn(c.lo - 2 * err, c.lo + 2 * err);
    const hiSets = H.subsetsIn(c.hi - 2 * err, c.hi + 2 * err);
    if (loSets.length === 0 || hiSets.length === 0) throw new InvalidParameterError('coveringRadius', 'xs', 'values whose float sums are recoverable', 'an empty cluster (internal error)');
    let L = exactSum(xs, loSets[0]!);
    for (const S of loSets) L = L.max(exactSum(xs, S));
    let R = exactSum(xs, hiSets[0]!);
    for (const S of hiSets) R = R.min(exactSum(xs, S));
    if (!R.gt(L)) continue;
    let mid = L.add(R).div(Rational.TWO);
    // clip the tent's peak into [−1/2, 1/2]
    if (mid.gt(hq)) mid = hq;
    if (mid.lt(hq.neg())) mid = hq.neg();
    const d = mid.sub(L).min(R.sub(mid));
    if (d.gt(rho)) {
      rho = d;
      at = mid;
    }
  }
  return { rho, at, n };
}
