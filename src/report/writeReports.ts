/**
 * # Writing the reports as one transaction
 *
 * Main definitions: {@link writeReports} — from the run records, stages the complete new report set
 * (`counterexamples/<name>.json`, `figures/<name>.svg` with its `<name>.vl.json` spec, `tables.json`,
 * `claims.json`, `summary.md`, `timings.json`) in a sibling folder and swaps it in
 * (see {@link ReportTransaction}): a reader sees the old set or the new one, never a mix.
 * {@link readExistingRecords} — the records of an existing `claims.json`, schema-validated.
 * The pure renderers ({@link renderManifest}, {@link renderSummary}) live in `renderSummary.ts`.
 *
 * Main statements: with `keepOthers` (a partial run, `--claims`), the records, tables, figures and
 * counterexample files of the claims not run are carried over from the existing folder into the new
 * set. Only files the tool wrote are ever replaced or dropped: the set's mark (`marker.ts`) lists
 * them, and every other entry of the folder (`shards/`, a README, a file someone put into
 * `figures/`) is carried over untouched; a non-empty folder that is not a report folder is refused
 * before anything runs. Every name taken from a claim or a shard (figures, counterexample files) is
 * checked by the one file-name check (`fileName.ts`) before anything is staged.
 *
 * Implementation notes: the existing `claims.json` and `tables.json` are file inputs and are
 * validated against their schemas before use (a broken one is a one-line error, and nothing is
 * written). Timings and regression re-runs go to `timings.json`, never into verdict files.
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from './atomicWrite.js';
import { renderSvg } from './figures.js';
import { canonicalJSON, type Json } from '../claims/codec.js';
import { mainCounterexample, type RunRecord } from '../runner/record.js';
import type { ClaimRecord } from '../schema/schemas.js';
import type { Table } from '../claims/defineClaim.js';
import { renderManifest, renderSummary, type RunSettings } from './renderSummary.js';
import { ReportTransaction, killPointForTest } from './transaction.js';
import { readJsonFile } from '../schema/validate.js';
import { parseJsonText } from '../util/safeJson.js';
import { requirePlainFileName } from './fileName.js';
import { MARKER_FILE, readMarker, renderMarker } from './marker.js';

export { MANIFEST_FORMAT, renderManifest, renderSummary, type RunSettings } from './renderSummary.js';

/** Entries of a report folder that make up one report set (everything else is carried over). */
export const REPORT_ENTRIES: readonly string[] = [
  'claims.json',
  'tables.json',
  'summary.md',
  'timings.json',
  'counterexamples',
  'figures',
];

/**
 * Read the records of an existing manifest (empty when absent).
 * @throws CliUsageError when the file exists but does not match the claims.json schema
 */
export function readExistingRecords(dir: string): ClaimRecord[] {
  const file = join(dir, 'claims.json');
  if (!existsSync(file)) return [];
  return readJsonFile('manifest', file).claims;
}

/** The tables of an existing `tables.json` (empty when absent). @throws CliUsageError when malformed */
function readExistingTables(dir: string): Record<string, Table[]> {
  const file = join(dir, 'tables.json');
  if (!existsSync(file)) return {};
  return readJsonFile('tables', file);
}

/** The claim a counterexample file name `<id>.json` or `<id>.<tag>.json` belongs to (the longest matching id). */
function ownerOf(file: string, ids: readonly string[]): string | null {
  if (!file.endsWith('.json')) return null;
  const stem = file.slice(0, -'.json'.length);
  let best: string | null = null;
  for (const id of ids)
    if ((stem === id || stem.startsWith(`${id}.`)) && (best === null || id.length > best.length)) best = id;
  return best;
}

/** Options of {@link writeReports}. */
export interface WriteReportsOptions {
  /** Keep the records and files of the claims not run from the existing folder (a partial run). */
  readonly keepOthers: boolean;
  /** A transaction already begun (the check command holds the lock for the whole run). */
  readonly transaction?: ReportTransaction;
  /**
   * Called with each warning of the figure renderer (vega-lite, vega) as `<figure name>: <warning>`;
   * the commands print them as their own lines on stderr. Default: dropped.
   */
  readonly onFigureWarning?: (line: string) => void;
}

/**
 * Write every report for these run records as one transaction. `order` is the manifest order of
 * all claim ids. Pass `keepOthers` as a boolean or as {@link WriteReportsOptions}.
 * @throws CliUsageError for an invalid existing claims.json/tables.json (nothing is written), or a locked folder
 */
export async function writeReports(
  dir: string,
  runs: readonly RunRecord[],
  order: readonly string[],
  settings: RunSettings,
  keepOthers: boolean | WriteReportsOptions,
): Promise<void> {
  const opts: WriteReportsOptions = typeof keepOthers === 'boolean' ? { keepOthers } : keepOthers;
  const tx = opts.transaction ?? ReportTransaction.begin(dir);
  try {
    await stageAndCommit(tx, dir, runs, order, settings, opts.keepOthers, opts.onFigureWarning);
  } catch (e) {
    tx.abort();
    throw e;
  }
}

async function stageAndCommit(
  tx: ReportTransaction,
  dir: string,
  runs: readonly RunRecord[],
  order: readonly string[],
  settings: RunSettings,
  keepOthers: boolean,
  onFigureWarning: ((line: string) => void) | undefined,
): Promise<void> {
  // every name that becomes a file under the folder: checked in one place, before anything is staged
  for (const r of runs) {
    for (const c of r.counterexamples) requirePlainFileName(c.name, `counterexample file of claim '${r.id}'`);
    for (const f of r.figures) requirePlainFileName(f.name, `figure of claim '${r.id}'`);
  }
  const oldRecords = keepOthers ? readExistingRecords(dir) : [];
  const oldTables = keepOthers ? readExistingTables(dir) : {};
  const stage = tx.stage();
  const ranIds = new Set(runs.map((r) => r.id));
  const byId = new Map<string, ClaimRecord>();
  for (const rec of oldRecords) byId.set(rec.id, rec);
  for (const r of runs) byId.set(r.id, r.record);
  const records = order.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const keptIds = new Set(records.map((r) => r.id).filter((id) => !ranIds.has(id)));

  // counterexamples: the run's files, plus the files of the claims kept from the old set
  for (const r of runs)
    for (const c of r.counterexamples)
      atomicWrite(join(stage, 'counterexamples', `${c.name}.json`), canonicalJSON(c.file));
  const oldCex = join(dir, 'counterexamples');
  if (keptIds.size > 0 && existsSync(oldCex)) {
    const allIds = [...new Set([...order, ...oldRecords.map((r) => r.id)])];
    for (const f of readdirSync(oldCex)) {
      const owner = ownerOf(f, allIds);
      if (owner !== null && keptIds.has(owner)) cpSync(join(oldCex, f), join(stage, 'counterexamples', f));
    }
  }
  killPointForTest('staging');

  // figures: the run's, rendered; the kept claims' copied (with their specs)
  for (const r of runs)
    for (const f of r.figures) {
      const warnings: string[] = [];
      atomicWrite(join(stage, 'figures', `${f.name}.svg`), await renderSvg(f.spec, warnings));
      for (const w of warnings) onFigureWarning?.(`${f.name}: ${w}`);
      // the vega-lite spec beside its SVG (data inline), so a reader can re-render or restyle it
      atomicWrite(join(stage, 'figures', `${f.name}.vl.json`), JSON.stringify(f.spec, null, 2) + '\n');
    }
  for (const rec of records) {
    if (!keptIds.has(rec.id)) continue;
    for (const p of rec.figures) {
      if (!/^figures\/[A-Za-z0-9_.@-]+\.svg$/.test(p)) continue;
      for (const f of [p, p.replace(/\.svg$/, '.vl.json')])
        if (existsSync(join(dir, f)) && !existsSync(join(stage, f))) cpSync(join(dir, f), join(stage, f));
    }
  }

  // tables, in manifest order
  const tables: { claim: string; table: Table }[] = [];
  const allTables: Record<string, Table[]> = {};
  for (const id of order) {
    const run = runs.find((r) => r.id === id);
    const ts = run ? [...run.tables] : keptIds.has(id) ? (oldTables[id] ?? []) : [];
    if (ts.length > 0) allTables[id] = ts;
    for (const t of ts) tables.push({ claim: id, table: t });
  }

  // the violated relation of each main counterexample, for the summary: the run's own file, or the
  // file carried over for a kept claim
  const cexViolations: Record<string, string> = {};
  for (const rec of records) {
    if (rec.counterexample === null) continue;
    const run = runs.find((r) => r.id === rec.id);
    const violated = run
      ? mainCounterexample(run)?.violated
      : safeJson<{ violated?: Json }>(readIfExists(join(stage, rec.counterexample))).violated;
    const text = violationText(violated);
    if (text !== null) cexViolations[rec.id] = text;
  }
  atomicWrite(join(stage, 'tables.json'), canonicalJSON(tablesJSON(allTables)));
  atomicWrite(join(stage, 'claims.json'), canonicalJSON(renderManifest(records, settings)));
  atomicWrite(join(stage, 'summary.md'), renderSummary(records, settings, tables, cexViolations));

  // timings and regression re-runs (not verdict files): the run's, plus the kept claims' old ones
  const oldTimings = keepOthers ? safeJson<Record<string, Json>>(readIfExists(join(dir, 'timings.json'))) : {};
  const timings: Record<string, Json> = {};
  for (const id of order) {
    const run = runs.find((r) => r.id === id);
    if (run) {
      const { regression, smtTimingsMs: smt } = run;
      timings[id] =
        regression || smt
          ? {
              ms: run.ms,
              ...(regression ? { regression: { ...regression } } : {}),
              ...(smt ? { smtMs: { ...smt } } : {}),
            }
          : run.ms;
    } else if (keptIds.has(id) && oldTimings[id] !== undefined) timings[id] = oldTimings[id]!;
  }
  atomicWrite(join(stage, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');

  // the mark lists what the tool wrote; everything else in the folder is carried over untouched
  const written = filesUnder(stage);
  carryOverForeign(dir, stage);
  atomicWrite(join(stage, MARKER_FILE), renderMarker(written));
  tx.commit();
}

/** One line for a violated relation (`lhs = … op rhs = … fails`); null for a statistical or error file. */
function violationText(v: Json | undefined): string | null {
  if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v) || typeof v.lhsLabel !== 'string')
    return null;
  return typeof v.lhs === 'boolean'
    ? `fails: ${v.lhsLabel} is ${v.lhs}`
    : `${v.lhsLabel} = ${v.lhsApprox ?? v.lhs} ${v.op} ${v.rhsLabel} = ${v.rhsApprox ?? v.rhs} fails`;
}

/** The tables as plain JSON. */
function tablesJSON(all: Record<string, Table[]>): Json {
  return Object.fromEntries(
    Object.entries(all).map(([id, ts]) => [
      id,
      ts.map((t) => ({ name: t.name, title: t.title, columns: [...t.columns], rows: t.rows.map((row) => [...row]) })),
    ]),
  );
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, `${prefix}${e}/`));
    else out.push(`${prefix}${e}`);
  }
  return out;
}

/**
 * Copy into `stage` every entry of `dir` the tool did not write: entries that are not reports
 * (`shards/`, a README) whole, and inside the report entries every file the folder's mark does not
 * list (a folder without the mark, from before it existed, is taken as the tool's). A file the new set
 * writes itself is not overwritten.
 */
function carryOverForeign(dir: string, stage: string): void {
  if (!existsSync(dir)) return;
  const ours = readMarker(dir);
  const listed = new Set(ours ?? []);
  for (const e of readdirSync(dir)) {
    if (e === MARKER_FILE || e.endsWith('.tmp')) continue;
    if (!REPORT_ENTRIES.includes(e)) {
      if (!existsSync(join(stage, e))) cpSync(join(dir, e), join(stage, e), { recursive: true });
      continue;
    }
    if (ours === null) continue;
    const p = join(dir, e);
    const files = statSync(p).isDirectory() ? filesUnder(p, `${e}/`) : [e];
    for (const f of files) if (!listed.has(f) && !existsSync(join(stage, f))) cpSync(join(dir, f), join(stage, f));
  }
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '{}';
}

function safeJson<T>(s: string): T {
  try {
    const v = parseJsonText(s) as T;
    return v !== null && typeof v === 'object' ? v : ({} as T);
  } catch {
    return {} as T;
  }
}
