/**
 * # Plain file names for everything written under `--out`
 *
 * Main definitions: {@link requirePlainFileName} — the one check every writer of the report set
 * applies to a name it got from a claim or a file (figures, counterexamples; `merge` the same):
 * a plain file name — letters, digits and `_ . @ = + -`, at most {@link MAX_FILE_NAME} characters,
 * no path separator, no `..`, no leading dot — or one {@link CliUsageError} line naming it.
 *
 * Main statements: a name that passes, joined to a folder, names a file directly inside that folder
 * (it cannot climb out, reach a hidden file, or name the folder itself).
 */
import { CliUsageError } from '../errors.js';

/** The longest name accepted (before its extension). */
export const MAX_FILE_NAME = 200;

const PLAIN = /^[A-Za-z0-9_@=+-][A-Za-z0-9_.@=+-]*$/;

/** True iff `name` is a plain file name (see the module header). */
export function isPlainFileName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= MAX_FILE_NAME &&
    PLAIN.test(name) &&
    !name.includes('..')
  );
}

/**
 * Throw unless `name` is a plain file name.
 * @param what what the name is, for the message (e.g. `figure of claim 'x'`)
 * @throws CliUsageError naming the value
 */
export function requirePlainFileName(name: string, what: string): string {
  if (!isPlainFileName(name))
    throw new CliUsageError(
      `${what}: ${JSON.stringify(String(name).slice(0, 120))} is not a plain file name (letters, digits, _ . @ = + -; at most ${MAX_FILE_NAME} characters; no '/', '\\', '..' or leading dot)`,
    );
  return name;
}
