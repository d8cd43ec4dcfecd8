/**
 * The certified threshold curve read back from a certificate folder (`src/decide/thresholdCurve.ts`)
 * and the claim `neuron_threshold_certified` on it, on a small committed subset (one seeded network,
 * its nine files, copied into a temporary folder):
 * - the subset verifies and re-derives the summary's intervals exactly;
 * - negative controls: a dual multiplier with its sign flipped, a witness with one neuron flipped (both
 *   re-checksummed, so only the exact proof check can catch them), an edited file (checksum), a
 *   missing listed file, a summary that states more than its certificates prove, a `__proto__` key —
 *   each is a failure naming the file, and the claim run on such a folder reads refuted;
 * - the exact range of the OLS slope over intervals.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { THRESHOLD_DIR, readCertificate, readThresholdSummary, thresholdDir } from '../src/decide/certificateFolder.js';
import { certifiedThresholdCurve } from '../src/decide/thresholdCurve.js';
import { makeNeuronCertificate, type NeuronCertificate } from '../src/decide/neuronCertificate.js';
import { parseStoredJson } from '../src/decide/parseStoredJson.js';
import { InvalidParameterError } from '../src/errors.js';
import claim, { runThresholdCurve, slopeRange } from '../properties/theorem1/neuron_threshold_certified.js';
import { defineClaim, type StatClaim } from '../src/claims/defineClaim.js';
import { combineJudgements } from '../src/stats/judge.js';
import { runClaim } from '../src/runner/runClaim.js';

const SEED = '20260302:gap:4';
const ctx = { seed: 20260302, depth: 'ci' as const, runs: 1, deadline: Date.now() + 600_000 };

/** A temporary folder with the committed files and summary rows of one seed. */
function subsetFolder(): { dir: string; files: string[] } {
  const src = thresholdDir();
  const summary = readThresholdSummary(src);
  const rows = summary.rows.filter((r) => r.seed === SEED);
  const dir = mkdtempSync(join(tmpdir(), 'pgc-threshold-'));
  const files = rows.flatMap((r) => r.files);
  for (const f of files) copyFileSync(join(src, f), join(dir, f));
  writeFileSync(join(dir, 'summary.json'), JSON.stringify({ ...summary, rows }, null, 1));
  return { dir, files };
}

/** Rewrite a certificate of the folder through `edit`, with a fresh checksum. */
function rewrite(
  dir: string,
  file: string,
  edit: (c: NeuronCertificate) => Omit<NeuronCertificate, 'sha256' | 'format'>,
): void {
  writeFileSync(join(dir, file), JSON.stringify(makeNeuronCertificate(edit(readCertificate(dir, file)))));
}

const strip = (c: NeuronCertificate): Omit<NeuronCertificate, 'sha256' | 'format'> => {
  const { sha256: _s, format: _f, ...body } = c;
  return body;
};

describe('certified threshold curve', () => {
  it('the committed folder is found from the module, and a one-seed subset re-derives its summary exactly', () => {
    expect(thresholdDir().replaceAll('\\', '/')).toMatch(new RegExp(`${THRESHOLD_DIR}$`));
    const { dir } = subsetFolder();
    try {
      const curve = certifiedThresholdCurve(dir);
      expect(curve.failures).toEqual([]);
      expect(curve.files).toBe(9);
      const summary = readThresholdSummary(dir);
      expect(curve.rows.map((r) => [r.eps, r.lo, r.hi, r.nLp])).toEqual(
        summary.rows.map((r) => [r.eps, r.lo, r.hi, r.nLp]),
      );
      expect(curve.rows.filter((r) => r.decided).map((r) => r.eps)).toEqual(['1/4', '1/8', '1/16']);
      const out = runThresholdCurve(ctx, dir);
      expect(combineJudgements(out.tests)).toBe('holds');
      expect(out.configurationsRun).toEqual(claim.configurations!.map((k) => k.label));
      expect(String((out.evidence as { verdictSentence: string }).verdictSentence)).toMatch(
        /^All 9 certificate files verify exactly/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const negatives: [string, (dir: string) => string, RegExp][] = [
    [
      'a dual multiplier with its sign flipped (re-checksummed)',
      (dir) => {
        const f = '20260302_gap_4-eps1_16-n33-no.json';
        rewrite(dir, f, (c) => {
          const tree = [...c.tree!];
          const i = tree.findIndex((t) => typeof t === 'string' && /^\d+:-?\d+$/.test(t));
          const [v, k] = (tree[i] as string).split(':');
          tree[i] = `${v}:${-BigInt(k!)}`;
          return { ...strip(c), tree };
        });
        return f;
      },
      /does not exceed/,
    ],
    [
      'a witness with one neuron flipped (re-checksummed)',
      (dir) => {
        const f = '20260302_gap_4-eps1_16-n34-yes.json';
        rewrite(dir, f, (c) => {
          const S = c.S!.includes(0) ? c.S!.filter((j) => j !== 0) : [0, ...c.S!];
          return { ...strip(c), S };
        });
        return f;
      },
      /exact error/,
    ],
    [
      'an edited file (checksum)',
      (dir) => {
        const f = '20260302_gap_4-eps1_8-n15-yes.json';
        const text = readFileSync(join(dir, f), 'utf8').replace('"nodes":', '"nodes":1');
        writeFileSync(join(dir, f), text);
        return f;
      },
      /sha256|checksum/,
    ],
    [
      'a listed file that is missing',
      (dir) => {
        const f = '20260302_gap_4-eps1_32-n46-no.json';
        rmSync(join(dir, f));
        return f;
      },
      /missing/,
    ],
    [
      'a summary that states more than the certificates prove',
      (dir) => {
        const s = readThresholdSummary(dir);
        const rows = s.rows.map((r) => (r.eps === '1/32' ? { ...r, lo: r.lo + 1 } : r));
        writeFileSync(join(dir, 'summary.json'), JSON.stringify({ ...s, rows }));
        return 'summary.json';
      },
      /the summary states \[48, ∞\)/,
    ],
    [
      'a __proto__ key in a certificate',
      (dir) => {
        const f = '20260302_gap_4-eps1_4-n15-yes.json';
        writeFileSync(
          join(dir, f),
          readFileSync(join(dir, f), 'utf8').replace('{"format"', '{"__proto__":{"x":1},"format"'),
        );
        return f;
      },
      /__proto__/,
    ],
  ];
  for (const [what, corrupt, reason] of negatives)
    it(`negative control: ${what} is a failure naming the file, and the claim reads refuted`, async () => {
      const { dir } = subsetFolder();
      try {
        const file = corrupt(dir);
        const curve = certifiedThresholdCurve(dir);
        const hit = curve.failures.find((f) => f.file === file);
        expect(hit, JSON.stringify(curve.failures)).toBeDefined();
        expect(hit!.reason).toMatch(reason);
        const wrong = defineClaim<StatClaim<null>>({
          ...(claim as StatClaim<null>),
          id: 'neuron_threshold_certified_on_a_corrupted_folder',
          run: (c) => runThresholdCurve(c, dir),
        });
        const r = await runClaim(wrong, { seed: 20260302, depth: 'ci', runs: 1, budgetMs: 120_000 });
        expect(r.record.verdict).toBe('refuted');
        expect(JSON.stringify(r.record.evidence)).toContain(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

  it('parseStoredJson rejects prototype keys and bad JSON, naming the source', () => {
    expect(() => parseStoredJson('{"a":{"constructor":1}}', 'x.json')).toThrow(InvalidParameterError);
    expect(() => parseStoredJson('{"a":', 'x.json')).toThrow(/x\.json/);
    expect(parseStoredJson('{"a":[1,{"b":"prototypes"}]}', 'x.json')).toEqual({ a: [1, { b: 'prototypes' }] });
  });

  it('slopeRange: the OLS slope when the intervals are points, unbounded above with an open interval at the largest x', () => {
    const xs = [2, 3, 4];
    expect(slopeRange(xs, [1, 2, 3], [1, 2, 3])).toEqual([1, 1]);
    const [lo, hi] = slopeRange(xs, [1, 2, 3], [1, 2, Infinity]);
    expect(lo).toBe(1);
    expect(hi).toBe(Infinity);
    // y_1 ∈ [1, 2] at the smallest x lowers the least slope: (3 − 2)/2
    expect(slopeRange(xs, [1, 2, 3], [2, 2, 3])[0]).toBe(0.5);
  });
});
