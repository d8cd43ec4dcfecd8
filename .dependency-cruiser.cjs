/**
 * The import layers of pruning-gap-check, enforced (`npm run lint:layers`, and test/layout.test.ts in
 * `npm test`). Imports point down this list only; `properties/` is loaded by the runner at run time
 * (a dynamic import by path), never imported statically from `src/`.
 *
 *   L0  src/errors.ts, src/util/                      no project imports
 *   L1  src/exact, src/random                         kernels: exact numbers, seeded randomness
 *   L2  src/stats, src/chain, src/subsetSum,          kernels: the paper's objects and their exact
 *       src/model, src/decide, src/schema             decisions; the stored-file formats
 *   L3  src/claims, src/arbitraries, src/smt,         the claim kit: what a claim file is written with
 *       src/figures
 *   L4  properties/                                   the claims
 *   L5  src/runner                                    running claims: search, grid, tightness, SMT, verdicts
 *   L6  src/report, src/blueprint                     writing what a run found
 *   L7  src/cli, src/index.ts, src/cases.ts           commands and the public API (two entry points)
 *
 * Same-layer imports are allowed; cycles are not, anywhere.
 */
const layers = [
  ['^src/errors\\.ts$', '^src/util/'],
  ['^src/exact/', '^src/random/'],
  ['^src/stats/', '^src/chain/', '^src/subsetSum/', '^src/model/', '^src/decide/', '^src/schema/', '^src/generated/'],
  ['^src/claims/', '^src/arbitraries/', '^src/smt/', '^src/figures/'],
  ['^properties/'],
  ['^src/runner/'],
  ['^src/report/', '^src/blueprint/'],
  ['^src/cli/', '^src/index\\.ts$', '^src/cases\\.ts$'],
];
const above = (i) => layers.slice(i + 1).flat();
const upward = layers.slice(0, -1).map((paths, i) => ({
  name: `layer-${i}-imports-upward`,
  comment: `L${i} (${paths.join(', ')}) may import only from L0–L${i}`,
  severity: 'error',
  from: { path: paths },
  to: { path: above(i), dependencyTypesNot: ['dynamic-import'] },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'import cycles (type-only imports included)',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'src-imports-no-tests-or-tools',
      severity: 'error',
      comment: 'the product imports nothing from tests, benchmarks, scripts or examples',
      from: { path: '^(src|properties)/' },
      to: { path: '^(test|bench|scripts|examples)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'every import resolves to a file or an installed package',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|reports|docs|mutation)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    parser: 'swc',
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
