/**
 * # Writing the reports
 *
 * Main definitions: {@link writeReports} — from the run records, writes (atomically, each file)
 * `counterexamples/<id>.json`, `figures/<name>.svg`, `claims.json` (the machine-readable manifest
 * with verdicts) and `summary.md` (the table for people, with the v1/v2-against-v3 section);
 * {@link renderManifest}, {@link renderSummary} — pure functions of the records, so a merged sharded
 * run and an unsharded run give the same bytes.
 *
 * Implementation notes: a partial run (`--claims`) keeps the records of the claims it did not run
 * from the existing `claims.json`. Timings go to `timings.json`, never into verdict files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite.js';
import { renderSvg } from './figures.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import type { RunRecord, ClaimRecord } from '../claims/runClaim.js';
import type { Table } from '../claims/defineClaim.js';
import { MANIFEST_FORMAT, renderManifest, renderSummary, type RunSettings } from './renderSummary.js';

export { MANIFEST_FORMAT, renderManifest, renderSummary, type RunSettings } from './renderSummary.js';

/** Read the records of an existing manifest (empty when absent or unreadable). */
export function readExistingRecords(dir: string): ClaimRecord[] {
  const file = join(dir, 'claims.json');
  if (!existsSync(file)) return [];
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { format?: string; claims?: ClaimRecord[] };
    return m.format === MANIFEST_FORMAT && Array.isArray(m.claims) ? m.claims : [];
  } catch {
    return [];
  }
}

/**
 * Write every report for these run records. `order` is the manifest order of all claim ids;
 * records of claims not run are kept from the existing manifest when `keepOthers`.
 */
export async function writeReports(dir: string, runs: readonly RunRecord[], order: readonly string[], settings: RunSettings, keepOthers: boolean): Promise<void> {
  for (const r of runs) for (const c of r.counterexamples ?? []) atomicWrite(join(dir, 'counterexamples', `${c.name}.json`), canonicalJSON(c.file as unknown as Json));
  for (const r of runs)
    for (const f of r.figures) {
      atomicWrite(join(dir, 'figures', `${f.name}.svg`), await renderSvg(f.spec));
      // the vega-lite spec beside its SVG (data inline), so a reader can re-render or restyle it
      atomicWrite(join(dir, 'figures', `${f.name}.vl.json`), JSON.stringify(f.spec, null, 2) + '\n');
    }
  const byId = new Map<string, ClaimRecord>();
  if (keepOthers) for (const rec of readExistingRecords(dir)) byId.set(rec.id as string, rec);
  for (const r of runs) byId.set(r.id, r.record);
  const records = order.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const tables: { claim: string; table: Table }[] = [];
  const tableFile = join(dir, 'tables.json');
  const oldTables: Record<string, Table[]> = keepOthers && existsSync(tableFile) ? safeJson(readFileSync(tableFile, 'utf8')) : {};
  const allTables: Record<string, Table[]> = {};
  for (const id of order) {
    const run = runs.find((r) => r.id === id);
    const ts = run ? [...run.tables] : byId.has(id) ? (oldTables[id] ?? []) : [];
    if (ts.length > 0) allTables[id] = ts;
    for (const t of ts) tables.push({ claim: id, table: t });
  }
  const cexViolations: Record<string, string> = {};
  for (const rec of records) {
    if (typeof rec.counterexample !== 'string') continue;
    const v = safeJson<{ violated?: Record<string, string | boolean> }>(readIfExists(join(dir, rec.counterexample))).violated;
    if (v && v.lhsLabel)
      cexViolations[rec.id as string] =
        typeof v.lhs === 'boolean' ? `fails: ${v.lhsLabel} is ${v.lhs}` : `${v.lhsLabel} = ${v.lhsApprox ?? v.lhs} ${v.op} ${v.rhsLabel} = ${v.rhsApprox ?? v.rhs} fails`;
  }
  atomicWrite(tableFile, canonicalJSON(allTables as unknown as Json));
  atomicWrite(join(dir, 'claims.json'), canonicalJSON(renderManifest(records, settings)));
  atomicWrite(join(dir, 'summary.md'), renderSummary(records, settings, tables, cexViolations));
  atomicWrite(join(dir, 'timings.json'), JSON.stringify(Object.fromEntries(runs.map((r) => [r.id, r.ms])), null, 2) + '\n');
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '{}';
}

function safeJson<T>(s: string): T {
  try {
    return JSON.parse(s) as T;
  } catch {
    return {} as T;
  }
}
