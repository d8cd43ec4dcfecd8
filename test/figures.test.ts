/**
 * Figure specs a reader can trust (built in src/figures/, rendered headless): every x tick
 * of the gap figure is labelled and the certified-threshold series is drawn on top, with lower bounds
 * labelled, certified intervals drawn as bars and open ones labelled "≥"; the forced-neurons figure has one panel per method, a legend for every series and the
 * fixed-target curve once per panel; the covering figure's x axis spans the data and carries the
 * counting bound as a theory line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gapNeuronVsWeightSpec, GAP_SERIES } from '../src/figures/gapNeuronVsWeight.js';
import { forcedNeuronsSpec, FIXED_SERIES } from '../src/figures/forcedNeurons.js';
import { subsetSumCoveringSpec } from '../src/figures/subsetSumCovering.js';
import { renderSvg } from '../src/report/figures.js';

type Row = Record<string, string | number>;
const valuesOf = (spec: unknown) => (spec as { data: { values: Row[] } }).data.values;

describe('figure specs', () => {
  const exps = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const gapPoints = [
    ...exps.map((e) => ({ invEps: 2 ** e, N: 5 + e, series: GAP_SERIES[2].name })),
    ...exps.slice(2).map((e) => ({ invEps: 2 ** e, N: 2 ** (e - 2), series: GAP_SERIES[0].name })),
    { invEps: 8, N: 2, series: GAP_SERIES[1].name },
    { invEps: 2, N: 15, series: GAP_SERIES[1].name, lowerBound: true },
    { invEps: 16, N: 54, NHi: 81, q1: 50, q3: 96, series: GAP_SERIES[1].name },
    { invEps: 32, N: 61, open: true, q1: 56, q3: 67, series: GAP_SERIES[1].name },
    ...exps.slice(1, 5).map((e) => ({ invEps: 2 ** e, N: 10 + 5 * e, series: GAP_SERIES[3].name })),
  ];
  it('gap_neuron_vs_weight: every tick labelled, exact decisions on top, lower bounds labelled', async () => {
    const spec = gapNeuronVsWeightSpec(gapPoints, exps) as unknown as {
      layer: { mark: { type: string }; encoding: { x: { axis: { values: number[] } } }; transform: unknown[] }[];
    };
    expect(spec.layer[0]!.encoding.x.axis.values).toEqual(exps.map((e) => 2 ** e));
    const pointLayers = spec.layer.filter((l) => l.mark.type === 'point');
    expect(JSON.stringify(pointLayers[pointLayers.length - 1]!.transform)).toContain(GAP_SERIES[1].name);
    expect(valuesOf(spec).filter((v) => v.label === '> 14').length).toBe(1);
    const svg = await renderSvg(spec as never);
    for (const e of exps) expect(svg, `tick 2^${e}`).toContain(`>${2 ** e}</text>`);
    expect(svg).toContain('&gt; 14');
    // a certified interval is a bar from N to NHi, an open one is labelled "≥ N", the spread is a bar q1–q3
    const rules = spec.layer.filter((l) => l.mark.type === 'rule');
    expect(rules.length).toBe(2);
    expect(valuesOf(spec).filter((v) => v.label === '≥ 61').length).toBe(1);
    expect(valuesOf(spec).find((v) => v.invEps === 16 && v.series === GAP_SERIES[1].name)).toMatchObject({
      N: 54,
      NHi: 81,
      q1: 50,
      q3: 96,
    });
    expect(svg).toContain('≥ 61');
    for (const s of GAP_SERIES) expect(svg, s.name).toContain(s.name.slice(0, 30));
  });
  it('v2_forced_neurons: one panel per method, the fixed-target curve once per panel, every series in the legend', () => {
    const dims = [2, 4, 8];
    const pts = dims.flatMap((d) =>
      [8, 16, 32].flatMap((x) => [
        { invEps: x, N: x * d, d: `d = ${d}`, method: 'every target: chain bound (exact)' },
        { invEps: x, N: x * d + 1, d: `d = ${d}`, method: 'every target: real networks (median)' },
        { invEps: x, N: x / 2, d: `d = ${d}`, method: 'fixed target (exact)' },
      ]),
    );
    const spec = forcedNeuronsSpec(pts, dims) as unknown as {
      facet: { column: { field: string } };
      spec: { layer: { encoding: { color: { scale: { domain: string[] } } } }[] };
    };
    expect(spec.facet.column.field).toBe('panel');
    const rows = valuesOf(spec);
    expect(new Set(rows.map((r) => r.panel)).size).toBe(2);
    for (const panel of new Set(rows.map((r) => r.panel)))
      expect(rows.filter((r) => r.panel === panel && r.series === FIXED_SERIES).length).toBe(3);
    expect(spec.spec.layer[0]!.encoding.color.scale.domain).toEqual(['d = 2', 'd = 4', 'd = 8', FIXED_SERIES]);
  });
  it('subset_sum_covering: the x axis spans the data, with the counting bound and fitted lines', () => {
    const ns = [6, 8, 10];
    const pts = ns.flatMap((n) => [0, 1, 2].map((s) => ({ n, value: 0.8 * n - 1 + s / 10, kind: 'U[−1,1] samples' })));
    const spec = subsetSumCoveringSpec(pts, ns) as unknown as {
      layer: { encoding: { x: { scale: { domain: number[]; zero: boolean } } } }[];
    };
    const dom = spec.layer[0]!.encoding.x.scale.domain;
    expect(dom[0]).toBeGreaterThan(5);
    expect(dom[1]).toBeLessThan(11);
    const rows = valuesOf(spec);
    expect(rows.filter((r) => r.layer === 'theory').map((r) => r.value)).toEqual([7, 11]);
    const fit = rows.find((r) => r.layer === 'fit')!;
    expect(String(fit.series)).toMatch(/slope 0\.80 bits per sample/);
  });
  it('every committed figure re-renders from its committed spec to the same SVG, and vega prints no warning', async () => {
    const specs = readdirSync('reports/figures').filter((f) => f.endsWith('.vl.json'));
    expect(specs.length).toBeGreaterThan(0);
    for (const f of specs) {
      const warnings: string[] = [];
      const svg = await renderSvg(JSON.parse(readFileSync(`reports/figures/${f}`, 'utf8')), warnings);
      expect(warnings, f).toEqual([]);
      expect(
        svg === readFileSync(`reports/figures/${f.replace(/\.vl\.json$/, '.svg')}`, 'utf8'),
        `${f}: the SVG differs from the committed one`,
      ).toBe(true);
    }
    // and the warnings are collected, not lost: a legend on and off for one field conflicts
    const warnings: string[] = [];
    const enc = (legend: unknown) => ({ field: 's', type: 'nominal', legend });
    await renderSvg(
      {
        data: { values: [{ x: 1, s: 'a' }] },
        mark: 'point',
        encoding: { x: { field: 'x', type: 'quantitative' }, color: enc({}), shape: enc(null) },
      } as never,
      warnings,
    );
    expect(warnings.join('\n')).toMatch(/^warning: .*legend/i);
  });
  it('no claim file builds a vega-lite spec inline (specs live in src/figures/)', () => {
    const files = readdirSync('properties', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) expect(readFileSync(`properties/${f}`, 'utf8'), f).not.toMatch(/\$schema|vega-lite/);
  });
});
