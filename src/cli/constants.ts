/**
 * # Command-line constants shared by `check` and `merge`
 */

/** The default global seed (fixed, so verdicts are reproducible). */
export const DEFAULT_SEED = 20260302;

/** Format tag of shard files. */
export const SHARD_FORMAT = 'pruning-gap-check/shard@1';
