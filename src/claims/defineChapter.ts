/**
 * # Chapter definitions: a claims folder's `_chapter.ts`
 *
 * Main definitions: {@link defineChapter} (validates a chapter file's content up front) and
 * {@link ChapterDefinition} — a chapter's position among the chapters, its title, its introduction
 * (one paragraph of the blueprint) and the order of its claims.
 *
 * Main statements: a subfolder of a claims folder is a chapter; its claims are the claim files in it.
 * At most one chapter file (`_chapter.ts`, `.mts`, `.js` or `.mjs`) per folder says where the
 * chapter stands and in which order its claims come; a claim of the folder that the file does not
 * list comes after the listed ones, by file name. Nothing about a claim lives outside its folder.
 *
 * Implementation notes: the registry (`src/runner/registry.ts`) reads the chapter file and checks
 * that every listed id is a claim of that folder; this module only checks the file's own shape, so a
 * plain object default export (without `defineChapter`) is validated the same way.
 *
 * References: the Lean blueprint's chapters (one per part of the argument).
 */
import { InvalidParameterError, show } from '../errors.js';

/** The content of a chapter file (`properties/<chapter>/_chapter.ts`). */
export interface ChapterDefinition {
  /** The chapter's place among the chapters of its claims folder: 1, 2, … (unique per folder). */
  readonly position: number;
  /** The chapter's title in the blueprint. */
  readonly title: string;
  /** One paragraph introducing the chapter. */
  readonly intro: string;
  /** The claim ids of the chapter's folder, in order (unlisted claims follow by file name). */
  readonly claims: readonly string[];
}

/**
 * Validate and return a chapter definition.
 * @throws InvalidParameterError naming the bad field
 */
export function defineChapter<C extends ChapterDefinition>(c: C): C {
  const api = 'defineChapter';
  if (typeof c !== 'object' || c === null)
    throw new InvalidParameterError(api, 'chapter', 'an object { position, title, intro, claims }', show(c));
  if (!Number.isSafeInteger(c.position) || c.position < 1)
    throw new InvalidParameterError(api, 'position', 'a positive integer', show(c.position));
  if (typeof c.title !== 'string' || c.title.trim().length === 0)
    throw new InvalidParameterError(api, 'title', 'a non-empty string', show(c.title));
  if (typeof c.intro !== 'string' || c.intro.trim().length === 0)
    throw new InvalidParameterError(api, 'intro', 'a non-empty paragraph', show(c.intro));
  if (!Array.isArray(c.claims) || c.claims.some((id) => typeof id !== 'string' || id.length === 0))
    throw new InvalidParameterError(api, 'claims', 'a list of claim ids', show(c.claims));
  const seen = new Set<string>();
  for (const id of c.claims) {
    if (seen.has(id)) throw new InvalidParameterError(api, 'claims', 'a list of distinct claim ids', `'${id}' twice`);
    seen.add(id);
  }
  return Object.freeze({ ...c, claims: Object.freeze([...c.claims]) });
}
