/**
 * # Certificate files through the project's one JSON reader
 *
 * Main definitions: {@link parseStoredJson}(text, source) — `parseJsonText` (`src/util/safeJson.ts`,
 * the reader of every stored file), with its errors as a typed error naming the file, and the object
 * keys `__proto__`, `constructor` and `prototype` rejected anywhere in the value.
 *
 * Main statements: none.
 *
 * Implementation notes: the shared reader already keeps every key as an own data property (no key
 * reaches a prototype); no certificate or summary of this package has such a key, so one is a
 * corrupted file, reported as such rather than left to the checksum.
 *
 * References: the certificate format (`neuronCertificate.ts`); `src/util/safeJson.ts`.
 */
import { InvalidParameterError } from '../errors.js';
import { parseJsonText } from '../util/safeJson.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden key in a parsed JSON value (iterative walk), or null. */
function forbiddenKey(v: unknown): string | null {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (Array.isArray(x)) for (const y of x) stack.push(y);
    else if (x !== null && typeof x === 'object')
      for (const k of Object.keys(x)) {
        if (FORBIDDEN_KEYS.has(k)) return k;
        stack.push((x as Record<string, unknown>)[k]);
      }
  }
  return null;
}

/**
 * Parse the JSON text of a stored file with the project's reader; an object key `__proto__`,
 * `constructor` or `prototype` anywhere is rejected.
 * @throws InvalidParameterError naming `source` for invalid JSON or a forbidden key
 */
export function parseStoredJson(text: string, source: string): unknown {
  let x: unknown;
  try {
    x = parseJsonText(text);
  } catch (e) {
    throw new InvalidParameterError('parseStoredJson', source, 'JSON text', (e as Error).message);
  }
  const k = forbiddenKey(x);
  if (k !== null)
    throw new InvalidParameterError(
      'parseStoredJson',
      source,
      'JSON without the keys __proto__, constructor, prototype',
      `a key "${k}"`,
    );
  return x;
}
