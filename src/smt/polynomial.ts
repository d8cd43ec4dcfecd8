/**
 * # Exact univariate polynomials with rational coefficients (the polynomial path of the SMT engine)
 *
 * Main definitions: {@link Poly} — immutable, canonical (no trailing zero coefficients), with
 * add, sub, mul, scale, pow, eq and exact evaluation.
 *
 * Main statements: two polynomials are equal as functions of p ∈ ℝ iff their canonical coefficient
 * lists are equal; so expanding both sides of an identity and comparing proves it for every real p
 * (in particular every p ∈ [0, 1]), not only for sampled p.
 *
 * Implementation notes: BigInt rationals throughout; degrees stay small (≤ a few hundred).
 */
import { Rational } from '../exact/Rational.js';

/** A polynomial Σ c_k p^k. */
export class Poly {
  /** coefficients, lowest degree first, no trailing zeros */
  readonly c: readonly Rational[];
  private constructor(c: readonly Rational[]) {
    let n = c.length;
    while (n > 0 && c[n - 1]!.isZero()) n--;
    this.c = c.slice(0, n);
  }
  /** From coefficients (lowest degree first). */
  static of(c: readonly Rational[]): Poly {
    return new Poly(c);
  }
  /** The constant polynomial. */
  static constant(r: Rational): Poly {
    return new Poly([r]);
  }
  /** The polynomial p. */
  static readonly X = new Poly([Rational.ZERO, Rational.ONE]);
  static readonly ZERO = new Poly([]);
  static readonly ONE = new Poly([Rational.ONE]);
  add(o: Poly): Poly {
    const n = Math.max(this.c.length, o.c.length);
    return new Poly(Array.from({ length: n }, (_, k) => (this.c[k] ?? Rational.ZERO).add(o.c[k] ?? Rational.ZERO)));
  }
  sub(o: Poly): Poly {
    return this.add(o.scale(Rational.MINUS_ONE));
  }
  scale(r: Rational): Poly {
    return new Poly(this.c.map((x) => x.mul(r)));
  }
  mul(o: Poly): Poly {
    if (this.c.length === 0 || o.c.length === 0) return Poly.ZERO;
    const out = Array.from({ length: this.c.length + o.c.length - 1 }, () => Rational.ZERO);
    this.c.forEach((a, i) => o.c.forEach((b, j) => (out[i + j] = out[i + j]!.add(a.mul(b)))));
    return new Poly(out);
  }
  pow(k: number): Poly {
    let r: Poly = Poly.ONE;
    for (let i = 0; i < k; i++) r = r.mul(this);
    return r;
  }
  eq(o: Poly): boolean {
    return this.c.length === o.c.length && this.c.every((x, k) => x.eq(o.c[k]!));
  }
  get degree(): number {
    return this.c.length - 1;
  }
  eval(p: Rational): Rational {
    let s = Rational.ZERO;
    for (let k = this.c.length - 1; k >= 0; k--) s = s.mul(p).add(this.c[k]!);
    return s;
  }
  toString(): string {
    return this.c.map((x, k) => `${x}·p^${k}`).join(' + ') || '0';
  }
}
