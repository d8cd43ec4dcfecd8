/**
 * # A deterministic exponential for doubles
 *
 * Main definitions: {@link detExp}.
 *
 * Implementation notes: like {@link detLog}, `detExp` uses only IEEE-754 basic operations (+, −, ×,
 * ÷ and `Math.round`, all exact or correctly rounded), so its result is bit-identical on every
 * machine, unlike the engine's `Math.exp`. Argument reduction x = k·ln 2 + t with k = round(x/ln 2)
 * and a Cody–Waite split of ln 2 (k·LN2_HI is exact for |k| < 2^11), |t| ≤ 0.3466 + 2^−40; then
 * e^t by a fixed degree-17 Taylor polynomial in Horner form (truncation < 1e-20 relative) and the
 * exact scaling by 2^k as a product of exact powers of two. Accuracy is a few ulp; it serves the
 * ziggurat tables and the ziggurat's wedge test (see {@link SeededRng}), where only
 * reproducibility matters to the last bit.
 *
 * References: W. J. Cody, W. Waite, *Software Manual for the Elementary Functions* (1980).
 */
import { InvalidParameterError, show } from '../errors.js';

const LN2_HI = 0.6931471803691238; // ln 2 split so k·LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;
/** 1/j! for j = 0..17, each the correctly rounded quotient of exact integers (1/j! as a double). */
const INV_FACT: number[] = (() => {
  const out: number[] = [];
  let f = 1; // j! is exact in doubles for j ≤ 18
  for (let j = 0; j <= 17; j++) {
    if (j > 0) f *= j;
    out.push(1 / f);
  }
  return out;
})();

/** 2^k for an integer k in [−1074, 1023], by exact products (no `Math.pow`). */
function pow2(k: number): number {
  let s = 1;
  let m = k;
  while (m > 0) {
    const e = Math.min(m, 30);
    s *= 1 << e; // 2^e for 0 ≤ e ≤ 30 as an exact integer shift (`**` is implementation-approximated)
    m -= e;
  }
  while (m < 0) {
    const e = Math.min(-m, 30);
    s /= 1 << e; // exact while the result stays normal; the last division rounds once into subnormals
    m += e;
  }
  return s;
}

/**
 * e^x for a finite double x, bit-identical across machines (0 below −745.2, +Infinity above 709.79).
 * @throws InvalidParameterError for NaN or ±Infinity
 */
export function detExp(x: number): number {
  if (!Number.isFinite(x)) throw new InvalidParameterError('detExp', 'x', 'a finite double', show(x));
  if (x > 709.782712893384) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x * INV_LN2);
  const t = x - k * LN2_HI - k * LN2_LO;
  let p = INV_FACT[17]!;
  for (let j = 16; j >= 0; j--) p = p * t + INV_FACT[j]!;
  // split the scaling so neither factor overflows or underflows prematurely
  if (k > 1000) return p * pow2(k - 1000) * pow2(1000);
  if (k < -1000) return p * pow2(k + 1000) * pow2(-1000);
  return p * pow2(k);
}
