/**
 * The configuration grids of the statistical claims: declared, spanning the hypothesis, equal to
 * what runs — and a negative control that needs the spread.
 *
 * - For every statistical claim: a declared grid (`parameters`, `configurations`); every parameter
 *   not fixed by the statement takes at least two values and one away from its special value; a
 *   claim with a target parameter κ has a configuration with κ < 1 on a target off its family
 *   (ρ² < 1), one with d > 2, and both signs of w*_{2i−1} where it declares them.
 * - Running the claim (CI depth, few trials) goes through exactly the declared configurations, in
 *   order (`configurationsRun`), so the declaration cannot drift from the run.
 * - The wrong variant of T1-fixed that forgets κ (bound 8Nε/π) is refuted by the claim's grid, and
 *   holds on the configurations whose target lies on the family's coordinates (ρ² = 1) — the corner
 *   the grid used to be confined to.
 * - `defineClaim` rejects a malformed grid, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/runner/registry.js';
import { defineClaim, type Claim, type StatClaim, type StatConfiguration } from '../src/claims/defineClaim.js';
import { InvalidParameterError } from '../src/errors.js';
import { Rational } from '../src/exact/Rational.js';
import { runClaim } from '../src/runner/runClaim.js';
import { fixedTargetClaim, FIXED_TARGET_GRID } from '../properties/theorem1/approx_prob_le_hit_prob_of_fixed_target.js';

const claims: readonly Claim[] = await loadClaims();
const stat = claims.filter((c): c is StatClaim => c.kind === 'statistical');
const farDeadline = () => Date.now() + 300_000;

/** The values a configuration gives a parameter (a list is several values). */
const valuesOf = (k: StatConfiguration, name: string): string[] => {
  const v = k.params[name];
  return v === undefined ? [] : typeof v === 'string' ? [v] : [...v];
};
/** A grid value as a rational (`−` for the minus sign), or undefined when it is not one. */
const rat = (s: string): Rational | undefined => {
  try {
    return Rational.parse(s.replace('−', '-'));
  } catch {
    return undefined;
  }
};

describe('statistical claims: configuration grids', () => {
  it('there are the statistical claims of the four chapters', () => {
    expect(stat.length).toBeGreaterThanOrEqual(13);
  });

  for (const c of stat) {
    describe(c.id, () => {
      it('declares a grid that spans every parameter it names', () => {
        expect(c.parameters, 'parameters').toBeDefined();
        expect(c.configurations, 'configurations').toBeDefined();
        for (const p of c.parameters!) {
          const vals = new Set(c.configurations!.flatMap((k) => valuesOf(k, p.name)));
          if (p.fixedBy) continue;
          expect(
            vals.size,
            `${c.id}: parameter ${p.name} takes ≥ 2 values (${[...vals].join(', ')})`,
          ).toBeGreaterThanOrEqual(2);
          if (p.special)
            expect(
              [...vals].some((v) => v !== p.special),
              `${c.id}: ${p.name} is tested away from ${p.special}`,
            ).toBe(true);
        }
      });

      const names = new Set((c.parameters ?? []).map((p) => p.name));
      if (names.has('κ')) {
        it('tests a target off its family (κ < 1, ρ² < 1), d > 2, and both signs', () => {
          const ks = c.configurations!;
          const lt1 = (k: StatConfiguration, n: string) =>
            valuesOf(k, n).some((v) => rat(v)?.lt(Rational.ONE) === true);
          expect(
            ks.some((k) => lt1(k, 'κ') && (!names.has('ρ²') || lt1(k, 'ρ²'))),
            'κ < 1 off the family',
          ).toBe(true);
          expect(
            ks.some((k) => valuesOf(k, 'd').some((v) => Number(v) > 2)),
            'd > 2',
          ).toBe(true);
          if (names.has('sign')) expect(new Set(ks.flatMap((k) => valuesOf(k, 'sign')))).toEqual(new Set(['+', '−']));
        });
      }

      it('runs exactly the declared configurations, in order', () => {
        const out = c.run({ seed: 1, depth: 'ci', runs: 3, deadline: farDeadline() });
        expect(out.timedOut ?? false).toBe(false);
        expect(out.configurationsRun).toEqual(c.configurations!.map((k) => k.label));
      });
    });
  }
});

describe('negative control: T1-fixed with κ forgotten (8Nε/π)', () => {
  const onFamily = FIXED_TARGET_GRID.configurations.filter((k) => k.params['ρ²'] === '1').map((k) => k.label);

  it('the grid has targets on and off the family', () => {
    expect(onFamily.length).toBeGreaterThan(0);
    expect(onFamily.length).toBeLessThan(FIXED_TARGET_GRID.configurations.length);
  });

  it('is refuted by the claim’s grid (CI depth), by the tests of targets off the family', async () => {
    const wrong = fixedTargetClaim({ forgetKappa: true });
    const r = await runClaim(wrong, { seed: 20260302, depth: 'ci', budgetMs: 300_000 });
    expect(r.record.verdict).toBe('refuted');
    const tests = (r.record.evidence as { tests: { name: string; judgement: string }[] }).tests;
    const refuted = tests.filter((t) => t.judgement === 'refuted').map((t) => t.name);
    expect(refuted.length).toBeGreaterThan(0);
    for (const name of refuted) expect(name).not.toMatch(/^d = 2, /);
  }, 120_000);

  it('holds on the targets on the family (the corner the grid used to be confined to)', async () => {
    const wrong = fixedTargetClaim({ forgetKappa: true, configurations: onFamily });
    const r = await runClaim(wrong, { seed: 20260302, depth: 'ci', budgetMs: 300_000 });
    expect(r.record.verdict).toBe('holds');
  }, 120_000);
});

describe('defineClaim validates the grid', () => {
  const base = {
    id: 'grid_validation_example',
    specRef: 'test',
    paperRef: null,
    versions: ['v1'],
    readings: [],
    kind: 'statistical',
    statement: 'A statement for the validation test.',
    uses: [],
    expected: 'holds',
    alpha: '1/1000',
    run: () => ({ tests: [] }),
    check: () => [],
  } as const;
  const param = [{ name: 'd', description: 'dimension' }];
  const bad: [string, Record<string, unknown>][] = [
    ['configurations', { parameters: param }],
    ['parameters', { configurations: [{ label: 'a', params: { d: '2' } }] }],
    [
      'configurations[].label',
      {
        parameters: param,
        configurations: [
          { label: 'a', params: { d: '2' } },
          { label: 'a', params: { d: '3' } },
        ],
      },
    ],
    ['configurations.a.params', { parameters: param, configurations: [{ label: 'a', params: { d: '2', e: '1' } }] }],
    ['configurations.a.params.d', { parameters: param, configurations: [{ label: 'a', params: { d: [] } }] }],
    [
      'parameters.d.special',
      {
        parameters: [{ name: 'd', description: 'dimension', special: '' }],
        configurations: [{ label: 'a', params: { d: '2' } }],
      },
    ],
  ];
  for (const [field, extra] of bad)
    it(`names ${field}`, () => {
      let err: unknown;
      try {
        defineClaim({ ...base, ...extra } as unknown as StatClaim);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InvalidParameterError);
      expect((err as InvalidParameterError).parameter).toBe(field);
    });
  it('accepts a well-formed grid', () => {
    expect(() =>
      defineClaim({
        ...base,
        parameters: param,
        configurations: [{ label: 'a', params: { d: ['2', '3'] } }],
      } as unknown as StatClaim),
    ).not.toThrow();
  });
});
