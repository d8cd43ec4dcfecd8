/**
 * # StrykerJS configuration: the mutation score of the suite itself (issue 9, item 8)
 *
 * `npm run mutation` mutates the kernels — `src/model`, `src/chain`, `src/exact`,
 * `src/subsetSum`, `src/stats`, `src/random` — and runs, for each mutant, only the tests that cover it
 * (`coverageAnalysis: 'perTest'`) from `vitest.mutation.config.ts`: the unit tests and the claims at
 * CI depth that run in well under a second. Not part of CI (a full run takes hours on two cores).
 *
 * Implementation notes:
 * - StrykerJS 9.x (10.x needs Node ≥ 22). No `checkers`: Stryker's TypeScript checker cannot drive
 *   TypeScript 7, so type-invalid mutants are run (they fail at run time or survive as listed in
 *   `mutation/EQUIVALENT.md`). For the same reason the sandbox's tsconfig rewrite is skipped.
 * - `incremental: true` with the incremental file `mutation/stryker-incremental.json`, a local cache
 *   (not committed: it is 1 MB of machine-made state that every run rewrites), so a re-run on the
 *   same checkout only tests the mutants whose code or covering tests changed; a fresh clone starts
 *   without it and tests every mutant. Run one folder at a time with
 *   `npm run mutation -- --mutate 'src/exact/**\/*.ts'`.
 * - `ignoreStatic`: mutants in module-level initialisers (constants, tables) would need the whole
 *   test set per mutant; they are reported as ignored.
 * - The score adjusted for the equivalent mutants: `npx tsx scripts/mutation-score.ts`.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/exact/**/*.ts',
    'src/model/**/*.ts',
    'src/subsetSum/**/*.ts',
    'src/stats/**/*.ts',
    'src/chain/**/*.ts',
    'src/random/**/*.ts',
    // generated code (ajv's validators, `npm run schemas`) is never mutated
    '!src/generated/**',
  ],
  // Stryker rewrites tsconfig.json in the sandbox through the TypeScript 5 API, which TypeScript 7
  // lacks; the tsconfig needs no rewrite (no `extends`/`references`), so point the step elsewhere.
  tsconfigFile: 'mutation/none.tsconfig.json',
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 3,
  tempDirName: '.stryker-tmp',
  // not copied to the sandbox: reports and locks that concurrent `npm run check` runs rewrite (a
  // vanishing lock file aborts the copy), build output and docs (no test reads them)
  ignorePatterns: ['/reports', '/.reports.lock', '*.lock', '/dist', '/docs', '/examples'],
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
};
