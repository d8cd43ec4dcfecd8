/**
 * # The compiled package of this test run
 *
 * {@link builtPackage} waits for the build that `test/globalSetup.ts` provides (tsc with
 * `tsconfig.build.json`, the same build `npm run build` publishes) and returns its folder;
 * {@link cliCommand} gives the `node` arguments that start one of its commands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * The folder of the compiled package (`src/…`, `properties/…` as `.js` with declarations), once tsc
 * has finished.
 * @throws Error with tsc's output when the build failed, or after `timeoutMs` without a result
 */
export async function builtPackage(timeoutMs = 300_000): Promise<string> {
  const { dir, failed } = inject('builtPackage');
  const t0 = Date.now();
  for (;;) {
    if (existsSync(dir)) return dir;
    if (existsSync(failed)) throw new Error(`the compiled package could not be built: ${readFileSync(failed, 'utf8')}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`builtPackage: no build in ${dir} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Arguments for `spawn(process.execPath, …)` that run the published command
 * `pruning-gap-check <command> …args` from the compiled package (its `bin`, `src/cli/main.js`).
 */
export async function cliCommand(command: string, args: readonly string[]): Promise<string[]> {
  return [join(await builtPackage(), 'src', 'cli', 'main.js'), command, ...args];
}
