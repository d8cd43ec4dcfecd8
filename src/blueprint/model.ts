/**
 * # The blueprint's data: one entry per claim, with its verdict
 *
 * Main definitions: {@link buildBlueprint}(registry, manifest) → {@link Blueprint} — the claims grouped
 * by chapter (the registry's chapters: the folders of `properties/`), each with its statement, paper reference, label,
 * proof sketch, hypotheses, tested domain, `uses` and `used by`, and the verdict and evidence of the
 * committed reports; {@link verdictClass} (the colour class of a verdict); {@link readManifest}.
 *
 * Implementation notes: the blueprint is generated, never edited: a claim's text lives in its file,
 * its chapter in its folder (with the chapter's title and introduction in the folder's chapter
 * file), its verdict in `reports/claims.json`. A claim's label is the first word of its `specRef`. Nothing here depends on the clock or the machine, so a fresh
 * generation equals the committed one byte for byte (a test checks it). Evidence fields the runner
 * may or may not write (hypothesis counts, the exhaustive grid, tightness probes, SMT results,
 * statistical tests) are read defensively and shown only when present.
 *
 * References: the Lean blueprint convention (statement, proof sketch, uses, status colour).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../claims/defineClaim.js';
import type { Json } from '../claims/codec.js';
import type { ClaimChapter, ClaimRegistry } from '../runner/registry.js';
import { PruningCheckError } from '../errors.js';
import { readJsonText } from '../util/safeJson.js';

/** The colour class of a verdict. */
export type VerdictClass = 'holds' | 'refuted-as-expected' | 'open' | 'undecided' | 'unexpected' | 'not-run';

/** The one-line descriptions of the verdict classes (the legend). */
export const VERDICT_CLASSES: readonly { readonly cls: VerdictClass; readonly text: string }[] = [
  { cls: 'holds', text: 'holds, as expected' },
  { cls: 'refuted-as-expected', text: 'refuted, as expected (negative control or false reading)' },
  { cls: 'open', text: 'open: not decided by the suite, as expected' },
  { cls: 'undecided', text: 'inconclusive or timeout' },
  { cls: 'unexpected', text: 'verdict differs from the expected one' },
  { cls: 'not-run', text: 'not in reports/claims.json' },
];

/** A claim record of `reports/claims.json` (the fields the blueprint reads). */
export type ReportRecord = Readonly<Record<string, Json>>;

/** A chapter of the blueprint. */
export interface Chapter {
  /** The anchor: the chapter's folder name. */
  readonly key: string;
  readonly title: string;
  /** One paragraph introducing the chapter ('' for none). */
  readonly intro: string;
}

/** The label of a `specRef`: its first word ("E6 (negative control)" → "E6", "§7 (W2)" → "§7"). */
export function specLabel(specRef: string): string {
  return specRef.split(/[ (]/)[0]!;
}

/** One entry of the blueprint. */
export interface BlueprintEntry {
  readonly claim: Claim;
  readonly label: string;
  readonly chapter: string;
  readonly usedBy: readonly string[];
  readonly record: ReportRecord | null;
  readonly cls: VerdictClass;
}

/** The blueprint: chapters of entries, in registry order. */
export interface Blueprint {
  readonly chapters: readonly { readonly chapter: Chapter; readonly entries: readonly BlueprintEntry[] }[];
  readonly entries: readonly BlueprintEntry[];
  /** The `settings` of the reports (seed, depth), when present. */
  readonly settings: Json;
}

/** The colour class of a claim's record. */
export function verdictClass(record: ReportRecord | null): VerdictClass {
  if (!record) return 'not-run';
  const v = record.verdict;
  if (v === 'inconclusive' || v === 'timeout') return 'undecided';
  if (record.asExpected !== true) return 'unexpected';
  if (v === 'holds') return 'holds';
  if (v === 'refuted') return 'refuted-as-expected';
  if (v === 'open') return 'open';
  return 'undecided';
}

/** Read `claims.json` of a reports folder; null when there is none. @throws PruningCheckError when it is not a claims manifest */
export function readManifest(reportsDir: string): { claims: ReportRecord[]; settings: Json } | null {
  const file = join(reportsDir, 'claims.json');
  if (!existsSync(file)) return null;
  let j: { format?: unknown; claims?: unknown; settings?: Json };
  try {
    j = readJsonText(file) as typeof j;
  } catch (e) {
    throw new PruningCheckError(`blueprint: '${file}' is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof j.format !== 'string' || !j.format.startsWith('pruning-gap-check/claims@') || !Array.isArray(j.claims))
    throw new PruningCheckError(`blueprint: '${file}' is not a claims manifest (format pruning-gap-check/claims@N)`);
  return { claims: j.claims as ReportRecord[], settings: j.settings ?? null };
}

/**
 * Group the claims by chapter with their verdicts, in the registry's order. Chapters of the same key
 * (a chapter folder of the same name in two claims folders) are one chapter, titled by the first;
 * claims in no chapter (at the top of a claims folder) go to a last chapter.
 */
export function buildBlueprint(
  registry: Pick<ClaimRegistry, 'claims' | 'chapters'>,
  manifest: { claims: readonly ReportRecord[]; settings: Json } | null,
): Blueprint {
  const { claims } = registry;
  const byId = new Map((manifest?.claims ?? []).map((r) => [String(r.id), r]));
  const usedBy = new Map<string, string[]>();
  for (const c of claims) for (const u of c.uses) usedBy.set(u, [...(usedBy.get(u) ?? []), c.id]);
  const chapterOf = new Map<string, string>();
  const keys: ClaimChapter[] = [];
  for (const ch of registry.chapters) {
    if (!keys.some((k) => k.key === ch.key)) keys.push(ch);
    for (const id of ch.ids) chapterOf.set(id, ch.key);
  }
  const entries: BlueprintEntry[] = claims.map((claim) => {
    const record = byId.get(claim.id) ?? null;
    return {
      claim,
      label: specLabel(claim.specRef),
      chapter: chapterOf.get(claim.id) ?? 'other',
      usedBy: usedBy.get(claim.id) ?? [],
      record,
      cls: verdictClass(record),
    };
  });
  const other: Chapter = {
    key: 'other',
    title: 'Other claims',
    intro: 'Claims registered at the top of a claims folder, outside any chapter folder.',
  };
  const chapters = [...keys.map((k): Chapter => ({ key: k.key, title: k.title, intro: k.intro })), other]
    .map((chapter) => ({ chapter, entries: entries.filter((e) => e.chapter === chapter.key) }))
    .filter((c) => c.entries.length > 0);
  return { chapters, entries, settings: manifest?.settings ?? null };
}

/** A Json value as an object (or undefined). */
export function obj(x: Json | undefined): Readonly<Record<string, Json>> | undefined {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, Json>) : undefined;
}

/** The evidence lines of a record, in words (hypothesis counts, grid, statistical tests, tightness, SMT). */
export function evidenceLines(record: ReportRecord): string[] {
  const out: string[] = [];
  const ev = obj(record.evidence);
  const hyp = obj(ev?.hypothesis);
  if (hyp && typeof hyp.met === 'number' && typeof hyp.draws === 'number')
    out.push(
      `hypothesis met in ${hyp.met} of ${hyp.draws} draws${hyp.filteredTooMuch === true ? ' (filtered too much)' : ''}`,
    );
  else if (ev && typeof ev.numRuns === 'number') out.push(`${ev.numRuns} generated cases`);
  const hits = Array.isArray(ev?.boundaryHits)
    ? ev.boundaryHits.map(obj).filter((h) => typeof h?.label === 'string' && typeof h.cases === 'number')
    : [];
  if (hits.length > 0)
    out.push(`boundary hits: ${hits.map((h) => `${String(h!.label)} ${String(h!.cases)}`).join(', ')}`);
  const closest = obj(ev?.closestCase);
  if (closest && typeof closest.approx === 'string')
    out.push(
      `closest case to the boundary: ratio ≈ ${closest.approx}${typeof closest.relation === 'string' ? ` (${closest.relation})` : ''}`,
    );
  const grid = obj(ev?.exhaustive);
  if (grid && typeof grid.inputs === 'number')
    out.push(
      `bounded-exhaustive grid: ${grid.inputs} inputs${typeof grid.domain === 'string' ? ` (${grid.domain})` : ''}${grid.complete === true ? ', all checked' : ''}`,
    );
  if (ev && Array.isArray(ev.tests))
    for (const t of ev.tests) {
      const o = obj(t);
      if (!o) continue;
      const iv = obj(o.interval);
      out.push(
        `${String(o.name)}: ${String(o.judgement)} (${String(o.method)}, n = ${String(o.n)}${o.successes !== null && o.successes !== undefined ? `, ${String(o.successes)} successes` : ''}${iv?.approx ? `, interval ${String(iv.approx)}` : ''}, α = ${String(o.alpha)})`,
      );
    }
  if (Array.isArray(record.tightness))
    for (const t of record.tightness) {
      const o = obj(t);
      if (!o) continue;
      const name = String(o.name ?? 'constant');
      const what = typeof o.description === 'string' ? ` (${o.description})` : '';
      const value = typeof o.value === 'string' ? ` = ${o.value}` : '';
      out.push(`tightness of ${name}${value}${what}: ${String(o.result ?? '')}`.trim());
    }
  const smt = obj(record.smt);
  if (smt) {
    if (typeof smt.notEncoded === 'string') out.push(`SMT: not encoded (${smt.notEncoded})`);
    else if (typeof smt.skipped === 'string') out.push(`SMT: skipped (${smt.skipped})`);
    else if (typeof smt.unavailable === 'string') out.push(`SMT: ${smt.unavailable}`);
    else {
      const text =
        typeof smt.summary === 'string'
          ? smt.summary
          : typeof smt.result === 'string'
            ? smt.result
            : typeof smt.status === 'string'
              ? smt.status
              : JSON.stringify(smt);
      out.push(`SMT: ${text.length > 300 ? `${text.slice(0, 297)}…` : text}`);
    }
  }
  return out;
}
