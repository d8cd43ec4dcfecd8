/**
 * # `test.prop`: fast-check properties as vitest tests
 *
 * Main definitions: {@link test} (vitest's `test` plus `prop`), {@link it}, and fast-check as `fc`.
 *
 * `test.prop([arb₁, …, arbₖ], params?)(name, predicate, timeout?)` registers one vitest test that runs
 * `fc.assert(fc.asyncProperty(arb₁, …, arbₖ, predicate), { ...params, seed })` — the API and the test
 * names of `@fast-check/vitest` (`name (with seed=…)`), so a failing property reads the same and is
 * replayed the same way: `FC_SEED=<seed> npm test -- -t '<name>'` (fast-check's report also gives
 * the shrunk counterexample and its `path`).
 *
 * Seed: `params.seed`, else `FC_SEED`, else a global seed set with `fc.configureGlobal` (the
 * mutation run sets one), else a fresh 32-bit seed from the operating system's generator.
 *
 * Implementation notes — why this is hand-written instead of importing `@fast-check/vitest`: that
 * package builds, at import, an enriched copy of every chain of vitest's `test` modifiers
 * (`test.skip.concurrent.fails…`, every ordering), about 2 s of CPU each time a test worker
 * evaluates it (`@fast-check/vitest` 0.5.0 with vitest 4.1: 2.0–2.4 s for the bare import in node).
 * Measured on `npm test` (2-core machine, same tests, same claims, 2026-11-26): 79 s of CPU and 42 s
 * wall with the package, 69 s and 37 s with this file. Only the array form of `prop` is provided
 * (the only one the suite uses); vitest's per-test hooks are not re-run between the runs of one
 * property (no property test uses hooks).
 */
import { test as vtest } from 'vitest';
import fc from 'fast-check';
import { randomInt } from 'node:crypto';

export { fc };

/** The seed of a property test: explicit, `FC_SEED`, fast-check's global seed, or fresh. */
function seedFor(explicit: number | undefined): number {
  if (explicit !== undefined) return explicit;
  const env = process.env.FC_SEED;
  if (env !== undefined && env !== '') {
    const s = Number(env);
    if (!Number.isSafeInteger(s)) throw new Error(`test.prop: FC_SEED must be a safe integer, got '${env}'`);
    return s;
  }
  return fc.readConfigureGlobal().seed ?? randomInt(-(2 ** 31), 2 ** 31);
}

/**
 * A property over the values of `arbitraries`, as a vitest test.
 * @param arbitraries one arbitrary per argument of the predicate
 * @param params fast-check's run parameters (`numRuns`, `seed`, `examples`, …)
 * @returns the registrar: `(name, predicate, timeout?)`; the predicate fails the property by throwing
 *   (an `expect`) or by returning `false`
 */
function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  params?: fc.Parameters<Ts>,
) {
  if (!Array.isArray(arbitraries) || arbitraries.length === 0)
    throw new TypeError('test.prop: arbitraries must be a non-empty array of fast-check arbitraries');
  return (
    name: string,
    predicate: (...args: Ts) => boolean | void | Promise<boolean | void>,
    timeout?: number,
  ): void => {
    const seed = seedFor(params?.seed);
    const property = fc.asyncProperty(
      ...(arbitraries as unknown as [fc.Arbitrary<unknown>]),
      async (...args: unknown[]) => predicate(...(args as Ts)),
    );
    vtest(
      `${name} (with seed=${seed})`,
      () => fc.assert(property as unknown as fc.IAsyncProperty<Ts>, { ...params, seed }),
      timeout,
    );
  };
}

/** vitest's `test` with {@link prop}: `test.prop([arbs…], params?)(name, predicate, timeout?)`. */
export const test: typeof vtest & { readonly prop: typeof prop } = Object.assign(
  (...args: Parameters<typeof vtest>) => vtest(...args),
  {
    prop,
    skip: vtest.skip,
    only: vtest.only,
    todo: vtest.todo,
    each: vtest.each,
    concurrent: vtest.concurrent,
  },
) as unknown as typeof vtest & { readonly prop: typeof prop };

/** Same as {@link test}. */
export const it = test;
