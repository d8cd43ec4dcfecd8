/**
 * # The dependency graph of `uses`, laid out and drawn as SVG
 *
 * Main definitions: {@link layoutGraph}(nodes) → {@link GraphLayout} (layered, deterministic) and
 * {@link graphSvg}(entries) → SVG text, nodes coloured by verdict and linked to their blueprint
 * entries, with a legend.
 *
 * Main statements: an edge B → A is drawn for every `A uses B` (prerequisite on the left); every
 * edge goes from a column to a strictly later column, because a claim's column is 1 + the largest
 * column of the claims it uses (the longest chain of prerequisites), sources in column 0.
 *
 * Implementation notes: the layout is our own (no browser, no Graphviz): columns by longest path;
 * an edge spanning several columns gets a virtual slot in each column it crosses (so it never runs
 * behind a box); then barycentre sweeps (alternating left-to-right and right-to-left) order each
 * column, ties broken by manifest order, so the drawing depends only on the claims. Text is
 * monospaced so box widths follow the label lengths without measuring fonts. Edges run straight
 * through the columns they cross and as horizontal-tangent Bézier curves in the gaps.
 *
 * References: Sugiyama, Tagawa, Toda (1981), layered drawings of directed graphs.
 */
import type { VerdictClass } from './model.js';
import { VERDICT_CLASSES } from './model.js';

/** A node to lay out. */
export interface GraphNode {
  readonly id: string;
  /** Second line of the box (label and short verdict). */
  readonly sub: string;
  readonly uses: readonly string[];
  readonly cls: VerdictClass;
  /** Where the node links to. */
  readonly href: string;
  /** Tooltip text. */
  readonly title: string;
}

/** A placed node. */
export interface PlacedNode extends GraphNode {
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A routed edge: from the prerequisite's right side, through the columns in between, to the claim's left side. */
export interface RoutedEdge {
  readonly from: string;
  readonly to: string;
  /** The route: start, then for every column crossed its entry and exit point (same y), then the end. */
  readonly points: readonly (readonly [number, number])[];
}

/** The result of {@link layoutGraph}. */
export interface GraphLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly RoutedEdge[];
  readonly width: number;
  readonly height: number;
}

/** Fill and stroke per verdict class. */
export const CLASS_COLOURS: Readonly<Record<VerdictClass, { fill: string; stroke: string }>> = {
  holds: { fill: '#c8e6c9', stroke: '#2e7d32' },
  'refuted-as-expected': { fill: '#bbdefb', stroke: '#1565c0' },
  open: { fill: '#fff3c4', stroke: '#b28704' },
  undecided: { fill: '#ffe0b2', stroke: '#e65100' },
  unexpected: { fill: '#ffcdd2', stroke: '#c62828' },
  'not-run': { fill: '#eeeeee', stroke: '#757575' },
};

const CHAR_W = 6.6; // monospace, 11px
const NODE_H = 34;
const DUMMY_H = 6;
const V_GAP = 10;
const H_GAP = 70;
const MARGIN = 20;
const LEGEND_H = 22;

/**
 * Lay the graph out in columns by longest path of `uses`; an edge spanning several columns gets a
 * virtual slot in every column it crosses, so it never passes behind a box. Deterministic.
 */
export function layoutGraph(nodes: readonly GraphNode[]): GraphLayout {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const col = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // a cycle (never in a valid manifest): break it
    visiting.add(id);
    const n = nodes[index.get(id)!]!;
    const c = n.uses.filter((u) => index.has(u)).reduce((m, u) => Math.max(m, col(u) + 1), 0);
    visiting.delete(id);
    column.set(id, c);
    return c;
  };
  for (const n of nodes) col(n.id);
  const nCols = Math.max(0, ...column.values()) + 1;
  const edges = nodes.flatMap((n) => n.uses.filter((u) => index.has(u)).map((u) => ({ from: u, to: n.id })));
  // items per column: real nodes and one virtual slot per crossing edge
  const cols: string[][] = Array.from({ length: nCols }, () => []);
  const rank = new Map<string, number>();
  nodes.forEach((n, i) => {
    cols[column.get(n.id)!]!.push(n.id);
    rank.set(n.id, i);
  });
  const preds = new Map<string, string[]>();
  const succs = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    preds.set(b, [...(preds.get(b) ?? []), a]);
    succs.set(a, [...(succs.get(a) ?? []), b]);
  };
  const chains = edges.map((e, k) => {
    const c0 = column.get(e.from)!;
    const c1 = column.get(e.to)!;
    const chain = [e.from];
    for (let c = c0 + 1; c < c1; c++) {
      const v = `\u0000${k}:${c}`;
      cols[c]!.push(v);
      rank.set(v, nodes.length + k);
      chain.push(v);
    }
    chain.push(e.to);
    for (let j = 0; j + 1 < chain.length; j++) link(chain[j]!, chain[j + 1]!);
    return chain;
  });
  // barycentre sweeps on positions within columns
  const pos = new Map<string, number>();
  const renumber = () => cols.forEach((c) => c.forEach((id, i) => pos.set(id, i)));
  renumber();
  const sortBy = (c: string[], nbrs: Map<string, string[]>) => {
    const key = new Map(
      c.map((id) => {
        const ns = (nbrs.get(id) ?? []).map((x) => pos.get(x)!);
        return [id, ns.length > 0 ? ns.reduce((a, b) => a + b, 0) / ns.length : pos.get(id)!];
      }),
    );
    c.sort((a, b) => key.get(a)! - key.get(b)! || rank.get(a)! - rank.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  };
  for (let sweep = 0; sweep < 8; sweep++) {
    if (sweep % 2 === 0) for (let k = 1; k < nCols; k++) sortBy(cols[k]!, preds);
    else for (let k = nCols - 2; k >= 0; k--) sortBy(cols[k]!, succs);
    renumber();
  }
  // coordinates
  const isReal = (id: string) => index.has(id);
  const hOf = (id: string) => (isReal(id) ? NODE_H : DUMMY_H);
  const widths = cols.map((c) =>
    Math.ceil(
      Math.max(0, ...c.filter(isReal).map((id) => Math.max(id.length, nodes[index.get(id)!]!.sub.length))) * CHAR_W +
        16,
    ),
  );
  const heights = cols.map((c) => c.reduce((s, id) => s + hOf(id), 0) + Math.max(0, c.length - 1) * V_GAP);
  const maxH = Math.max(...heights);
  const height = maxH + 2 * MARGIN + LEGEND_H * Math.ceil(VERDICT_CLASSES.length / 3) + 10;
  const placed: PlacedNode[] = [];
  const at = new Map<string, { x: number; y: number; w: number; h: number }>();
  let x = MARGIN;
  cols.forEach((c, k) => {
    let y = MARGIN + (maxH - heights[k]!) / 2;
    for (const id of c) {
      const h = hOf(id);
      at.set(id, { x, y, w: widths[k]!, h });
      if (isReal(id)) placed.push({ ...nodes[index.get(id)!]!, column: k, x, y, w: widths[k]!, h });
      y += h + V_GAP;
    }
    x += widths[k]! + H_GAP;
  });
  placed.sort((a, b) => index.get(a.id)! - index.get(b.id)!);
  const routed: RoutedEdge[] = edges.map((e, k) => {
    const chain = chains[k]!;
    const a = at.get(chain[0]!)!;
    const b = at.get(chain[chain.length - 1]!)!;
    const points: [number, number][] = [[a.x + a.w, a.y + a.h / 2]];
    for (const v of chain.slice(1, -1)) {
      const p = at.get(v)!;
      points.push([p.x, p.y + p.h / 2], [p.x + p.w, p.y + p.h / 2]);
    }
    points.push([b.x, b.y + b.h / 2]);
    return { from: e.from, to: e.to, points };
  });
  return { nodes: placed, edges: routed, width: Math.max(x - H_GAP + MARGIN, 760), height };
}

/** Escape text for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

/** SVG text of the dependency graph. */
export function graphSvg(nodes: readonly GraphNode[], title: string): string {
  const g = layoutGraph(nodes);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${f1(g.width)}" height="${f1(g.height)}" viewBox="0 0 ${f1(g.width)} ${f1(g.height)}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="11">`,
  );
  out.push(`<title>${xmlEscape(title)}</title>`);
  out.push(
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#607d8b"/></marker></defs>',
  );
  out.push('<rect width="100%" height="100%" fill="#ffffff"/>');
  out.push('<g fill="none" stroke="#90a4ae" stroke-width="1.1">');
  for (const e of g.edges) {
    // straight across the columns it crosses, a horizontal-tangent Bézier in every gap between columns
    const p = e.points;
    let d = `M ${f1(p[0]![0])} ${f1(p[0]![1])}`;
    for (let j = 0; j + 1 < p.length; j++) {
      const [x1, y1] = p[j]!;
      const [x2, y2] = p[j + 1]!;
      if (j % 2 === 1) d += ` L ${f1(x2)} ${f1(y2)}`;
      else {
        const dx = (x2 - x1) / 2;
        d += ` C ${f1(x1 + dx)} ${f1(y1)}, ${f1(x2 - dx)} ${f1(y2)}, ${f1(x2)} ${f1(y2)}`;
      }
    }
    out.push(`<path d="${d}" marker-end="url(#arrow)"><title>${xmlEscape(`${e.to} uses ${e.from}`)}</title></path>`);
  }
  out.push('</g>');
  for (const n of g.nodes) {
    const c = CLASS_COLOURS[n.cls];
    out.push(`<a href="${xmlEscape(n.href)}" xlink:href="${xmlEscape(n.href)}"><g>`);
    out.push(`<title>${xmlEscape(n.title)}</title>`);
    out.push(
      `<rect x="${f1(n.x)}" y="${f1(n.y)}" width="${f1(n.w)}" height="${n.h}" rx="5" fill="${c.fill}" stroke="${c.stroke}" stroke-width="1.3"/>`,
    );
    out.push(`<text x="${f1(n.x + 8)}" y="${f1(n.y + 14)}" fill="#212121">${xmlEscape(n.id)}</text>`);
    out.push(`<text x="${f1(n.x + 8)}" y="${f1(n.y + 27)}" fill="#546e7a" font-size="10">${xmlEscape(n.sub)}</text>`);
    out.push('</g></a>');
  }
  // legend
  const ly = g.height - MARGIN - LEGEND_H * Math.ceil(VERDICT_CLASSES.length / 3) + 6;
  const colW = (g.width - 2 * MARGIN) / 3;
  VERDICT_CLASSES.forEach((v, i) => {
    const lx = MARGIN + (i % 3) * colW;
    const y = ly + Math.floor(i / 3) * LEGEND_H;
    const c = CLASS_COLOURS[v.cls];
    out.push(`<rect x="${f1(lx)}" y="${f1(y)}" width="14" height="12" rx="2" fill="${c.fill}" stroke="${c.stroke}"/>`);
    out.push(`<text x="${f1(lx + 20)}" y="${f1(y + 10)}" fill="#212121" font-size="10">${xmlEscape(v.text)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
