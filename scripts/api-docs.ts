/**
 * # `npm run api-docs` — the API reference `docs/api.md`, generated from the public exports
 *
 * Main definitions: {@link collectApi} — every name `src/index.ts` exports, in its order and groups,
 * with its kind, defining file, declaration signature and TSDoc; {@link renderApiDocs} — the Markdown
 * of `docs/api.md`; the command (`npm run api-docs` writes the file, `npm run api-docs -- --check`
 * writes nothing and exits 1 when the committed file differs from a fresh generation).
 *
 * Main statements: the output is a pure function of `src/index.ts` and the modules it re-exports (no
 * dates, no paths outside the repository, no ordering by the file system); generation fails, naming
 * them, when an exported name has no TSDoc or cannot be found in its module.
 *
 * Implementation notes: TypeDoc and API Extractor drive the TypeScript 5 compiler API, which the
 * TypeScript 7 compiler this repository builds with (`typescript` ^7, a native binary) does not
 * provide, and a second TypeScript under an alias cannot satisfy their peer dependency. So the
 * exported declarations are read with `@babel/parser` (its TypeScript plugin keeps every comment
 * and source position): the signature is the declaration's own source text up to its body (public
 * members for a class, the whole text for an interface or type alias), and the TSDoc comment is
 * rendered almost verbatim — `{@link X}` becomes a link when X is public, `@throws`/`@returns`/
 * `@param` become list lines. `src/index.ts` must use one `export { … } from '…'` statement per
 * module (no `export *`), which `test/publicApi.test.ts` also asserts.
 *
 * References: TSDoc (tsdoc.org) for the comment syntax.
 */
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The public entry point. */
export const INDEX_FILE = join(ROOT, 'src', 'index.ts');
/** The second entry point, `pruning-gap-check/cases`. */
export const CASES_FILE = join(ROOT, 'src', 'cases.ts');
/** The generated reference. */
export const API_DOCS_FILE = join(ROOT, 'docs', 'api.md');

/** One exported name of the public API. */
export interface ApiEntry {
  /** the exported name */
  readonly name: string;
  /** the section of `src/index.ts` it is listed under */
  readonly section: string;
  /** function, class, interface, type, const or module */
  readonly kind: string;
  /** whether it exists only at the type level */
  readonly typeOnly: boolean;
  /** the defining module, relative to the repository root (or the package name) */
  readonly from: string;
  /** the declaration's signature (TypeScript source) */
  readonly signature: string;
  /** the TSDoc comment, without delimiters */
  readonly doc: string;
}

const sources = new Map<string, { text: string; ast: t.File }>();
function load(file: string): { text: string; ast: t.File } {
  let s = sources.get(file);
  if (!s) {
    const text = readFileSync(file, 'utf8');
    s = { text, ast: parse(text, { sourceType: 'module', plugins: ['typescript'], attachComment: true }) };
    sources.set(file, s);
  }
  return s;
}

/** The text of a TSDoc block comment (`/** … *\/`) without its delimiters and leading stars. */
function docText(c: t.Comment): string {
  return c.value
    .replace(/^\*/, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

function leadingDoc(node: t.Node): string | undefined {
  const docs = (node.leadingComments ?? []).filter((c) => c.type === 'CommentBlock' && c.value.startsWith('*'));
  const last = docs[docs.length - 1];
  return last ? docText(last) : undefined;
}

function slice(text: string, from: number, to: number): string {
  return text.slice(from, to).trim();
}

/** Dedent a multi-line source slice by the indentation of its last line (the closing brace's). */
function dedent(s: string): string {
  const lines = s.split('\n');
  const ind = /^\s*/.exec(lines[lines.length - 1]!)![0].length;
  return lines.map((l, k) => (k === 0 ? l : l.slice(Math.min(ind, /^\s*/.exec(l)![0].length)))).join('\n');
}

function classSignature(text: string, c: t.ClassDeclaration): string {
  const head = slice(text, c.start!, c.body.start!);
  const members: string[] = [];
  for (const m of c.body.body) {
    if (
      m.type === 'ClassPrivateMethod' ||
      m.type === 'ClassPrivateProperty' ||
      m.type === 'StaticBlock' ||
      m.type === 'TSIndexSignature'
    )
      continue;
    if ('accessibility' in m && (m.accessibility === 'private' || m.accessibility === 'protected')) continue;
    if (m.type === 'ClassAccessorProperty') continue;
    const key = 'key' in m && m.key.type === 'Identifier' ? m.key.name : '';
    if (key.startsWith('_')) continue;
    const doc = leadingDoc(m);
    const summary = doc ? `  /** ${doc.split('\n\n')[0]!.replace(/\s*\n\s*/g, ' ')} */\n` : '';
    let sig: string;
    if (m.type === 'ClassMethod' || m.type === 'TSDeclareMethod')
      sig = slice(text, m.start!, m.type === 'ClassMethod' ? m.body.start! : m.end!).replace(/;$/, '');
    else if (m.type === 'ClassProperty') {
      const end = m.value ? (m.typeAnnotation ? m.typeAnnotation.end! : m.key.end!) : m.end!;
      sig = slice(text, m.start!, end).replace(/;$/, '');
    } else continue;
    members.push(`${summary}  ${sig.replace(/\s*\n\s*/g, ' ')};`);
  }
  return members.length ? `${head} {\n${members.join('\n')}\n}` : `${head} {}`;
}

function describe(text: string, d: t.Declaration | t.TSDeclareFunction): { kind: string; signature: string } {
  switch (d.type) {
    case 'FunctionDeclaration':
      return { kind: 'function', signature: slice(text, d.start!, d.body.start!) };
    case 'TSDeclareFunction':
      return { kind: 'function', signature: slice(text, d.start!, d.end!).replace(/;$/, '') };
    case 'ClassDeclaration':
      return { kind: 'class', signature: classSignature(text, d) };
    case 'TSInterfaceDeclaration':
      return { kind: 'interface', signature: dedent(slice(text, d.start!, d.end!)) };
    case 'TSTypeAliasDeclaration':
      return { kind: 'type', signature: dedent(slice(text, d.start!, d.end!)) };
    case 'VariableDeclaration': {
      const v = d.declarations[0]!;
      const id = v.id as t.Identifier;
      const init = v.init ? slice(text, v.init.start!, v.init.end!) : '';
      const sig = id.typeAnnotation
        ? slice(text, d.start!, id.typeAnnotation.end!)
        : init.length <= 100 && !init.includes('\n')
          ? slice(text, d.start!, v.init?.end ?? d.end!)
          : `${d.kind} ${id.name}`;
      return { kind: d.kind, signature: sig };
    }
    default:
      return { kind: d.type, signature: '' };
  }
}

/** Where `name` is declared in `file`, with its kind, signature and TSDoc. */
function findDeclaration(
  file: string,
  name: string,
): { kind: string; signature: string; doc: string | undefined } | undefined {
  const { text, ast } = load(file);
  const overloads: string[] = [];
  let found: { kind: string; signature: string; doc: string | undefined } | undefined;
  for (const st of ast.program.body) {
    if (st.type !== 'ExportNamedDeclaration' || !st.declaration) continue;
    const d = st.declaration;
    const declName =
      d.type === 'VariableDeclaration'
        ? (d.declarations[0]!.id as t.Identifier).name
        : 'id' in d && d.id && d.id.type === 'Identifier'
          ? d.id.name
          : undefined;
    if (declName !== name) continue;
    const { kind, signature } = describe(text, d);
    const doc = leadingDoc(st) ?? leadingDoc(d);
    if (d.type === 'TSDeclareFunction') {
      overloads.push(signature);
      found ??= { kind, signature, doc };
      continue;
    }
    if (d.type === 'FunctionDeclaration' && overloads.length)
      return { kind, signature: overloads.join('\n'), doc: found?.doc ?? doc };
    // an interface and a const of one name (declaration merging): the first with a doc wins, both shown
    if (found) return { kind: found.kind, signature: `${found.signature}\n${signature}`, doc: found.doc ?? doc };
    found = { kind, signature, doc };
  }
  if (found) {
    // re-exported under the same name from another module (`export { x } from './y.js'` or `export { x }` of an import)
    return found;
  }
  for (const st of ast.program.body) {
    if (st.type === 'ExportNamedDeclaration' && !st.declaration) {
      for (const s of st.specifiers) {
        if (s.type !== 'ExportSpecifier') continue;
        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
        if (exported !== name) continue;
        const target = st.source ? st.source.value : importSource(ast, s.local.name);
        if (target?.startsWith('.')) return findDeclaration(resolveModule(file, target), s.local.name);
      }
    }
  }
  return undefined;
}

function importSource(ast: t.File, local: string): string | undefined {
  for (const st of ast.program.body)
    if (st.type === 'ImportDeclaration' && st.specifiers.some((s) => s.local.name === local)) return st.source.value;
  return undefined;
}

function resolveModule(from: string, spec: string): string {
  const f = resolve(dirname(from), spec.replace(/\.js$/, '.ts'));
  if (!existsSync(f)) throw new Error(`api-docs: cannot resolve ${spec} from ${relative(ROOT, from)}`);
  return f;
}

/** Every name `src/index.ts` exports, grouped by its `// ── section ──` comments, with kind, signature and TSDoc. */
export function collectApi(indexFile: string = INDEX_FILE): ApiEntry[] {
  const { ast } = load(indexFile);
  const out: ApiEntry[] = [];
  const problems: string[] = [];
  let section = '';
  for (const st of ast.program.body) {
    for (const c of st.leadingComments ?? []) {
      const m = /^\s*── (.+?) ─*\s*$/.exec(c.value);
      if (c.type === 'CommentLine' && m) section = m[1]!;
    }
    if (st.type === 'ExportAllDeclaration')
      problems.push(`src/index.ts: \`export *\` from ${st.source.value} (list the names)`);
    if (st.type !== 'ExportNamedDeclaration') continue;
    if (!st.source) {
      problems.push('src/index.ts: an export without a source module');
      continue;
    }
    const spec = st.source.value;
    for (const s of st.specifiers) {
      if (s.type !== 'ExportSpecifier') continue;
      const name = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
      const typeOnly = st.exportKind === 'type' || s.exportKind === 'type';
      if (!spec.startsWith('.')) {
        const doc = leadingDoc(st);
        if (!doc) problems.push(`${name}: no TSDoc on its export line in src/index.ts`);
        out.push({
          name,
          section,
          kind: 'module',
          typeOnly,
          from: spec,
          signature: `import ${name} from '${spec}';`,
          doc: doc ?? '',
        });
        continue;
      }
      const file = resolveModule(indexFile, spec);
      const found = findDeclaration(file, s.local.name);
      if (!found) {
        problems.push(`${name}: not declared in ${relative(ROOT, file)}`);
        continue;
      }
      if (!found.doc) problems.push(`${name}: no TSDoc (${relative(ROOT, file)})`);
      out.push({
        name,
        section,
        kind: found.kind,
        typeOnly,
        from: relative(ROOT, file).split('\\').join('/'),
        signature: found.signature,
        doc: found.doc ?? '',
      });
    }
  }
  if (problems.length) throw new Error(`api-docs: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return out;
}

function anchor(name: string): string {
  return name.toLowerCase();
}

/** TSDoc → Markdown: links to public names, block tags as list lines, the rest verbatim. */
function renderDoc(doc: string, publicNames: ReadonlySet<string>): string {
  const linked = doc.replace(
    /\{@link\s+([^}|\s]+)\s*(?:\|\s*([^}]+))?\}/g,
    (_, target: string, label: string | undefined) => {
      const text = label?.trim() ?? target;
      const head = target.split('.')[0]!;
      return publicNames.has(head) ? `[\`${text}\`](#${anchor(head)})` : `\`${text}\``;
    },
  );
  const out: string[] = [];
  for (const para of linked.split(/\n(?=@\w)/)) {
    const m = /^@(\w+)\s*([\s\S]*)$/.exec(para);
    if (!m) out.push(para.trim());
    else if (m[1] === 'param') {
      const p = /^(\S+)\s*(?:-\s*)?([\s\S]*)$/.exec(m[2]!.trim())!;
      out.push(`- **param** \`${p[1]}\` — ${p[2]!.replace(/\s*\n\s*/g, ' ')}`);
    } else out.push(`- **${m[1]}** ${m[2]!.replace(/\s*\n\s*/g, ' ').trim()}`);
  }
  return out.join('\n');
}

/** The Markdown of `docs/api.md`: the main entry point's names, then those of `pruning-gap-check/cases`. */
export function renderApiDocs(
  entries: readonly ApiEntry[] = collectApi(),
  cases: readonly ApiEntry[] = collectApi(CASES_FILE),
): string {
  const names = new Set([...entries, ...cases].map((e) => e.name));
  const runtime = entries.filter((e) => !e.typeOnly).length;
  const casesRuntime = cases.filter((e) => !e.typeOnly).length;
  const lines: string[] = [
    '# API reference',
    '',
    '<!-- generated by `npm run api-docs` from src/index.ts, src/cases.ts and the TSDoc of each export; do not edit -->',
    '',
    `Everything a claim file can import from \`pruning-gap-check\`: ${entries.length} names (${runtime} values, ${entries.length - runtime} types),`,
    'in the groups of `src/index.ts`; and from `pruning-gap-check/cases`, the specialised case generators of the',
    `built-in claims: ${cases.length} names (${casesRuntime} values, ${cases.length - casesRuntime} types). Anything else in the`,
    'repository is internal and may change. How to write a claim with them: [writing-claims.md](writing-claims.md).',
    '',
  ];
  const part = (es: readonly ApiEntry[], prefix: string) => {
    const sections = [...new Set(es.map((e) => e.section))];
    return { sections, title: (s: string) => `${prefix}${s.charAt(0).toUpperCase()}${s.slice(1)}` };
  };
  const main = part(entries, '');
  const sub = part(cases, '`pruning-gap-check/cases`: ');
  for (const [es, p] of [
    [entries, main],
    [cases, sub],
  ] as const)
    for (const s of p.sections) {
      const xs = es.filter((e) => e.section === s);
      lines.push(`- **${p.title(s)}**: ${xs.map((e) => `[\`${e.name}\`](#${anchor(e.name)})`).join(', ')}`);
    }
  for (const [es, p] of [
    [entries, main],
    [cases, sub],
  ] as const)
    for (const s of p.sections) {
      lines.push('', `## ${p.title(s)}`);
      for (const e of es.filter((x) => x.section === s)) {
        lines.push(
          '',
          `### ${e.name}`,
          '',
          `*${e.typeOnly && e.kind !== 'interface' && e.kind !== 'type' ? `${e.kind} (type only)` : e.kind}* — \`${e.from}\``,
          '',
          '```ts',
          e.signature,
          '```',
          '',
          renderDoc(e.doc, names),
        );
      }
    }
  return `${lines.join('\n')}\n`;
}

/** Write `docs/api.md`, or with `--check` compare it with a fresh generation (exit code 1 when stale). */
export function main(argv: readonly string[]): number {
  const fresh = renderApiDocs();
  if (argv.includes('--check')) {
    const current = existsSync(API_DOCS_FILE) ? readFileSync(API_DOCS_FILE, 'utf8') : '';
    if (current === fresh) {
      process.stdout.write('docs/api.md is up to date\n');
      return 0;
    }
    process.stderr.write('docs/api.md is stale: run npm run api-docs\n');
    return 1;
  }
  writeFileSync(API_DOCS_FILE, fresh);
  process.stdout.write(`wrote docs/api.md (${collectApi().length} + ${collectApi(CASES_FILE).length} names)\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
