/**
 * Number of fast-check runs for a unit test: `n` under `npm test`, an eighth (at least 6) under
 * `npm run mutation` (`PGC_MUTATION` is set by `vitest.mutation.config.ts`), where every surviving
 * mutant re-runs each covering test on two shared cores.
 */
export const runs = (n: number): number => (process.env.PGC_MUTATION ? Math.max(6, Math.ceil(n / 8)) : n);
