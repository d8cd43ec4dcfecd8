/**
 * # Figure `subset_sum_covering`: the exact covering radius of random subset sums
 *
 * Main definitions: {@link subsetSumCoveringSpec}(points, ns) → a vega-lite spec (inline data).
 *
 * Implementation notes: the x axis spans the measured n only (it used to start at 0 although the
 * data start at n = 6). Two theory lines are drawn beside the per-seed points and per-n medians:
 * the counting bound log₂(1/ρ_n) ≤ n + 1 (2^n subset sums cannot cover an interval of length 1 with
 * radius below 2^−(n+1)), which every point must respect, and, per sample type, the least-squares
 * line through the medians — Lueker's theorem predicts linear growth in n, and its slope is the
 * measured exponent (reported in the claim's evidence). Pure: builds JSON only.
 */
import type { Json } from '../claims/codec.js';
import { linearFit } from '../stats/fit.js';

/** One measured point: n samples, value log₂(1/ρ_n), the sample type. */
export interface CoveringPoint {
  readonly n: number;
  readonly value: number;
  readonly kind: string;
}

/** Median of a non-empty list (lower median). */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1]!;
}

const COUNTING = 'counting bound: log₂(1/ρ_n) ≤ n + 1';

/** The vega-lite spec; `ns` are the measured n. */
export function subsetSumCoveringSpec(points: readonly CoveringPoint[], ns: readonly number[]): Json {
  const kinds = [...new Set(points.map((p) => p.kind))];
  const lo = Math.min(...ns);
  const hi = Math.max(...ns);
  const values: Record<string, string | number>[] = points.map((p) => ({
    n: p.n,
    value: p.value,
    series: p.kind,
    layer: 'seed',
  }));
  for (const kind of kinds) {
    const meds = ns.map((n) => median(points.filter((p) => p.kind === kind && p.n === n).map((p) => p.value)));
    ns.forEach((n, k) => values.push({ n, value: meds[k]!, series: kind, layer: 'median' }));
    const fit = linearFit(ns, meds);
    const name = `${kind}: fit through the medians, slope ${fit.b.toFixed(2)} bits per sample`;
    for (const n of [lo, hi]) values.push({ n, value: fit.a + fit.b * n, series: name, layer: 'fit' });
  }
  for (const n of [lo, hi]) values.push({ n, value: n + 1, series: COUNTING, layer: 'theory' });
  const palette = ['#4c78a8', '#f58518', '#54a24b', '#e45756'];
  const seriesNames = [
    ...kinds,
    ...kinds.map(
      (k) => values.find((v) => v.layer === 'fit' && String(v.series).startsWith(`${k}:`))!.series as string,
    ),
    COUNTING,
  ];
  const colors = [
    ...kinds.map((_, k) => palette[k % palette.length]!),
    ...kinds.map((_, k) => palette[k % palette.length]!),
    '#000000',
  ];
  const x = {
    field: 'n',
    type: 'quantitative',
    title: 'n (samples)',
    scale: { domain: [lo - 0.5, hi + 0.5], nice: false, zero: false },
    axis: { values: ns, format: 'd' },
  };
  const y = { field: 'value', type: 'quantitative', title: 'log₂(1/ρ_n)', scale: { zero: true } };
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: { domain: seriesNames, range: colors },
    legend: { orient: 'bottom', columns: 1 },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'log₂(1/ρ_n): exact covering radius of [−1/2, 1/2] by subset sums',
      subtitle:
        'points: one seed each; solid: per-n medians; dotted: least-squares fits; dashed black: the counting bound',
    },
    width: 500,
    height: 300,
    data: { values },
    layer: [
      {
        transform: [{ filter: { field: 'layer', equal: 'seed' } }],
        mark: { type: 'point', opacity: 0.45 },
        encoding: { x, y, color },
      },
      {
        transform: [{ filter: { field: 'layer', equal: 'median' } }],
        mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 35 } },
        encoding: { x, y, color },
      },
      {
        transform: [{ filter: { field: 'layer', equal: 'fit' } }],
        mark: { type: 'line', strokeDash: [2, 3], strokeWidth: 2 },
        encoding: { x, y, color },
      },
      {
        transform: [{ filter: { field: 'layer', equal: 'theory' } }],
        mark: { type: 'line', strokeDash: [7, 4], strokeWidth: 1.8 },
        encoding: { x, y, color },
      },
    ],
  } as unknown as Json;
}
