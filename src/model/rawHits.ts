/**
 * # Exact breakpoint tests on raw sampled networks, with a float filter
 *
 * Main definitions: {@link RawWindow} (a window t* ± r prepared for filtering), {@link rawWithin}
 * (is neuron j's family-i breakpoint within the window?), {@link firstHitIndex} (the first neuron
 * that hits it), {@link rawBreakpoint} (the exact t_i(w_j)).
 *
 * Main statements: the answer is exact. The test |b + a·t*| ≤ r·|a| is first evaluated in doubles
 * with a rigorous error bound (the inputs a, b are the sampled doubles themselves, so exact; t* and
 * r enter as doubles within 4u relative of the rationals; each operation adds at most u relative);
 * only when the two sides are closer than that bound is the test redone in exact rationals.
 *
 * Implementation notes: this is what lets 10^5 networks of N = 100, d = 8 be checked exactly within
 * seconds (see `npm run bench`): the exact fallback runs only for tests decided within the margin.
 */
import { Rational } from '../exact/Rational.js';
import type { RawNetwork } from './randomNetwork.js';

const U = 2 ** -53;

/** A window t* ± r with its double approximations. */
export interface RawWindow {
  readonly tStar: Rational;
  readonly r: Rational;
  readonly tf: number;
  readonly rf: number;
}

/** Prepare a window. */
export function rawWindow(tStar: Rational, r: Rational): RawWindow {
  return { tStar, r, tf: tStar.toNumber(), rf: r.toNumber() };
}

/** Is |t_i(w_j) − t*| ≤ r, exactly? (false when w_{j,2i−1} = 0) */
export function rawWithin(raw: RawNetwork, j: number, i: number, win: RawWindow): boolean {
  const a = raw.w[j * raw.d + 2 * i - 2]!;
  if (a === 0) return false;
  return pairWithin(a, raw.w[j * raw.d + 2 * i - 1]!, win, Math.abs(win.tf));
}

/**
 * |b + a·t*| ≤ r·|a| for a ≠ 0, exactly: the float filter with its rigorous margin (see the module
 * header), and {@link exactPairWithin} only inside the margin. `atf` is |win.tf| (hoisted by the
 * callers). Small on purpose, so that the engine inlines it into the scan of {@link firstHitIndex}.
 */
function pairWithin(a: number, b: number, win: RawWindow, atf: number): boolean {
  const aa = Math.abs(a);
  const L = Math.abs(b + a * win.tf);
  const R = win.rf * aa;
  // absolute part: t* and r below the doubles' range read within 2^−1075, an error multiplied by |a|
  const err = 8 * U * (Math.abs(b) + aa * atf + R) + (aa + 1) * 2 ** -1070;
  if (L < R - err) return true;
  if (L > R + err) return false;
  return exactPairWithin(a, b, win);
}

/** |b + a·t*| ≤ r·|a| in exact rationals (a, b are doubles, hence exact dyadic rationals). */
function exactPairWithin(a: number, b: number, win: RawWindow): boolean {
  const A = Rational.fromDouble(a);
  const B = Rational.fromDouble(b);
  return B.add(A.mul(win.tStar)).abs().le(win.r.mul(A.abs()));
}

/**
 * The first neuron index j < N whose breakpoint hits the window, or −1: the test of {@link rawWithin}
 * for j = 0, 1, … with the array, the stride and |t*| read once.
 */
export function firstHitIndex(raw: RawNetwork, i: number, win: RawWindow, N: number = raw.N): number {
  const w = raw.w,
    d = raw.d,
    atf = Math.abs(win.tf);
  for (let j = 0, p = 2 * i - 2; j < N; j++, p += d) {
    const a = w[p]!;
    if (a !== 0 && pairWithin(a, w[p + 1]!, win, atf)) return j;
  }
  return -1;
}

/** The exact breakpoint t_i(w_j), or undefined when w_{j,2i−1} = 0. */
export function rawBreakpoint(raw: RawNetwork, j: number, i: number): Rational | undefined {
  const a = raw.w[j * raw.d + 2 * i - 2]!;
  if (a === 0) return undefined;
  return Rational.fromDouble(raw.w[j * raw.d + 2 * i - 1]!)
    .neg()
    .div(Rational.fromDouble(a));
}

/**
 * The (1-based) bins of T hit by neuron j's family-i breakpoint, exactly: x = (t + 1)·T/2 is located
 * in doubles (t = −b/a is within 2u relative of the double quotient) and recomputed exactly only when
 * it lies within a rigorous margin of an integer or of the range's ends.
 */
export function rawBinsHit(raw: RawNetwork, j: number, i: number, T: number): number[] {
  const a = raw.w[j * raw.d + 2 * i - 2]!;
  if (a === 0) return [];
  const b = raw.w[j * raw.d + 2 * i - 1]!;
  const t = -b / a;
  if (!(Math.abs(t) <= 2)) return []; // |t| > 2 (with a huge margin): outside [−1, 1]
  const x = ((t + 1) * T) / 2;
  const margin = 16 * U * (Math.abs(x) + T);
  const f = Math.floor(x);
  if (x - f > margin && f + 1 - x > margin) {
    if (f < 0 || f >= T) return [];
    return [f + 1];
  }
  const tb = rawBreakpoint(raw, j, i)!;
  if (tb.abs().gt(Rational.ONE)) return [];
  const X = tb.add(Rational.ONE).mul(Rational.of(T, 2));
  const F = Number(X.floor());
  const out: number[] = [];
  if (X.isInteger() && F >= 1) out.push(F);
  if (F + 1 <= T) out.push(F + 1);
  return out;
}

/** B_s for s = 0..N of family i with T bins, for a raw network (exact). */
export function rawBrokenCountProcess(raw: RawNetwork, i: number, T: number, N: number = raw.N): number[] {
  const broken = new Uint8Array(T).fill(1);
  let count = T;
  const out = [count];
  for (let j = 0; j < N; j++) {
    for (const k of rawBinsHit(raw, j, i, T))
      if (broken[k - 1]) {
        broken[k - 1] = 0;
        count--;
      }
    out.push(count);
  }
  return out;
}

/** The first s with B_s = 0 (all T bins of family i hit), or −1 within N neurons. */
export function rawAbsorptionTime(raw: RawNetwork, i: number, T: number, N: number = raw.N): number {
  const proc = rawBrokenCountProcess(raw, i, T, N);
  return proc.indexOf(0);
}

/** Whether every family 1..m of a raw network has all T bins hit within its first N neurons. */
export function rawAllFamiliesAtZero(raw: RawNetwork, m: number, T: number, N: number = raw.N): boolean {
  for (let i = 1; i <= m; i++) if (rawBrokenCountProcess(raw, i, T, N)[N] !== 0) return false;
  return true;
}
