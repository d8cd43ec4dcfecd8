/**
 * # A square root that is correctly rounded by construction
 *
 * Main definitions: {@link detSqrt}.
 *
 * Implementation notes: ECMAScript leaves `Math.sqrt` "implementation-approximated" (engines use the
 * correctly rounded IEEE-754 instruction, but the language does not promise it). `detSqrt` takes
 * `Math.sqrt(x)` as a guess and certifies it in exact rational arithmetic: y is the double nearest to
 * √x iff the midpoints m₋ = (y⁻ + y)/2 and m₊ = (y + y⁺)/2 with its neighbours y⁻ < y < y⁺ satisfy
 * m₋² < x < m₊² (a square root of a double is never exactly a midpoint); otherwise it steps to the
 * neighbour and checks again. The result is therefore the same on every machine whatever the engine's
 * `Math.sqrt` does. It costs a few BigInt products: it is meant for tables built once (the ziggurat's),
 * not for hot loops.
 */
import { Rational } from '../exact/Rational.js';
import { InvalidParameterError, show } from '../errors.js';

const BUF = new DataView(new ArrayBuffer(8));

/** The next double above a finite double y ≥ 0. */
function nextUp(y: number): number {
  BUF.setFloat64(0, y);
  BUF.setBigUint64(0, BUF.getBigUint64(0) + 1n);
  return BUF.getFloat64(0);
}

/** The next double below a finite double y > 0. */
function nextDown(y: number): number {
  BUF.setFloat64(0, y);
  BUF.setBigUint64(0, BUF.getBigUint64(0) - 1n);
  return BUF.getFloat64(0);
}

/**
 * The double nearest to √x for a finite double x ≥ 0, bit-identical across machines.
 * @throws InvalidParameterError for x < 0, NaN or ±Infinity
 */
export function detSqrt(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x)) throw new InvalidParameterError('detSqrt', 'x', 'a finite double ≥ 0', show(x));
  if (x === 0) return x;
  const X = Rational.fromDouble(x);
  let y = Math.sqrt(x);
  if (!(y > 0) || !Number.isFinite(y)) y = 1; // a broken guess only costs steps
  for (;;) {
    const Y = Rational.fromDouble(y);
    const lo = Y.add(Rational.fromDouble(nextDown(y))).div(Rational.of(2));
    if (lo.mul(lo).ge(X)) {
      y = nextDown(y);
      continue;
    }
    const hi = Y.add(Rational.fromDouble(nextUp(y))).div(Rational.of(2));
    if (hi.mul(hi).le(X)) {
      y = nextUp(y);
      continue;
    }
    return y;
  }
}
