/**
 * # Bins and broken bins (paper Definition 2, reading R-empty) and the broken-bin count (Definition 3)
 *
 * Main definitions: {@link binBounds} B_k = [−1 + 2(k−1)/T, −1 + 2k/T] (closed, k = 1..T);
 * {@link binsHitBy} the bins a breakpoint lies in (two at a shared edge); {@link brokenBins} which
 * bins no breakpoint of a neuron set hits; {@link brokenBinsByDefinition} the same straight from the
 * definition (the reference the fast version is checked against); {@link brokenCountProcess}
 * B_0 = T, B_1, …, B_N for the neurons in order.
 *
 * Implementation notes: a breakpoint t ∈ [−1, 1] is located by x = (t + 1)·T/2 exactly; it lies in
 * bin ⌊x⌋ + 1 and, when x is an integer, also in bin x (closed bins share their edges).
 *
 * References: blueprint E8, D3 (`docs/blueprint.md`); arXiv:2603.02234, Definitions 2–3.
 */
import { Rational } from '../exact/Rational.js';
import { requireInt } from '../errors.js';
import type { Network } from './Network.js';
import { breakpoint } from './family.js';

/** The largest number of bins accepted. */
export const MAX_BINS = 1_000_000;

/** [lo, hi] of bin k (1-based) out of T. */
export function binBounds(T: number, k: number): { lo: Rational; hi: Rational } {
  requireInt('binBounds', 'T', T, 1, MAX_BINS);
  requireInt('binBounds', 'k', k, 1, T);
  return { lo: Rational.of(-T + 2 * (k - 1), T), hi: Rational.of(-T + 2 * k, T) };
}

/** The (1-based) bins that contain t: none if |t| > 1, two at a shared interior edge. */
export function binsHitBy(t: Rational, T: number): number[] {
  requireInt('binsHitBy', 'T', T, 1, MAX_BINS);
  if (t.abs().gt(Rational.ONE)) return [];
  const x = t.add(Rational.ONE).mul(Rational.of(T, 2));
  const f = Number(x.floor());
  const out: number[] = [];
  if (x.isInteger() && f >= 1) out.push(f);
  if (f + 1 <= T) out.push(f + 1);
  return out;
}

/** broken[k−1] = true iff bin k is hit by no breakpoint of the given list (undefined = no breakpoint). */
export function brokenBins(breakpoints: readonly (Rational | undefined)[], T: number): boolean[] {
  const broken = new Array<boolean>(T).fill(true);
  for (const t of breakpoints) if (t !== undefined) for (const k of binsHitBy(t, T)) broken[k - 1] = false;
  return broken;
}

/** The same, straight from Definition 2: bin k is broken iff no t with lo_k ≤ t ≤ hi_k. */
export function brokenBinsByDefinition(breakpoints: readonly (Rational | undefined)[], T: number): boolean[] {
  return Array.from({ length: T }, (_, k) => {
    const { lo, hi } = binBounds(T, k + 1);
    return !breakpoints.some((t) => t !== undefined && lo.le(t) && t.le(hi));
  });
}

/** The breakpoints t_i(w_j) of a network's neurons along family i. */
export function familyBreakpoints(g: Network, i: number): (Rational | undefined)[] {
  return g.neurons.map((n) => breakpoint(n.w, i));
}

/** B_s for s = 0..N: the number of broken bins of family i after the first s neurons. */
export function brokenCountProcess(g: Network, i: number, T: number): number[] {
  requireInt('brokenCountProcess', 'T', T, 1, MAX_BINS);
  const broken = new Array<boolean>(T).fill(true);
  let count = T;
  const out = [count];
  for (const t of familyBreakpoints(g, i)) {
    if (t !== undefined)
      for (const k of binsHitBy(t, T))
        if (broken[k - 1]) {
          broken[k - 1] = false;
          count--;
        }
    out.push(count);
  }
  return out;
}
