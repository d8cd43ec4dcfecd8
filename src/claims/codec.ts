/**
 * # Exact JSON codec for claim inputs
 *
 * Main definitions: {@link encodeExact} (Rationals become "p/q" strings, bigints "123n"),
 * {@link decodeExact} (the inverse), {@link canonicalJSON} (sorted keys, for checksums and
 * byte-identical reports).
 *
 * Implementation notes: claim inputs are plain data (records, arrays, safe integers, booleans,
 * Rationals) plus the model's value types, which are tagged: a {@link Network} is stored as
 * `{ "$network": { d, alpha, w } }`, a {@link TargetNeuron} as `{ "$target": [w…] }`. Every string
 * of the form "p/q" decodes to a Rational, so claim inputs never carry such strings as text. A malformed
 * tag is an {@link InvalidParameterError} naming it (never a TypeError from deep inside a constructor).
 */
import { createHash } from 'node:crypto';
import { Rational } from '../exact/Rational.js';
import { Network, TargetNeuron } from '../model/Network.js';
import { InvalidParameterError, show } from '../errors.js';
import { jsonRecord } from '../util/safeJson.js';

const RATIONAL_RE = /^-?\d+\/\d+$/;
const BIGINT_RE = /^-?\d+n$/;

export type { Json } from '../util/Json.js';
import type { Json } from '../util/Json.js';

/** Plain data with Rationals → JSON. */
export function encodeExact(x: unknown): Json {
  if (x instanceof Rational) return x.toString();
  if (typeof x === 'bigint') return `${x}n`;
  if (Array.isArray(x)) return x.map(encodeExact);
  if (x === null || typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'number') return Number.isFinite(x) ? x : String(x);
  if (x instanceof Network) return { $network: encodeExact(x.toJSON()) };
  if (x instanceof TargetNeuron) return { $target: encodeExact(x.w) };
  if (typeof x === 'object') {
    const maybe = x as { toJSON?: () => unknown };
    if (typeof maybe.toJSON === 'function') return encodeExact(maybe.toJSON());
    return jsonRecord(
      Object.entries(x)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, encodeExact(v)] as const),
    );
  }
  return null;
}

/** JSON → plain data with Rationals. */
export function decodeExact(x: Json): unknown {
  if (typeof x === 'string') {
    if (RATIONAL_RE.test(x)) return Rational.parse(x);
    if (BIGINT_RE.test(x)) return BigInt(x.slice(0, -1));
    return x;
  }
  if (Array.isArray(x)) return x.map(decodeExact);
  if (x !== null && typeof x === 'object') {
    if (Object.hasOwn(x, '$network')) {
      const n = decodeExact(x.$network!) as { d?: unknown; alpha?: unknown; w?: unknown };
      const rats = (v: unknown): v is Rational[] => Array.isArray(v) && v.every((r) => r instanceof Rational);
      if (
        n === null ||
        typeof n !== 'object' ||
        !rats(n.alpha) ||
        !Array.isArray(n.w) ||
        n.w.length !== n.alpha.length ||
        !n.w.every(rats)
      )
        throw new InvalidParameterError(
          'decodeExact',
          '$network',
          '{ d, alpha: ["p/q"…], w: [["p/q"…]…] } with one weight row per alpha',
          show(x.$network).slice(0, 80),
        );
      const alpha = n.alpha,
        w = n.w as Rational[][];
      return new Network(
        n.d as number,
        alpha.map((a, j) => ({ alpha: a, w: w[j]! })),
      );
    }
    if (Object.hasOwn(x, '$target')) {
      const w = decodeExact(x.$target!);
      if (!Array.isArray(w) || !w.every((r) => r instanceof Rational))
        throw new InvalidParameterError(
          'decodeExact',
          '$target',
          'a list of rationals "p/q"',
          show(x.$target).slice(0, 80),
        );
      return new TargetNeuron(w as Rational[], { requireUnit: false });
    }
    // own data properties only: a "__proto__" key stays a key (never the decoded object's prototype)
    return jsonRecord(Object.entries(x).map(([k, v]) => [k, decodeExact(v)] as const));
  }
  return x;
}

/** JSON text with object keys sorted (stable across runs and machines), 2-space indented; every own key is kept. */
export function canonicalJSON(x: Json): string {
  const sortKeys = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(sortKeys);
    // every own key, "__proto__" included, is kept as data: the checksum sees exactly what the file holds
    if (v !== null && typeof v === 'object')
      return jsonRecord(
        Object.keys(v)
          .sort()
          .map((k) => [k, sortKeys(v[k]!)] as const),
      );
    return v;
  };
  return JSON.stringify(sortKeys(x), null, 2) + '\n';
}

/** SHA-256 (hex) of a string. */
export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
