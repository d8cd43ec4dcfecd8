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
 * (float keys, exact tie-breaks: O(N log N) comparisons) and sweeps once.
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
  /** A double near τ (for the float filter of the sort). */
  get approx(): number {
    return (this.approxCache ??= this.p.toNumber() / this.q.toNumber());
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
    let A = Rational.ZERO;
    let B = Rational.ZERO;
    const kinks: Kink[] = [];
    for (const { alpha, a, b } of neurons) {
      const sa = a.sign();
      if (sa === 0) {
        if (b.sign() > 0) A = A.add(alpha.mul(b));
        continue;
      }
      // τ = −b/a = (−sign(a)·b)/|a|; c = jump·τ = −sign(a)·α·b: exact and dyadic when α, b are.
      const ab = alpha.mul(b);
      if (sa > 0) kinks.push(new Kink(b.neg(), a, alpha.mul(a), ab.neg()));
      else {
        kinks.push(new Kink(b, a.neg(), alpha.mul(a).neg(), ab));
        A = A.add(ab);
        B = B.add(alpha.mul(a));
      }
    }
    return new PiecewiseLinear(A, B, kinks);
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
      if (last && last.cmpKink(k) === 0) out[out.length - 1] = new Kink(last.p, last.q, last.jump.add(k.jump), last.c.add(k.c));
      else out.push(k);
    }
    return out.filter((k) => !k.jump.isZero());
  }

  /** φ(c−h) − 2φ(c) + φ(c+h). */
  secondDifference(c: Rational, h: Rational): Rational {
    return this.eval(c.sub(h)).sub(this.eval(c).mul(Rational.TWO)).add(this.eval(c.add(h)));
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
    const sorted = sortKinks(this.kinks);
    // affine piece valid on the current position: value(t) = A' + B'·t
    let A = this.A;
    let B = this.B;
    let idx = 0;
    // absorb kinks with τ ≤ lo (at t = lo the ramp is 0 for τ = lo, so including it is harmless)
    while (idx < sorted.length && sorted[idx]!.cmpTau(lo) <= 0) {
      const k = sorted[idx++]!;
      B = B.add(k.jump);
      A = A.sub(k.c);
    }
    // The value at a kink τ = p/q is (A'·q + B'·p)/q; it is compared with the best so far as a
    // pair (|numerator|, q) by cross-multiplication, so for dyadic data no gcd is ever taken here.
    let best = A.add(B.mul(lo)).abs();
    let bestNum = best;
    let bestQ = Rational.ONE;
    let atKink: Kink | undefined;
    let at = lo;
    while (idx < sorted.length && sorted[idx]!.cmpTau(hi) < 0) {
      const k0 = sorted[idx]!;
      const vNum = A.mul(k0.q).add(B.mul(k0.p)).abs();
      if (vNum.mul(bestQ).gt(bestNum.mul(k0.q))) {
        bestNum = vNum;
        bestQ = k0.q;
        atKink = k0;
      }
      while (idx < sorted.length && sorted[idx]!.cmpKink(k0) === 0) {
        const k = sorted[idx++]!;
        B = B.add(k.jump);
        A = A.sub(k.c);
      }
    }
    if (atKink) {
      best = bestNum.div(bestQ);
      at = atKink.tau;
    }
    const vHi = A.add(B.mul(hi)).abs();
    if (vHi.gt(best)) {
      best = vHi;
      at = hi;
    }
    return { value: best, at };
  }
}

/**
 * Kinks sorted by τ. A float key decides comparisons whose keys differ by more than a safe relative
 * margin; close or equal keys are compared exactly, so the order is the exact one.
 */
export function sortKinks(kinks: readonly Kink[]): Kink[] {
  const sorted = [...kinks];
  sorted.sort((x, y) => {
    const fx = x.approx;
    const fy = y.approx;
    const diff = fx - fy;
    const scale = Math.max(Math.abs(fx), Math.abs(fy));
    if (Number.isFinite(diff) && Math.abs(diff) > 1e-9 * scale && scale < 1e300 && scale > 1e-300) return diff;
    return x.cmpKink(y);
  });
  return sorted;
}
