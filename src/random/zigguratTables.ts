/**
 * # Ziggurat tables for the standard normal, 256 layers
 *
 * Main definitions: {@link ZIG_X} (layer right edges x_0 > x_1 = r > … > x_255 > x_256 = 0) and
 * {@link ZIG_Y} (y_i = e^{−x_i²/2}, with y_256 = 1), {@link ZIG_R} and {@link ZIG_V}.
 *
 * Main statements: with f(x) = e^{−x²/2}, layer 0 is the base strip [0, x_0] × [0, f(r)] with
 * x_0 = v/f(r) (the part x ≥ r stands for the tail), and layer i ≥ 1 is the rectangle
 * [0, x_i] × [y_i, y_{i+1}]; all 256 layers have area v, so a uniformly chosen layer and a uniform
 * point of it sample the region under f (Marsaglia–Tsang; Doornik's variant with the base strip).
 *
 * Implementation notes: r and v are the 256-layer solution computed to 50 digits with mpmath
 * (r = 3.654152885361008771645…, v = 0.004928673233974655347…) and embedded as the nearest
 * doubles; the tables are then built once at load by the recursion y_{i+1} = y_i + v/x_i,
 * x_{i+1} = √(−2 ln y_{i+1}) with {@link detLog}, {@link detExp} and {@link detSqrt} (certified
 * correctly rounded), so they are the same doubles on every machine. Rounding leaves the layer areas equal to
 * about 1e-15 relative — far below anything a statistical test can see.
 *
 * References: G. Marsaglia, W. W. Tsang, "The Ziggurat Method for Generating Random Variables",
 * J. Stat. Softw. 5(8), 2000; J. A. Doornik, "An Improved Ziggurat Method to Generate Normal Random
 * Samples", 2005.
 */
import { detExp } from './detExp.js';
import { detLog } from './detLog.js';
import { detSqrt } from './detSqrt.js';

/** The number of layers. */
export const ZIG_LAYERS = 256;
/** The right edge r of the base layer's rectangle part (start of the tail). */
export const ZIG_R = 3.6541528853610088;
/** The common area v of every layer (for f(x) = e^{−x²/2}). */
export const ZIG_V = 0.004928673233974655;

/** Layer right edges, length 257. */
export const ZIG_X = new Float64Array(ZIG_LAYERS + 1);
/** f at the layer edges, length 257. */
export const ZIG_Y = new Float64Array(ZIG_LAYERS + 1);

{
  const fr = detExp(-0.5 * ZIG_R * ZIG_R);
  ZIG_X[0] = ZIG_V / fr;
  ZIG_Y[0] = 0;
  ZIG_X[1] = ZIG_R;
  ZIG_Y[1] = fr;
  for (let i = 1; i < ZIG_LAYERS - 1; i++) {
    const y = ZIG_Y[i]! + ZIG_V / ZIG_X[i]!;
    ZIG_Y[i + 1] = y;
    ZIG_X[i + 1] = detSqrt(-2 * detLog(y));
  }
  ZIG_X[ZIG_LAYERS] = 0;
  ZIG_Y[ZIG_LAYERS] = 1;
}
