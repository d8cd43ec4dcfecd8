/**
 * The command line as a user meets it: every command has --help and one-line errors; check --list
 * --json; usage errors are one line and exit 2 with nothing overwritten; a replayed counterexample reproduces; a tampered one is refused; a sharded run
 * merged equals the unsharded run byte for byte; two runs with the same seed give identical
 * claims.json; a run killed halfway leaves the previous reports intact.
 */
import { describe, expect, it, afterAll } from 'vitest';
import { spawnSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ReportTransaction } from '../src/report/transaction.js';
import { execute, type CommandRun } from '../src/cli/common.js';
import { runCheck } from '../src/cli/check.js';
import { runMerge } from '../src/cli/merge.js';
import { runReplay } from '../src/cli/replay.js';
import { runChain } from '../src/cli/chain.js';
import { runList } from '../src/cli/list.js';
import { cliCommand } from './builtPackage.js';
import { removeTempDirs, tempDir } from './tempDir.js';

afterAll(removeTempDirs);

/** Run `pruning-gap-check <command> …args` as a process, from the compiled package (test/globalSetup.ts). */
async function run(command: string, args: string[]) {
  const r = spawnSync(process.execPath, await cliCommand(command, args), { encoding: 'utf8', timeout: 300_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const PATTERN = 'relu_*,network_*';

/** Run a command in-process through the CLI's wrapper, capturing stdout and stderr. */
async function call(run: CommandRun, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const o = process.stdout.write.bind(process.stdout),
    e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((x: string | Uint8Array) => ((out += String(x)), true)) as typeof process.stdout.write;
  process.stderr.write = ((x: string | Uint8Array) => ((err += String(x)), true)) as typeof process.stderr.write;
  try {
    return { code: await execute(run, argv), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

describe('one CLI style', () => {
  it.each([
    ['check', runCheck],
    ['merge', runMerge],
    ['replay', runReplay],
    ['chain', runChain],
    ['list', runList],
  ] as const)('%s --help prints its usage and exits 0', async (name, run) => {
    const r = await call(run, ['--help']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`Usage: .*${name}`));
  });

  it('an unknown option is one line, exit 2', async () => {
    for (const run of [runCheck, runMerge, runReplay, runChain]) {
      const r = await call(run, [...(run === runChain ? ['--T', '3'] : []), '--no-such-option']);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/unknown option '--no-such-option'/);
    }
  });

  it('check --list --json lists every claim with its metadata, as JSON', async () => {
    const r = await call(runCheck, ['--list', '--json']);
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out) as { id: string; expected: string; kind: string; statement: string }[];
    expect(list.length).toBeGreaterThanOrEqual(41);
    for (const c of list)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['id', 'expected', 'kind', 'statement', 'specRef', 'uses']),
      );
    const text = await call(runList, ['--claims', 'relu_*']);
    expect(
      text.out
        .trim()
        .split('\n')
        .every((l) => /^relu_\S+\t\S+\t(holds|refuted|open)$/.test(l)),
    ).toBe(true);
  });
});

describe('command line', () => {
  it.each([
    [['--claims', 'no_such_claim'], /matches no claim/],
    [['--shard', '0/2'], /--shard/],
    [['--shard', 'x'], /--shard/],
    [['--seed', '-5'], /--seed/],
    [['--runs', '0'], /--runs/],
    [['--depth', 'deep'], /--depth/],
  ])('check %j is one line, exit 2, nothing written', async (args, msg) => {
    // in-process through the CLI's own wrapper (the process wrapper is covered by the spawned case below)
    const out = tempDir('pgc-');
    const r = await call(runCheck, [...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(msg);
    expect(existsSync(join(out, 'claims.json'))).toBe(false);
  });

  it('as a process: a usage error is one line on stderr and exit status 2, nothing written', async () => {
    const out = tempDir('pgc-');
    const r = await run('check', ['--claims', 'no_such_claim', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/matches no claim/);
    expect(existsSync(join(out, 'claims.json'))).toBe(false);
  });

  it('sharded + merged equals unsharded, same seed twice is byte-identical, replay reproduces, tampering is refused', async () => {
    // run a is the published command (the compiled package, as a process) with its claims on two
    // forked workers; the other commands run in this process through the CLI's wrapper (--jobs 0),
    // so the comparison also shows published = source and forked = in-process
    const a = tempDir('pgc-a-');
    const b = tempDir('pgc-b-');
    const c = tempDir('pgc-c-');
    const common = ['--claims', PATTERN, '--depth', 'ci', '--seed', '7', '--smt-budget', '0']; // the SMT proofs are smt.test.ts's
    const ra = await run('check', [...common, '--out', a, '--jobs', '2']);
    expect(ra.code, ra.err).toBe(0);
    expect((await call(runCheck, [...common, '--out', b, '--jobs', '0'])).code).toBe(0);
    expect(readFileSync(join(a, 'claims.json'), 'utf8')).toBe(readFileSync(join(b, 'claims.json'), 'utf8'));
    expect((await call(runCheck, [...common, '--out', c, '--shard', '1/2', '--jobs', '0'])).code).toBe(0);
    expect((await call(runCheck, [...common, '--out', c, '--shard', '2/2', '--jobs', '0'])).code).toBe(0);
    const m = await call(runMerge, [
      join(c, 'shards', 'shard-1-of-2.json'),
      join(c, 'shards', 'shard-2-of-2.json'),
      '--out',
      c,
    ]);
    expect(m.code, m.err).toBe(0);
    for (const f of ['claims.json', 'summary.md', 'counterexamples/network_homogeneous_of_negative_scale.json'])
      expect(readFileSync(join(c, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
    expect((await call(runMerge, [join(c, 'shards', 'shard-1-of-2.json'), '--out', c])).err).toMatch(/missing shard/);

    const cex = join(a, 'counterexamples', 'network_homogeneous_of_negative_scale.json');
    const rp = await call(runReplay, [cex]);
    expect(rp.code).toBe(0);
    expect(rp.out).toMatch(/VIOLATED/);
    expect(rp.out).toMatch(/reproduced/);
    const tampered = join(a, 'tampered.json');
    writeFileSync(tampered, readFileSync(cex, 'utf8').replace('"-', '"-1'));
    const tr = await call(runReplay, [tampered]);
    expect(tr.code).toBe(2);
    expect(tr.err).toMatch(/checksum mismatch/);
    expect((await call(runReplay, [join(a, 'nope.json')])).code).toBe(2);
  });

  it('a run killed halfway leaves the previous reports intact', async () => {
    const out = tempDir('pgc-k-');
    cpSync('reports', out, {
      recursive: true,
      filter: (s) => !s.includes('shards') && !/(^|[/\\])reports[/\\]mutation$/.test(s),
    });
    const before = readFileSync(join(out, 'claims.json'), 'utf8');
    const child = spawn(
      process.execPath,
      await cliCommand('check', ['--out', out, '--depth', 'full', '--runs', '100000', '--jobs', '1']),
      { stdio: 'ignore' },
    );
    // killed once the run holds its folder and is running claims
    for (let t = 0; t < 600 && !existsSync(join(dirname(out), `.${basename(out)}.lock`)); t++)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(before);
    expect(JSON.parse(before).claims.length).toBeGreaterThan(0);
    // the next run takes over the dead run's lock and clears what it left beside the folder
    ReportTransaction.begin(out).abort();
    expect(readdirSync(dirname(out)).filter((f) => f.startsWith(`.${basename(out)}.`))).toEqual([]);
    expect(readFileSync(join(out, 'claims.json'), 'utf8')).toBe(before);
  });
});
