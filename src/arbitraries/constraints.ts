/**
 * # Shared validation for arbitrary constraints
 *
 * Main definitions: {@link checkConstraints} — rejects unknown keys and checks each known key, so a
 * typo in a constraints object is an error naming the API, never a silently ignored option.
 */
import { InvalidParameterError, show } from '../errors.js';

/** Validate a constraints object: `allowed` maps each key to a check returning an error range or undefined. */
export function checkConstraints(
  api: string,
  c: unknown,
  allowed: Record<string, (v: unknown) => string | undefined>,
): void {
  if (c === undefined) return;
  if (c === null || typeof c !== 'object') throw new InvalidParameterError(api, 'constraints', 'an object', show(c));
  for (const [k, v] of Object.entries(c)) {
    const chk = allowed[k];
    if (!chk)
      throw new InvalidParameterError(
        api,
        `constraints.${k}`,
        `one of the known keys (${Object.keys(allowed).join(', ')})`,
        'an unknown key',
      );
    if (v === undefined) continue;
    const err = chk(v);
    if (err) throw new InvalidParameterError(api, `constraints.${k}`, err, show(v));
  }
}

/** A check for an integer in [lo, hi]. */
export const intIn =
  (lo: number, hi: number) =>
  (v: unknown): string | undefined =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= lo && v <= hi ? undefined : `an integer in [${lo}, ${hi}]`;
