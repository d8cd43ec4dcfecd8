/**
 * # The outcome of one pool job
 *
 * Main definitions: {@link PoolResult} — a claim's run record, or a one-line error (a timeout when
 * the worker was killed at its hard limit). Its own module, so that the pool and the job runner
 * import it without importing each other.
 */
import type { RunRecord } from './record.js';

/** The outcome of one job. */
export type PoolResult = { ok: true; rec: RunRecord } | { ok: false; id: string; error: string; timeout?: boolean };
