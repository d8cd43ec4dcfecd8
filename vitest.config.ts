import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { CostSequencer } from './test/costSequencer.js';

export default defineConfig({
  // claims written outside the repository (examples/external-claims) import the package by name
  resolve: { alias: { 'pruning-gap-check': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    // builds the compiled package once, in the background, for the process and package tests
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // worker threads, not child processes: cheaper start-up and module transfer (measured on npm test,
    // 2-core machine: 74 s of CPU and 40 s wall with threads against 79 s and 43 s with forks). No test
    // needs a process of its own: process-level behaviour (signals, exit codes, kills) is tested on
    // spawned processes, and the in-process command runs only replace process.stdout/stderr.write.
    pool: 'threads',
    maxWorkers: 2,
    // One module graph per worker, not per file: with isolation every test file re-imported the
    // claims, the exact layer and fast-check in a fresh process (measured: 90 s of CPU for the unit
    // files isolated against 34 s shared). No test relies on fresh module state (no mocks, no
    // global fast-check configuration); state that must be fresh lives inside the tests.
    isolate: false,
    // vite's transforms of the TypeScript modules, cached on disk between runs (keyed by each file's
    // path and content, the config, vitest's version and the lockfile): 3.3 s of transform and 4.2 s of
    // import fell to 0.9 s and 1.9 s per warm run (measured, npm test, 2-core machine). A clean
    // checkout starts without it (node_modules/.experimental-vitest-cache).
    experimental: { fsModuleCache: true },
    // longest file first, from committed hints: the same schedule on every machine (test/costSequencer.ts)
    sequence: { sequencer: CostSequencer },
  },
});
