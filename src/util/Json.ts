/**
 * # JSON values
 *
 * Main definitions: {@link Json} — the type of a JSON value, as every stored file (verdicts,
 * counterexamples, shards, figure specs) holds it.
 *
 * Implementation notes: it lives at the bottom of the house so that the file formats (`src/schema/`)
 * and the exact codec (`src/claims/codec.ts`) can both name it without importing each other.
 */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
