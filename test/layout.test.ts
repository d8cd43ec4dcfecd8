/**
 * The house rules, as tests that can fail: the import layers point down only and no import cycle
 * exists (dependency-cruiser with `.dependency-cruiser.cjs`, which states the layers), and every
 * hand-written source file is formatted (Biome, `biome.json`). `npm run lint` runs the same two
 * checks; `npm run format` fixes the second.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);

function run(file: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('layout', () => {
  it('imports point down the layers of .dependency-cruiser.cjs, with no cycle', () => {
    const r = run(bin('dependency-cruiser', 'bin/dependency-cruise.mjs'), [
      'src',
      'properties',
      'bench',
      'scripts',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ]);
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.status).toBe(0);
  });
  it('every hand-written source file is formatted (biome format)', () => {
    const r = run(bin('@biomejs/biome', 'bin/biome'), ['format', '.', '--max-diagnostics=5']);
    expect(r.status, r.out).toBe(0);
  });
});
