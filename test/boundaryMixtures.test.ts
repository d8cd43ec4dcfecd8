/**
 * # Object-level boundary mixtures and boundary tags
 *
 * - `boundaryTagsOf` walks arrays, plain objects, networks and targets, sorts and deduplicates,
 *   survives cycles and stops after a bounded number of objects; `tagBoundary` leaves primitives alone.
 * - Each object generator mixes in its boundary structures at the stated share (default 1/4,
 *   measured on 300 draws), reaches every structure it lists, and `boundary: 0` turns them off;
 *   a bad share is a typed error naming the API and `constraints.boundary`.
 * - Tags survive shrinking: every value fast-check tries while shrinking a failure of a boundary
 *   value still carries a tag, and a failure found on a structure shrinks to a tagged value.
 * - The point of it all: a wrong claim written only with the plain public generators (Lemma 2 under
 *   the output-ReLU reading A2, the missed claim) is refuted with the mixtures at every seed
 *   and (at these seeds) never without them, at the same seeds and runs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q, Rational } from '../src/exact/Rational.js';
import { Network, TargetNeuron } from '../src/model/Network.js';
import { boundaryTagsOf, tagBoundary, BOUNDARY_WALK_LIMIT } from '../src/arbitraries/boundaryTags.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import { NETWORK_STRUCTURES } from '../src/arbitraries/boundaryNetworkArb.js';
import { targetOnFamilyArb, windowArb } from '../src/arbitraries/targetArb.js';
import { unitVectorArb } from '../src/arbitraries/unitVectorArb.js';
import { chainArb } from '../src/arbitraries/chainArb.js';
import { pureDeathArb } from '../src/arbitraries/pureDeathArb.js';
import { subsetSumInstanceArb } from '../src/arbitraries/subsetSumInstanceArb.js';
import { binConfigArb } from '../src/arbitraries/binConfigArb.js';
import { extremalCaseArb, nearMissCaseArb } from '../src/arbitraries/extremalCaseArb.js';
import { brokenBinCaseArb } from '../src/arbitraries/brokenBinCaseArb.js';
import { a2LiftCaseArb } from '../src/arbitraries/a2LiftArb.js';
import { restrictNetwork } from '../src/model/family.js';
import { threePointError } from '../src/model/window.js';
import { relu } from '../src/model/relu.js';
import { InvalidParameterError } from '../src/errors.js';

const SEED = 20260302;
const sample = <T>(arb: fc.Arbitrary<T>, n: number, seed = SEED) => fc.sample(arb, { numRuns: n, seed });
const tagged = (xs: unknown[], prefix: string) =>
  xs.filter((x) => boundaryTagsOf(x).some((t) => t.startsWith(prefix))).length / xs.length;

describe('boundary tags', () => {
  it('collects the labels of nested arrays, plain objects, networks and targets, sorted and deduplicated', () => {
    const g = tagBoundary(new Network(2, [{ alpha: q(1), w: [q(1), q(0)] }]), 'network: b', 'network: a');
    const f = tagBoundary(new TargetNeuron([q(0), q(1)]), 'target: t* = 0');
    const input = { f, cases: [{ g }, tagBoundary({ x: 1 }, 'network: a')], n: 3, s: 'text' };
    expect(boundaryTagsOf(input)).toEqual(['network: a', 'network: b', 'target: t* = 0']);
    expect(boundaryTagsOf(tagBoundary(input, 'case'))).toEqual(['case', 'network: a', 'network: b', 'target: t* = 0']);
    expect(boundaryTagsOf(42)).toEqual([]);
    expect(tagBoundary(7, 'x')).toBe(7);
    expect(() => tagBoundary({}, '')).toThrow(/tagBoundary: parameter 'label'/);
  });
  it('survives cycles and stops after a bounded number of objects', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    tagBoundary(a, 'loop');
    expect(boundaryTagsOf(a)).toEqual(['loop']);
    const long = Array.from({ length: BOUNDARY_WALK_LIMIT + 50 }, (_, k) => tagBoundary({ k }, `l${k}`));
    expect(boundaryTagsOf(long).length).toBeLessThan(BOUNDARY_WALK_LIMIT);
  });
});

describe('object generators mix in their boundary structures', () => {
  const d = 3;
  const f = new TargetNeuron([q(3, 5), q(-4, 5), q(0)]);
  const cases: [string, fc.Arbitrary<unknown>, fc.Arbitrary<unknown>, string][] = [
    ['networkArb', networkArb({ d }), networkArb({ d, boundary: 0 }), 'network:'],
    ['targetOnFamilyArb', targetOnFamilyArb(), targetOnFamilyArb({ boundary: 0 }), 'target: boundary'],
    ['windowArb', windowArb(), windowArb({ boundary: 0 }), 'window: boundary'],
    ['unitVectorArb', unitVectorArb({ d }), unitVectorArb({ d, boundary: 0 }), 'unit vector:'],
    ['chainArb', chainArb(), chainArb({ boundary: 0 }), 'chain:'],
    ['pureDeathArb', pureDeathArb(), pureDeathArb({ boundary: 0 }), 'pure death:'],
    ['subsetSumInstanceArb', subsetSumInstanceArb(), subsetSumInstanceArb({ boundary: 0 }), 'subset sum:'],
    ['binConfigArb', binConfigArb(), binConfigArb({ boundary: 0 }), 'bins:'],
  ];
  for (const [name, mixed, plain, prefix] of cases)
    it(`${name}: about 1/4 of the draws are boundary structures; none with boundary: 0`, () => {
      const share = tagged(sample(mixed, 300), prefix);
      expect(share).toBeGreaterThan(0.15);
      expect(share).toBeLessThan(0.36);
      expect(tagged(sample(plain, 150), prefix)).toBe(0);
    });

  it('networkArb with a target reaches every listed structure', () => {
    const seen = new Set(
      sample(networkArb({ d, maxN: 6, near: { f, i: 1, delta: q(1, 4) }, boundary: 1 }), 800).flatMap((g) =>
        boundaryTagsOf(g),
      ),
    );
    expect([...NETWORK_STRUCTURES].filter((s) => !seen.has(s))).toEqual([]);
  });
  it('networkArb respects [minN, maxN] in its boundary part', () => {
    for (const g of sample(networkArb({ d, minN: 3, maxN: 3, near: { f, i: 1 }, boundary: 1 }), 300))
      expect(g.N).toBe(3);
    for (const g of sample(networkArb({ d, maxN: 0 }), 50)) expect(g.N).toBe(0);
  });
  it('targets and windows reach t* = 0, off-family κ < 1 of both signs, a* < 0, windows ending at ±1', () => {
    const seen = new Set(sample(windowArb({ boundary: 1 }), 800).flatMap((w) => boundaryTagsOf(w)));
    for (const s of [
      'target: t* = 0',
      'target: off-family κ < 1, a* > 0',
      'target: off-family κ < 1, a* < 0',
      'target: a* < 0',
      'window: end at ±1',
      'window: δ = (1 − |t*|)/2',
    ])
      expect(seen.has(s), s).toBe(true);
  });
  it('chains reach λ + μ = 1 everywhere, pure death, pure birth, absorbing states, ties; every boundary chain is valid', () => {
    const xs = sample(chainArb({ boundary: 1 }), 500);
    const seen = new Set(xs.flatMap((c) => boundaryTagsOf(c)));
    for (const s of [
      'chain: λ + μ = 1',
      'chain: pure death',
      'chain: pure birth',
      'chain: zero rates',
      'chain: tie',
      'chain: T = 1',
    ])
      expect(seen.has(s), s).toBe(true);
    for (const c of xs) {
      expect(c.lambda[c.T]!.isZero() && c.mu[0]!.isZero()).toBe(true);
      c.lambda.forEach((l, b) =>
        expect(l.sign() >= 0 && c.mu[b]!.sign() >= 0 && l.add(c.mu[b]!).le(Rational.ONE)).toBe(true),
      );
    }
  });
  it('the boundary generators of each object tag their values too (the built-in claims use them directly)', () => {
    for (const [arb, label] of [
      [extremalCaseArb(), 'network: extremal approximant'],
      [nearMissCaseArb(), 'network: near miss (breakpoints just inside the window)'],
      [brokenBinCaseArb(), 'bins: broken bin'],
      [a2LiftCaseArb(), 'network: A2 lift'],
    ] as const)
      for (const x of sample(arb as fc.Arbitrary<unknown>, 40))
        expect(
          boundaryTagsOf(x).some((t) => t.startsWith(label)),
          label,
        ).toBe(true);
  });
  it('a bad share is a typed error naming the API and constraints.boundary', () => {
    for (const bad of [-0.1, 1.5, Number.NaN, '1/4']) {
      expect(() => networkArb({ d: 2, boundary: bad as never })).toThrow(
        /networkArb: parameter 'constraints.boundary'/,
      );
      expect(() => windowArb({ boundary: bad as never })).toThrow(/windowArb: parameter 'constraints.boundary'/);
      expect(() => chainArb({ boundary: bad as never })).toThrow(InvalidParameterError);
    }
    expect(() => networkArb({ d: 2, near: { f, i: 1 } })).toThrow(/networkArb: parameter 'constraints.near.f'/);
  });
});

describe('tags survive shrinking', () => {
  it('every value tried while shrinking a boundary network carries its tag', () => {
    const tried: string[][] = [];
    const out = fc.check(
      fc.property(networkArb({ d: 2, maxN: 4, boundary: 1 }), (g) => {
        tried.push(boundaryTagsOf(g));
        return false;
      }),
      { seed: SEED, numRuns: 1 },
    );
    expect(out.failed).toBe(true);
    expect(tried.length).toBeGreaterThan(3);
    expect(tried.every((t) => t.length > 0)).toBe(true);
  });
  it('a failure found on a cancelling pair shrinks to a value still tagged as one', () => {
    const hasPair = (g: Network) =>
      g.neurons.some(
        (n, j) =>
          !n.alpha.isZero() &&
          g.neurons.some((m, k) => k !== j && m.alpha.eq(n.alpha.neg()) && m.w.every((v, l) => v.eq(n.w[l]!))),
      );
    const out = fc.check(
      fc.property(networkArb({ d: 2, maxN: 5 }), (g) => !hasPair(g)),
      { seed: SEED, numRuns: 500 },
    );
    expect(out.failed).toBe(true);
    expect(boundaryTagsOf(out.counterexample![0])).toContain('network: cancelling pair');
  });
});

describe('the demonstration: a wrong A2 claim written with the plain public generators', () => {
  /**
   * Lemma 2 read under A2 — "if the inner sum is affine on the window, then the three-point error of
   * σ(g) is ≥ κδ/4" — is false (E17); the external author wrote it with the public window and
   * network generators and it passed. Here it is written exactly so: `windowArb` and `networkArb`
   * told the target (`near`), nothing hand-made.
   */
  const wrongA2Claim = (boundary?: number) =>
    fc.property(
      windowArb({ maxD: 3, ...(boundary === undefined ? {} : { boundary }) }).chain((w) =>
        networkArb({ d: w.f.d, maxN: 4, near: w, ...(boundary === undefined ? {} : { boundary }) }).map((g) => ({
          ...w,
          g,
        })),
      ),
      ({ f, i, tStar, kappa, delta, g }) => {
        if (!restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta))) return true; // hypothesis not met
        return threePointError(f, (x) => relu(g.eval(x)), i, tStar, delta).ge(kappa.mul(delta).div(q(4)));
      },
    );
  it('is refuted at every seed with the mixtures and (almost) never without them (300 runs each)', () => {
    const seeds = [1, 2, 3];
    const withMix = seeds.filter((seed) => fc.check(wrongA2Claim(), { seed, numRuns: 300 }).failed).length;
    const without = seeds.filter((seed) => fc.check(wrongA2Claim(0), { seed, numRuns: 300 }).failed).length;
    expect(withMix).toBe(seeds.length);
    expect(without).toBeLessThanOrEqual(1); // 0 at these seeds; 4 of 20 seeds over 1..20
  });
  it('the refuting case is an A2 lift (its tags say which structure it came from)', () => {
    const out = fc.check(wrongA2Claim(), { seed: 1, numRuns: 300 });
    expect(out.failed).toBe(true);
    expect(
      boundaryTagsOf(out.counterexample![0]).some(
        (t) =>
          t.startsWith('network: A2 lift') ||
          t === 'network: linear inner sum' ||
          t === 'network: best affine on the window',
      ),
    ).toBe(true);
  });
});
