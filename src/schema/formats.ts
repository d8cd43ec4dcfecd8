/**
 * # Format tags and size limits of the files the tool reads and writes
 *
 * Main definitions: the format tags ({@link CEX_FORMAT}, {@link MANIFEST_FORMAT},
 * {@link SHARD_FORMAT}) and the input {@link LIMITS}.
 *
 * Implementation notes: apart from `schemas.ts` (which builds the schemas from them and re-exports
 * them) so that the commands read them without loading the schema builder: validation runs the
 * precompiled `src/generated/validators.ts`, and only `npm run schemas` needs the builder.
 */
/** Format tags. */
export const CEX_FORMAT = 'pruning-gap-check/counterexample@1';
export const MANIFEST_FORMAT = 'pruning-gap-check/claims@1';
export const SHARD_FORMAT = 'pruning-gap-check/shard@1';

/** Size limits of file inputs (depth is checked before the schema; the rest by the schema). */
export const LIMITS = {
  /** Largest file read, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Deepest nesting of arrays/objects in a file. */
  maxDepth: 64,
  /** Longest string (exact rationals may be long). */
  maxString: 1_000_000,
  /** Longest array. */
  maxItems: 1_000_000,
  /** Most properties of an object. */
  maxProperties: 10_000,
} as const;
