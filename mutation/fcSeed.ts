/**
 * Fixes fast-check's global seed for mutation testing: `test.prop` (`test/propTest.ts`) names each
 * property test `label (with seed=…)` with a fresh seed unless a seed is configured, and Stryker's
 * per-test coverage needs stable test names. `FC_SEED` overrides the default. Properties without their own
 * `numRuns` run 15 cases instead of 100 under mutation (every surviving mutant re-runs them).
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20260302);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be a safe integer, got ${process.env.FC_SEED}`);
// 15 runs for properties that do not set their own numRuns (fast-check's default is 100)
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns: 15 });
