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
 * Implementation notes: each kink stores J and c = J·τ, so the affine piece (A', B') to the right of
 * a kink is updated by B' += J, A' −= c. For ReLU neurons c = ±α·b is dyadic when α, b are, so the
 * sweep's running coefficients never accumulate the breakpoints' denominators; only the final value
 * A' + B'·τ at each kink does. `supAbs` sorts the kinks (O(N log N) comparisons) and sweeps once.
 *
 * References: SPEC.md §1 (1-D piecewise-linear functions), E2, E4, E5.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError } from '../errors.js';
import { requireRational } from './validate.js';

/** One kink J·(t − τ)_+, with c = J·τ kept for the dyadic-friendly sweep. */
export interface Kink {
  readonly tau: Rational;
  readonly jump: Rational;
  /** jump·tau */
  readonly c: Rational;
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
    return { tau, jump, c: jump.mul(tau) };
  }

  /**
   * t ↦ α·σ(a·t + b) (SPEC E2): for a > 0 the ramp α·a·(t − β)_+, for a < 0 the affine α·(a·t + b)
   * plus the ramp α|a|·(t − β)_+, for a = 0 the constant α·σ(b); β = −b/a.
   */
  static neuron(alpha: Rational, a: Rational, b: Rational): PiecewiseLinear {
    if (a.isZero()) return new PiecewiseLinear(alpha.mul(b.sign() > 0 ? b : Rational.ZERO), Rational.ZERO, []);
    const jump = alpha.mul(a.abs());
    const tau = b.neg().div(a);
    // c = jump·τ = α|a|·(−b/a) = −sign(a)·α·b: exact and dyadic when α, b are.
    const ab = alpha.mul(b);
    const k: Kink = { tau, jump, c: a.sign() > 0 ? ab.neg() : ab };
    if (a.sign() > 0) return new PiecewiseLinear(Rational.ZERO, Rational.ZERO, [k]);
    return new PiecewiseLinear(ab, alpha.mul(a), [k]);
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
      this.kinks.map((k) => ({ tau: k.tau, jump: k.jump.mul(c), c: k.c.mul(c) })),
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
      if (t.gt(k.tau)) s = s.add(k.jump.mul(t).sub(k.c));
    }
    return s;
  }

  /** The kinks with coinciding τ merged and zero total jumps dropped, sorted by τ. */
  effectiveBreakpoints(): Kink[] {
    const sorted = sortKinks(this.kinks);
    const out: Kink[] = [];
    for (const k of sorted) {
      const last = out[out.length - 1];
      if (last && last.tau.eq(k.tau)) out[out.length - 1] = { tau: k.tau, jump: last.jump.add(k.jump), c: last.c.add(k.c) };
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
    while (idx < sorted.length && sorted[idx]!.tau.le(lo)) {
      const k = sorted[idx++]!;
      B = B.add(k.jump);
      A = A.sub(k.c);
    }
    // Values A' + B'·τ are compared as unreduced fractions (one reduction at the end): the
    // breakpoints' denominators are not dyadic, and reducing at every kink would cost a gcd each.
    let best = A.add(B.mul(lo)).abs();
    let bestN = best.num;
    let bestD = best.den;
    let at = lo;
    while (idx < sorted.length && sorted[idx]!.tau.lt(hi)) {
      const tau = sorted[idx]!.tau;
      let vn = A.num * B.den * tau.den + B.num * tau.num * A.den;
      const vd = A.den * B.den * tau.den;
      if (vn < 0n) vn = -vn;
      if (vn * bestD > bestN * vd) {
        bestN = vn;
        bestD = vd;
        at = tau;
      }
      while (idx < sorted.length && sorted[idx]!.tau.eq(tau)) {
        const k = sorted[idx++]!;
        B = B.add(k.jump);
        A = A.sub(k.c);
      }
    }
    best = Rational.of(bestN, bestD);
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
  const keyed = kinks.map((k) => ({ k, f: k.tau.toNumber() }));
  keyed.sort((x, y) => {
    const diff = x.f - y.f;
    const scale = Math.max(Math.abs(x.f), Math.abs(y.f));
    if (Number.isFinite(diff) && Math.abs(diff) > 1e-9 * scale && scale < 1e300 && scale > 1e-300) return diff;
    return x.k.tau.cmp(y.k.tau);
  });
  return keyed.map((x) => x.k);
}
