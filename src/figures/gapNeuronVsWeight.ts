/**
 * # Figure `gap_neuron_vs_weight`: neurons needed by neuron pruning vs weight pruning
 *
 * Main definitions: {@link GAP_SERIES} (the four series, in legend order) and
 * {@link gapNeuronVsWeightSpec}(points, exponents) → a vega-lite spec (inline data).
 *
 * Implementation notes: both axes are logarithmic (1/ε in base 2, N in base 10), so "linear in 1/ε"
 * is a line of slope 1 and "linear in log(1/ε)" flattens out. Every x tick 2^e of the measured range
 * is labelled (no label is dropped for overlap, the last one included). The certified-threshold
 * series (N*, exact decisions) has few points that can coincide with another series' points, so it
 * is drawn last, as large hollow squares, and every series has its own marker shape as well as its
 * colour — no point hides another. Where N* is only known to lie in an interval, the median of the
 * lower ends is the square and a thick bar reaches the median of the upper ends (`NHi`); an interval
 * open above (no witness found) is labelled "≥ lo"; a thin bar shows the spread over seeds (`q1`
 * to `q3`). A value the decision could not reach at all is drawn as a lower bound, hollow at
 * N = largest + 1 and labelled "> largest", rather than left out.
 * Pure: builds JSON only (no vega import).
 */
import type { Json } from '../claims/codec.js';

/** The series, in legend order, with colour and marker shape. */
export const GAP_SERIES = [
  { name: 'neuron pruning: necessary condition w.p. 1/2 (exact formula)', color: '#f58518', shape: 'circle' },
  {
    name: 'neuron pruning: certified threshold N*, d = 2 (median; bars: interval, quartiles)',
    color: '#4c78a8',
    shape: 'square',
  },
  { name: 'weight pruning: smallest N reaching ε (median)', color: '#e45756', shape: 'triangle-up' },
  { name: 'neuron pruning: certified LP lower bound N_LP, d = 2 (median)', color: '#54a24b', shape: 'diamond' },
] as const;

/** One plotted point. */
export interface GapPoint {
  readonly invEps: number;
  readonly N: number;
  readonly series: string;
  /** True when the true value only exceeds N − 1 (the exact decision found no success up to N − 1): drawn at N, labelled "> N − 1". */
  readonly lowerBound?: boolean;
  /** The value lies in [N, NHi] (a certified interval): a thick bar from N to NHi. */
  readonly NHi?: number;
  /** The value lies in [N, ∞) (no witness found): labelled "≥ N". */
  readonly open?: boolean;
  /** The spread over seeds (a thin bar from q1 to q3). */
  readonly q1?: number;
  readonly q3?: number;
}

/** The vega-lite spec of the gap figure; `exponents` are the measured e (1/ε = 2^e). */
export function gapNeuronVsWeightSpec(points: readonly GapPoint[], exponents: readonly number[]): Json {
  const ticks = exponents.map((e) => 2 ** e);
  const x = {
    field: 'invEps',
    type: 'quantitative',
    title: '1/ε (log scale)',
    scale: { type: 'log', base: 2, domain: [Math.min(...ticks) / 1.3, Math.max(...ticks) * 1.3], nice: false },
    axis: { values: ticks, format: 'd', labelOverlap: false, labelFlush: false, labelBound: false, grid: true },
  };
  const y = { field: 'N', type: 'quantitative', title: 'N needed (log scale)', scale: { type: 'log' } };
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: { domain: GAP_SERIES.map((s) => s.name), range: GAP_SERIES.map((s) => s.color) },
    legend: { orient: 'bottom', columns: 1, symbolStrokeWidth: 2 },
  };
  const shape = {
    field: 'series',
    type: 'nominal',
    scale: { domain: GAP_SERIES.map((s) => s.name), range: GAP_SERIES.map((s) => s.shape) },
  };
  const exact = GAP_SERIES[1].name;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Target σ(x_1): N needed, neuron pruning vs weight pruning',
      subtitle: [
        'N*: certified exactly over seeded networks (a bar where only an interval is certified; ≥: no witness up to the largest N searched)',
        'weight pruning grows like log(1/ε)',
      ],
    },
    width: 560,
    height: 320,
    padding: { left: 5, right: 25, top: 5, bottom: 5 },
    data: {
      values: points.map((p) => ({
        invEps: p.invEps,
        N: p.N,
        series: p.series,
        label: p.lowerBound ? `> ${p.N - 1}` : p.open ? `≥ ${p.N}` : '',
        NHi: p.NHi ?? null,
        q1: p.q1 ?? null,
        q3: p.q3 ?? null,
      })),
    },
    layer: [
      {
        transform: [{ filter: { not: { field: 'series', equal: exact } } }],
        mark: { type: 'line', strokeWidth: 2 },
        encoding: { x, y, color },
      },
      {
        transform: [{ filter: { not: { field: 'series', equal: exact } } }],
        mark: { type: 'point', filled: true, size: 50 },
        encoding: { x, y, color, shape },
      },
      // the bar and label layers only when some point has them (an empty layer makes vega warn of an infinite extent)
      ...(points.some((p) => p.q1 !== undefined && p.q3 !== undefined)
        ? [
            {
              transform: [{ filter: 'isValid(datum.q1) && isValid(datum.q3)' }],
              mark: { type: 'rule', strokeWidth: 1.5, opacity: 0.7 },
              encoding: { x, y: { ...y, field: 'q1' }, y2: { field: 'q3' }, color },
            },
          ]
        : []),
      ...(points.some((p) => p.NHi !== undefined)
        ? [
            {
              transform: [{ filter: 'isValid(datum.NHi)' }],
              mark: { type: 'rule', strokeWidth: 5, opacity: 0.5 },
              encoding: { x, y, y2: { field: 'NHi' }, color },
            },
          ]
        : []),
      {
        transform: [{ filter: { field: 'series', equal: exact } }],
        mark: { type: 'point', filled: false, size: 170, strokeWidth: 2.5 },
        encoding: { x, y, color, shape },
      },
      ...(points.some((p) => p.lowerBound || p.open)
        ? [
            {
              transform: [{ filter: { not: { field: 'label', equal: '' } } }],
              mark: { type: 'text', dy: -14, fontSize: 11, fontWeight: 'bold' },
              encoding: { x, y, text: { field: 'label' }, color: { value: GAP_SERIES[1].color } },
            },
          ]
        : []),
    ],
  } as unknown as Json;
}
