/**
 * The runner's evidence rules on small synthetic claims with known answers: cases that miss the
 * hypothesis never count as passes (n counts the cases that met it; too few within 10·n draws ⇒
 * inconclusive, filtered too much); boundary tags are counted; a bounded-exhaustive grid finds a
 * counterexample of measure zero that sampling misses; tightness probes report "tight to 1 %" for a
 * constant attained by the generator and not for one with slack; an `open` claim never reads
 * "holds"; a refuted statistical test leaves a replayable configuration; stored counterexamples do
 * not change the verdict record.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineClaim, type ExactClaim, type StatClaim } from '../src/claims/defineClaim.js';
import { rel } from '../src/claims/Relation.js';
import { runClaim } from '../src/runner/runClaim.js';
import { mainCounterexample } from '../src/runner/record.js';
import { maxDraws } from '../src/runner/verdict.js';
import { tagBoundary } from '../src/arbitraries/boundaryTags.js';
import { Rational, q } from '../src/exact/Rational.js';
import { Interval } from '../src/exact/Interval.js';
import { judgeProportionEquals } from '../src/stats/judge.js';
import { canonicalJSON, type Json } from '../src/claims/codec.js';

const meta = {
  paperRef: null,
  specRef: 'test',
  versions: ['v3'] as const,
  readings: [],
  statement: 'a synthetic claim of the runner tests',
  uses: [],
};

/** x ≥ c·y on x = y·(1 + s), s ∈ {0} ∪ [1/10, 1]: equality at s = 0 (generated in about half the cases). */
function scaledClaim(c: Rational, tightGen: boolean, id = 'synthetic_ge') {
  return defineClaim<ExactClaim<{ y: Rational; s: Rational }>>({
    ...meta,
    versions: ['v3'],
    id,
    kind: 'exact-forall',
    expected: 'holds',
    numRuns: { ci: 200, full: 200 },
    constants: [{ name: 'c', value: c, falseSide: 'up', tight: tightGen, description: 'the constant c in x ≥ c·y' }],
    arbitrary: () =>
      fc.record({
        y: fc.integer({ min: 1, max: 100 }).map((n) => q(n)),
        s: tightGen
          ? fc.oneof(
              fc.constant(Rational.ZERO),
              fc.integer({ min: 10, max: 100 }).map((n) => q(n, 100)),
            )
          : fc.integer({ min: 50, max: 100 }).map((n) => q(n, 100)),
      }),
    check: ({ y, s }, k) => [rel('x', y.mul(Rational.ONE.add(s)), '>=', 'c·y', (k?.c ?? c).mul(y))],
  });
}

describe('runner evidence rules', () => {
  it('cases that miss the hypothesis are not passes: n not reached within 10·n draws ⇒ inconclusive (filtered too much)', async () => {
    const claim = defineClaim<ExactClaim<number>>({
      ...meta,
      versions: ['v3'],
      id: 'synthetic_rarely_met',
      kind: 'exact-forall',
      expected: 'holds',
      numRuns: { ci: 300, full: 300 },
      arbitrary: () => fc.integer({ min: 0, max: 999 }),
      hypothesis: (n) => n === 7,
      check: (n) => [rel('n', q(n), '=', '7', q(7))],
    });
    const r = await runClaim(claim, { seed: 1, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('inconclusive');
    expect(String(r.record.verdictText)).toMatch(
      /^inconclusive \(filtered too much: \d+ of \d+ draws met the hypothesis\)$/,
    );
    const ev = r.record.evidence as {
      numRuns: number;
      hypothesis: { met: number; draws: number; maxDraws: number; filteredTooMuch: boolean };
    };
    expect(ev.numRuns).toBe(300);
    // it stops after 9·n draws that missed the hypothesis: at most 10·n draws in all
    expect(ev.hypothesis.draws).toBe(ev.hypothesis.met + 9 * 300);
    expect(ev.hypothesis.draws).toBeLessThanOrEqual(maxDraws(300));
    expect(ev.hypothesis.maxDraws).toBe(3000);
    expect(ev.hypothesis.met).toBeLessThan(300);
    expect(ev.hypothesis.filteredTooMuch).toBe(true);
  });

  it('n counts the cases that met the hypothesis, not the draws: a small claim with a selective hypothesis holds', async () => {
    // about one draw in four meets the hypothesis; 30 cases must meet it (the old rule needed 100 of 30)
    const claim = defineClaim<ExactClaim<{ n: number }>>({
      ...meta,
      versions: ['v3'],
      id: 'synthetic_small_selective',
      kind: 'exact-forall',
      expected: 'holds',
      numRuns: { ci: 30, full: 30 },
      arbitrary: () =>
        fc
          .integer({ min: 0, max: 99 })
          .map((n) => (n % 4 === 3 ? tagBoundary({ n }, 'three mod four', 'selected') : { n })),
      hypothesis: ({ n }) => n % 4 === 3,
      check: ({ n }) => [rel('n mod 4', q(n % 4), '=', '3', q(3))],
    });
    const r = await runClaim(claim, { seed: 5, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('holds');
    const ev = r.record.evidence as {
      numRuns: number;
      hypothesis: { met: number; draws: number; filteredTooMuch: boolean };
      boundaryHits: { label: string; cases: number }[];
    };
    expect(ev.hypothesis.met).toBe(30);
    expect(ev.hypothesis.draws).toBeGreaterThan(30);
    expect(ev.hypothesis.draws).toBeLessThanOrEqual(300);
    expect(ev.hypothesis.filteredTooMuch).toBe(false);
    expect(String(r.record.verdictText)).toBe(`holds (30 of ${ev.hypothesis.draws} draws met the hypothesis)`);
    // every met case carries both tags; untagged draws never met the hypothesis
    expect(ev.boundaryHits).toEqual([
      { label: 'selected', cases: 30 },
      { label: 'three mod four', cases: 30 },
    ]);
  });

  it('an empty relation list counts as a missed hypothesis', async () => {
    const claim = defineClaim<ExactClaim<number>>({
      ...meta,
      versions: ['v3'],
      id: 'synthetic_empty_relations',
      kind: 'exact-forall',
      expected: 'holds',
      numRuns: { ci: 200, full: 200 },
      arbitrary: () => fc.integer({ min: 0, max: 9 }),
      check: () => [],
    });
    const r = await runClaim(claim, { seed: 1, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('inconclusive');
  });

  it('holds reports "k of n met the hypothesis"', async () => {
    const r = await runClaim(scaledClaim(Rational.ONE, true), { seed: 2, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('holds');
    expect(String(r.record.verdictText)).toBe('holds (200 of 200 draws met the hypothesis)');
    expect((r.record.evidence as { closestCase: { ratio: string } }).closestCase.ratio).toBe('1/1');
  });

  it('a constant attained by the generator is "tight to 1 %", with a certificate that violates the perturbed claim', async () => {
    const r = await runClaim(scaledClaim(Rational.ONE, true), { seed: 3, depth: 'ci', budgetMs: 60_000 });
    const t = (r.record.tightness as { name: string; result: string; eta: string; counterexample: string }[])[0]!;
    expect(t.result).toBe('tight to 1 %');
    expect(t.eta).toBe('1/100');
    const file = r.counterexamples.find((c) => c.name === 'synthetic_ge.tight.c')!;
    expect(file.file.constants).toEqual({ c: '101/100' });
    expect(file.file.violated).toMatchObject({ holds: false });
  });

  it('a constant with slack is not reported tight: the smallest refuted perturbation is named', async () => {
    // x ≥ 1·y with x ≥ 1.5·y always: 1 % and 10 % survive, 2× is refuted
    const r = await runClaim(scaledClaim(Rational.ONE, false, 'synthetic_slack'), {
      seed: 4,
      depth: 'ci',
      budgetMs: 60_000,
    });
    const t = (r.record.tightness as { result: string; eta: string }[])[0]!;
    expect(t.result).toBe('perturbed by 2× refuted (not by 1 %)');
    expect(t.eta).toBe('1/1');
  });

  it('the bounded-exhaustive grid finds a counterexample of measure zero that sampling misses', async () => {
    // "x ≠ 1/3" over x drawn from dyadics: false only at 1/3, which the generator never produces
    const claim = defineClaim<ExactClaim<Rational>>({
      ...meta,
      versions: ['v3'],
      id: 'synthetic_measure_zero',
      kind: 'exact-forall',
      expected: 'holds',
      numRuns: { ci: 200, full: 200 },
      arbitrary: () => fc.integer({ min: -64, max: 64 }).map((n) => q(n, 64)),
      exhaustive: { domain: '{k/6 : k = 0..6}', inputs: () => Array.from({ length: 7 }, (_, k) => q(k, 6)) },
      check: (x) => [rel('x', x, '!=', '1/3', q(1, 3))],
    });
    const r = await runClaim(claim, { seed: 5, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('refuted');
    expect(mainCounterexample(r)!.source).toBe('exhaustive');
    expect(mainCounterexample(r)!.input).toBe('1/3');
  });

  it('an exhaustive grid that holds is reported complete', async () => {
    const base = scaledClaim(Rational.ONE, true, 'synthetic_grid_ok');
    const claim = defineClaim<ExactClaim<{ y: Rational; s: Rational }>>({
      ...base,
      exhaustive: {
        domain: 'y ∈ {1,2,3} × s ∈ {0, 1/2}',
        inputs: () => [1, 2, 3].flatMap((y) => [Rational.ZERO, q(1, 2)].map((s) => ({ y: q(y), s }))),
      },
    });
    const r = await runClaim(claim, { seed: 6, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('holds');
    expect(String(r.record.verdictText)).toContain('all 6 inputs of the exhaustive grid');
  });

  it('stored counterexamples are re-run apart and do not change the record', async () => {
    const claim = scaledClaim(Rational.ONE, true, 'synthetic_pinned');
    const a = await runClaim(claim, { seed: 7, depth: 'ci', budgetMs: 60_000 });
    const b = await runClaim(claim, { seed: 7, depth: 'ci', budgetMs: 60_000, pinned: [{ y: q(3), s: q(1, 2) }] });
    expect(canonicalJSON(b.record as unknown as Json)).toBe(canonicalJSON(a.record as unknown as Json));
    expect(b.regression).toEqual({ stored: 1, stillRefuting: 0 });
  });

  it('a stored counterexample that still refutes a claim the search misses is reported, not dropped', async () => {
    const claim = defineClaim<ExactClaim<Rational>>({
      ...meta,
      versions: ['v3'],
      id: 'synthetic_pinned_refutes',
      kind: 'exact-forall',
      expected: 'holds',
      numRuns: { ci: 200, full: 200 },
      arbitrary: () => fc.integer({ min: -64, max: 64 }).map((n) => q(n, 64)),
      check: (x) => [rel('x', x, '!=', '1/3', q(1, 3))],
    });
    const r = await runClaim(claim, { seed: 8, depth: 'ci', budgetMs: 60_000, pinned: [q(1, 3)] });
    expect(r.record.verdict).toBe('refuted');
    expect(mainCounterexample(r)!.source).toBe('pinned');
  });

  const coin = (claimed: Rational, expected: 'holds' | 'refuted' | 'open', id: string) =>
    defineClaim<StatClaim<null>>({
      ...meta,
      versions: ['v3'],
      id,
      kind: 'statistical',
      expected,
      alpha: '1/1000',
      check: () => [],
      run: (ctx) => {
        // a deterministic "coin" with frequency exactly 1/2 over n = 4000 trials, from the seed
        let k = 0;
        const n = 4000;
        let x = ctx.seed >>> 0;
        for (let i = 0; i < n; i++) {
          x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
          if (x >>> 31 === 1) k++;
        }
        return {
          tests: [judgeProportionEquals('coin', k, n, Interval.point(claimed), q(1, 1000), q(1, 10))],
          evidence: { verdictSentence: 'the encoded conditions force nothing more' },
        };
      },
    });

  it('an open claim that is not refuted reads "not decided", never "holds"', async () => {
    const r = await runClaim(coin(q(1, 2), 'open', 'synthetic_open'), { seed: 9, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('open');
    expect(r.record.asExpected).toBe(true);
    expect(String(r.record.verdictText)).toBe(
      'not decided (open): not refuted; the encoded conditions force nothing more',
    );
  });

  it('a refuted statistical test leaves its seed and configuration in a counterexample file', async () => {
    const r = await runClaim(coin(q(3, 5), 'holds', 'synthetic_coin'), { seed: 10, depth: 'ci', budgetMs: 60_000 });
    expect(r.record.verdict).toBe('refuted');
    const f = mainCounterexample(r)!;
    expect(f.source).toBe('statistical');
    expect(f.statistical).toMatchObject({
      depth: 'ci',
      runs: null,
      tests: [{ name: 'coin', n: 4000, judgement: 'refuted' }],
    });
    const again = await runClaim(coin(q(3, 5), 'holds', 'synthetic_coin'), { seed: 10, depth: 'ci', budgetMs: 60_000 });
    expect(mainCounterexample(again)!.statistical).toEqual(f.statistical);
  });
});
