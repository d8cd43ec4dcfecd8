/**
 * # The one JSON reader of the certificate files
 *
 * Main definitions: {@link parseStoredJson}(text, source) — JSON.parse with a reviver that rejects
 * the object keys `__proto__`, `constructor` and `prototype` anywhere in the text.
 *
 * Main statements: none.
 *
 * Implementation notes: a single function, so that the certificate files can move to a project-wide
 * safe reader by changing one place; no stored file of this package has such a key.
 *
 * References: the certificate format (`neuronCertificate.ts`).
 */
import { InvalidParameterError } from '../errors.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parse the JSON text of a stored file; an object key `__proto__`, `constructor` or `prototype`
 * anywhere is rejected (no stored file of this package has one).
 * @throws InvalidParameterError naming `source` for invalid JSON or a forbidden key
 */
export function parseStoredJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text, (k, v: unknown) => {
      if (FORBIDDEN_KEYS.has(k)) throw new Error(`forbidden key "${k}"`);
      return v;
    });
  } catch (e) {
    throw new InvalidParameterError(
      'parseStoredJson',
      source,
      'JSON text without the keys __proto__, constructor, prototype',
      (e as Error).message,
    );
  }
}
