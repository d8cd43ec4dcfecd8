/**
 * # The claim registry: registration by folder
 *
 * Main definitions: {@link loadRegistry} — imports every claim of the built-in `properties/` folder
 * and of each researcher's claims folder, attaches each claim's SMT file, validates the ids and
 * returns the claims in a stable order with their chapters; {@link loadClaims} (the claims alone);
 * {@link loadClaim} — one claim by id, importing only its file when the file is named after it (what
 * a worker process needs); {@link builtinClaimsDir}; {@link isClaimFile}, {@link claimFiles}.
 *
 * Main statements: a claim lives in one folder, and adding its file is enough to register it.
 * - A *claims folder* (the built-in `properties/`, or a `--claims-dir`) holds chapters and, at its
 *   top, claims without a chapter. Each subfolder is a *chapter*, named by the folder (folders whose
 *   name starts with `_` or `.`, and `node_modules`, are not chapters); its claim files are directly
 *   in it.
 * - A *claim file* is a `.ts`, `.mts`, `.js` or `.mjs` file (not a `.d.ts`, not `index.*`, not
 *   starting with `_` or `.`, not an SMT file) whose default export is a claim (see `defineClaim`).
 * - The *SMT file* `<name>.smt.ts` (or `.mts`, `.js`, `.mjs`) beside the claim file `<name>.ts` is its
 *   SMT encoding (an `SmtEncodingFile`): the registry imports it and attaches it as the claim's
 *   `smt` (a claim that declares `smt` inline must have no SMT file). The claim file never imports
 *   it, so the encoding may import the claim's types.
 * - The *chapter file* `_chapter.ts` (at most one per chapter, see `defineChapter`) gives the
 *   chapter's position, title, introduction and the order of its claims.
 * Order: within a claims folder, its chapters by position (chapters without a chapter file after
 * them, by folder name), each chapter's claims as its chapter file lists them, then its unlisted
 * claims by file name; then the folder's top-level claims by file name. The built-in folder comes
 * first, then each external folder in the order given. Ids are unique over all folders; every
 * `uses` entry names a loaded claim; a chapter file lists only claims of its folder; an SMT file has
 * a claim file beside it. Any violation is one line ({@link ClaimRegistryError}) naming the file.
 * A claim file's default export is re-validated by `defineClaim` (a plain object missing a field is
 * one line naming the file and the field, not a crash later).
 *
 * Isolation (`tolerant`, what `check` and `list` use): a claim file that cannot be read (a symlink
 * loop), fails to import (a missing export, a syntax error), throws while being defined, exports
 * something that is not a claim, repeats an id, or hangs at import costs that file only: it is
 * listed in `broken` (one line naming the file and the cause) and every other claim loads. With
 * `importTimeoutMs`, every module file (claim, SMT and chapter files) of the researchers' folders (not the
 * built-ins, which are part of the tested package) is first imported in a child
 * process (`importCheck.ts`) with that time limit per file, so a file that loops at import is cut
 * there and never imported by this process (whose signal handlers keep working). Without
 * `tolerant` the first problem throws, as before.
 *
 * Implementation notes: the built-in folder is found relative to this module — `../../properties`
 * holds `.ts` files under tsx and `.js` files in the compiled package (`dist/properties`), so the
 * same code serves both. External `.ts` files are loaded through tsx's ESM register API when the
 * process does not already run under tsx (tsx is a runtime dependency for that reason); `.js`/`.mjs`
 * files are imported directly. Imports are memoised per file (so {@link loadClaim} returns the same
 * object as {@link loadClaims}) and whole loads per folder list, so the CLI, its workers and tests
 * pay for the imports once. Importing an SMT file does not load the solver (encodings import Z3's
 * types only).
 *
 * References: the PFR / Lean blueprint convention of one declaration per statement, grouped in
 * chapters.
 */
import { existsSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Claim } from '../claims/defineClaim.js';
import { defineChapter, type ChapterDefinition } from '../claims/defineChapter.js';
import { defineClaim } from '../claims/defineClaim.js';
import { findStuckImports } from './importCheck.js';
import { ClaimRegistryError } from './registryError.js';
import type { SmtEncoding, SmtEncodingFile } from '../smt/types.js';
import { PruningCheckError } from '../errors.js';

export { ClaimRegistryError };

/** A chapter of a claims folder: a subfolder, with what its chapter file says. */
export interface ClaimChapter {
  /** The chapter's folder name (also its anchor in the blueprint), e.g. `lower-bound`. */
  readonly key: string;
  /** The title (the folder name when the chapter has no chapter file). */
  readonly title: string;
  /** One paragraph introducing the chapter ('' when the chapter has no chapter file). */
  readonly intro: string;
  /** The chapter's folder (absolute). */
  readonly dir: string;
  /** The ids of its claims, in order. */
  readonly ids: readonly string[];
}

/** A claim, chapter or SMT file that could not be loaded (with `tolerant`): the file, and the cause in one line. */
export interface BrokenClaimFile {
  readonly file: string;
  /** One line naming the file and the cause (the message a non-tolerant load throws). */
  readonly error: string;
}

/** What {@link loadRegistry} returns: the claims in order, and the chapters they are grouped in. */
export interface ClaimRegistry {
  /** Every claim, in registry order (frozen). */
  readonly claims: readonly Claim[];
  /** The chapters, in registry order (claims at the top of a claims folder are in none). */
  readonly chapters: readonly ClaimChapter[];
  /** The claim file of each claim, by id (absolute paths). */
  readonly files: Readonly<Record<string, string>>;
  /** With `tolerant`: the files that could not be loaded, in registry order (empty otherwise). */
  readonly broken: readonly BrokenClaimFile[];
}

const ID_RE = /^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$/;
const CLAIM_EXT = ['.ts', '.mts', '.js', '.mjs'];
const SMT_RE = /\.smt\.(ts|mts|js|mjs)$/;
const CHAPTER_BASE = '_chapter';

/** The folder of the built-in claims (`properties/` beside `src/`, or `dist/properties/` when compiled). */
export function builtinClaimsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'properties');
}

/** True iff `file` (a base name) is a claim file by the folder convention (not an SMT or chapter file). */
export function isClaimFile(file: string): boolean {
  if (
    file.endsWith('.d.ts') ||
    file.endsWith('.d.mts') ||
    file.startsWith('_') ||
    file.startsWith('.') ||
    SMT_RE.test(file)
  )
    return false;
  const ext = extname(file);
  if (!CLAIM_EXT.includes(ext)) return false;
  return basename(file, ext) !== 'index';
}

function sortNames(names: string[]): string[] {
  return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isFolder(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** `statSync` of a folder entry, or the error's first line (a symlink loop, a dangling link, no permission). */
function statEntry(p: string): Stats | string {
  try {
    return statSync(p);
  } catch (e) {
    return `cannot read it: ${firstLineOf(e)}`;
  }
}

function firstLineOf(e: unknown): string {
  return ((e as Error)?.message ?? String(e)).split('\n')[0]!;
}

/** The claim files directly in a folder, sorted by file name (code-point order, locale-independent). */
export function claimFiles(dir: string): string[] {
  return listFolder(dir).files;
}

/**
 * The claim files and the chapter folders of a folder (sorted by name), and the entries that could
 * not be read (`unreadable`: path → cause). Chapter folders: not `_…`, `.…` or `node_modules`.
 */
function listFolder(dir: string): { files: string[]; chapters: string[]; unreadable: [string, string][] } {
  if (!isFolder(dir))
    throw new ClaimRegistryError(`loadClaims: claims folder '${dir}' does not exist or is not a folder`);
  const files: string[] = [];
  const chapters: string[] = [];
  const unreadable: [string, string][] = [];
  for (const f of sortNames(readdirSync(dir))) {
    if (f.startsWith('_') || f.startsWith('.') || f === 'node_modules') continue;
    const claimName = isClaimFile(f);
    const st = statEntry(join(dir, f));
    if (typeof st === 'string') {
      if (claimName || extname(f) === '') unreadable.push([join(dir, f), st]);
    } else if (claimName && st.isFile()) files.push(f);
    else if (st.isDirectory()) chapters.push(f);
  }
  return { files, chapters, unreadable };
}

/** The chapter folders of a claims folder (by name; not `_…`, `.…` or `node_modules`). */
function chapterDirs(dir: string): string[] {
  return listFolder(dir).chapters;
}

let tsxRegistered = false;

/** True when this process already transpiles TypeScript on import (tsx, vitest). */
function runsTypeScript(): boolean {
  return import.meta.url.endsWith('.ts') || tsxRegistered;
}

async function ensureTypeScriptLoader(file: string): Promise<void> {
  if (runsTypeScript()) return;
  try {
    const api = (await import('tsx/esm/api')) as { register: () => unknown };
    api.register();
    tsxRegistered = true;
  } catch (e) {
    throw new ClaimRegistryError(
      `loadClaims: cannot load TypeScript claim file '${file}': tsx is not available (${(e as Error).message.split('\n')[0]})`,
    );
  }
}

/** The default export of a module file; a failure is one line naming the file. */
async function importDefault(file: string, what: string): Promise<unknown> {
  const ext = extname(file);
  if (ext === '.ts' || ext === '.mts') await ensureTypeScriptLoader(file);
  try {
    return ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (e) {
    if (e instanceof PruningCheckError) throw new ClaimRegistryError(`loadClaims: ${what} '${file}': ${e.message}`);
    const msg = ((e as Error)?.message ?? String(e)).split('\n')[0];
    throw new ClaimRegistryError(`loadClaims: cannot import ${what} '${file}': ${msg}`);
  }
}

function looksLikeClaim(x: unknown): x is Claim {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.id === 'string' && typeof c.check === 'function' && typeof c.kind === 'string' && Array.isArray(c.uses)
  );
}

function looksLikeEncoding(x: unknown): x is SmtEncodingFile {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.summary === 'string' &&
    e.summary.length > 0 &&
    Array.isArray(e.ladder) &&
    e.ladder.length > 0 &&
    e.ladder.every((s) => typeof s === 'string' && s.length > 0) &&
    typeof e.domain === 'string' &&
    (typeof e.negation === 'function' || typeof e.decide === 'function')
  );
}

/** The SMT file beside a claim file (`<name>.smt.<ext>`), if any. @throws ClaimRegistryError for two of them */
function smtFileOf(claimFile: string): string | undefined {
  const base = join(dirname(claimFile), basename(claimFile, extname(claimFile)));
  const found = CLAIM_EXT.map((ext) => `${base}.smt${ext}`).filter((f) => existsSync(f));
  if (found.length > 1)
    throw new ClaimRegistryError(
      `loadClaims: claim file '${claimFile}' has ${found.length} SMT files beside it (${found.map((f) => basename(f)).join(', ')}); keep one`,
    );
  return found[0];
}

async function importSmt(file: string): Promise<SmtEncoding> {
  const enc = await importDefault(file, 'SMT file');
  if (!looksLikeEncoding(enc))
    throw new ClaimRegistryError(
      `loadClaims: SMT file '${file}' must default-export an encoding { summary, ladder (non-empty), domain, negation or decide }`,
    );
  const mod = { default: enc };
  return Object.freeze({
    summary: enc.summary,
    ladder: Object.freeze([...enc.ladder]),
    load: () => Promise.resolve(mod),
  });
}

const claimCache = new Map<string, Promise<Claim>>();

/** The claim of a claim file, with its SMT file attached (memoised per file). */
function importClaim(file: string): Promise<Claim> {
  let p = claimCache.get(file);
  if (!p) {
    p = importClaimUncached(file);
    claimCache.set(file, p);
    p.catch(() => claimCache.delete(file));
  }
  return p;
}

async function importClaimUncached(file: string): Promise<Claim> {
  const c = await importDefault(file, 'claim file');
  if (!looksLikeClaim(c))
    throw new ClaimRegistryError(
      `loadClaims: claim file '${file}' must default-export a claim made with defineClaim (id, kind, uses, check)`,
    );
  if (!ID_RE.test(c.id))
    throw new ClaimRegistryError(
      `loadClaims: claim file '${file}': id '${c.id}' must be snake_case (letters a-z, digits, '_', '.'), optionally '@Reading'`,
    );
  try {
    // the same validation as defineClaim: a plain object missing a field is named here, not a crash later
    defineClaim(c);
  } catch (e) {
    throw new ClaimRegistryError(
      `loadClaims: claim file '${file}' must default-export defineClaim({ … }): ${firstLineOf(e)}`,
    );
  }
  const smtFile = smtFileOf(file);
  if (smtFile === undefined) return c;
  if (c.smt !== undefined)
    throw new ClaimRegistryError(
      `loadClaims: claim '${c.id}' in '${file}' declares smt inline and has the SMT file '${basename(smtFile)}' beside it; keep one`,
    );
  return Object.freeze({ ...c, smt: await importSmt(smtFile) }) as Claim;
}

/** Every SMT file of a folder must sit beside a claim file. */
function checkSmtFiles(dir: string): void {
  for (const f of sortNames(readdirSync(dir).filter((f) => SMT_RE.test(f) && !f.endsWith('.d.ts')))) {
    const base = f.replace(SMT_RE, '');
    if (!CLAIM_EXT.some((ext) => existsSync(join(dir, base + ext))))
      throw new ClaimRegistryError(`loadClaims: SMT file '${join(dir, f)}' has no claim file '${base}.ts' beside it`);
  }
}

/** The chapter file of a chapter folder, if any (the path only). @throws ClaimRegistryError for two of them */
function chapterFileOf(dir: string): string | undefined {
  const found = CLAIM_EXT.map((ext) => join(dir, CHAPTER_BASE + ext)).filter((f) => existsSync(f));
  if (found.length > 1)
    throw new ClaimRegistryError(
      `loadClaims: chapter '${dir}' has ${found.length} chapter files (${found.map((f) => basename(f)).join(', ')}); keep one`,
    );
  return found[0];
}

/** The chapter file of a chapter folder, validated; undefined when there is none. */
async function readChapterFile(dir: string): Promise<{ def: ChapterDefinition; file: string } | undefined> {
  const file = chapterFileOf(dir);
  if (file === undefined) return undefined;
  const raw = await importDefault(file, 'chapter file');
  try {
    return { def: defineChapter(raw as ChapterDefinition), file };
  } catch (e) {
    if (e instanceof PruningCheckError)
      throw new ClaimRegistryError(`loadClaims: chapter file '${file}': ${e.message}`);
    throw e;
  }
}

interface Entry {
  readonly claim: Claim;
  readonly file: string;
}

/**
 * How a load treats a problem file: `fail(file, error)` throws (strict) or records the file as
 * broken (tolerant); `stuck` holds the files cut by the import check (file → cause).
 */
interface LoadContext {
  readonly tolerant: boolean;
  readonly broken: BrokenClaimFile[];
  readonly stuck: ReadonlyMap<string, string>;
}

function toRegistryError(file: string, what: string, e: unknown): ClaimRegistryError {
  if (e instanceof ClaimRegistryError) return e;
  if (e instanceof PruningCheckError) return new ClaimRegistryError(`loadClaims: ${what} '${file}': ${e.message}`);
  return new ClaimRegistryError(`loadClaims: cannot load ${what} '${file}': ${firstLineOf(e)}`);
}

/** Strict: throw; tolerant: record the file as broken (one line). */
function fail(ctx: LoadContext, file: string, e: unknown, what = 'claim file'): void {
  const err = toRegistryError(file, what, e);
  if (!ctx.tolerant) throw err;
  ctx.broken.push({ file, error: err.message.split('\n')[0]! });
}

/** The claim of a claim file, or undefined after {@link fail} (a stuck file is never imported here). */
async function tryImportClaim(ctx: LoadContext, file: string): Promise<Claim | undefined> {
  try {
    const smt = smtFileOf(file);
    for (const f of [file, ...(smt ? [smt] : [])]) {
      const why = ctx.stuck.get(f);
      if (why !== undefined)
        throw new ClaimRegistryError(`loadClaims: ${f === file ? 'claim file' : 'SMT file'} '${f}' ${why}`);
    }
    return await importClaim(file);
  } catch (e) {
    fail(ctx, file, e);
    return undefined;
  }
}

/** The claims and chapters of one claims folder, in order. */
async function loadFolder(root: string, ctx: LoadContext): Promise<{ entries: Entry[]; chapters: ClaimChapter[] }> {
  const listing = listFolder(root);
  for (const [p, why] of listing.unreadable) fail(ctx, p, new ClaimRegistryError(`loadClaims: '${p}': ${why}`));
  try {
    checkSmtFiles(root);
  } catch (e) {
    fail(ctx, root, e, 'folder');
  }
  const chapters: { chapter: ClaimChapter; position: number; entries: Entry[]; file: string | undefined }[] = [];
  for (const key of listing.chapters) {
    const dir = join(root, key);
    const inner = listFolder(dir);
    for (const [p, why] of inner.unreadable)
      if (isClaimFile(basename(p))) fail(ctx, p, new ClaimRegistryError(`loadClaims: '${p}': ${why}`));
    try {
      checkSmtFiles(dir);
    } catch (e) {
      fail(ctx, dir, e, 'chapter');
    }
    let cf: { def: ChapterDefinition; file: string } | undefined;
    try {
      const f = chapterFileOf(dir);
      const why = f === undefined ? undefined : ctx.stuck.get(f);
      if (why !== undefined) throw new ClaimRegistryError(`loadClaims: chapter file '${f}' ${why}`);
      cf = await readChapterFile(dir);
    } catch (e) {
      fail(ctx, chapterFileOf(dir) ?? dir, e, 'chapter file');
    }
    const brokenBefore = ctx.broken.length;
    const loaded: Entry[] = [];
    for (const f of inner.files) {
      const claim = await tryImportClaim(ctx, join(dir, f));
      if (claim) loaded.push({ claim, file: join(dir, f) });
    }
    const listed = cf?.def.claims ?? [];
    const rank = new Map(listed.map((id, i) => [id, i]));
    // a listed claim may be one of this chapter's broken files (tolerant): that file is reported already
    for (const id of listed)
      if (!loaded.some((e) => e.claim.id === id) && ctx.broken.length === brokenBefore)
        fail(
          ctx,
          cf!.file,
          new ClaimRegistryError(
            `loadClaims: chapter file '${cf!.file}' lists '${id}', which is not a claim of the folder '${dir}'`,
          ),
        );
    const ordered = [
      ...loaded.filter((e) => rank.has(e.claim.id)).sort((a, b) => rank.get(a.claim.id)! - rank.get(b.claim.id)!),
      ...loaded.filter((e) => !rank.has(e.claim.id)),
    ];
    chapters.push({
      chapter: Object.freeze({
        key,
        title: cf?.def.title ?? key,
        intro: cf?.def.intro ?? '',
        dir,
        ids: Object.freeze(ordered.map((e) => e.claim.id)),
      }),
      position: cf?.def.position ?? Number.POSITIVE_INFINITY,
      entries: ordered,
      file: cf?.file,
    });
  }
  const byPosition = new Map<number, string>();
  for (const c of chapters) {
    if (c.file === undefined) continue;
    const prev = byPosition.get(c.position);
    if (prev !== undefined)
      fail(
        ctx,
        c.file,
        new ClaimRegistryError(`loadClaims: chapter files '${prev}' and '${c.file}' both have position ${c.position}`),
      );
    else byPosition.set(c.position, c.file);
  }
  chapters.sort(
    (a, b) => a.position - b.position || (a.chapter.key < b.chapter.key ? -1 : a.chapter.key > b.chapter.key ? 1 : 0),
  );
  const entries = chapters.flatMap((c) => c.entries);
  for (const f of listing.files) {
    const claim = await tryImportClaim(ctx, join(root, f));
    if (claim) entries.push({ claim, file: join(root, f) });
  }
  return { entries, chapters: chapters.map((c) => c.chapter) };
}

/** Every module file the registry would import under these roots (claim, SMT and chapter files), in load order. */
function moduleFiles(roots: readonly string[]): string[] {
  const out: string[] = [];
  const addClaim = (file: string) => {
    out.push(file);
    try {
      const smt = smtFileOf(file);
      if (smt) out.push(smt);
    } catch {
      /* two SMT files: reported by the load itself */
    }
  };
  for (const root of roots) {
    if (!isFolder(root)) continue;
    const listing = listFolder(root);
    for (const key of listing.chapters) {
      const dir = join(root, key);
      try {
        const cf = chapterFileOf(dir);
        if (cf) out.push(cf);
      } catch {
        /* two chapter files: reported by the load itself */
      }
      for (const f of listFolder(dir).files) addClaim(join(dir, f));
    }
    for (const f of listing.files) addClaim(join(root, f));
  }
  return out;
}

/** Options of {@link loadClaims}. */
export interface LoadClaimsOptions {
  /** Researchers' claim folders (relative to the working directory or absolute), loaded after the built-ins. */
  readonly claimsDirs?: readonly string[];
  /** Load the built-in claims of `properties/` (default true). */
  readonly builtins?: boolean;
  /**
   * Isolation: a file that cannot be loaded is listed in `broken` instead of failing the whole load
   * (default false: the first problem throws). What `check` and `list` use.
   */
  readonly tolerant?: boolean;
  /**
   * Import every module file of the `claimsDirs` folders first in a child process, with this limit
   * (ms) per file; a file that does not finish is not imported by this process and is broken ("did
   * not finish importing": listed in `broken` with `tolerant`, else the error). Default: no child
   * process. The built-in claims
   * are not checked (they are part of the tested package; checking them too costs about 2 s).
   */
  readonly importTimeoutMs?: number;
}

const cache = new Map<string, Promise<ClaimRegistry>>();

/**
 * Load every claim and chapter: the built-ins, then each external folder (see the module's order).
 * @throws ClaimRegistryError (one line, naming the file) for a missing folder, a file without a claim,
 *   a bad or duplicate id, a `uses` entry naming no loaded claim, a bad chapter file or SMT file
 */
export function loadRegistry(opts: LoadClaimsOptions = {}): Promise<ClaimRegistry> {
  if (
    opts.claimsDirs !== undefined &&
    (!Array.isArray(opts.claimsDirs) || opts.claimsDirs.some((d) => typeof d !== 'string' || d.length === 0))
  )
    return Promise.reject(
      new ClaimRegistryError(
        `loadClaims: parameter 'claimsDirs' must be a list of folder paths, got ${JSON.stringify(opts.claimsDirs)}`,
      ),
    );
  if (opts.importTimeoutMs !== undefined && !(Number.isSafeInteger(opts.importTimeoutMs) && opts.importTimeoutMs > 0))
    return Promise.reject(
      new ClaimRegistryError(
        `loadClaims: parameter 'importTimeoutMs' must be a positive integer (ms), got ${JSON.stringify(opts.importTimeoutMs)}`,
      ),
    );
  const dirs = (opts.claimsDirs ?? []).map((d) => resolve(d));
  const builtins = opts.builtins ?? true;
  const tolerant = opts.tolerant === true;
  const timeout = opts.importTimeoutMs ?? null;
  const key = JSON.stringify([builtins, dirs, tolerant, timeout]);
  let p = cache.get(key);
  if (!p) {
    p = load([...(builtins ? [builtinClaimsDir()] : []), ...dirs], tolerant, timeout);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/**
 * Load every claim, in registry order (see {@link loadRegistry}).
 * @throws ClaimRegistryError as {@link loadRegistry}
 */
export async function loadClaims(opts: LoadClaimsOptions = {}): Promise<readonly Claim[]> {
  return (await loadRegistry(opts)).claims;
}

/**
 * The claim `id`: the file `<id>.ts|.mts|.js|.mjs` at the top of the built-in folder or of a
 * `claimsDirs` folder, or in one of their chapters, is imported alone (with its SMT file) when it
 * defines that id; otherwise (a file named differently) every claim is loaded with
 * {@link loadClaims}. It does not re-validate the registry (duplicate ids, `uses`, chapter files):
 * callers that have not run {@link loadClaims} in some process should.
 * @throws ClaimRegistryError for a bad folder or claim file, or an id no claim has
 */
export async function loadClaim(id: string, opts: LoadClaimsOptions = {}): Promise<Claim> {
  if (typeof id !== 'string' || id.length === 0)
    throw new ClaimRegistryError(`loadClaim: parameter 'id' must be a claim id, got ${JSON.stringify(id)}`);
  const roots = [
    ...((opts.builtins ?? true) ? [builtinClaimsDir()] : []),
    ...(opts.claimsDirs ?? []).map((d) => resolve(d)),
  ];
  for (const root of roots) {
    if (!isFolder(root)) continue;
    for (const dir of [root, ...chapterDirs(root).map((k) => join(root, k))])
      for (const ext of CLAIM_EXT) {
        const file = join(dir, `${id}${ext}`);
        if (!existsSync(file) || !isClaimFile(basename(file))) continue;
        const c = await importClaim(file);
        if (c.id === id) return c;
      }
  }
  // a file named differently: load the folders, tolerating other broken files (they are not this claim)
  const c = (await loadClaims({ ...opts, tolerant: true })).find((x) => x.id === id);
  if (!c) throw new ClaimRegistryError(`loadClaim: no claim has the id '${id}'`);
  return c;
}

async function load(
  roots: readonly string[],
  tolerant: boolean,
  importTimeoutMs: number | null,
): Promise<ClaimRegistry> {
  for (const root of roots)
    if (!isFolder(root))
      throw new ClaimRegistryError(`loadClaims: claims folder '${root}' does not exist or is not a folder`);
  // the built-in claims are part of the tested package: only the researchers' folders are checked
  const builtin = builtinClaimsDir();
  const checked = moduleFiles(roots.filter((r) => r !== builtin));
  const stuck =
    importTimeoutMs === null || checked.length === 0
      ? new Map<string, string>()
      : await findStuckImports(checked, importTimeoutMs);
  const ctx: LoadContext = { tolerant, broken: [], stuck };
  const entries: Entry[] = [];
  const chapters: ClaimChapter[] = [];
  for (const root of roots) {
    const f = await loadFolder(root, ctx);
    entries.push(...f.entries);
    chapters.push(...f.chapters);
  }
  const byId = new Map<string, string>();
  const kept: Entry[] = [];
  for (const e of entries) {
    const prev = byId.get(e.claim.id);
    if (prev !== undefined) {
      fail(
        ctx,
        e.file,
        new ClaimRegistryError(
          `loadClaims: duplicate claim id '${e.claim.id}' in '${e.file}' (already defined in '${prev}')`,
        ),
      );
      continue;
    }
    byId.set(e.claim.id, e.file);
    kept.push(e);
  }
  // a `uses` entry may name the claim of a broken file (tolerant): that file is reported already
  const anyBroken = ctx.broken.length > 0;
  const ok = kept.filter(({ claim, file }) => {
    const missing = claim.uses.find((u) => !byId.has(u));
    if (missing === undefined || anyBroken) return true;
    fail(
      ctx,
      file,
      new ClaimRegistryError(
        `loadClaims: claim '${claim.id}' in '${file}' uses '${missing}', which is not a loaded claim`,
      ),
    );
    return false;
  });
  const okIds = new Set(ok.map((e) => e.claim.id));
  return Object.freeze({
    claims: Object.freeze(ok.map((e) => e.claim)),
    chapters: Object.freeze(
      chapters.map((c) =>
        c.ids.every((id) => okIds.has(id))
          ? c
          : Object.freeze({ ...c, ids: Object.freeze(c.ids.filter((id) => okIds.has(id))) }),
      ),
    ),
    files: Object.freeze(Object.fromEntries(ok.map((e) => [e.claim.id, e.file]))),
    broken: Object.freeze([...ctx.broken]),
  });
}
