/**
 * # One-dimensional piecewise-linear functions
 *
 * Main definitions: {@link PiecewiseLinear} — φ(t) = A + B·t + Σ_k J_k (t − τ_k)_+, with
 * {@link PiecewiseLinear.eval}, {@link PiecewiseLinear.effectiveBreakpoints} (coinciding kinks merged,
 * zero total jumps dropped), {@link PiecewiseLinear.secondDifference},
 * {@link PiecewiseLinear.hatSum} (Σ_k J_k (h − |τ_k − c|)_+), {@link PiecewiseLinear.supAbs}
 * (exact max of |φ| over [lo, hi] with its argmax), {@link PiecewiseLinear.isAffineOn}.
 *
 * Main statements: E4 `second_difference_eq_hat_sum` relates the two; `supAbs` is exact because |φ|
 * is convex between consecutive breakpoints, so its max over [lo, hi] is at lo, hi or a breakpoint.
 *
 * Implementation notes: each kink stores J, c = J·τ and τ as an unreduced quotient p/q, so the
 * affine piece (A', B') to the right of a kink is updated by B' += J, A' −= c. For ReLU neurons
 * p, q and c = ±α·b are dyadic when α, a, b are doubles' values, so the sweep's running coefficients
 * never accumulate the breakpoints' denominators and no gcd is taken in the sweep (measured: this
 * halves the 1-D sup of 10,000 random neurons against canonical τ's). `supAbs` sorts the kinks
 * (packed float keys sorted natively, the order certified pair by pair, exactly where keys are
 * close) and sweeps once with a float filter: a breakpoint is evaluated exactly only when its float
 * value plus a rigorous error bound reaches a lower bound of the best so far, and the exact affine
 * piece is caught up (in {@link DyadicSum}s, no gcd per term) only there. Same results as the plain
 * exact sweep, value and argmax (test/unit/supAbsFast.test.ts). Measured on the bench's 10,000
 * neurons (medians of 10, old and new code paired, 2 cores at load ≈ 3): sweep ≈ 34 → ≈ 8 ms,
 * restriction ≈ 16 → ≈ 9 ms (DyadicSum for A, B in `ofNeurons`), both ≈ 79 → ≈ 17 ms.
 *
 * References: blueprint E2, E4, E5 (`docs/blueprint.md`); the 1-D piecewise-linear functions are
 * defined here.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { requireRational } from './validate.js';

/**
 * One kink J·(t − τ)_+ with τ = p/q (q > 0) kept as an unreduced quotient and c = J·τ. For ReLU
 * neurons p = −sign(a)·b and q = |a| are doubles' exact values (dyadic), so comparisons and sweep
 * values need no gcd; the canonical τ is computed only when asked for.
 */
export class Kink {
  private tauCache: Rational | undefined;
  private approxCache: number | undefined;
  /**
   * @param p numerator of τ @param q denominator of τ, > 0 @param jump J @param c J·τ
   */
  constructor(
    readonly p: Rational,
    readonly q: Rational,
    readonly jump: Rational,
    readonly c: Rational,
  ) {}
  /** τ = p/q, canonical. */
  get tau(): Rational {
    return (this.tauCache ??= this.q.eq(Rational.ONE) ? this.p : this.p.div(this.q));
  }
  /**
   * A double near τ (a few ulps; for the float filter of the sort): p/q in doubles when p and q are
   * normal doubles' magnitudes, else the canonical τ converted (p and q below the normal range lose
   * digits — 1234567·10^−327 over 10^−321 came out as 1.2376 for τ = 1.234567, and misordered a sort).
   */
  get approx(): number {
    return (this.approxCache ??= quotientToNumber(this.p, this.q));
  }
  /** Three-way exact comparison of τ with a rational x. */
  cmpTau(x: Rational): -1 | 0 | 1 {
    return this.q.eq(Rational.ONE) ? this.p.cmp(x) : this.p.cmp(x.mul(this.q));
  }
  /** Three-way exact comparison of the breakpoints of two kinks. */
  cmpKink(o: Kink): -1 | 0 | 1 {
    return this.p.mul(o.q).cmp(o.p.mul(this.q));
  }
  /** The same kink with J and c scaled by s. */
  scaled(s: Rational): Kink {
    const k = new Kink(this.p, this.q, this.jump.mul(s), this.c.mul(s));
    k.tauCache = this.tauCache;
    return k;
  }
}

/** Result of {@link PiecewiseLinear.supAbs}. */
export interface SupResult {
  /** max |φ| over the interval */
  readonly value: Rational;
  /** a point where it is attained */
  readonly at: Rational;
}

/** φ(t) = A + B·t + Σ_k J_k (t − τ_k)_+ with exact rational data. */
export class PiecewiseLinear {
  /** @param A constant term @param B slope at −∞ @param kinks the ramps */
  constructor(
    readonly A: Rational,
    readonly B: Rational,
    readonly kinks: readonly Kink[],
  ) {
    requireRational('PiecewiseLinear', 'A', A);
    requireRational('PiecewiseLinear', 'B', B);
  }

  /** A single ramp J·(t − τ)_+. */
  static kink(tau: Rational, jump: Rational): Kink {
    return new Kink(tau, Rational.ONE, jump, jump.mul(tau));
  }

  /**
   * t ↦ α·σ(a·t + b) (blueprint E2): for a > 0 the ramp α·a·(t − β)_+, for a < 0 the affine
   * α·(a·t + b) plus the ramp α|a|·(t − β)_+, for a = 0 the constant α·σ(b); β = −b/a.
   */
  static neuron(alpha: Rational, a: Rational, b: Rational): PiecewiseLinear {
    return PiecewiseLinear.ofNeurons([{ alpha, a, b }]);
  }

  /**
   * Σ_j α_j σ(a_j t + b_j) in one pass (no intermediate functions): each neuron contributes as in
   * {@link PiecewiseLinear.neuron}, accumulated into one affine part and one kink list.
   */
  static ofNeurons(neurons: Iterable<{ alpha: Rational; a: Rational; b: Rational }>): PiecewiseLinear {
    // A and B are summed as DyadicSums (no gcd per term for dyadic data; measured ≈ 4 ms of the
    // ≈ 10 ms restriction of 10,000 random neurons with Rational.add).
    const A = new DyadicSum(Rational.ZERO);
    const B = new DyadicSum(Rational.ZERO);
    const kinks: Kink[] = [];
    for (const { alpha, a, b } of neurons) {
      const sa = a.sign();
      if (sa === 0) {
        if (b.sign() > 0) A.add(alpha.mul(b), false);
        continue;
      }
      // τ = −b/a = (−sign(a)·b)/|a|; c = jump·τ = −sign(a)·α·b: exact and dyadic when α, b are.
      const ab = alpha.mul(b);
      const aa = alpha.mul(a);
      if (sa > 0) kinks.push(new Kink(b.neg(), a, aa, ab.neg()));
      else {
        kinks.push(new Kink(b, a.neg(), aa.neg(), ab));
        A.add(ab, false);
        B.add(aa, false);
      }
    }
    return new PiecewiseLinear(A.value(), B.value(), kinks);
  }

  /** φ + ψ */
  add(o: PiecewiseLinear): PiecewiseLinear {
    return new PiecewiseLinear(this.A.add(o.A), this.B.add(o.B), [...this.kinks, ...o.kinks]);
  }

  /** c·φ */
  scale(c: Rational): PiecewiseLinear {
    return new PiecewiseLinear(
      this.A.mul(c),
      this.B.mul(c),
      this.kinks.map((k) => k.scaled(c)),
    );
  }

  /** φ − ψ */
  sub(o: PiecewiseLinear): PiecewiseLinear {
    return this.add(o.scale(Rational.MINUS_ONE));
  }

  /** Sum of many (one allocation). */
  static sum(parts: readonly PiecewiseLinear[]): PiecewiseLinear {
    let A = Rational.ZERO;
    let B = Rational.ZERO;
    const kinks: Kink[] = [];
    for (const p of parts) {
      A = A.add(p.A);
      B = B.add(p.B);
      for (const k of p.kinks) kinks.push(k);
    }
    return new PiecewiseLinear(A, B, kinks);
  }

  /** φ(t), exactly. */
  eval(t: Rational): Rational {
    let s = this.A.add(this.B.mul(t));
    for (const k of this.kinks) {
      if (k.cmpTau(t) < 0) s = s.add(k.jump.mul(t).sub(k.c));
    }
    return s;
  }

  /** The kinks with coinciding τ merged and zero total jumps dropped, sorted by τ. */
  effectiveBreakpoints(): Kink[] {
    const sorted = sortKinks(this.kinks);
    const out: Kink[] = [];
    for (const k of sorted) {
      const last = out[out.length - 1];
      if (last && last.cmpKink(k) === 0)
        out[out.length - 1] = new Kink(last.p, last.q, last.jump.add(k.jump), last.c.add(k.c));
      else out.push(k);
    }
    return out.filter((k) => !k.jump.isZero());
  }

  /** φ(c−h) − 2φ(c) + φ(c+h). */
  secondDifference(c: Rational, h: Rational): Rational {
    return this.eval(c.sub(h))
      .sub(this.eval(c).mul(Rational.TWO))
      .add(this.eval(c.add(h)));
  }

  /** Σ_k J_k (h − |τ_k − c|)_+ (the hat sum of E4). */
  hatSum(c: Rational, h: Rational): Rational {
    let s = Rational.ZERO;
    for (const k of this.kinks) {
      const w = h.sub(k.tau.sub(c).abs());
      if (w.sign() > 0) s = s.add(k.jump.mul(w));
    }
    return s;
  }

  /** Whether φ is affine on [lo, hi]: no effective breakpoint in the open interval (lo, hi). */
  isAffineOn(lo: Rational, hi: Rational): boolean {
    return this.effectiveBreakpoints().every((k) => !(k.tau.gt(lo) && k.tau.lt(hi)));
  }

  /**
   * The exact max of |φ| over [lo, hi] and a point attaining it (the first such in increasing t).
   * @throws InvalidParameterError when lo > hi
   */
  supAbs(lo: Rational, hi: Rational): SupResult {
    if (lo.gt(hi)) throw new InvalidParameterError('PiecewiseLinear.supAbs', 'lo', `≤ hi = ${hi}`, lo.toString());
    const ks = this.kinks;
    const n = ks.length;
    const keys = new Float64Array(n);
    for (let j = 0; j < n; j++) keys[j] = tauKey(ks[j]!);
    const order = sortedOrder(ks, keys);
    const loF = lo.toNumber();
    const hiF = hi.toNumber();
    // Exact affine piece A + B·t after absorbing the kinks order[0..ex); caught up only where an
    // exact value is needed (at lo, at the candidates the float filter cannot rule out, at hi).
    const accA = new DyadicSum(this.A);
    const accB = new DyadicSum(this.B);
    let A = this.A;
    let B = this.B;
    let ex = 0;
    const catchUp = (to: number): void => {
      if (ex >= to) return;
      for (; ex < to; ex++) {
        const k = ks[order[ex]!]!;
        accB.add(k.jump, false);
        accA.add(k.c, true);
      }
      A = accA.value();
      B = accB.value();
    };
    let idx = 0;
    // absorb kinks with τ ≤ lo (at t = lo the ramp is 0 for τ = lo, so including it is harmless)
    while (idx < n && cmpTauKeyed(ks[order[idx]!]!, keys[order[idx]!]!, lo, loF) <= 0) idx++;
    catchUp(idx);
    // The value at a kink τ = p/q is (A'·q + B'·p)/q; it is compared with the best so far as a
    // pair (|numerator|, q) by cross-multiplication, so for dyadic data no gcd is ever taken here.
    let best = A.add(B.mul(lo)).abs();
    let bestNum = best;
    let bestQ = Rational.ONE;
    let atKink: Kink | undefined;
    let at = lo;
    // Float filter: Af, Bf track A, B in doubles; SA, SB bound Σ|terms| of each running sum (the
    // start value included), so |Af − A| ≤ (#terms + 4)·u·SA + (#terms)·2^−1074·… ≪ 1e−6·SA + 1e−290
    // (see valueBound). A candidate is skipped only when its float value plus that bound is below a
    // lower bound of the exact best: then |φ(τ)| < best, and the exact sweep would not take it either
    // (it takes strictly greater values only). Non-finite floats never skip.
    let Af = A.toNumber();
    let Bf = B.toNumber();
    let SA = Math.abs(Af);
    let SB = Math.abs(Bf);
    let bestLo = lowerBound(best.toNumber());
    while (idx < n) {
      const i0 = order[idx]!;
      const k0 = ks[i0]!;
      const t0 = keys[i0]!;
      if (cmpTauKeyed(k0, t0, hi, hiF) >= 0) break;
      if (!(Math.abs(Af + Bf * t0) + valueBound(SA, SB, t0) < bestLo)) {
        catchUp(idx);
        const vNum = A.mul(k0.q).add(B.mul(k0.p)).abs();
        if (vNum.mul(bestQ).gt(bestNum.mul(k0.q))) {
          bestNum = vNum;
          bestQ = k0.q;
          atKink = k0;
          bestLo = lowerBound(quotientToNumber(vNum, k0.q));
        }
      }
      // absorb the kinks at τ_k0 (the float keys separate most neighbours; equal or close keys exactly)
      do {
        const k = ks[order[idx]!]!;
        const jf = k.jump.toNumber();
        const cf = k.c.toNumber();
        Bf += jf;
        Af -= cf;
        SB += Math.abs(jf);
        SA += Math.abs(cf);
        idx++;
      } while (idx < n && sameTauKeyed(ks[order[idx]!]!, keys[order[idx]!]!, k0, t0));
    }
    if (atKink) {
      best = bestNum.div(bestQ);
      at = atKink.tau;
    }
    if (!(Math.abs(Af + Bf * hiF) + valueBound(SA, SB, hiF) < bestLo)) {
      catchUp(idx);
      const vHi = A.add(B.mul(hi)).abs();
      if (vHi.gt(best)) {
        best = vHi;
        at = hi;
      }
    }
    return { value: best, at };
  }
}

const POW2: bigint[] = [];

/**
 * An exact running sum of rationals: dyadic terms n/2^e are added into one integer numerator over
 * the largest 2^e seen (a shift and an add, no gcd), any other term into a Rational remainder.
 * Measured on the bench's sweep: the catch-up over ≈ 2,500 kinks costs ≈ 1 ms against ≈ 4 ms with
 * `Rational.add` (which reduces every partial sum).
 */
class DyadicSum {
  private num = 0n;
  private exp = 0;
  private rest: Rational;
  private cached: Rational | undefined;
  constructor(start: Rational) {
    this.rest = start;
    this.cached = start;
  }
  /** this += (negate ? −r : r) */
  add(r: Rational, negate: boolean): void {
    if (r.num === 0n) return;
    this.cached = undefined;
    const e = dyadicExponent(r.den);
    if (e < 0) {
      this.rest = negate ? this.rest.sub(r) : this.rest.add(r);
      return;
    }
    const m = negate ? -r.num : r.num;
    if (e === this.exp) this.num += m;
    else if (e < this.exp) this.num += m << BigInt(this.exp - e);
    else {
      this.num = (this.num << BigInt(e - this.exp)) + m;
      this.exp = e;
    }
  }
  /** The sum, canonical. */
  value(): Rational {
    return (this.cached ??= Rational.of(this.num, pow2(this.exp)).add(this.rest));
  }
}

function pow2(e: number): bigint {
  return (POW2[e] ??= 1n << BigInt(e));
}

/** e when d = 2^e (e ≤ 1074, so that the double of d decides), −1 otherwise. */
function dyadicExponent(d: bigint): number {
  if (d === 1n) return 0;
  const e = Math.log2(Number(d)); // exact for powers of two (checked below anyway)
  return Number.isInteger(e) && e <= 1074 && d === pow2(e) ? e : -1;
}

/**
 * A double key of τ = p/q for the float filters: p/q in doubles when p and q convert to normal
 * doubles in [1e−300, 1e300] (each within 3 ulps, so the key is within 8 ulps of τ unless the
 * quotient underflows), NaN otherwise — then every decision about this kink is taken exactly.
 */
function tauKey(k: Kink): number {
  const pf = k.p.toNumber();
  const qf = k.q.toNumber();
  const ap = Math.abs(pf);
  if (!(qf >= 1e-300 && qf <= 1e300)) return NaN;
  if (ap >= 1e-300 && ap <= 1e300) return pf / qf;
  return k.p.isZero() ? 0 : NaN;
}

/**
 * The sign of x − y when the float keys decide it (keys within 8 ulps of their values, a difference
 * above 10^−9 of the larger magnitude, magnitudes in (1e−300, 1e300)); 0 when they do not.
 */
function keyOrder(x: number, y: number): number {
  const diff = x - y;
  const scale = Math.max(Math.abs(x), Math.abs(y));
  if (Number.isFinite(diff) && Math.abs(diff) > 1e-9 * scale && scale < 1e300 && scale > 1e-300) return diff;
  return 0;
}

/** τ_k vs x (key t of k, xf a double within 3 ulps of x), exact whenever the keys do not decide. */
function cmpTauKeyed(k: Kink, t: number, x: Rational, xf: number): number {
  const d = keyOrder(t, xf);
  return d !== 0 ? d : k.cmpTau(x);
}

/** Whether τ_k = τ_k0 (keys t, t0), exact whenever the keys do not decide. */
function sameTauKeyed(k: Kink, t: number, k0: Kink, t0: number): boolean {
  return keyOrder(t, t0) === 0 && k.cmpKink(k0) === 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The full comparator of {@link sortedOrder}: exact τ (float keys where they decide), then index. */
function orderCmp(kinks: readonly Kink[], keys: Float64Array, i: number, j: number): number {
  const d = keyOrder(keys[i]!, keys[j]!);
  if (d !== 0) return d;
  return kinks[i]!.cmpKink(kinks[j]!) || i - j;
}

/**
 * The indices of `kinks` in increasing exact τ, ties in index order (the order of {@link sortKinks}).
 *
 * Implementation: each key's bits are mapped to an unsigned 64-bit integer in the order of the
 * doubles, its low ⌈log₂ n⌉ bits replaced by the index, and the lot sorted by the native
 * BigUint64Array sort (no comparator calls, no BigInt allocated). That order is then certified pair by
 * pair — {@link keyOrder} where it decides, exactly (τ, then index) otherwise — and any inversion
 * (possible only among keys closer than 2^−31 relative, or NaN keys) falls back to the comparator
 * sort. Measured on the bench's 10,000 kinks: ≈ 0.9 ms against ≈ 6.5 ms for `Array.prototype.sort`
 * with the float-then-exact comparator.
 */
function sortedOrder(kinks: readonly Kink[], keys: Float64Array): number[] {
  const n = kinks.length;
  const order: number[] = new Array<number>(n);
  let sorted = false;
  if (LITTLE_ENDIAN && n < 2 ** 31) {
    const shift = n <= 1 ? 1 : Math.ceil(Math.log2(n));
    const mask = (2 ** shift - 1) >>> 0;
    const bits = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
    const packed = new BigUint64Array(n);
    const w = new Uint32Array(packed.buffer);
    for (let j = 0; j < n; j++) {
      const hi = bits[2 * j + 1]!;
      const lo = bits[2 * j]!;
      // the doubles' order as unsigned integers: flip every bit of negatives, the sign bit of the rest
      const neg = hi >>> 31 === 1;
      w[2 * j + 1] = neg ? ~hi >>> 0 : (hi | 0x80000000) >>> 0;
      w[2 * j] = (((neg ? ~lo : lo) & ~mask) | j) >>> 0;
    }
    packed.sort();
    sorted = true;
    for (let j = 0; j < n; j++) order[j] = w[2 * j]! & mask;
    for (let j = 1; j < n && sorted; j++) {
      const x = order[j - 1]!;
      const y = order[j]!;
      const d = keyOrder(keys[x]!, keys[y]!);
      if (d > 0 || (d === 0 && (kinks[x]!.cmpKink(kinks[y]!) || x - y) > 0)) sorted = false;
    }
  }
  if (!sorted) {
    for (let j = 0; j < n; j++) order[j] = j;
    order.sort((i, j) => orderCmp(kinks, keys, i, j));
  }
  return order;
}

/**
 * A bound on |Af + Bf·t − (A + B·τ)| for the running float sums of the sweep (SA, SB ≥ the sums of
 * the absolute values of their terms, t a key of τ): each of the ≤ n terms is within 3 ulps of its
 * value (or, underflowing, within 2^−1000 of it), each of the ≤ n additions rounds by ≤ u times the
 * partial sum's bound, so the sums err by ≤ (n + 4)·u·S + n·2^−1000 (u = 2^−53); τ's key errs by
 * ≤ 8u·|τ| + 2^−1000. The slope's error is multiplied by |t|: its absolute part n·2^−1000·|t| is
 * not small when |t| is huge (jumps of 10^−551 read 0 in doubles, while B·τ = 10^−62 at τ = 10^267:
 * the sweep skipped the true maximum at hi). Since n < 2^32,
 * 1e−6·(SA + SB·(|t| + 1e−290)) + 1e−290·(1 + |t|) covers all of it with a wide margin (and is NaN
 * or ∞ when a float is, which never skips).
 */
function valueBound(SA: number, SB: number, t: number): number {
  const at = Math.abs(t);
  return 1e-6 * (SA + SB * (at + 1e-290)) + 1e-290 * (1 + at);
}

/**
 * a/b as a double within a few ulps of the quotient (b > 0): in doubles when a and b are normal
 * doubles' magnitudes, else from the exact quotient (a and b below the normal range lose digits: with
 * b = 3·2^−1074 and a = 0.9·b, a/b in doubles read 1, and a lower bound built on it skipped a larger
 * value later in the sweep).
 */
function quotientToNumber(a: Rational, b: Rational): number {
  const af = a.toNumber(),
    bf = b.toNumber(),
    aa = Math.abs(af);
  const normal = bf >= 1e-300 && bf <= 1e300 && (af === 0 ? a.isZero() : aa >= 1e-300 && aa <= 1e300);
  return normal ? af / bf : a.div(b).toNumber();
}

/** A lower bound of a non-negative value from a double within 8 ulps of it; −∞ when not finite. */
function lowerBound(f: number): number {
  return Number.isFinite(f) ? f * (1 - 1e-9) - 1e-300 : -Infinity;
}

/**
 * Kinks sorted by τ. A float key decides comparisons whose keys differ by more than a safe relative
 * margin; close or equal keys are compared exactly, so the order is the exact one.
 */
export function sortKinks(kinks: readonly Kink[]): Kink[] {
  const sorted = [...kinks];
  sorted.sort((x, y) => keyOrder(x.approx, y.approx) || x.cmpKink(y));
  return sorted;
}
