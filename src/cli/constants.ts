/**
 * # Command-line constants shared by `check` and `merge`
 */
export { SHARD_FORMAT } from '../schema/formats.js';

/** The default global seed (fixed, so verdicts are reproducible). */
export const DEFAULT_SEED = 20260302;
