/**
 * # Figure `absorption_time_vs_bd_chain`: real networks against the exact chain curves
 *
 * Main definitions: {@link ABSORPTION_SERIES} and {@link absorptionTimeSpec}(curves, T) → a
 * vega-lite spec: P(all T bins of family 1 hit after s neurons) for real seeded networks (empirical)
 * against the exact curve of the true bin masses and the exact pure-death chain with p̄ (C2).
 *
 * Implementation notes: the empirical curve follows the true-mass curve closely (that is the point),
 * so it is drawn last, as markers over a thin line, in its own colour — it can never hide under the
 * exact curve; each series has its own dash style as well as its colour. Pure: builds JSON only.
 */
import type { Json } from '../claims/codec.js';

/** The series, in legend order, with colour and dash. */
export const ABSORPTION_SERIES = [
  { name: 'exact P(B^bd_s = 0), chain with p̄', color: '#4c78a8', dash: [1, 0] },
  { name: 'exact P(B_s = 0), true bin masses', color: '#f58518', dash: [6, 3] },
  { name: 'real networks (empirical)', color: '#e45756', dash: [1, 0] },
] as const;

/** One plotted value. */
export interface CurvePoint {
  readonly s: number;
  readonly value: number;
  readonly series: string;
}

/** The vega-lite spec for T bins. */
export function absorptionTimeSpec(curves: readonly CurvePoint[], T: number): Json {
  const names = ABSORPTION_SERIES.map((s) => s.name);
  const empirical = ABSORPTION_SERIES[2].name;
  const x = { field: 's', type: 'quantitative', title: 's (neurons drawn)' };
  const y = { field: 'value', type: 'quantitative', title: 'probability', scale: { domain: [0, 1] } };
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    scale: { domain: names, range: ABSORPTION_SERIES.map((s) => s.color) },
    legend: { orient: 'bottom', columns: 1 },
  };
  const strokeDash = {
    field: 'series',
    type: 'nominal',
    scale: { domain: names, range: ABSORPTION_SERIES.map((s) => [...s.dash]) },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `P(all T = ${T} bins of family 1 hit after s neurons): real networks vs exact curves`,
      subtitle: 'the chain with p̄ lies above the true curve (C2); the real networks follow the true curve',
    },
    width: 540,
    height: 300,
    data: { values: curves.map((c) => ({ ...c })) },
    layer: [
      {
        transform: [{ filter: { not: { field: 'series', equal: empirical } } }],
        mark: { type: 'line', strokeWidth: 2.2 },
        encoding: { x, y, color, strokeDash },
      },
      {
        transform: [{ filter: { field: 'series', equal: empirical } }],
        mark: { type: 'line', strokeWidth: 1 },
        encoding: { x, y, color },
      },
      {
        transform: [{ filter: { field: 'series', equal: empirical } }],
        mark: { type: 'point', filled: false, size: 22, strokeWidth: 1.3 },
        encoding: { x, y, color },
      },
    ],
  } as unknown as Json;
}
