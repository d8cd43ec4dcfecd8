/**
 * # Rendering the verdict files: claims.json and summary.md
 *
 * Main definitions: {@link renderManifest} (the machine-readable manifest, format
 * {@link MANIFEST_FORMAT}) and {@link renderSummary} (the table for people, with the
 * v1/v2-against-v3 section, tables, figures and the statistical evidence) — pure functions of the
 * run records, so a merged sharded run and an unsharded run give the same bytes.
 *
 * Main statements: every row shows the strength of its evidence, not only the verdict — for an
 * exact claim how many cases met its hypothesis ("k of n"), its bounded-exhaustive grid, how close
 * the cases came to equality, and for each declared constant the smallest perturbation that was
 * refuted ("tight to 1 %"); for a statistical test the smallest relative deviation it detects with
 * power ≥ 0.9; for claims with an SMT encoding the bounded proof or refutation.
 */
import type { Json } from '../claims/codec.js';
import type { ClaimRecord, ExactEvidence, StatEvidence, StatTestRecord } from '../schema/schemas.js';
import type { Table } from '../claims/defineClaim.js';
import { SAMPLER_VERSION } from '../random/SeededRng.js';
import { COMPACT_HEADER, compactRow, wrapProse } from './summaryTable.js';

/** Prose lines of the summary are folded to this width (the opening table's rows fit 160). */
const PROSE_WIDTH = 100;

/** Run settings written into the manifest. */
export interface RunSettings {
  readonly seed: number;
  readonly depth: string;
  readonly runs: number | null;
  /** The sampler version (the manifest always writes the running one). */
  readonly samplerVersion?: number;
}

/** Manifest format tag. */
export const MANIFEST_FORMAT = 'pruning-gap-check/claims@1';

/** The manifest object for the given records (in the given order). */
export function renderManifest(records: readonly ClaimRecord[], settings: RunSettings): Json {
  const counts: Record<string, number> = { holds: 0, refuted: 0, inconclusive: 0, timeout: 0, open: 0 };
  for (const r of records) counts[r.verdict] = (counts[r.verdict] ?? 0) + 1;
  return {
    format: MANIFEST_FORMAT,
    paper: 'arXiv:2603.02234 — Structured vs. Unstructured Pruning: An Exponential Gap',
    settings: { seed: settings.seed, depth: settings.depth, runs: settings.runs, samplerVersion: SAMPLER_VERSION },
    counts,
    allAsExpected: records.every((r) => r.asExpected),
    claims: [...records],
  };
}

type Obj = Record<string, Json>;
const isObj = (x: Json | undefined): x is Obj =>
  x !== null && x !== undefined && typeof x === 'object' && !Array.isArray(x);

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function intervalText(iv: Record<string, string>): string {
  const approx = iv.approx ?? `[${iv.lo}, ${iv.hi}]`;
  return iv.lo === iv.hi ? approx.replace(/^\[([^,]+), .*\]$/, '$1') : approx;
}

/** The power of a test in words ("≥ 3.1 % relative deviation" or the note). */
export function powerText(p: Json): string {
  if (p === null) return '—';
  if (typeof p === 'string') return p;
  if (isObj(p)) {
    const dev = p.detectableRelDeviation ?? p.relDeviation ?? p.deviation;
    const note = typeof p.note === 'string' ? p.note : '';
    if (typeof dev === 'string' || typeof dev === 'number') {
      const x = Number(dev);
      const pct = Number.isFinite(x) ? `${(x * 100).toFixed(x < 0.1 ? 2 : 1)} %` : String(dev);
      return `${pct}${note ? ` (${note})` : ''}`;
    }
    if (note) return note;
  }
  return JSON.stringify(p);
}

const isStat = (ev: ClaimRecord['evidence']): ev is StatEvidence => 'tests' in ev;
const isExact = (ev: ClaimRecord['evidence']): ev is ExactEvidence => 'hypothesis' in ev;

function intervalOf(t: StatTestRecord): string {
  return intervalText({
    lo: t.interval.lo,
    hi: t.interval.hi,
    ...(t.interval.approx !== undefined ? { approx: t.interval.approx } : {}),
  });
}

function statEvidenceCell(ev: StatEvidence): string {
  const tests = ev.tests;
  const count = (j: string) => tests.filter((t) => t.judgement === j).length;
  const parts = [`${tests.length} test(s) at claim-level α = ${ev.alpha}: ${count('holds')} hold`];
  if (count('refuted') > 0) parts.push(`${count('refuted')} refuted`);
  if (count('inconclusive') > 0) parts.push(`${count('inconclusive')} inconclusive`);
  const first = tests.find((t) => t.judgement === 'refuted') ?? tests.find((t) => t.judgement === 'inconclusive');
  let text = parts.join(', ');
  if (first) {
    const k = first.successes === null ? '' : `${first.successes}/${first.n}, `;
    text += ` — e.g. ${first.name}: ${k}interval ${intervalOf(first)} vs ${first.claimed}`;
  }
  const powered = tests.filter((t) => t.power !== undefined && t.power !== null);
  if (powered.length > 0) {
    const devs = powered
      .map((t) => Number(isObj(t.power) ? t.power.detectableRelDeviation : undefined))
      .filter((x) => Number.isFinite(x));
    if (devs.length > 0)
      text += `; power ≥ 0.9 against relative deviations ≥ ${(Math.max(...devs) * 100).toFixed(1)} % (worst test)`;
  }
  return `${text} (details below)`;
}

function exactEvidenceCell(r: ClaimRecord, ev: ExactEvidence): string {
  const parts: string[] = [];
  const h = ev.hypothesis;
  parts.push(
    h.filteredTooMuch
      ? `filtered too much: ${h.met} of ${h.draws} draws met the hypothesis (${ev.numRuns} needed)`
      : `${h.met} of ${h.draws} draws met the hypothesis`,
  );
  if (ev.boundaryHits.length > 0)
    parts.push(`boundary hits: ${ev.boundaryHits.map((b) => `${b.label} ${b.cases}`).join(', ')}`);
  parts.push(`seed ${ev.seed}`);
  const ex = ev.exhaustive;
  if (ex !== null)
    parts.push(
      ex.complete
        ? `exhaustive: all ${ex.inputs} inputs of ${ex.domain} (${ex.met} met the hypothesis)`
        : `exhaustive: ${ex.inputs} inputs of ${ex.domain} (incomplete)`,
    );
  const cl = ev.closestCase;
  if (cl !== null && r.verdict !== 'refuted')
    parts.push(
      `closest case: ratio ${cl.approx}${cl.ratio === '1/1' || cl.ratio === '1' ? ' (equality attained)' : ''}`,
    );
  const by = ev.refutedBy;
  if (r.verdict === 'refuted' && by !== null) {
    if (by.source === 'search')
      parts.unshift(
        `refuted by the seeded search from scratch after ${by.foundAfterCases} case(s), shrunk ${by.numShrinks}×`,
      );
    else if (by.source === 'exhaustive')
      parts.unshift(`refuted by the bounded-exhaustive pass (grid input ${by.gridInput})`);
    else parts.unshift("refuted by a stored counterexample re-run (not found by this run's search)");
  }
  return parts.join('; ');
}

/** The evidence cell of a claim's row. */
export function evidenceCell(r: ClaimRecord): string {
  const ev = r.evidence;
  if (isStat(ev)) return statEvidenceCell(ev);
  if (isExact(ev)) return exactEvidenceCell(r, ev);
  return `not judged: ${ev.error}`;
}

/** The tightness cell: per declared constant, the smallest refuted perturbation. */
export function tightnessCell(r: ClaimRecord): string {
  const t = r.tightness;
  if (!Array.isArray(t) || t.length === 0) return '—';
  return t
    .map((k) => {
      const link = typeof k.counterexample === 'string' ? ` ([certificate](${k.counterexample}))` : '';
      const spec = k.specTight ? '' : ' (not tight per the reference)';
      return `${k.name} = ${k.value}: ${k.result}${link}${spec}`;
    })
    .join('; ');
}

/** The SMT cell: bounded proof, refutation, optimal constants, or why there is none. */
export function smtCell(r: ClaimRecord): string {
  const s = r.smt;
  if (s === undefined || s === null) return '—';
  if (!isObj(s)) return String(s);
  if (typeof s.summary === 'string') return s.summary;
  if (typeof s.unavailable === 'string') return s.unavailable;
  if (typeof s.notEncoded === 'string') return `not encoded: ${s.notEncoded}`;
  if (typeof s.skipped === 'string') return `skipped (${s.skipped})`;
  const parts: string[] = [];
  if (typeof s.provedUpTo === 'string') parts.push(`proved for all real parameters up to ${s.provedUpTo}`);
  if (typeof s.refutedAt === 'string') parts.push(`refuted at ${s.refutedAt} by an exact model`);
  return parts.join('; ') || JSON.stringify(s);
}

function tableMd(t: Table): string {
  const head = `| ${t.columns.map(esc).join(' | ')} |\n| ${t.columns.map(() => '---').join(' | ')} |\n`;
  return head + t.rows.map((row) => `| ${row.map((c) => esc(String(c))).join(' | ')} |`).join('\n') + '\n';
}

function verdictWord(v: Json | undefined): string {
  return v === 'open' ? 'not decided' : String(v);
}

/** The markdown summary. */
export function renderSummary(
  records: readonly ClaimRecord[],
  settings: RunSettings,
  tables: readonly { claim: string; table: Table }[],
  cexViolations: Record<string, string>,
): string {
  const out: string[] = [];
  out.push('# Claim check: Structured vs. Unstructured Pruning (arXiv:2603.02234)\n\n');
  const intro = [
    `Generated by \`npm run check\` — seed ${settings.seed}, depth ${settings.depth}${settings.runs ? `, runs ${settings.runs}` : ''}, sampler version ${SAMPLER_VERSION}.`,
    "Statements are the project's reconstructions of the paper (see `docs/blueprint.md`); each row is one claim under one reading.",
    'Exact claims are checked with exact rational arithmetic (a counterexample is a certified fact); statistical claims are judged by exact binomial (Clopper–Pearson) or DKW intervals at the stated α.',
  ].join(' ');
  out.push(`${wrapProse(intro, PROSE_WIDTH)}\n\n`);
  const howTo = [
    'How to read the evidence: an exact claim\'s n counts the cases that *meet* its hypothesis: the search draws until n cases met it, at most 10·n draws ("n/m met hyp."), and a claim that cannot reach n reads *inconclusive (filtered too much: k of m draws met the hypothesis)*, never *holds*. "boundary hits" counts, per boundary structure of the generators, the cases that met the hypothesis on it.',
    '"grid" is a bounded-exhaustive grid of special values, every input checked exactly. "closest" is the smallest ratio lhs/rhs of an inequality over the cases ("equality hit": 1 attained).',
    'The tightness column moves each declared constant toward its false side by 1 %, 10 % and 2× and reports the smallest perturbation that the same generators refuted, with its certificate.',
    '"power to x %" is the smallest relative deviation from the claimed value that every sampled test of the claim detects with probability ≥ 0.9 ("all exact": every test is an exact decision). "not decided" marks a statement the technique can neither confirm nor refute.',
    'The table is a digest; each claim has its full evidence in its own section below.',
  ].join(' ');
  out.push(`${wrapProse(howTo, PROSE_WIDTH)}\n`);
  const bad = records.filter((r) => !r.asExpected);
  out.push(
    bad.length === 0
      ? `\n**All ${records.length} verdicts are as expected.**\n`
      : `\n**${bad.length} verdict(s) differ from the expected: ${bad.map((r) => `\`${r.id}\``).join(', ')}.**\n`,
  );
  out.push(`\n## Verdicts\n\n${COMPACT_HEADER}`);
  for (const r of records) out.push(`${compactRow(r)}\n`);
  // version comparison
  out.push('\n## v1/v2 against v3\n\n');
  out.push(
    `${wrapProse("The paper's versions state the headline bounds differently (v1/v2: Ω(d/ε) against O(d log(1/ε)); v3: Ω(1/ε) against O(log(1/ε))). Each headline reading below has its own verdict; rows marked **differs** are where the v1/v2 and v3 statements do not share a verdict.", PROSE_WIDTH)}\n\n`,
  );
  out.push('| entry | versions | readings | expected | verdict | statement |\n| --- | --- | --- | --- | --- | --- |\n');
  const headline = records.filter((r) => /^v[123]\./.test(r.id));
  for (const r of headline)
    out.push(
      `| \`${r.id}\` | ${r.versions.join(', ')} | ${r.readings.join(', ')} | ${r.expected} | **${esc(r.verdictText)}** | ${esc(r.statement)} |\n`,
    );
  if (headline.length > 0) {
    out.push('\n| topic | v1/v2 | v3 | |\n| --- | --- | --- | --- |\n');
    for (const topic of ['neuron_lower_bound', 'weight_upper_bound']) {
      const v2 = headline.filter((r) => r.id.startsWith(`v2.${topic}`));
      const v3 = headline.filter((r) => r.id.startsWith(`v3.${topic}`));
      const fmt = (rs: ClaimRecord[]) =>
        rs.map((r) => `${r.readings[0] ?? ''}: ${verdictWord(r.verdict)}`).join('; ') || '—';
      const differs = new Set([...v2, ...v3].map((r) => r.verdict)).size > 1;
      out.push(`| ${topic} | ${fmt(v2)} | ${fmt(v3)} | ${differs ? '**differs**' : 'same'} |\n`);
    }
  } else out.push('(no headline entries in this run)\n');
  // tables and figures
  const figs = records.filter((r) => r.figures.length > 0);
  if (tables.length > 0 || figs.length > 0) out.push('\n## Tables and figures\n');
  for (const { claim, table } of tables) out.push(`\n### ${table.title} (\`${claim}\`)\n\n${tableMd(table)}`);
  for (const r of figs) for (const f of r.figures) out.push(`\n![${r.id}](${f})\n`);
  // details of statistical claims
  const stats = records.filter((r) => r.kind === 'statistical');
  if (stats.length > 0) {
    out.push('\n## Statistical evidence\n');
    for (const r of stats) {
      const ev = r.evidence;
      if (!isStat(ev)) continue;
      out.push(
        `\n### \`${r.id}\` — claim-level α = ${ev.alpha}\n\n| test | method | n | successes | interval (1−α) or exact value | claimed | judgement | power ≥ 0.9 against |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n`,
      );
      for (const t of ev.tests)
        out.push(
          `| ${esc(t.name)} | ${t.method} | ${t.n} | ${t.successes ?? '—'} | ${intervalOf(t)}${t.alpha === '0/1' ? '' : ` (α = ${t.alpha})`} | ${esc(t.claimed)} | ${t.judgement} | ${esc(powerText(t.power ?? null))} |\n`,
        );
      if (isObj(ev.details)) {
        const sentence = ev.details.verdictSentence;
        if (typeof sentence === 'string') out.push(`\n${wrapProse(sentence, PROSE_WIDTH)}\n`);
      }
    }
  }
  // the full evidence, claim by claim
  out.push('\n## Evidence per claim\n');
  for (const r of records) {
    const cex = r.counterexample
      ? `[${r.id}.json](${r.counterexample})${cexViolations[r.id] ? `: ${cexViolations[r.id]}` : ''}`
      : '—';
    const item = (label: string, text: string) => `- ${wrapProse(`**${label}:** ${text}`, PROSE_WIDTH - 2, '  ')}\n`;
    out.push(`\n### \`${r.id}\`\n\n`);
    out.push(
      item(
        'label',
        `${r.specRef}; paper: ${r.paperRef ?? '—'}; versions ${r.versions.join(', ')}; readings ${r.readings.join(', ') || '—'}; ${r.kind}; expected ${r.expected}`,
      ),
    );
    out.push(item('verdict', r.verdictText));
    out.push(item('evidence', evidenceCell(r)));
    out.push(item('tightness', tightnessCell(r)));
    out.push(item('SMT', smtCell(r)));
    out.push(item('counterexample', cex));
  }
  out.push('\n---\nReplay any counterexample with `npm run replay -- reports/counterexamples/<id>.json`.\n');
  return out.join('');
}
