/**
 * Number of fast-check runs for a unit test: `n` under `npm test`, a quarter (at least 10) under
 * `npm run mutation` (`PGC_MUTATION` is set by `vitest.mutation.config.ts`), where every surviving
 * mutant re-runs each covering test on two shared cores.
 */
export const runs = (n: number): number => (process.env.PGC_MUTATION ? Math.max(10, Math.ceil(n / 4)) : n);
