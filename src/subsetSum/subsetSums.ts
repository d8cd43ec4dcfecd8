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
 * The closest subset sum filters the same way: the float minimum distance over the meet-in-the-middle
 * pairs, then every pair within 4·err of it re-evaluated exactly, the first exact minimiser (in the
 * order A mask, then position in B) returned. The two halves are generated sorted, with their
 * masks, by the same merges, and both float scans walk one pointer down B as A rises (linear, no
 * binary search): the W3 claim solves ~700 such instances of ~25 values at CI depth.
 *
 * References: blueprint P4 (Lueker 1998), E15, §7 (W1), §7 (W3) (`docs/blueprint.md`).
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, requireInt } from '../errors.js';

const U = 2 ** -53;

/** Result of {@link closestSubsetSum}. */
export interface Closest {
  readonly distance: Rational;
  readonly S: number[];
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
    let i = 0,
      j = 0,
      k = 0;
    while (i < len && j < len) {
      const a = cur[i]!,
        b = cur[j]! + x;
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

/** Float subset sums `v` with their subsets `m` (bit j: value j of the half), in (sum, mask) order. */
export interface SortedSums {
  readonly v: Float64Array;
  readonly m: Uint32Array;
}

/**
 * The 2^n float subset sums of xs with their masks, in increasing order of (sum, mask): the float
 * sum of mask M is formed by adding its values in increasing index (0 + x_{j₁} + x_{j₂} + …), and
 * equal floats are ordered by mask — the order of a stable sort of the mask-indexed table by value.
 *
 * By n merges as in {@link sortedSubsetSums}, carrying the masks: a comparator sort of 2^14 indices
 * cost ~6 ms per call and was the largest item of the W3 claim's profile; the merge costs
 * 2^(n+1) moves. The merge alone orders ties of equal floats by mask only when the rounding of
 * L + x does not merge two distinct sums of L, so each run of equal sums is then sorted by mask
 * (runs are short except for repeated values).
 */
export function sortedSumsWithMasks(xs: readonly number[]): SortedSums {
  const total = 1 << xs.length;
  let cv = new Float64Array(total),
    nv = new Float64Array(total);
  let cm = new Uint32Array(total),
    nm = new Uint32Array(total);
  let len = 1;
  for (let bit = 0; bit < xs.length; bit++) {
    const x = xs[bit]!;
    const b1 = (1 << bit) >>> 0;
    let i = 0,
      j = 0,
      k = 0;
    while (i < len && j < len) {
      const a = cv[i]!,
        b = cv[j]! + x;
      // on a tie L comes first: its masks are below 2^bit, those of L + x are not
      if (a <= b) {
        nv[k] = a;
        nm[k++] = cm[i++]!;
      } else {
        nv[k] = b;
        nm[k++] = (cm[j++]! | b1) >>> 0;
      }
    }
    while (i < len) {
      nv[k] = cv[i]!;
      nm[k++] = cm[i++]!;
    }
    while (j < len) {
      nv[k] = cv[j]! + x;
      nm[k++] = (cm[j++]! | b1) >>> 0;
    }
    [cv, nv] = [nv, cv];
    [cm, nm] = [nm, cm];
    len *= 2;
  }
  for (let s = 0; s < total; ) {
    let e = s + 1;
    while (e < total && cv[e] === cv[s]) e++;
    if (e - s > 1) cm.subarray(s, e).sort();
    s = e;
  }
  return { v: cv, m: cm };
}

/** The first index k with a[k] ≥ x (a sorted increasingly), a.length if none. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0,
    hi = a.length;
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

/**
 * Meet-in-the-middle tables of a value list: the sums of the first h values (A) and of the others
 * (B), each sorted with its masks.
 */
class Halves {
  readonly h: number;
  readonly A: SortedSums;
  readonly B: SortedSums;
  readonly err: number;
  private byMaskA: Float64Array | undefined;
  constructor(readonly xs: readonly Rational[]) {
    const f = xs.map((x) => x.toNumber());
    this.h = Math.floor(xs.length / 2);
    this.A = sortedSumsWithMasks(f.slice(0, this.h));
    this.B = sortedSumsWithMasks(f.slice(this.h));
    let abs = 0;
    for (const x of f) abs += Math.abs(x);
    // conversion error (≤ u each, or ≤ 2^−1075 for values below the doubles' range) plus summation
    // error; generous factor 4
    this.err = 4 * (xs.length + 2) * U * abs + (xs.length + 2) * Number.MIN_VALUE;
  }

  /**
   * min over pairs of |(z − a) − b| in floats, the float filter's estimate of the closest distance.
   * As z − a falls (a rising), its lower bound in B falls: one downward pointer instead of a
   * binary search per a; the values compared are those of the binary search (the same float
   * expressions), so the minimum is the same double.
   */
  floatClosest(zf: number): number {
    const A = this.A.v,
      B = this.B.v;
    let best = Infinity;
    let p = B.length;
    for (let i = 0; i < A.length; i++) {
      const need = zf - A[i]!;
      while (p > 0 && B[p - 1]! >= need) p--;
      // p = lowerBound(B, need): compare B[p − 1] and B[p]
      if (p > 0) {
        const t = Math.abs(need - B[p - 1]!);
        if (t < best) best = t;
      }
      if (p < B.length) {
        const t = Math.abs(need - B[p]!);
        if (t < best) best = t;
      }
    }
    return best;
  }

  /**
   * All subsets whose float sum a + b lies in [lo, hi] (b ≥ lo − a and b + a ≤ hi), in the order of
   * the A mask, then of the position in B; at most `limit` of them (the first in that order).
   *
   * Found along A in sorted order (the start in B only falls, as above), then put in that order; a
   * window holding more than 2·limit pairs (only with many repeated values) is enumerated by A mask
   * directly instead, which stops at the limit.
   */
  subsetsIn(lo: number, hi: number, limit = 4096): number[][] {
    const A = this.A.v,
      Am = this.A.m,
      B = this.B.v,
      Bm = this.B.m;
    const scale = B.length;
    const keys: number[] = [];
    const cap = 2 * limit;
    let p = B.length;
    for (let i = 0; i < A.length; i++) {
      const a = A[i]!;
      const need = lo - a;
      while (p > 0 && B[p - 1]! >= need) p--;
      for (let k = p; k < B.length && B[k]! + a <= hi; k++) {
        keys.push(Am[i]! * scale + k); // < 2^44: exact, and its order is (A mask, position in B)
        if (keys.length > cap) return this.subsetsInByMask(lo, hi, limit);
      }
    }
    keys.sort((x, y) => x - y);
    const out: number[][] = [];
    const n = this.xs.length;
    for (const key of keys) {
      if (out.length >= limit) break;
      const k = key % scale;
      out.push([...maskToSet((key - k) / scale, 0, this.h), ...maskToSet(Bm[k]!, this.h, n - this.h)]);
    }
    return out;
  }

  /** {@link subsetsIn} by a loop over the A masks in increasing order (a binary search in B each). */
  private subsetsInByMask(lo: number, hi: number, limit: number): number[][] {
    if (!this.byMaskA) {
      this.byMaskA = new Float64Array(this.A.v.length);
      for (let i = 0; i < this.A.v.length; i++) this.byMaskA[this.A.m[i]!] = this.A.v[i]!;
    }
    const A = this.byMaskA,
      B = this.B.v;
    const out: number[][] = [];
    for (let i = 0; i < A.length; i++) {
      const a = A[i]!;
      for (let k = lowerBound(B, lo - a); k < B.length && B[k]! + a <= hi; k++) {
        out.push([...maskToSet(i, 0, this.h), ...maskToSet(this.B.m[k]!, this.h, this.xs.length - this.h)]);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** The exact closest subset sum to z (see {@link closestSubsetSum}). */
  closest(z: Rational): Closest {
    const xs = this.xs;
    const zf = z.toNumber();
    const best = this.floatClosest(zf);
    // candidates: float distance within best + 4·err (true distances within 2·err of the float ones)
    const tol = best + 4 * this.err + 4 * U * Math.abs(zf);
    let bestExact: Closest | undefined;
    for (const S of this.subsetsIn(zf - tol, zf + tol, 1 << 16)) {
      const d = z.sub(exactSum(xs, S)).abs();
      if (!bestExact || d.lt(bestExact.distance)) bestExact = { distance: d, S };
    }
    return bestExact!;
  }
}

/**
 * The exact min over S of |z − Σ_{j∈S} x_j|, with a minimiser. Among several minimisers, S is the
 * first in a fixed order (deterministic, so the constructions built on S are reproducible): with
 * h = ⌊n/2⌋, by the mask of S ∩ [0, h), then by the float sum of S ∖ [0, h) (its values added in
 * increasing index), then by the mask of S ∖ [0, h) — of the first 2^16 candidates of the float
 * window in that order (the window holds every minimiser; more candidates need massively repeated values).
 * @throws InvalidParameterError for more than 44 values
 */
export function closestSubsetSum(xs: readonly Rational[], z: Rational): Closest {
  requireInt('closestSubsetSum', 'xs.length', xs.length, 0, 44);
  return new Halves(xs).closest(z);
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
    const a = all[k]!,
      b = all[k + 1]!;
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
      const d = H.closest(z).distance;
      if (d.gt(rho)) {
        rho = d;
        at = z;
      }
      continue;
    }
    // exact endpoints: the largest exact sum in the cluster around lo, the smallest around hi
    const loSets = H.subsetsIn(c.lo - 2 * err, c.lo + 2 * err);
    const hiSets = H.subsetsIn(c.hi - 2 * err, c.hi + 2 * err);
    if (loSets.length === 0 || hiSets.length === 0)
      throw new InvalidParameterError(
        'coveringRadius',
        'xs',
        'values whose float sums are recoverable',
        'an empty cluster (internal error)',
      );
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
