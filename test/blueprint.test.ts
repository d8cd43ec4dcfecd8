/**
 * The blueprint: the committed `docs/` equals a fresh generation from the claims and the committed
 * reports; every claim has its entry (statement, proof sketch, hypotheses, domain, uses, verdict
 * with evidence link) in both the Markdown and the HTML; the dependency graph has one node per claim
 * and one edge per `uses`, every edge pointing to a later column; nodes are coloured by verdict.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRegistry } from '../src/runner/registry.js';
import { readManifest, buildBlueprint, verdictClass } from '../src/blueprint/model.js';
import { generateBlueprint } from '../src/blueprint/render.js';
import { layoutGraph, graphSvg, CLASS_COLOURS } from '../src/blueprint/dependencyGraph.js';
import { runBlueprint } from '../src/cli/blueprint.js';

const registry = await loadRegistry();
const { claims } = registry;
const manifest = readManifest('reports');
const files = generateBlueprint(registry, manifest);

describe('blueprint', () => {
  it('the committed docs/ equal a fresh generation (run npm run blueprint after changing claims or reports)', () => {
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(`docs/${name}`, 'utf8') === text, `docs/${name} is stale`).toBe(true);
  });
  it('every claim has a full entry in the Markdown and the HTML', () => {
    const md = files['blueprint.md']!;
    const html = files['blueprint.html']!;
    for (const c of claims) {
      expect(md, c.id).toContain(`<a id="${c.id}"></a>`);
      expect(html, c.id).toContain(`<section class="claim `);
      expect(html, c.id).toContain(`id="${c.id}"`);
      const entry = md.slice(md.indexOf(`<a id="${c.id}"></a>`)).split('\n### ')[1]!;
      for (const field of [
        '**Statement.**',
        '**Hypotheses.**',
        '**Tested domain.**',
        '**Proof sketch.**',
        '**Uses:**',
        '**Verdict:**',
      ])
        expect(entry, `${c.id} ${field}`).toContain(field);
      if (manifest) expect(entry, c.id).toContain('](../reports/claims.json)');
    }
  });
  it('the graph: one node per claim, one edge per use, edges go to later columns, no overlapping boxes', () => {
    const bp = buildBlueprint(registry, manifest);
    const g = layoutGraph(
      bp.entries.map((e) => ({ id: e.claim.id, sub: e.label, uses: e.claim.uses, cls: e.cls, href: '#', title: '' })),
    );
    expect(g.nodes.map((n) => n.id)).toEqual(claims.map((c) => c.id));
    expect(g.edges.length).toBe(claims.reduce((s, c) => s + c.uses.length, 0));
    const at = new Map(g.nodes.map((n) => [n.id, n]));
    for (const e of g.edges) expect(at.get(e.from)!.column, `${e.from} → ${e.to}`).toBeLessThan(at.get(e.to)!.column);
    for (const a of g.nodes)
      for (const b of g.nodes)
        if (a !== b && a.column === b.column)
          expect(a.y + a.h <= b.y || b.y + b.h <= a.y, `${a.id} overlaps ${b.id}`).toBe(true);
    for (const n of g.nodes) expect(n.x + n.w).toBeLessThanOrEqual(g.width);
    // an edge crosses a column only through a free slot: no route point lies inside a box
    for (const e of g.edges)
      for (const [px, py] of e.points)
        for (const n of g.nodes)
          if (n.id !== e.from && n.id !== e.to)
            expect(
              px >= n.x && px <= n.x + n.w && py >= n.y && py <= n.y + n.h,
              `${e.from} → ${e.to} crosses ${n.id}`,
            ).toBe(false);
    const svg = files['blueprint-graph.svg']!;
    expect(svg.match(/<rect [^>]*rx="5"/g)?.length).toBe(claims.length);
    expect(svg.match(/marker-end="url\(#arrow\)"/g)?.length).toBe(g.edges.length);
  });
  it('nodes are coloured by verdict, unexpected verdicts in red', () => {
    expect(verdictClass(null)).toBe('not-run');
    expect(verdictClass({ verdict: 'holds', asExpected: true })).toBe('holds');
    expect(verdictClass({ verdict: 'refuted', asExpected: true })).toBe('refuted-as-expected');
    expect(verdictClass({ verdict: 'refuted', asExpected: false })).toBe('unexpected');
    expect(verdictClass({ verdict: 'timeout', asExpected: false })).toBe('undecided');
    const svg = graphSvg(
      [
        { id: 'a_claim', sub: 'X1', uses: [], cls: 'unexpected', href: '#a', title: 't' },
        { id: 'b_claim', sub: 'X2', uses: ['a_claim'], cls: 'holds', href: '#b', title: 't' },
      ],
      'test',
    );
    expect(svg).toContain(`fill="${CLASS_COLOURS.unexpected.fill}"`);
    expect(svg).toContain(`fill="${CLASS_COLOURS.holds.fill}"`);
  });
  it('blueprint --check reports a stale folder with exit 1; bad options exit 2', async () => {
    expect(await runBlueprint(['--check', '--out', 'no-such-folder-for-blueprint'])).toBe(1);
    expect(await runBlueprint(['--no-such-option'])).toBe(2);
  });
});
