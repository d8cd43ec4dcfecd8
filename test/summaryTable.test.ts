/**
 * The summary a person can read: the opening table of `reports/summary.md` has one row per claim of
 * `reports/claims.json`, in its order, each row at most 160 columns; every claim has its own section
 * with the full evidence; prose lines are folded. Cells that are too long are cut at a word with "…".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_TABLE_WIDTH, compactRow, cut, wrapProse } from '../src/report/summaryTable.js';
import type { ClaimRecord } from '../src/schema/schemas.js';

const reports = join(import.meta.dirname, '..', 'reports');
const summary = readFileSync(join(reports, 'summary.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(reports, 'claims.json'), 'utf8')) as { claims: ClaimRecord[] };
const width = (s: string) => [...s].length;

describe('summary.md', () => {
  const table = summary.slice(
    summary.indexOf('## Verdicts'),
    summary.indexOf('\n## ', summary.indexOf('## Verdicts') + 3),
  );
  const rows = table
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| claim') && !l.startsWith('| ---'));

  it('opens with one row per claim, in the manifest order, each at most 160 columns', () => {
    expect(rows.map((l) => /`([^`]+)`/.exec(l)?.[1])).toEqual(manifest.claims.map((c) => c.id));
    for (const l of rows) expect(width(l), l).toBeLessThanOrEqual(SUMMARY_TABLE_WIDTH);
  });

  it('gives every claim its own section with the full verdict text and evidence', () => {
    for (const c of manifest.claims) {
      const at = summary.indexOf(`\n### \`${c.id}\`\n`);
      expect(at, c.id).toBeGreaterThan(0);
      const section = summary.slice(at, summary.indexOf('\n### ', at + 5));
      expect(section.replace(/\n {2}/g, ' ')).toContain(c.verdictText.replace(/\s+/g, ' '));
    }
  });

  it('folds prose: no line outside tables is longer than 100 columns unless it is one word', () => {
    for (const l of summary.split('\n')) {
      if (l.startsWith('|') || l.startsWith('![') || l.startsWith('#')) continue;
      if (width(l) > 100) expect(l.trim().split(' ').length, l).toBe(1);
    }
  });
});

describe('compact cells', () => {
  const base = manifest.claims[0]!;
  it('cuts a cell that would be too long, never the claim id, and keeps the row within 160 columns', () => {
    const long: ClaimRecord = {
      ...base,
      id: 'a_claim_with_a_rather_long_conclusion_of_a_long_hypothesis',
      verdict: 'timeout',
      asExpected: false,
    };
    const row = compactRow(long);
    expect(row).toContain('`a_claim_with_a_rather_long_conclusion_of_a_long_hypothesis`');
    expect(width(row)).toBeLessThanOrEqual(SUMMARY_TABLE_WIDTH);
  });
  it('cut and wrapProse keep their words and bounds', () => {
    expect(cut('one two three four', 9)).toBe('one two…');
    expect(cut('short', 9)).toBe('short');
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    const w = wrapProse(text, 16, '  ');
    for (const l of w.split('\n')) expect(width(l)).toBeLessThanOrEqual(16);
    expect(w.replace(/\n {2}/g, ' ')).toBe(text);
  });
});
