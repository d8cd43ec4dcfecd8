/**
 * # The one JSON reader of stored files
 *
 * Main definitions: {@link parseJsonText} — JSON text to a {@link Json} value in which every object
 * key, `__proto__`, `constructor` and `prototype` included, is an own data property and nothing
 * else: no key ever sets or reaches a prototype;
 * {@link readJsonText} — the same for a file; {@link jsonRecord} — build an object from entries
 * the same way (for the codecs that copy parsed values); {@link cloneJson} — a deep copy of a JSON
 * value through the same path.
 *
 * Main statements: `parseJsonText(text)` holds exactly the keys and values of `text` (the last of
 * duplicate keys, as JSON.parse), so a checksum over its canonical form sees everything the file
 * holds — a `"__proto__"` key added to a stored input changes the checksum.
 *
 * Implementation notes: JSON.parse creates every key, `__proto__` included, as an own data property
 * (ECMA-262 CreateDataProperty); the danger is every later copy with `out[k] = v`, which for
 * `__proto__` sets the prototype and drops the key. Copies go through {@link jsonRecord}, which
 * defines each key with `Object.defineProperty` on a plain object (ordinary prototype, so the
 * values print and compare as usual). Every file the package reads goes through this module (a test greps
 * `src/` for other `JSON.parse` calls).
 */
import { readFileSync } from 'node:fs';
import type { Json } from './Json.js';

/** A plain object whose own properties are exactly `entries`, each as data (later duplicates win). */
export function jsonRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = {} as Record<string, V>;
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * Parse JSON text: every object holds every key of the text as an own data property (no reviver
 * and no assignment that could reach a prototype).
 * @throws SyntaxError (JSON.parse's) for invalid text
 */
export function parseJsonText(text: string): Json {
  return JSON.parse(text) as Json;
}

/** Read a UTF-8 file and parse it with {@link parseJsonText}. @throws the fs error or the parse error */
export function readJsonText(file: string): Json {
  return parseJsonText(readFileSync(file, 'utf8'));
}

/** A deep copy of a JSON value (undefined members dropped, as JSON.stringify does), via {@link parseJsonText}. */
export function cloneJson<T>(v: T): Json {
  return parseJsonText(JSON.stringify(v));
}
