/**
 * # Vitest configuration for `npm run mutation` (StrykerJS)
 *
 * Fast, focused tests only: the unit tests of the exact layers and, with `MUTATION_CLAIMS=1`, the
 * claims at CI depth that finish in well under a second (`test/unit/fastClaims.mutation.ts`; off by
 * default: on two shared cores they triple the cost of every surviving mutant). `test/random.test.ts`
 * covers `src/random` (golden values of both samplers, the ziggurat tables, the deterministic
 * elementary functions). CLI and process tests, the runner's budget tests and the slow statistical
 * claims are left out.
 *
 * `test.prop` (`test/propTest.ts`) puts a fresh random seed into each property test's name, which defeats
 * Stryker's per-test coverage (a test would never be found again by name); `mutation/fcSeed.ts`
 * fixes fast-check's global seed (`FC_SEED`, default 20260302) before any test file is loaded.
 */
import { defineConfig } from 'vitest/config';

/**
 * `MUTATION_FOCUS=<folder>`: only the tests written for that kernel folder. `src/exact` and
 * `src/random` are used by nearly every test, so without a focus each of their surviving or slow
 * mutants runs the whole set (~20 s on the shared machine, and a timeout of 3× that): a full
 * `src/exact` run had tested 469 of 726 mutants after 30 minutes. RESULTS.md says which folders were
 * measured with a focus; their score is then the one their own tests earn.
 */
const FOCUS: Record<string, string[]> = {
  'src/exact': [
    'test/unit/rational.test.ts',
    'test/unit/enclosures.test.ts',
    'test/unit/exact.pins.test.ts',
    'test/rational.test.ts',
    'test/enclosure.test.ts',
  ],
  'src/random': ['test/random.test.ts', 'test/unit/random.pins.test.ts'],
};
const focus = process.env.MUTATION_FOCUS;
if (focus !== undefined && !FOCUS[focus])
  throw new Error(`MUTATION_FOCUS must be one of ${Object.keys(FOCUS).join(', ')}, got '${focus}'`);

export default defineConfig({
  test: {
    include:
      focus !== undefined
        ? FOCUS[focus]
        : [
            'test/unit/**/*.test.ts',
            ...(process.env.MUTATION_CLAIMS === '1' ? ['test/unit/fastClaims.mutation.ts'] : []),
            'test/rational.test.ts',
            'test/enclosure.test.ts',
            'test/chainKernels.test.ts',
            'test/power.test.ts',
            'test/model.test.ts',
            'test/badInput.test.ts',
            'test/random.test.ts',
          ],
    setupFiles: ['mutation/fcSeed.ts'],
    // fewer fast-check runs per property (see test/unit/runs.ts and mutation/fcSeed.ts)
    env: { PGC_MUTATION: '1' },
    // One module graph for all test files: under Stryker the same tests run once per mutant, and
    // re-importing the claim registry per file and per run dominated the time (mutants are switched
    // at run time, so no re-import is needed).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
