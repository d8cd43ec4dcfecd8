/**
 * # Global set-up of `npm test`: the compiled package
 *
 * The published command (`bin` → `dist/src/cli/main.js`) is the TypeScript compiler's output, so the
 * tests that start the command line as a separate process (signals, kills in the write phase, exit
 * codes) run that output, and the package test checks it. It is built here with
 * `tsc -p tsconfig.build.json` (what `npm run build` publishes), in the background while the first
 * test files run, into `node_modules/.cache/pgc-test-build/<key>` — inside the checkout, so that the
 * compiled modules resolve the installed dependencies.
 *
 * The key is a SHA-256 over everything the output depends on: the TypeScript version, the two
 * tsconfig files, package.json, package-lock.json and every file under `src/` and `properties/`
 * (path and content). A later run with the same key reuses the build (tsc costs ≈ 2.6 s of CPU);
 * any edit gives a new key and a fresh build, and older builds are removed. A build is renamed into
 * place only once tsc has succeeded, so a folder under its key is always complete.
 *
 * Why not `node --import tsx src/cli/….ts` in each spawned process: tsx transpiles every module on
 * import through loader hooks, which cost 1.3–1.5 s of CPU per process against 0.55 s for the
 * compiled modules (measured on the check command), and the process tests start about twenty
 * processes. `npm run check` itself, which runs through tsx, is still started for real by the
 * npm signal tests in `reliability.test.ts`.
 *
 * The tests reach the build through `builtPackage()` (`test/builtPackage.ts`).
 *
 * Temporary folders: the run's TMPDIR is a private folder beside the system's (one per checkout,
 * `pgc-test-tmp-<key>`), inherited by the test workers and every process they start. At the end,
 * anything left in it but the transform caches of spawned processes (`tsx-*`, kept so that the next
 * run starts warm) is a folder a test did not remove: it is listed, removed, and the run fails.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';
import { hashTree } from './hashTree.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled package: `dir` exists once the build is complete; `failed` holds tsc's output if it failed. */
    builtPackage: { dir: string; failed: string };
  }
}

/** SHA-256 (hex) over the inputs of the build. */
function buildKey(): string {
  const h = createHash('sha256');
  const add = (file: string) => h.update(`${file}\0`).update(readFileSync(file)).update('\0');
  h.update(JSON.parse(readFileSync('node_modules/typescript/package.json', 'utf8')).version as string);
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'])
    if (existsSync(f)) add(f);
  hashTree(h, 'src', 'src/');
  hashTree(h, 'properties', 'properties/');
  return h.digest('hex').slice(0, 20);
}

/** Point TMPDIR at the run's private folder; the returned check lists (and removes) what is left in it. */
function privateTmp(): () => void {
  const key = createHash('sha256').update(resolve('.')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `pgc-test-tmp-${key}`);
  mkdirSync(dir, { recursive: true });
  const stale = readdirSync(dir).filter((e) => !e.startsWith('tsx-'));
  for (const e of stale) rmSync(join(dir, e), { recursive: true, force: true }); // an interrupted earlier run
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
  return () => {
    const left = readdirSync(dir).filter((e) => !e.startsWith('tsx-'));
    for (const e of left) rmSync(join(dir, e), { recursive: true, force: true });
    if (left.length > 0)
      throw new Error(`the tests left ${left.length} temporary folder(s) behind: ${left.slice(0, 10).join(', ')}`);
  };
}

export default function setup(project: TestProject): () => Promise<void> {
  const checkTmp = privateTmp();
  const root = resolve('node_modules', '.cache', 'pgc-test-build');
  mkdirSync(root, { recursive: true });
  const key = buildKey();
  const dir = join(root, key);
  const failed = join(root, `${key}.failed-${process.pid}`);
  project.provide('builtPackage', { dir, failed });
  if (existsSync(dir)) return async () => checkTmp();

  const tmp = mkdtempSync(join(root, 'tmp-'));
  let output = '';
  const tsc = spawn(
    process.execPath,
    [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', tmp],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  tsc.stdout.on('data', (d) => (output += String(d)));
  tsc.stderr.on('data', (d) => (output += String(d)));
  // the failure note is written whole and renamed, so a waiting test never reads half of it
  const fail = (text: string) => {
    writeFileSync(`${failed}.tmp`, text);
    renameSync(`${failed}.tmp`, failed);
  };
  let stopping = false;
  tsc.on('error', (e) => fail(`tsc could not start: ${e.message}`));
  tsc.on('exit', (code, signal) => {
    if (stopping) return;
    if (code !== 0) return fail(`tsc exited with ${code ?? signal}:\n${output}`);
    try {
      renameSync(tmp, dir);
    } catch {
      // another run put the same build in place first
    }
    // builds of older sources
    for (const e of readdirSync(root))
      if (e !== key && !e.startsWith('tmp-')) rmSync(join(root, e), { recursive: true, force: true });
  });
  const closed = new Promise<void>((r) => tsc.once('close', () => r()));
  return async () => {
    // a run that needed no build (a filtered run) can end before tsc: stop it, and wait, so that no
    // file is written into the folder while it is removed
    if (tsc.exitCode === null && tsc.signalCode === null) {
      stopping = true;
      tsc.kill('SIGKILL');
    }
    await closed;
    rmSync(tmp, { recursive: true, force: true });
    rmSync(failed, { force: true });
    checkTmp();
  };
}
