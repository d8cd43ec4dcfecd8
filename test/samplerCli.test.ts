/**
 * `check --sampler <1|2>`: the option is validated like every other (one line naming it and its
 * range, exit 2), a version-1 run draws from seedrandom's xor4096 in the forked workers too (its
 * statistical evidence differs from the default run's) and claims.json and summary.md record the
 * version; the process's default sampler is 2 again afterwards.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../src/cli/common.js';
import { runCheck } from '../src/cli/check.js';
import { SAMPLER_VERSION, useSamplerVersion } from '../src/random/SeededRng.js';
import { SAMPLER_ENV } from '../src/random/samplerVersion.js';

async function call(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const o = process.stdout.write.bind(process.stdout),
    e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((x: string | Uint8Array) => ((out += String(x)), true)) as typeof process.stdout.write;
  process.stderr.write = ((x: string | Uint8Array) => ((err += String(x)), true)) as typeof process.stderr.write;
  const env = process.env[SAMPLER_ENV];
  try {
    return { code: await execute(runCheck, argv), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
    useSamplerVersion(2); // this test file shares the process with others: back to the default
    if (env === undefined) delete process.env[SAMPLER_ENV];
    else process.env[SAMPLER_ENV] = env;
  }
}

const CLAIM = 'breakpoint_is_standard_cauchy';

describe('check --sampler', () => {
  it('a bad version is one line naming --sampler and its range, exit 2', async () => {
    for (const bad of ['0', '3', 'one', '1.5']) {
      const r = await call(['--sampler', bad, '--list']);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(`--sampler: expected an integer in [1, 2], got '${bad}'`);
    }
  });

  it('version 1 reaches the forked workers and is recorded; the default run records 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgc-sampler-'));
    try {
      const v1 = await call([
        '--claims',
        CLAIM,
        '--depth',
        'ci',
        '--sampler',
        '1',
        '--jobs',
        '1',
        '--out',
        join(dir, 'v1'),
      ]);
      expect(v1.code, v1.err).toBe(0);
      expect(SAMPLER_VERSION).toBe(2);
      const v2 = await call(['--claims', CLAIM, '--depth', 'ci', '--jobs', '0', '--out', join(dir, 'v2')]);
      expect(v2.code, v2.err).toBe(0);
      const read = (v: string) =>
        JSON.parse(readFileSync(join(dir, v, 'claims.json'), 'utf8')) as {
          settings: { samplerVersion: number };
          claims: { id: string; evidence: unknown }[];
        };
      const a = read('v1'),
        b = read('v2');
      expect(a.settings.samplerVersion).toBe(1);
      expect(b.settings.samplerVersion).toBe(2);
      expect(readFileSync(join(dir, 'v1', 'summary.md'), 'utf8')).toContain('sampler version 1.');
      const ev = (m: typeof a) => JSON.stringify(m.claims.find((c) => c.id === CLAIM)!.evidence);
      // other samples, other statistic: the worker drew from xor4096, not from the default sampler
      expect(ev(a)).not.toBe(ev(b));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
