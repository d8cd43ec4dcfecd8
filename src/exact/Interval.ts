/**
 * # Rigorous enclosures of irrational constants
 *
 * Main definitions: {@link Interval} (a closed interval with rational ends), {@link piEnclosure},
 * {@link atanEnclosure}, {@link cauchyMassEnclosure} (P(Cauchy ∈ [u, v]) = (atan v − atan u)/π).
 *
 * Main statements: the true value lies in `[lo, hi]` — every end is computed with decimal.js in
 * directed rounding (ROUND_FLOOR for lower ends, ROUND_CEIL for upper ends) of correctly-rounded basic
 * operations on positive quantities, so each computed lower end is ≤ the exact quantity and each upper
 * end ≥ it, plus a proved bound on the series tail.
 *
 * Implementation notes: atan uses Euler's series
 *   atan x = Σ_{n≥0} a_n,  a_0 = x/(1+x²),  a_n = a_{n−1}·(2n/(2n+1))·y,  y = x²/(1+x²),
 * whose terms are all positive for x > 0 and whose tail after a_K is ≤ a_K·x² (geometric with
 * ratio < y and y/(1−y) = x²). Arguments |x| > 1 use atan x = π/2 − atan(1/x); π uses Machin's
 * formula π = 16 atan(1/5) − 4 atan(1/239). No platform `Math.*` function is used, so the enclosures
 * are identical on every machine. Transcendental functions of decimal.js itself are not used (its
 * trig functions are not documented as correctly rounded); only +, ×, ÷, which are.
 *
 * References: README, "Conventions" (π and atan are enclosures with rational ends); blueprint P1, C2
 * (`docs/blueprint.md`).
 */
import { Decimal } from 'decimal.js';
import { Rational, q } from './Rational.js';
import { InvalidParameterError, show } from '../errors.js';

/** A closed interval [lo, hi] with exact rational ends, lo ≤ hi. */
export class Interval {
  /** @throws InvalidParameterError when lo > hi */
  constructor(
    readonly lo: Rational,
    readonly hi: Rational,
  ) {
    if (lo.gt(hi)) throw new InvalidParameterError('Interval', 'lo', `≤ hi = ${hi}`, lo.toString());
  }
  /** The degenerate interval [x, x]. */
  static point(x: Rational): Interval {
    return new Interval(x, x);
  }
  /** [lo+o.lo, hi+o.hi] */
  add(o: Interval): Interval {
    return new Interval(this.lo.add(o.lo), this.hi.add(o.hi));
  }
  /** [lo−o.hi, hi−o.lo] */
  sub(o: Interval): Interval {
    return new Interval(this.lo.sub(o.hi), this.hi.sub(o.lo));
  }
  /** −this */
  neg(): Interval {
    return new Interval(this.hi.neg(), this.lo.neg());
  }
  /** Product (general signs). */
  mul(o: Interval): Interval {
    const c = [this.lo.mul(o.lo), this.lo.mul(o.hi), this.hi.mul(o.lo), this.hi.mul(o.hi)];
    return new Interval(
      c.reduce((a, b) => a.min(b)),
      c.reduce((a, b) => a.max(b)),
    );
  }
  /** Quotient by an interval not containing 0. */
  div(o: Interval): Interval {
    if (o.lo.sign() <= 0 && o.hi.sign() >= 0)
      throw new InvalidParameterError('Interval.div', 'o', 'an interval not containing 0', o.toString());
    return this.mul(new Interval(o.hi.inv(), o.lo.inv()));
  }
  /** Scale by an exact rational. */
  scale(c: Rational): Interval {
    return c.sign() >= 0 ? new Interval(this.lo.mul(c), this.hi.mul(c)) : new Interval(this.hi.mul(c), this.lo.mul(c));
  }
  /** Sign of the interval if it does not straddle 0 (0 when it does). */
  sign0(): -1 | 0 | 1 {
    if (this.lo.sign() > 0) return 1;
    if (this.hi.sign() < 0) return -1;
    return 0;
  }
  /** lo ≤ x ≤ hi */
  contains(x: Rational): boolean {
    return this.lo.le(x) && x.le(this.hi);
  }
  /** hi − lo */
  width(): Rational {
    return this.hi.sub(this.lo);
  }
  /** "[lo, hi]" with exact ends. */
  toString(): string {
    return `[${this.lo}, ${this.hi}]`;
  }
  /** JSON form: exact ends and a short decimal rendering. */
  toJSON(): { lo: string; hi: string; approx: string } {
    return {
      lo: this.lo.toString(),
      hi: this.hi.toString(),
      approx: `[${this.lo.toDecimal(12)}, ${this.hi.toDecimal(12)}]`,
    };
  }
}

const DIGITS_DEFAULT = 40;
type Dec = Decimal;
interface Pair {
  down: typeof Decimal;
  up: typeof Decimal;
}
const pairs = new Map<number, Pair>();
function decimals(digits: number): Pair {
  let p = pairs.get(digits);
  if (!p) {
    p = {
      down: Decimal.clone({ precision: digits, rounding: Decimal.ROUND_FLOOR }),
      up: Decimal.clone({ precision: digits, rounding: Decimal.ROUND_CEIL }),
    };
    pairs.set(digits, p);
  }
  return p;
}

function decToRational(x: Dec): Rational {
  return Rational.parse(x.toFixed());
}

/** Enclosure of atan(x) for rational 0 ≤ x ≤ 1 with decimal.js in one rounding direction. */
function atanSmall(x: Rational, D: typeof Decimal, Opp: typeof Decimal, upper: boolean, digits: number): Rational {
  if (x.isZero()) return Rational.ZERO;
  const X = new D(x.num.toString()).div(x.den.toString());
  // Conversions of x itself are directed too: X ≤ x (down) or X ≥ x (up); atan is increasing.
  const X2 = X.times(X);
  // y = X²/(1+X²) increases with X; a_0 = X/(1+X²) increases with X on [0, 1].
  // The denominator 1+X² is rounded the opposite way, so that dividing by it keeps the direction.
  const onePlus = new Opp(1).plus(X2);
  const y = X2.div(onePlus);
  let a = X.div(onePlus);
  let s = a;
  const eps = new D(10).pow(-digits - 2);
  for (let n = 1; n < 100000; n++) {
    a = a
      .times(2 * n)
      .div(2 * n + 1)
      .times(y);
    s = s.plus(a);
    if (a.lt(eps)) break;
  }
  if (upper) s = s.plus(a.times(X2)); // tail ≤ a_K·x²
  return decToRational(s);
}

/**
 * Rigorous enclosure of atan(x) for a rational x, width about 10^(−digits).
 * @throws InvalidParameterError for digits outside [10, 1000]
 */
export function atanEnclosure(x: Rational, digits: number = DIGITS_DEFAULT): Interval {
  if (!Number.isSafeInteger(digits) || digits < 10 || digits > 1000)
    throw new InvalidParameterError('atanEnclosure', 'digits', 'an integer in [10, 1000]', show(digits));
  if (x.sign() < 0) return atanEnclosure(x.neg(), digits).neg();
  const { down, up } = decimals(digits + 5);
  if (x.le(Rational.ONE))
    return new Interval(atanSmall(x, down, up, false, digits), atanSmall(x, up, down, true, digits));
  // atan x = π/2 − atan(1/x) for x > 1
  const pi = piEnclosure(digits);
  const inner = atanEnclosure(x.inv(), digits);
  return pi.scale(Rational.HALF).sub(inner);
}

const piCache = new Map<number, Interval>();
/** Rigorous enclosure of π (Machin's formula), width about 10^(−digits). */
export function piEnclosure(digits: number = DIGITS_DEFAULT): Interval {
  let p = piCache.get(digits);
  if (!p) {
    const a = atanEnclosure(q(1, 5), digits);
    const b = atanEnclosure(q(1, 239), digits);
    p = a.scale(q(16)).sub(b.scale(q(4)));
    piCache.set(digits, p);
  }
  return p;
}

/**
 * Rigorous enclosure of P(C ∈ [u, v]) = (atan v − atan u)/π for a standard Cauchy C and u ≤ v.
 * @throws InvalidParameterError when u > v
 */
export function cauchyMassEnclosure(u: Rational, v: Rational, digits: number = DIGITS_DEFAULT): Interval {
  if (u.gt(v)) throw new InvalidParameterError('cauchyMassEnclosure', 'u', `≤ v = ${v}`, u.toString());
  const num = atanEnclosure(v, digits).sub(atanEnclosure(u, digits));
  const lo = num.lo.sign() < 0 ? Rational.ZERO : num.lo;
  const pi = piEnclosure(digits);
  return new Interval(lo.div(pi.hi), num.hi.div(pi.lo));
}

/** Rigorous enclosure of the standard Cauchy CDF F(t) = 1/2 + atan(t)/π. */
export function cauchyCdfEnclosure(t: Rational, digits: number = DIGITS_DEFAULT): Interval {
  const a = atanEnclosure(t, digits);
  const pi = piEnclosure(digits);
  const r =
    a.sign0() >= 0 ? new Interval(a.lo.div(pi.hi), a.hi.div(pi.lo)) : new Interval(a.lo.div(pi.lo), a.hi.div(pi.hi));
  return new Interval(r.lo.add(Rational.HALF), r.hi.add(Rational.HALF));
}
