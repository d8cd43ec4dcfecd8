/**
 * # Least-squares fits for measurements
 *
 * Main definitions: {@link linearFit} — y ≈ a + b·x by ordinary least squares, with R².
 *
 * Implementation notes: plain double arithmetic (+, −, ×, ÷ only, in a fixed order), so the result is
 * the same on every machine; reported rounded.
 */

/** y ≈ a + b·x with the coefficient of determination R². */
export function linearFit(xs: readonly number[], ys: readonly number[]): { a: number; b: number; r2: number } {
  const n = xs.length;
  let sx = 0,
    sy = 0;
  for (let i = 0; i < n; i++) {
    sx += xs[i]!;
    sy += ys[i]!;
  }
  const mx = sx / n,
    my = sy / n;
  let sxx = 0,
    sxy = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx,
      dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxx === 0 ? 0 : sxy / sxx;
  const a = my - b * mx;
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const e = ys[i]! - (a + b * xs[i]!);
    ssr += e * e;
  }
  return { a, b, r2: syy === 0 ? 1 : 1 - ssr / syy };
}

/** Round for reports: a fixed number of significant digits, as a string. */
export function sig(x: number, digits = 4): string {
  return Number.isFinite(x) ? x.toPrecision(digits) : String(x);
}

/**
 * OLS slope with a normal-approximation confidence interval (z for the stated two-sided level):
 * se(b) = √(SSR/(n−2) / Sxx). Deterministic double arithmetic.
 */
export function slopeInterval(
  xs: readonly number[],
  ys: readonly number[],
  z: number,
): { b: number; lo: number; hi: number; r2: number } {
  const { a, b, r2 } = linearFit(xs, ys);
  const n = xs.length;
  let mx = 0;
  for (const x of xs) mx += x;
  mx /= n;
  let sxx = 0,
    ssr = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - mx) ** 2;
    const e = ys[i]! - (a + b * xs[i]!);
    ssr += e * e;
  }
  const se = Math.sqrt(ssr / Math.max(1, n - 2) / sxx);
  return { b, lo: b - z * se, hi: b + z * se, r2 };
}
