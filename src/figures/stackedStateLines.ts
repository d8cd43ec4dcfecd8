/**
 * # Figure `stacked_state_lines` (the paper's Figure 2): the broken-bin chains of one network
 *
 * Main definitions: {@link stackedStateLinesSpec}(values, d, T) → a vega-lite spec with one row per
 * family: the number of broken bins B_s after s neurons (a step function), which must reach 0 in
 * every family for the network to neuron-prune to every unit target (C4).
 *
 * Implementation notes: step lines without a marker per step (120 markers per row hid the steps);
 * the first s at which each family reaches 0 is marked and labelled. Pure: builds JSON only.
 */
import type { Json } from '../claims/codec.js';

/** One state of one family's chain. */
export interface StatePoint {
  readonly s: number;
  readonly state: number;
  readonly family: string;
}

/** The vega-lite spec for dimension d and T bins. */
export function stackedStateLinesSpec(values: readonly StatePoint[], d: number, T: number): Json {
  const firstZero = new Map<string, number>();
  for (const v of values) if (v.state === 0 && !firstZero.has(v.family)) firstZero.set(v.family, v.s);
  const rows = values.map((v) => ({ ...v, absorbed: firstZero.get(v.family) === v.s ? `s = ${v.s}` : '' }));
  const x = { field: 's', type: 'quantitative', title: 's (neurons drawn)' };
  const y = {
    field: 'state',
    type: 'quantitative',
    title: 'B_s',
    scale: { domain: [0, T] },
    axis: { values: [0, T / 2, T].filter((t) => Number.isInteger(t)) },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: `Broken bins B_s of each family (d = ${d}, T = ${T}, one seeded network): all must reach 0`,
      subtitle: 'marked: the first s at which the family has no broken bin',
    },
    data: { values: rows },
    facet: { row: { field: 'family', type: 'nominal', title: null } },
    spec: {
      width: 540,
      height: 70,
      layer: [
        { mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2, color: '#4c78a8' }, encoding: { x, y } },
        {
          transform: [{ filter: { not: { field: 'absorbed', equal: '' } } }],
          mark: { type: 'point', filled: true, size: 50, color: '#e45756' },
          encoding: { x, y },
        },
        {
          transform: [{ filter: { not: { field: 'absorbed', equal: '' } } }],
          mark: { type: 'text', dy: -10, dx: 4, align: 'left', color: '#e45756' },
          encoding: { x, y, text: { field: 'absorbed' } },
        },
      ],
    },
  } as unknown as Json;
}
