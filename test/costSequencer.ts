/**
 * # The order the test files run in: longest first, from committed cost hints
 *
 * Main definitions: {@link CostSequencer} — vitest's sequencer with one change to the order: files
 * that failed in the previous local run still come first, then the files by their cost hint in
 * {@link FILE_COST}, longest first (the longest-processing-time rule for two workers), ties and
 * files without a hint by path.
 *
 * Implementation notes: vitest's own order is "longest first" by the durations of the previous local
 * run, and by file size where it has none. Both failed the half-minute run: a clean checkout (CI)
 * has no durations, and a filtered run (`vitest run -t …`) records near-zero durations for the files
 * it skipped, so the next full run started the 5 s SMT file last, alone on one core (measured: the
 * last 5 s of a 34.7 s run). Committed hints give every machine the same schedule. They only order
 * the files — what runs and what is asserted never depends on them — and a stale hint costs
 * time, not correctness.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

/**
 * Seconds per test file in a full `npm test` on the 2-core machine (wall time inside its worker,
 * measured 2026-11-26); a file without an entry counts as 0.2 s.
 */
export const FILE_COST: Readonly<Record<string, number>> = {
  'test/externalClaims.test.ts': 12.0,
  'test/claims.2.test.ts': 10.2,
  'test/reliability.test.ts': 9.9,
  'test/claims.3.test.ts': 6.0,
  'test/claims.1.test.ts': 6.0,
  'test/smt.test.ts': 5.0,
  'test/cli.test.ts': 4.0,
  'test/variants.test.ts': 2.7,
  'test/random.test.ts': 2.3,
  'test/unit/supAbsFast.test.ts': 2.1,
  'test/power.test.ts': 1.6,
  'test/unit/enclosures.test.ts': 1.6,
  'test/unit/subsetSums.test.ts': 1.6,
  'test/arbitraries.test.ts': 1.3,
  'test/unit/rawHits.test.ts': 1.3,
  'test/unit/cubeSup.test.ts': 1.2,
  'test/package.test.ts': 1.1,
  'test/figures.test.ts': 1.1,
  'test/kernels.test.ts': 0.9,
  'test/unit/stats.test.ts': 0.6,
};

/** vitest's sequencer, ordering by {@link FILE_COST} (see the module header). */
export class CostSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (f: TestSpecification) => relative(this.ctx.config.root, f.moduleId).split('\\').join('/');
    const failed = (f: TestSpecification) => cache.getFileTestResults(`${f.project.name}:${key(f)}`)?.failed === true;
    const cost = (f: TestSpecification) => FILE_COST[key(f)] ?? 0.2;
    return [...files].sort(
      (a, b) =>
        Number(failed(b)) - Number(failed(a)) || cost(b) - cost(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
    );
  }
}
