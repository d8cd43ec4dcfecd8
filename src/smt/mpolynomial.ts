/**
 * # Exact multivariate polynomials with rational coefficients (the polynomial path, several rates)
 *
 * Main definitions: {@link MPoly} — sparse, canonical (no zero coefficients), over variables
 * numbered 0, 1, …; add, mul, scale, eq, and the sign test {@link MPoly.nonNegativeCoefficients}.
 *
 * Main statements: two polynomials are equal as functions on ℝ^n iff their canonical coefficient maps
 * are equal; a polynomial whose coefficients are all ≥ 0 is ≥ 0 wherever every variable is ≥ 0 (a
 * positivity certificate).
 *
 * Implementation notes: a monomial is its exponent vector, keyed as the string "e0,e1,…" (trailing
 * zeros trimmed); BigInt rationals throughout.
 */
import { Rational } from '../exact/Rational.js';

const key = (e: readonly number[]): string => {
  let n = e.length;
  while (n > 0 && e[n - 1] === 0) n--;
  return e.slice(0, n).join(',');
};
const parse = (k: string): number[] => (k === '' ? [] : k.split(',').map(Number));

/** A polynomial Σ c_e x^e in variables x_0, x_1, …. */
export class MPoly {
  /** monomial key → non-zero coefficient */
  readonly terms: ReadonlyMap<string, Rational>;
  private constructor(terms: Map<string, Rational>) {
    for (const [k, v] of terms) if (v.isZero()) terms.delete(k);
    this.terms = terms;
  }
  static readonly ZERO = new MPoly(new Map());
  static readonly ONE = new MPoly(new Map([['', Rational.ONE]]));
  /** The constant r. */
  static constant(r: Rational): MPoly {
    return new MPoly(new Map([['', r]]));
  }
  /** The variable x_i. */
  static variable(i: number): MPoly {
    const e = new Array(i + 1).fill(0);
    e[i] = 1;
    return new MPoly(new Map([[key(e), Rational.ONE]]));
  }
  add(o: MPoly): MPoly {
    const m = new Map(this.terms);
    for (const [k, v] of o.terms) m.set(k, (m.get(k) ?? Rational.ZERO).add(v));
    return new MPoly(m);
  }
  sub(o: MPoly): MPoly {
    return this.add(o.scale(Rational.MINUS_ONE));
  }
  scale(r: Rational): MPoly {
    return new MPoly(new Map([...this.terms].map(([k, v]) => [k, v.mul(r)])));
  }
  mul(o: MPoly): MPoly {
    const m = new Map<string, Rational>();
    for (const [ka, va] of this.terms) {
      const ea = parse(ka);
      for (const [kb, vb] of o.terms) {
        const eb = parse(kb);
        const e = Array.from({ length: Math.max(ea.length, eb.length) }, (_, i) => (ea[i] ?? 0) + (eb[i] ?? 0));
        const k = key(e);
        m.set(k, (m.get(k) ?? Rational.ZERO).add(va.mul(vb)));
      }
    }
    return new MPoly(m);
  }
  eq(o: MPoly): boolean {
    if (this.terms.size !== o.terms.size) return false;
    for (const [k, v] of this.terms) if (!(o.terms.get(k)?.eq(v) ?? false)) return false;
    return true;
  }
  /** Every coefficient ≥ 0 (so the value is ≥ 0 wherever every variable is ≥ 0). */
  nonNegativeCoefficients(): boolean {
    for (const v of this.terms.values()) if (v.sign() < 0) return false;
    return true;
  }
  /** The value at x (missing variables read as 0). */
  eval(x: readonly Rational[]): Rational {
    let s = Rational.ZERO;
    for (const [k, v] of this.terms) s = s.add(parse(k).reduce((t, e, i) => t.mul((x[i] ?? Rational.ZERO).pow(e)), v));
    return s;
  }
  /** Number of monomials. */
  get size(): number {
    return this.terms.size;
  }
}
