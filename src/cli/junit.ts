/**
 * # JUnit XML of a claim check
 *
 * Main definitions: {@link renderJUnit}(records, times) — one `<testcase>` per claim (classname
 * `pruning-gap-check.<kind>`, name the claim id) with its verdict, expected verdict and evidence as
 * properties and output; a claim whose verdict differs from the expected is a `<failure>`. CI
 * systems (GitHub, GitLab, Jenkins) read it as a test report.
 *
 * Implementation notes: the XML is escaped for attribute and text content (and stripped of the
 * control characters XML 1.0 forbids). Times are the run's wall-clock times, so this file, unlike
 * claims.json, is not byte-identical across runs.
 */
import type { Json } from '../claims/codec.js';
import { atomicWrite } from '../report/atomicWrite.js';

/** The fields of a claim record the report uses. */
type Rec = { readonly [k: string]: Json };

function esc(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** JUnit XML for the records of a run; `ms` gives each claim's time (absent: 0). */
export function renderJUnit(
  records: readonly Rec[],
  ms: Readonly<Record<string, number>> = {},
  suiteName = 'pruning-gap-check claims',
): string {
  const failures = records.filter((r) => r.asExpected !== true).length;
  const total = records.reduce((s, r) => s + (ms[String(r.id)] ?? 0), 0) / 1000;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  out.push(
    `<testsuites name="${esc(suiteName)}" tests="${records.length}" failures="${failures}" errors="0" time="${total.toFixed(3)}">\n`,
  );
  out.push(
    `  <testsuite name="${esc(suiteName)}" tests="${records.length}" failures="${failures}" errors="0" skipped="0" time="${total.toFixed(3)}">\n`,
  );
  for (const r of records) {
    const id = String(r.id);
    const t = ((ms[id] ?? 0) / 1000).toFixed(3);
    out.push(`    <testcase classname="pruning-gap-check.${esc(String(r.kind))}" name="${esc(id)}" time="${t}">\n`);
    out.push('      <properties>\n');
    for (const k of ['specRef', 'paperRef', 'expected', 'verdict', 'verdictText', 'counterexample'] as const)
      if (r[k] !== undefined && r[k] !== null)
        out.push(`        <property name="${k}" value="${esc(String(r[k]))}"/>\n`);
    out.push('      </properties>\n');
    const evidence = JSON.stringify(r.evidence ?? null, null, 2);
    if (r.asExpected !== true)
      out.push(
        `      <failure type="verdict" message="${esc(`expected ${String(r.expected)}, got ${String(r.verdictText ?? r.verdict)}`)}">${esc(evidence)}</failure>\n`,
      );
    out.push(
      `      <system-out>${esc(`${String(r.verdictText)}\nstatement: ${String(r.statement ?? '')}\nevidence: ${evidence}`)}</system-out>\n`,
    );
    out.push('    </testcase>\n');
  }
  out.push('  </testsuite>\n</testsuites>\n');
  return out.join('');
}

/** Write the JUnit XML of a run's results (`check --junit`, `merge --junit`) to `file`, atomically. */
export function writeJUnit(
  file: string,
  results: readonly { readonly id: string; readonly ms: number; readonly record: Rec }[],
): void {
  atomicWrite(
    file,
    renderJUnit(
      results.map((r) => r.record),
      Object.fromEntries(results.map((r) => [r.id, r.ms])),
    ),
  );
}
