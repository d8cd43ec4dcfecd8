/**
 * # Z3 term helpers: exact constants, ReLU, |·|, max
 *
 * Main definitions: {@link val} (a {@link Rational} as an exact Z3 real), {@link relu} (σ via
 * `If`), {@link abs}, {@link max}, {@link sum}, {@link parseShape} (a shape name "d=2,N=3" → numbers).
 *
 * Implementation notes: every constant enters Z3 as the string "p/q" of an exact rational, never as
 * a JS float. Shapes are plain `key=value` lists so a record is readable without the code.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, show } from '../errors.js';
import type { Z3Ctx, ZArith, ZBool } from './types.js';

/** An exact rational as a Z3 real. */
export function val(z: Z3Ctx, r: Rational | number): ZArith {
  const x = typeof r === 'number' ? Rational.of(r) : r;
  return z.Real.val(x.toString());
}

/** σ(x) = max(x, 0). */
export function relu(z: Z3Ctx, x: ZArith): ZArith {
  return z.If(x.gt(0), x, z.Real.val(0)) as ZArith;
}

/** |x| */
export function abs(z: Z3Ctx, x: ZArith): ZArith {
  return z.If(x.ge(0), x, x.neg()) as ZArith;
}

/** max(x, y) */
export function max(z: Z3Ctx, x: ZArith, y: ZArith): ZArith {
  return z.If(x.ge(y), x, y) as ZArith;
}

/** Σ xs (0 for the empty sum). */
export function sum(z: Z3Ctx, xs: readonly ZArith[]): ZArith {
  return xs.length === 0 ? z.Real.val(0) : xs.reduce((a, b) => a.add(b));
}

/** And over a list (true for the empty list). */
export function and(z: Z3Ctx, xs: readonly ZBool[]): ZBool {
  return xs.length === 0 ? z.Bool.val(true) : xs.length === 1 ? xs[0]! : z.And(...xs);
}

/** Or over a list (false for the empty list). */
export function or(z: Z3Ctx, xs: readonly ZBool[]): ZBool {
  return xs.length === 0 ? z.Bool.val(false) : xs.length === 1 ? xs[0]! : z.Or(...xs);
}

/**
 * Parse a shape name "d=2,N=3" into numbers; `allowed` lists the keys with their ranges.
 * @throws InvalidParameterError naming the key and range
 */
export function parseShape(
  api: string,
  shape: string,
  allowed: Readonly<Record<string, readonly [number, number]>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of shape.split(',')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(-?\d+)\s*$/.exec(part);
    if (!m)
      throw new InvalidParameterError(
        api,
        'shape',
        `a list like ${Object.keys(allowed)
          .map((k) => `${k}=…`)
          .join(',')}`,
        show(shape),
      );
    const [, k, v] = m;
    const range = allowed[k!];
    const n = Number(v);
    if (!range || n < range[0] || n > range[1])
      throw new InvalidParameterError(
        api,
        `shape.${k}`,
        range ? `an integer in [${range[0]}, ${range[1]}]` : `one of ${Object.keys(allowed).join(', ')}`,
        show(v),
      );
    out[k!] = n;
  }
  for (const k of Object.keys(allowed))
    if (!(k in out)) throw new InvalidParameterError(api, `shape.${k}`, 'present', show(shape));
  return out;
}
