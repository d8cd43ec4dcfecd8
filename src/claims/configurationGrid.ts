/**
 * # Configuration grids of statistical claims
 *
 * Main definitions: {@link configurationGrid} — a claim's typed configurations (what `run` iterates
 * over) and their declared form ({@link StatConfiguration}s, what the blueprint shows), derived from
 * the same items so that the declaration cannot drift from what runs; {@link TARGET_PARAMETERS} and
 * {@link targetParams} — the parameters of a fixed unit target along family i (d, i, w*, sign of
 * w*_{2i−1}, κ_i, t_i*, and the target's mass ρ_i² = w*_{2i−1}² + w*_{2i}² on the family's
 * coordinates).
 *
 * Main statements: none (bookkeeping). A fixed-target statement of Theorem 1 is special at κ_i = 1
 * (the target lies on the family's coordinates with t_i* = 0) and, more generally, at ρ_i² = 1 (every
 * target on the family's coordinates): there p_i ≈ 8εκ_i/(πρ_i²) ≤ 8ε/π, so a bound that forgets κ
 * still holds; only a target off the family (ρ_i² < 1) separates 8Nε/(πκ) from 8Nε/π.
 *
 * Implementation notes: values are rationals as text ({@link fmtQ}: `3/5`, `−2/3`, `0`), lists of
 * them where one configuration runs a sweep.
 *
 * References: blueprint T1-fixed (`docs/blueprint.md`); issue "configurations that span the hypothesis".
 */
import type { StatConfiguration, StatParameter } from './defineClaim.js';
import type { TargetNeuron } from '../model/Network.js';
import type { Rational } from '../exact/Rational.js';
import { targetBreakpoint } from '../model/window.js';

/** A typed configuration item: its label is the declared configuration's label. */
export interface GridItem {
  readonly label: string;
}

/**
 * The items a claim runs, with their declared configurations (`describe(item)` gives the
 * parameter values of one item).
 */
export function configurationGrid<T extends GridItem>(
  items: readonly T[],
  describe: (item: T) => Readonly<Record<string, string | readonly string[]>>,
): { readonly items: readonly T[]; readonly configurations: readonly StatConfiguration[] } {
  return { items, configurations: items.map((it) => ({ label: it.label, params: describe(it) })) };
}

/** A rational as grid text: `p/q`, an integer without `/1`, a minus sign `−`. */
export function fmtQ(x: Rational): string {
  const s = x.den === 1n ? x.num.toString() : x.toString();
  return s.replace('-', '−');
}

/** The parameters of a fixed unit target along a family (keys of {@link targetParams}). */
export const TARGET_PARAMETERS: readonly StatParameter[] = [
  { name: 'd', description: 'input dimension', special: '2' },
  { name: 'i', description: 'the input family x_i(t) = t·e_{2i−1} + e_{2i} carrying the window' },
  { name: 'w*', description: 'the unit target' },
  { name: 'sign', description: 'the sign of w*_{2i−1}' },
  { name: 'κ', description: 'kink size κ_i = |w*_{2i−1}|', special: '1' },
  { name: 't*', description: 'the target breakpoint t_i* = −w*_{2i}/w*_{2i−1}', special: '0' },
  {
    name: 'ρ²',
    description:
      "the target's mass w*_{2i−1}² + w*_{2i}² on the family's coordinates (< 1: the target is off the family)",
    special: '1',
  },
];

/** The values of {@link TARGET_PARAMETERS} for target f along family i (κ_i > 0 expected). */
export function targetParams(f: TargetNeuron, i: number): Record<string, string> {
  const { tStar, kappa } = targetBreakpoint(f, i);
  const a = f.w[2 * i - 2]!;
  const b = f.w[2 * i - 1]!;
  return {
    d: String(f.d),
    i: String(i),
    'w*': `(${f.w.map(fmtQ).join(', ')})`,
    sign: a.sign() > 0 ? '+' : a.sign() < 0 ? '−' : '0',
    κ: fmtQ(kappa),
    't*': tStar === undefined ? 'undefined' : fmtQ(tStar),
    'ρ²': fmtQ(a.mul(a).add(b.mul(b))),
  };
}
