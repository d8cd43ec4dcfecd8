/**
 * # Figures: vega-lite specs rendered to SVG headless
 *
 * Main definitions: {@link renderSvg} — compile a vega-lite spec and render it with vega's headless
 * SVG renderer (no browser, no canvas); {@link FIGURE_CONFIG}, the house style every spec gets.
 *
 * Implementation notes: vega and vega-lite are imported dynamically inside {@link renderSvg} only,
 * so the library's import path (the package index, the claims, the runner) never loads them; only
 * writing reports does. The specs themselves are built by the pure functions of
 * `src/figures/` (no vega needed to build them). Output depends only on the spec, so figures
 * are reproducible; they are not part of the byte-identical verdict files all the same.
 */
import type { Json } from '../claims/codec.js';

/** The house style: legends never truncate their labels. */
export const FIGURE_CONFIG = {
  legend: { labelLimit: 0, titleLimit: 0 },
} as const;

/**
 * SVG text of a vega-lite spec. Warnings of vega-lite's compiler and of vega's view (a conflicting
 * encoding, a dropped field) go into `warnings`, never to the console: the commands print them as
 * their own lines (`writeReports`' `onFigureWarning`). The figure tests render every committed
 * figure and require none.
 */
export async function renderSvg(spec: Json, warnings: string[] = []): Promise<string> {
  const [vega, vl] = await Promise.all([import('vega'), import('vega-lite')]);
  const own = (spec as { config?: Record<string, object> }).config ?? {};
  const config: Record<string, object> = { ...FIGURE_CONFIG };
  for (const [k, v] of Object.entries(own)) config[k] = { ...(config[k] ?? {}), ...v };
  const styled = { ...(spec as object), config };
  const logger = collectingLogger(warnings, vega.Warn);
  const compiled = vl.compile(styled as unknown as import('vega-lite').TopLevelSpec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  const svg = await view.toSVG();
  view.finalize();
  return svg + '\n';
}

/** A logger in vega's interface that appends warnings and errors to `into` instead of the console. */
function collectingLogger(into: string[], warnLevel: number): import('vega').LoggerInterface {
  let level = warnLevel;
  const add =
    (kind: string) =>
    (...args: readonly unknown[]) => {
      into.push(`${kind}: ${args.map(String).join(' ')}`);
      return logger;
    };
  const logger = {
    level: ((l?: number) => {
      if (l === undefined) return level;
      level = l;
      return logger;
    }) as import('vega').LoggerInterface['level'],
    error: add('error'),
    warn: add('warning'),
    info: () => logger,
    debug: () => logger,
  } as import('vega').LoggerInterface;
  return logger;
}
