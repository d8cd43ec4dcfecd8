/**
 * # The suite's mutation score, adjusted for the equivalent mutants
 *
 * Main definitions: `npm run mutation [-- stryker options]` runs StrykerJS (`stryker.config.mjs`)
 * and then this report; `npx tsx scripts/mutation-score.ts [--list] [--equivalent] [--markdown]
 * [--min P] [--files] [report.json …]` only reports (`--files`: one row per file; `--list`: the undetected mutants not listed as
 * equivalent; `--equivalent`: those that are, with the row's reason).
 *
 * Main statements: per folder (`src/exact`, `src/model`, …) and in total it prints
 * - the raw Stryker score: detected / (detected + undetected), detected = Killed + Timeout,
 *   undetected = Survived + NoCoverage (compile/runtime errors and ignored mutants excluded, as
 *   Stryker does);
 * - the number of undetected mutants that match an entry of `mutation/EQUIVALENT.md`;
 * - the adjusted score: detected / (detected + undetected − equivalent), i.e. the share of
 *   non-equivalent mutants that the suite kills (the issue's target: ≥ 90 %).
 *
 * Implementation notes: `mutation/EQUIVALENT.md` lists equivalent mutants as table rows
 * `| file | mutators | source line contains | replacement | reason |`: `file` is a path or a glob with
 * `*`/`**`; `mutators` is a comma-separated list of Stryker mutator names or `*`; the third cell a
 * backquoted substring of the mutant's first source line (a pattern that survives line shifts);
 * `replacement` a backquoted exact replacement or `*`. Rows that match no undetected mutant are
 * reported as stale. Reports: by default the incremental file `mutation/stryker-incremental.json`
 * and the last run's `reports/mutation/mutation.json`, merged per source file (the newer report wins),
 * so folder-by-folder runs add up. Both are local files (git-ignored: the incremental file is
 * Stryker's cache, rebuilt by any run), so a fresh clone has neither until `npm run mutation` has run;
 * whichever exists is used, and with none the script says so in one line (exit 2). `--min P` exits 1 when a folder's adjusted score is below P %.
 *
 * References: issue 9 item 8; https://stryker-mutator.io/docs/mutation-testing-elements/mutant-states-and-metrics/
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

interface Mutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { readonly line: number; readonly column: number } };
}
interface FileResult {
  readonly source: string;
  readonly mutants: readonly Mutant[];
}
interface Report {
  readonly files: Record<string, FileResult>;
}
/** One row of EQUIVALENT.md. */
interface Rule {
  readonly file: RegExp;
  readonly fileText: string;
  readonly mutators: readonly string[] | '*';
  readonly lineContains: string;
  readonly replacement: string | '*';
  readonly reason: string;
  matched: number;
}

const ROOT = resolve(import.meta.dirname, '..');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
/** The folders the score is reported for (issue 9 item 8). */
export const FOLDERS = ['src/exact', 'src/model', 'src/subsetSum', 'src/stats', 'src/chain', 'src/random'] as const;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** A backquoted cell's content (`` `x` `` → x); cells may contain escaped pipes `\|`. */
function unquote(cell: string): string {
  const t = cell.trim().replace(/\\\|/g, '|');
  const m = /^`+ ?([\s\S]*?) ?`+$/.exec(t);
  return m ? m[1]! : t;
}

/** Parse the rule rows of EQUIVALENT.md (tables with exactly five cells; header rows skipped). */
export function parseRules(md: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line
      .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    if (cells.length !== 5) throw new Error(`EQUIVALENT.md: a table row needs 5 cells: ${line}`);
    if (/^-+$/.test(cells[0]!.replace(/:/g, '')) || cells[0] === 'file') continue;
    const fileText = unquote(cells[0]!);
    const mut = unquote(cells[1]!);
    rules.push({
      file: globToRegExp(fileText),
      fileText,
      mutators: mut === '*' ? '*' : mut.split(',').map((s) => s.trim()),
      lineContains: unquote(cells[2]!),
      replacement: cells[3] === '*' ? '*' : unquote(cells[3]!),
      reason: cells[4]!,
      matched: 0,
    });
  }
  return rules;
}

function ruleMatches(r: Rule, file: string, m: Mutant, line: string): boolean {
  if (!r.file.test(file)) return false;
  if (r.mutators !== '*' && !r.mutators.includes(m.mutatorName)) return false;
  if (r.lineContains !== '*' && !line.includes(r.lineContains)) return false;
  if (r.replacement !== '*' && (m.replacement ?? '').trim() !== r.replacement) return false;
  return true;
}

/** Merge reports per source file; later arguments are older, so the first report to name a file wins. */
function loadReports(paths: readonly string[]): Map<string, FileResult> {
  const existing = paths.filter((p) => existsSync(p)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (existing.length === 0)
    throw new Error(
      `no Stryker report found (looked for ${paths.map((p) => (p.startsWith(ROOT) ? p.slice(ROOT.length + 1) : p)).join(', ')}): run npm run mutation first — the incremental file and the last run's report are local, never committed; mutation/RESULTS.md has the last measured scores`,
    );
  const files = new Map<string, FileResult>();
  for (const p of existing) {
    const rep = JSON.parse(readFileSync(p, 'utf8')) as Report;
    for (const [name, fr] of Object.entries(rep.files)) {
      const rel = name.startsWith(ROOT) ? name.slice(ROOT.length + 1) : name;
      if (!files.has(rel)) files.set(rel, fr);
    }
  }
  return files;
}

interface Tally {
  total: number;
  detected: number;
  undetected: number;
  equivalent: number;
  ignored: number;
  errors: number;
  pending: number;
  messageUndetected: number;
}
const emptyTally = (): Tally => ({
  total: 0,
  detected: 0,
  undetected: 0,
  equivalent: 0,
  ignored: 0,
  errors: 0,
  pending: 0,
  messageUndetected: 0,
});
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);

function main(argv: string[]): number {
  const args = [...argv];
  if (args[0] === '--run') {
    const stryker = resolve(ROOT, 'node_modules/.bin/stryker');
    const r = spawnSync(stryker, ['run', ...args.slice(1)], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) return r.status ?? 1;
    args.length = 0;
  }
  const list = args.includes('--list');
  const showEquivalent = args.includes('--equivalent');
  const markdown = args.includes('--markdown');
  const minIdx = args.indexOf('--min');
  const min = minIdx >= 0 ? Number(args[minIdx + 1]) : undefined;
  const reportArgs = args.filter((a, i) => !a.startsWith('--') && !(minIdx >= 0 && i === minIdx + 1));
  const reports =
    reportArgs.length > 0
      ? reportArgs
      : [resolve(ROOT, 'reports/mutation/mutation.json'), resolve(ROOT, 'mutation/stryker-incremental.json')];
  const rules = parseRules(readFileSync(resolve(ROOT, 'mutation/EQUIVALENT.md'), 'utf8'));
  const files = loadReports(reports);

  const byFolder = new Map<string, Tally>(FOLDERS.map((f) => [f, emptyTally()]));
  const byFile = new Map<string, Tally>();
  const total = emptyTally();
  const open: string[] = [];
  const matched: string[] = [];
  for (const [file, fr] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const folder = FOLDERS.find((f) => file.startsWith(`${f}/`));
    if (!folder) continue;
    const lines = fr.source.split('\n');
    const t = byFolder.get(folder)!;
    const ft = emptyTally();
    byFile.set(file, ft);
    for (const m of fr.mutants) {
      const line = lines[m.location.start.line - 1] ?? '';
      for (const x of [t, total, ft]) x.total++;
      if (DETECTED.has(m.status)) for (const x of [t, total, ft]) x.detected++;
      else if (UNDETECTED.has(m.status)) {
        for (const x of [t, total, ft]) x.undetected++;
        if (/Error\(/.test(line) && (m.mutatorName === 'StringLiteral' || m.mutatorName === 'TemplateLiteral'))
          for (const x of [t, total, ft]) x.messageUndetected++;
        const rule = rules.find((r) => ruleMatches(r, file, m, line));
        if (rule) {
          rule.matched++;
          matched.push(
            `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}   [${rule.reason.slice(0, 60)}]`,
          );
          for (const x of [t, total, ft]) x.equivalent++;
        } else
          open.push(
            `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} [${m.status}] → ${JSON.stringify(m.replacement ?? '')}   | ${line.trim().slice(0, 110)}`,
          );
      } else if (m.status === 'Ignored') for (const x of [t, total, ft]) x.ignored++;
      else if (m.status === 'Pending') for (const x of [t, total, ft]) x.pending++;
      else for (const x of [t, total, ft]) x.errors++;
    }
  }

  const rows: [string, Tally][] = args.includes('--files')
    ? [...byFile.entries(), ['total', total]]
    : [...byFolder.entries(), ['total', total]];
  const header = [
    'scope',
    'mutants',
    'detected',
    'undetected',
    'raw score',
    'msg-only undetected',
    'equivalent',
    'adjusted score',
    'ignored',
    'errors',
  ];
  const body = rows.map(([name, t]) => [
    name,
    String(t.total),
    String(t.detected),
    String(t.undetected),
    pct(t.detected, t.detected + t.undetected),
    String(t.messageUndetected),
    String(t.equivalent),
    pct(t.detected, t.detected + t.undetected - t.equivalent),
    String(t.ignored),
    String(t.errors + t.pending),
  ]);
  if (markdown) {
    console.log(`| ${header.join(' | ')} |`);
    console.log(`|${header.map(() => '---').join('|')}|`);
    for (const r of body) console.log(`| ${r.join(' | ')} |`);
  } else {
    const w = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    console.log(header.map((h, i) => h.padEnd(w[i]!)).join('  '));
    for (const r of body) console.log(r.map((c, i) => c.padEnd(w[i]!)).join('  '));
  }
  const stale = rules.filter((r) => r.matched === 0);
  if (stale.length > 0)
    console.log(
      `\n${stale.length} EQUIVALENT.md row(s) matched no undetected mutant: ${stale.map((r) => `${r.fileText} ${r.lineContains}`).join('; ')}`,
    );
  console.log(`\n${open.length} undetected mutant(s) not listed as equivalent${list ? ':' : ' (--list shows them)'}`);
  if (list) for (const o of open) console.log(`  ${o}`);
  if (showEquivalent) {
    console.log(`\n${matched.length} undetected mutant(s) listed as equivalent:`);
    for (const m of matched) console.log(`  ${m}`);
  }
  if (min !== undefined) {
    const low = [...byFolder.entries()].filter(
      ([, t]) => t.total > 0 && (100 * t.detected) / Math.max(1, t.detected + t.undetected - t.equivalent) < min,
    );
    if (low.length > 0) {
      console.log(`adjusted score below ${min} %: ${low.map(([f]) => f).join(', ')}`);
      return 1;
    }
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`mutation-score: ${(e as Error).message}`);
  process.exitCode = 2;
}
