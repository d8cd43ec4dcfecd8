/**
 * # Global set-up of `npm test`: the compiled package, built once per run
 *
 * The published command (`bin` → `dist/src/cli/main.js`) is the TypeScript compiler's output, so the
 * tests that start the command line as a separate process (signals, kills in the write phase, exit
 * codes) run that output, and the package test checks it. It is built here once, in the background
 * while the first test files run, into a fresh folder inside `node_modules/.cache` (so that the
 * compiled modules resolve the installed dependencies), and removed at the end of the run.
 *
 * Why not `node --import tsx src/cli/….ts` in each spawned process: tsx transpiles every module on
 * import through loader hooks, which cost 1.3–1.5 s of CPU per process against 0.55 s for the
 * compiled modules (measured on the check command), and the process tests start about twenty
 * processes. `npm run check` itself, which runs through tsx, is still started for real by the
 * npm signal tests in `reliability.test.ts`.
 *
 * The tests reach the build through {@link builtPackage} (`test/builtPackage.ts`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's compiled package; `<folder>.done` or `<folder>.failed` appear when tsc ends. */
    builtPackage: string;
  }
}

export default function setup(project: TestProject): () => void {
  const cache = resolve('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'pgc-test-build-'));
  project.provide('builtPackage', dir);
  let stderr = '';
  const tsc = spawn(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  tsc.stdout.on('data', (d) => (stderr += String(d)));
  tsc.stderr.on('data', (d) => (stderr += String(d)));
  // the marker is written whole and renamed, so a waiting test never reads half of it
  const mark = (name: string, text: string) => {
    writeFileSync(`${dir}.${name}.tmp`, text);
    renameSync(`${dir}.${name}.tmp`, `${dir}.${name}`);
  };
  tsc.on('error', (e) => mark('failed', `tsc could not start: ${e.message}`));
  tsc.on('exit', (code, signal) => (code === 0 ? mark('done', '') : mark('failed', `tsc exited with ${code ?? signal}:\n${stderr}`)));
  return () => {
    if (tsc.exitCode === null && tsc.signalCode === null) tsc.kill('SIGKILL');
    for (const p of [dir, `${dir}.done`, `${dir}.failed`]) rmSync(p, { recursive: true, force: true });
  };
}
