/**
 * # The summary's opening table: one short row per claim
 *
 * Main definitions: {@link compactRow} — the five cells (claim, verdict, one-line evidence,
 * tightness, SMT) of a claim's row in `summary.md`'s opening table; {@link SUMMARY_TABLE_WIDTH}, the
 * widest a row may be; {@link wrapProse}, prose folded to a width for the per-claim sections.
 *
 * Main statements: every row of the opening table fits {@link SUMMARY_TABLE_WIDTH} columns (counted
 * in code points, the width a terminal gives these characters), so the table reads in a terminal and
 * in a diff; each cell is a digest of the full evidence, which follows per claim below the table.
 *
 * Implementation notes: the digests are fixed phrasings of the record's typed fields; a cell that
 * would still be too long is cut at a word and ends in "…" — the full text is always in the claim's
 * own section, so nothing is lost.
 */
import type { ClaimRecord, ExactEvidence, StatEvidence } from '../schema/schemas.js';

/** The widest a row of the opening table may be (columns). */
export const SUMMARY_TABLE_WIDTH = 160;

/** Column caps (code points) for verdict, evidence, tightness and SMT; the claim id is never cut. */
const CAPS = { verdict: 24, evidence: 48, tightness: 18, smt: 38 } as const;

/** `s` cut at a word boundary to at most `n` code points, ending in "…" when cut. */
export function cut(s: string, n: number): string {
  const cps = [...s];
  if (cps.length <= n) return s;
  const head = cps.slice(0, n - 1).join('');
  const sp = head.lastIndexOf(' ');
  return `${(sp > n / 2 ? head.slice(0, sp) : head).replace(/[;,:\s]+$/, '')}…`;
}

/** The verdict in a word or two: `holds`, `refuted (as expected)`, `REFUTED ✗` … */
export function verdictShort(r: ClaimRecord): string {
  const ok = r.asExpected;
  switch (r.verdict) {
    case 'holds':
      return ok ? 'holds' : 'HOLDS ✗ (expected refuted)';
    case 'refuted':
      return ok ? (r.negativeControlOf ? 'refuted ✓ (control)' : 'refuted ✓') : 'REFUTED ✗';
    case 'open':
      return 'not decided';
    case 'timeout':
      return 'timeout ✗';
    default:
      return `${r.verdict} ✗`;
  }
}

const isStat = (ev: ClaimRecord['evidence']): ev is StatEvidence => 'tests' in ev;
const isExact = (ev: ClaimRecord['evidence']): ev is ExactEvidence => 'hypothesis' in ev;

function exactShort(r: ClaimRecord, ev: ExactEvidence): string {
  const by = ev.refutedBy;
  if (r.verdict === 'refuted' && by !== null) {
    if (by.source === 'search') return `search: case ${by.foundAfterCases}, shrunk ${by.numShrinks}×`;
    if (by.source === 'exhaustive') return `grid input ${by.gridInput}`;
    return `stored counterexample`;
  }
  const h = ev.hypothesis;
  const parts = [
    h.filteredTooMuch ? `filtered too much: ${h.met}/${h.draws} met hyp.` : `${h.met}/${h.draws} met hyp.`,
  ];
  const ex = ev.exhaustive;
  if (ex !== null) parts.push(ex.complete ? `grid ${ex.inputs}` : `grid ${ex.inputs} (incomplete)`);
  const cl = ev.closestCase;
  if (cl !== null) parts.push(cl.ratio === '1/1' || cl.ratio === '1' ? 'equality hit' : `closest ${cl.approx}`);
  return parts.join('; ');
}

function statShort(ev: StatEvidence): string {
  const n = ev.tests.length;
  const bad = ev.tests.filter((t) => t.judgement === 'refuted').length;
  const unsure = ev.tests.filter((t) => t.judgement === 'inconclusive').length;
  const head =
    bad > 0
      ? `${bad} of ${n} tests refuted`
      : unsure > 0
        ? `${unsure} of ${n} inconclusive`
        : `${n} test${n === 1 ? '' : 's'} hold`;
  // exact decisions (rigorous enclosures, re-verified certificates) have no sampling power to state
  const sampled = ev.tests.filter((t) => !t.method.startsWith('exact'));
  if (n > 0 && sampled.length === 0) return `${head}; all exact`;
  const devs = sampled
    .map((t) =>
      t.power !== null && typeof t.power === 'object' && !Array.isArray(t.power)
        ? Number(t.power.detectableRelDeviation)
        : NaN,
    )
    .filter((x) => Number.isFinite(x));
  return devs.length > 0 ? `${head}; power to ${(Math.max(...devs) * 100).toFixed(1)} %` : head;
}

/** One line of evidence. */
export function evidenceShort(r: ClaimRecord): string {
  const ev = r.evidence;
  if (isStat(ev)) return statShort(ev);
  if (isExact(ev)) return exactShort(r, ev);
  return `not judged: ${ev.error}`;
}

const TIGHT_SHORT: readonly [RegExp, string][] = [
  [/^tight to 1 %/, '1 %'],
  [/^perturbed by (.+) refuted/, '$1'],
  [/^no perturbation/, 'none ≤ 2×'],
  [/^timeout/, 'timeout'],
  [/^not probed/, 'not probed'],
];

/** Tightness in a few words: the smallest refuted perturbation per declared constant. */
export function tightnessShort(r: ClaimRecord): string {
  const t = r.tightness;
  if (!Array.isArray(t) || t.length === 0) return '—';
  const each = t.map((k) => {
    for (const [re, out] of TIGHT_SHORT)
      if (re.test(k.result)) return k.result.replace(re, out).replace(/\s*\(.*$/, '');
    return k.result;
  });
  const same = each.every((x) => x === each[0]);
  return same ? (each.length === 1 ? each[0]! : `${each[0]} (all ${each.length})`) : each.join(', ');
}

/** The SMT column in a few words. */
export function smtShort(r: ClaimRecord): string {
  const s = r.smt;
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return '—';
  if (typeof s.notEncoded === 'string') return 'not encoded';
  if (typeof s.skipped === 'string') return 'skipped';
  if (typeof s.unavailable === 'string') return 'engine failed';
  const summary = typeof s.summary === 'string' ? s.summary : '';
  const [first = '', ...rest] = summary.split('; ');
  const optimal = rest.some((x) => /optimal/.test(x)) ? '; constant optimal' : '';
  return `${first}${optimal}`
    .replace(/proved for all real parameters (up to|of shape)s? /g, (_m, w: string) =>
      w === 'up to' ? 'proved ≤ ' : 'proved, shape ',
    )
    .replace(/ \((Z3|exact)[^)]*\)/g, '')
    .replace(/refuted at (.+?) by an exact model/, 'refuted at $1');
}

function esc(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The row of a claim in the opening table (fits {@link SUMMARY_TABLE_WIDTH} columns). */
export function compactRow(r: ClaimRecord): string {
  const id = `\`${r.id}\``;
  const verdict = cut(verdictShort(r), CAPS.verdict);
  const tightness = cut(tightnessShort(r), CAPS.tightness);
  let evidence = cut(evidenceShort(r), CAPS.evidence);
  let smt = cut(smtShort(r), CAPS.smt);
  const row = () => `| ${[id, verdict, evidence, tightness, smt].map(esc).join(' | ')} |`;
  // over the width (a long id): take the excess from the SMT cell, then from the evidence
  let over = [...row()].length - SUMMARY_TABLE_WIDTH;
  if (over > 0) smt = cut(smt, Math.max(8, [...smt].length - over));
  over = [...row()].length - SUMMARY_TABLE_WIDTH;
  if (over > 0) evidence = cut(evidence, Math.max(8, [...evidence].length - over));
  return row();
}

/** The header of the opening table. */
export const COMPACT_HEADER = '| claim | verdict | evidence | tightness | SMT |\n| --- | --- | --- | --- | --- |\n';

/**
 * `text` folded at spaces so no line is longer than `width` code points (a word longer than the
 * width stands alone); continuation lines start with `indent`.
 */
export function wrapProse(text: string, width: number, indent = ''): string {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const candidate = line === '' ? w : `${line} ${w}`;
    if ([...candidate].length > width && line !== '') {
      lines.push(line);
      line = `${indent}${w}`;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
