/**
 * # Figures: vega-lite specs rendered to SVG headless
 *
 * Main definitions: {@link renderSvg} — compile a vega-lite spec and render it with vega's headless
 * SVG renderer (no browser, no canvas). Output depends only on the spec, so figures are
 * reproducible; they are not part of the byte-identical verdict files all the same.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { Json } from '../claims/codec.js';

/** SVG text of a vega-lite spec. */
export async function renderSvg(spec: Json): Promise<string> {
  // house style: legends never truncate their labels
  const styled = { ...(spec as object), config: { legend: { labelLimit: 0, titleLimit: 0 }, ...((spec as { config?: object }).config ?? {}) } };
  const compiled = vl.compile(styled as unknown as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg + '\n';
}
