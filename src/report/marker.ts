/**
 * # The mark of a report folder, and the list of what the tool wrote there
 *
 * Main definitions: {@link MARKER_FILE} (`.pruning-gap-check-reports.json`, written with every report
 * set) holding the sorted list of the files the tool wrote; {@link readMarker} — that list, or null
 * when the folder has no mark; {@link requireReportFolder} — refuse, with one line, an existing
 * non-empty folder that is not a report folder of this tool; {@link renderMarker}.
 *
 * Main statements: a folder is a report folder iff it holds the mark, or (report sets written before
 * the mark existed) a `claims.json` of this tool's manifest format. A folder with no entries, or
 * only the `shards/` folder that `check --shard` writes, may become one. Inside a report folder, the
 * writer replaces only the files the mark lists (and, for a folder without the mark, the report
 * entries themselves): every other entry is carried over untouched into the new set.
 *
 * Implementation notes: the mark is canonical JSON, so the same run gives the same bytes; it is read
 * through the one safe JSON reader, and a mark that is not this format counts as no mark.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliUsageError } from '../errors.js';
import { MANIFEST_FORMAT } from '../schema/formats.js';
import { readJsonText } from '../util/safeJson.js';
import { canonicalJSON } from '../claims/codec.js';

/** The mark's file name (in the report folder). */
export const MARKER_FILE = '.pruning-gap-check-reports.json';
/** The mark's format tag. */
export const MARKER_FORMAT = 'pruning-gap-check/report-folder@1';

/** Entries a non-report folder may hold and still become a report folder. */
const TOLERATED: readonly string[] = ['shards'];

/** The files (paths relative to the folder, `/`-separated) the mark lists; null without a valid mark. */
export function readMarker(dir: string): string[] | null {
  const file = join(dir, MARKER_FILE);
  if (!existsSync(file)) return null;
  try {
    const j = readJsonText(file);
    if (
      j === null ||
      typeof j !== 'object' ||
      Array.isArray(j) ||
      j.format !== MARKER_FORMAT ||
      !Array.isArray(j.files)
    )
      return null;
    return j.files.filter((f): f is string => typeof f === 'string');
  } catch {
    return null;
  }
}

/** True iff `dir` holds a claims.json of this tool's format (a report set from before the mark). */
function hasLegacyManifest(dir: string): boolean {
  const file = join(dir, 'claims.json');
  try {
    if (!statSync(file).isFile()) return false;
    const j = readJsonText(file);
    return j !== null && typeof j === 'object' && !Array.isArray(j) && j.format === MANIFEST_FORMAT;
  } catch {
    return false;
  }
}

/** True iff `dir` is absent, empty (but for tolerated entries), or a report folder of this tool. */
export function isReportFolderOrEmpty(dir: string): boolean {
  if (!existsSync(dir)) return true;
  const entries = readdirSync(dir).filter((e) => !TOLERATED.includes(e));
  if (entries.length === 0) return true;
  return readMarker(dir) !== null || hasLegacyManifest(dir);
}

/**
 * Throw unless `dir` may receive a report set (see {@link isReportFolderOrEmpty}).
 * @param what the option that named it, e.g. `--out`
 * @throws CliUsageError
 */
export function requireReportFolder(dir: string, what: string): void {
  if (!isReportFolderOrEmpty(dir))
    throw new CliUsageError(
      `${what} is a non-empty folder that is not a report folder of this tool (no ${MARKER_FILE}); give an empty or new folder`,
    );
}

/** The mark's text for the files written (sorted). */
export function renderMarker(files: readonly string[]): string {
  return canonicalJSON({ format: MARKER_FORMAT, files: [...files].sort() });
}
