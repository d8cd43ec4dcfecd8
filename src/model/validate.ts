/**
 * # Up-front validation of the model's parameters
 *
 * Main definitions: {@link requireRational}, {@link requireVector}, {@link requireEpsilon},
 * {@link requireDimension}, {@link requireFamily}, {@link requireUnitVector}.
 *
 * Implementation notes: each check throws {@link InvalidParameterError} naming the API, the
 * parameter and the allowed range, so bad input never turns into a wrong answer or a stack trace.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, show, requireInt } from '../errors.js';

/** The value must be a {@link Rational} (a JS number is refused: use Rational.fromDouble). */
export function requireRational(api: string, parameter: string, x: unknown): Rational {
  if (!(x instanceof Rational))
    throw new InvalidParameterError(api, parameter, 'a Rational (convert doubles with Rational.fromDouble)', show(x));
  return x;
}

/** A vector of Rationals, of length `len` when given. */
export function requireVector(api: string, parameter: string, v: unknown, len?: number): readonly Rational[] {
  if (!Array.isArray(v)) throw new InvalidParameterError(api, parameter, 'an array of Rationals', show(v));
  if (len !== undefined && v.length !== len)
    throw new InvalidParameterError(api, parameter, `a vector of length ${len}`, `length ${v.length}`);
  v.forEach((x, k) => requireRational(api, `${parameter}[${k}]`, x));
  return v as Rational[];
}

/** ε ∈ (0, 1), a Rational. */
export function requireEpsilon(api: string, eps: unknown): Rational {
  const e = requireRational(api, 'eps', eps);
  if (e.sign() <= 0 || e.ge(Rational.ONE))
    throw new InvalidParameterError(api, 'eps', 'a rational in the open interval (0, 1)', e.toString());
  return e;
}

/** d ≥ 2 (capped at 4096 to refuse absurd sizes up front). */
export function requireDimension(api: string, d: unknown): number {
  return requireInt(api, 'd', d, 2, 4096);
}

/** A family index i ∈ {1..⌊d/2⌋}. */
export function requireFamily(api: string, d: number, i: unknown): number {
  return requireInt(api, 'i', i, 1, Math.floor(d / 2));
}

/** ‖v‖₂ = 1 exactly. */
export function requireUnitVector(api: string, parameter: string, v: unknown, len?: number): readonly Rational[] {
  const w = requireVector(api, parameter, v, len);
  let s = Rational.ZERO;
  for (const x of w) s = s.add(x.mul(x));
  if (!s.eq(Rational.ONE))
    throw new InvalidParameterError(api, parameter, 'a unit vector (‖w‖₂² = 1 exactly)', `‖w‖₂² = ${s}`);
  return w;
}
