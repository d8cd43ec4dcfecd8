/**
 * # Figure `v2_forced_neurons`: the N the necessary conditions force, by d and ε
 *
 * Main definitions: {@link forcedNeuronsSpec}(points, dims) → a vega-lite spec (inline data).
 *
 * Implementation notes: the measurement has three methods and six dimensions (18 series when drawn
 * in one panel, with dash styles that had no legend). Here each "every target" method gets its own
 * panel (chain bound, exact; real networks, median), coloured by d with a legend, and the
 * fixed-target curve — the same for every d — is one dashed black series drawn in both panels and
 * named in the legend once. Both axes are logarithmic, every x tick labelled. Pure: builds JSON only.
 */
import type { Json } from '../claims/codec.js';

/** One measured point (as the claim produces them). */
export interface ForcedPoint {
  readonly invEps: number;
  readonly N: number;
  /** `d = <n>` */
  readonly d: string;
  readonly method: string;
}

const FIXED = 'fixed target (exact)';
/** The fixed-target series' legend name. */
export const FIXED_SERIES = 'fixed target, every d (exact)';
const PALETTE = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#b279a2', '#9d755d', '#bab0ac'];

/** The vega-lite spec; `dims` gives the legend order of the dimensions. */
export function forcedNeuronsSpec(points: readonly ForcedPoint[], dims: readonly number[]): Json {
  const panels = [...new Set(points.filter((p) => p.method !== FIXED).map((p) => p.method))].sort();
  const fixed = new Map<number, number>();
  for (const p of points) if (p.method === FIXED) fixed.set(p.invEps, p.N);
  const values: Record<string, string | number>[] = [];
  for (const panel of panels) {
    for (const p of points) if (p.method === panel) values.push({ invEps: p.invEps, N: p.N, series: p.d, panel });
    for (const [invEps, N] of [...fixed.entries()].sort((a, b) => a[0] - b[0]))
      values.push({ invEps, N, series: FIXED_SERIES, panel });
  }
  const ticks = [...new Set(points.map((p) => p.invEps))].sort((a, b) => a - b);
  const series = [...dims.map((d) => `d = ${d}`), FIXED_SERIES];
  const x = {
    field: 'invEps',
    type: 'quantitative',
    title: '1/ε (log scale)',
    scale: { type: 'log', base: 2, domain: [(ticks[0] ?? 1) / 1.2, (ticks[ticks.length - 1] ?? 2) * 1.2], nice: false },
    axis: { values: ticks, format: 'd', labelOverlap: false, labelFlush: false, labelBound: false },
  };
  const y = { field: 'N', type: 'quantitative', title: 'N forced (log scale)', scale: { type: 'log' } };
  const color = {
    field: 'series',
    type: 'nominal',
    title: 'dimension',
    scale: { domain: series, range: [...dims.map((_, k) => PALETTE[k % PALETTE.length]!), '#000000'] },
    legend: { orient: 'right' },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'N at which the necessary conditions hold with probability 1/2',
      subtitle: [
        'left: every unit target at once, exact chain bound; right: the same, real seeded networks (median)',
        'dashed black: one fixed target — a single curve, the same for every d',
      ],
    },
    data: { values },
    facet: {
      column: {
        field: 'panel',
        type: 'nominal',
        title: null,
        sort: panels,
        header: { labelFontSize: 12, labelFontWeight: 'bold' },
      },
    },
    spec: {
      width: 300,
      height: 300,
      layer: [
        {
          transform: [{ filter: { not: { field: 'series', equal: FIXED_SERIES } } }],
          mark: { type: 'line', point: { filled: true, size: 30 }, strokeWidth: 1.8 },
          encoding: { x, y, color, detail: { field: 'series', type: 'nominal' } },
        },
        {
          transform: [{ filter: { field: 'series', equal: FIXED_SERIES } }],
          mark: {
            type: 'line',
            point: { filled: true, size: 30, color: '#000000' },
            strokeDash: [6, 4],
            strokeWidth: 2.2,
          },
          encoding: { x, y, color },
        },
      ],
    },
    resolve: { scale: { y: 'shared' } },
  } as unknown as Json;
}
