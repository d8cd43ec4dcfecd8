/**
 * # A deterministic natural logarithm for doubles
 *
 * Main definitions: {@link detLog}.
 *
 * Implementation notes: `Math.log` is implemented by each engine's libm and its last bit differs
 * across platforms, which would make the "same seed, same exact network" promise false. `detLog`
 * uses only IEEE-754 basic operations (+, −, ×, ÷), which are correctly rounded and therefore
 * bit-identical on every machine (JavaScript forbids fused multiply-add contraction):
 * x = m·2^k with m ∈ [√½, √2) (found by exact scaling by powers of two), then
 * ln x = k·ln 2 + 2·atanh(s), s = (m−1)/(m+1), |s| ≤ 0.1716, with a fixed 14-term odd series
 * (truncation error < 1e-21, below the double rounding). Accuracy is a few ulp — enough for
 * sampling; the exactness of the project is in the sampled *values*, which are then converted exactly.
 */
import { InvalidParameterError, show } from '../errors.js';

const LN2_HI = 0.6931471803691238; // ln2 split so k·LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.9082149292705877e-10;
const SQRT2 = 1.4142135623730951;
const SQRT_HALF = 0.7071067811865476;

/**
 * ln(x) for a finite double x > 0, bit-identical across machines.
 * @throws InvalidParameterError for x ≤ 0, NaN or ±Infinity
 */
export function detLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new InvalidParameterError('detLog', 'x', 'a finite double > 0', show(x));
  let k = 0;
  let m = x;
  while (m < 1e-300) {
    m *= 4.149515568880993e180; // 2^600 exactly (a correctly rounded decimal literal; `**` is implementation-approximated)
    k -= 600;
  }
  while (m >= SQRT2) {
    m *= 0.5;
    k += 1;
  }
  while (m < SQRT_HALF) {
    m *= 2;
    k -= 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // Horner form of 2·(s + s³/3 + s⁵/5 + … + s^27/27)
  let p = 1 / 27;
  for (let j = 25; j >= 1; j -= 2) p = p * s2 + 1 / j;
  const lnm = 2 * s * p;
  return k * LN2_HI + (k * LN2_LO + lnm);
}
