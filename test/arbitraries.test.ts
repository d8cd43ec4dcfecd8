/**
 * The boundary generators (src/arbitraries/: boundaryTargetArb, boundaryWindowArb, extremalCaseArb,
 * brokenBinCaseArb, hatCaseArb, approxCaseArb, negativeScaleArb, specialNetworks2d, extremal, dyadicArb): the extremal
 * approximant is exactly the equality case of E5, E7, E10 and the near-equality case of E9; the claim
 * generators put a substantial share of their cases at or next to equality and meet their hypotheses
 * by construction; generated values shrink to short dyadic fractions; bad constraints are rejected.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Rational, q } from '../src/exact/Rational.js';
import { relationHolds, type Relation } from '../src/claims/Relation.js';
import type { ExactClaim } from '../src/claims/defineClaim.js';
import { approxError } from '../src/model/cubeSup.js';
import { breakpoint, restrictError, restrictNetwork } from '../src/model/family.js';
import { threePointError } from '../src/model/window.js';
import { normSquared } from '../src/model/unitVector.js';
import { InvalidParameterError } from '../src/errors.js';
import { dyadicArb, gaussianDyadicArb } from '../src/arbitraries/dyadicArb.js';
import { networkArb } from '../src/arbitraries/networkArb.js';
import {
  extremalOnWindow,
  familyUnitTarget,
  overhangApproximant,
  targetWindowData,
  unitTargetWithBreakpoint,
} from '../src/arbitraries/extremal.js';
import { windowHit } from '../src/model/window.js';
import { brokenBinHypothesis } from '../src/claims/relations/brokenBinHypothesis.js';
import { approxGrid, approxNearMissArb } from '../src/arbitraries/approxCaseArb.js';
import {
  brokenBinCaseArb,
  brokenBinGrid,
  isBrokenCase,
  brokenBinNearMissArb,
} from '../src/arbitraries/brokenBinCaseArb.js';
import {
  extremalCaseArb,
  extremalGrid,
  nearMissCaseArb,
  windowOverhangArb,
} from '../src/arbitraries/extremalCaseArb.js';
import { hatGrid, hatNearMissArb } from '../src/arbitraries/hatCaseArb.js';
import { SPECIAL_T, SPECIAL_U } from '../src/arbitraries/boundaryTargetArb.js';
import { windowGrid } from '../src/arbitraries/boundaryWindowArb.js';
import { cubeSupGrid, familyRestrictGrid, homogeneityGrid, pruningGrid } from '../src/arbitraries/specialNetworks2d.js';
import { negativeScaleArb } from '../src/arbitraries/negativeScaleArb.js';
import e5 from '../properties/lower-bound/approx_error_ge_quarter_kink_of_affine.js';
import e7 from '../properties/lower-bound/breakpoint_near_target_of_approx.js';
import e9 from '../properties/lower-bound/not_approx_of_broken_bin.js';
import e10 from '../properties/lower-bound/hat_certificate_of_not_approx.js';

const SEED = 20260311;

describe('extremal approximant', () => {
  test('is the equality case of E5, E7 and E10 on every special family-supported window', () => {
    let n = 0;
    for (const u of SPECIAL_U)
      for (const negate of [false, true])
        for (const [d, i] of [
          [2, 1],
          [4, 2],
        ] as const) {
          const f = familyUnitTarget(d, i, u, negate);
          const { tStar, kappa } = targetWindowData(f, i);
          const room = Rational.ONE.sub(tStar.abs());
          for (const delta of [room, room.div(q(2)), q(1, 64).min(room)]) {
            const g = extremalOnWindow(f, i, delta);
            const eq = kappa.mul(delta).div(q(4));
            expect(approxError(f, g).value.eq(eq)).toBe(true); // exact sup over the cube
            expect(threePointError(f, (x) => g.eval(x), i, tStar, delta).eq(eq)).toBe(true); // E5 equality
            expect(
              restrictError(f, g, i)
                .hatSum(tStar, delta)
                .abs()
                .eq(eq.mul(q(4))),
            ).toBe(true); // E10 equality
            expect(restrictNetwork(g, i).isAffineOn(tStar.sub(delta), tStar.add(delta))).toBe(true);
            const nearest = g.neurons
              .map((nn) => breakpoint(nn.w, i))
              .filter((t): t is Rational => t !== undefined)
              .map((t) => t.sub(tStar).abs())
              .reduce((a, b) => a.min(b));
            expect(nearest.eq(eq.mul(q(4)).div(kappa))).toBe(true); // E7: distance exactly r = 4ε/κ
            n++;
          }
        }
    expect(n).toBe(SPECIAL_U.length * 2 * 2 * 3);
  });

  test('unitTargetWithBreakpoint hits every special t exactly with a unit vector', () => {
    for (const t of SPECIAL_T)
      for (const [d, i] of [
        [3, 1],
        [4, 2],
      ] as const) {
        const f = unitTargetWithBreakpoint(d, i, t, t.sign() < 0);
        expect(normSquared(f.w).eq(Rational.ONE)).toBe(true);
        expect(targetWindowData(f, i).tStar.eq(t)).toBe(true);
      }
    expect(() => unitTargetWithBreakpoint(2, 1, q(1, 2))).toThrow(InvalidParameterError);
    expect(unitTargetWithBreakpoint(2, 1, q(3, 4)).w.map(String)).toEqual(['4/5', '-3/5']);
  });
});

/** The share of sampled cases that meet the hypothesis, and that lie within 1 % of equality. */
function shares(claim: ExactClaim<any>, n: number): { met: number; near: number } {
  let met = 0;
  let near = 0;
  for (const x of fc.sample(claim.arbitrary(), { numRuns: n, seed: SEED })) {
    if (claim.hypothesis && claim.hypothesis(x) === false) continue;
    const rs: Relation[] = claim.check(x);
    if (rs.length === 0) continue;
    met++;
    expect(rs.every(relationHolds)).toBe(true);
    const close = rs.some((r) => {
      if (typeof r.lhs === 'boolean' || typeof r.rhs === 'boolean' || r.rhs.isZero()) return false;
      const ratio = r.lhs.div(r.rhs);
      return ratio.ge(q(100, 101)) && ratio.le(q(101, 100));
    });
    if (close) near++;
  }
  return { met: met / n, near: near / n };
}

describe('claim generators reach the boundary', () => {
  test('E5: ≥ 65 % of the cases meet the hypothesis (the rest are near misses), ≥ 10 % within 1 % of κδ/4', () => {
    const s = shares(e5, 300);
    expect(s.met).toBeGreaterThanOrEqual(0.65);
    expect(s.near).toBeGreaterThanOrEqual(0.1);
  });
  test('E9: ≥ 1/2 meet the hypothesis and margin, ≥ 5 % within 1 % of the equality sup = ε', () => {
    const s = shares(e9, 300);
    expect(s.met).toBeGreaterThanOrEqual(0.5);
    expect(s.near).toBeGreaterThanOrEqual(0.05);
  });
  test('E10: ≥ 1/2 meet the hypothesis, ≥ 5 % within 1 % of sup = ε', () => {
    const s = shares(e10, 200);
    expect(s.met).toBeGreaterThanOrEqual(0.5);
    expect(s.near).toBeGreaterThanOrEqual(0.05);
  });
  test('E7: ≥ 1/2 of the cases meet the hypothesis (was ~1 in 5)', () => {
    expect(shares(e7, 200).met).toBeGreaterThanOrEqual(0.5);
  });
  test('E5 and E9: with the constant moved 1 % to its false side, the generator finds a violation', () => {
    const find = (claim: ExactClaim<any>, c: Rational) =>
      fc
        .sample(claim.arbitrary(), { numRuns: 300, seed: SEED })
        .some((x) => (!claim.hypothesis || claim.hypothesis(x)) && !claim.check(x, { c }).every(relationHolds));
    expect(find(e5, q(101, 400))).toBe(true);
    expect(find(e9, q(400, 101))).toBe(true);
    expect(find(e5, q(100, 404))).toBe(false); // weaker constant: still true
  });
});

describe('hypotheses hold by construction', () => {
  test('extremalCaseArb with affine: true is affine on its window', () => {
    fc.assert(
      fc.property(extremalCaseArb({ affine: true }), (c) =>
        restrictNetwork(c.g, c.i).isAffineOn(c.tStar.sub(c.delta), c.tStar.add(c.delta)),
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
  test('nearMissCaseArb is never affine on its window (a breakpoint just inside)', () => {
    fc.assert(
      fc.property(
        nearMissCaseArb(),
        (c) => !restrictNetwork(c.g, c.i).isAffineOn(c.tStar.sub(c.delta), c.tStar.add(c.delta)),
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
  test('brokenBinCaseArb: bin k is broken and contains t*; windows fit in [−1, 1]', () => {
    fc.assert(fc.property(brokenBinCaseArb(), isBrokenCase), { seed: SEED, numRuns: 200 });
    for (const w of windowGrid()) expect(w.tStar.abs().add(w.delta).le(Rational.ONE)).toBe(true);
  });
  test('the grids are small, and their equality cases are there', () => {
    expect(extremalGrid().length).toBeLessThanOrEqual(400);
    expect(brokenBinGrid().length).toBeLessThanOrEqual(400);
    expect(hatGrid().length).toBeLessThanOrEqual(400);
    expect(approxGrid().length).toBeLessThanOrEqual(400);
    expect(brokenBinGrid().every(isBrokenCase)).toBe(true);
    // T = 1, t* = 0, ε = κ/4 with the affine ψ: sup along the family is exactly ε (measure-zero case)
    const eq = brokenBinGrid().filter((c) => c.T === 1 && c.eps.eq(c.f.w[0]!.abs().div(q(4))));
    expect(eq.some((c) => restrictError(c.f, c.g, c.i).supAbs(q(-1), q(1)).value.eq(c.eps))).toBe(true);
  });
});

describe('near misses miss one hypothesis, by a little', () => {
  test('overhangApproximant: breakpoints exactly at t* ± D, exact cube error κD/(3 + |t*| + D) < κD/4, so none within 4ε/κ', () => {
    for (const u of SPECIAL_U)
      for (const neg of [false, true])
        for (const [d, i] of [
          [2, 1],
          [4, 2],
        ] as const) {
          const f = familyUnitTarget(d, i, u, neg);
          const { tStar, kappa } = targetWindowData(f, i);
          for (const o of [q(1, 1000), q(1, 4), q(1)]) {
            const D = Rational.ONE.sub(tStar.abs()).add(o);
            const g = overhangApproximant(f, i, D);
            const err = approxError(f, g).value;
            expect(err.eq(kappa.mul(D).div(q(3).add(tStar.abs()).add(D)))).toBe(true);
            const bps = g.neurons.map((n) => breakpoint(n.w, i)).filter((t): t is Rational => t !== undefined);
            expect(bps.map((t) => t.sub(tStar).abs().eq(D))).toEqual([true, true]);
            expect(windowHit(g, i, tStar, err.mul(q(4)).div(kappa))).toBe(false);
            // the hat at (t*, D) is κD > 4·err: E10 without its window hypothesis is false here
            expect(
              restrictError(f, g, i)
                .hatSum(tStar, D)
                .abs()
                .gt(err.mul(q(4))),
            ).toBe(true);
          }
        }
    expect(() => overhangApproximant(familyUnitTarget(2, 1, q(0)), 1, q(1, 2))).toThrow(/parameter 'D'/);
    expect(() => overhangApproximant(unitTargetWithBreakpoint(3, 1, q(1, 2)), 1, q(1))).toThrow(/parameter 'f'/);
  });
  test('windowOverhangArb sticks out of [−1, 1] and is affine on its window: E5 not met', () => {
    for (const c of fc.sample(windowOverhangArb(), { numRuns: 100, seed: SEED })) {
      expect(c.tStar.abs().add(c.delta).gt(Rational.ONE)).toBe(true);
      expect(restrictNetwork(c.g, c.i).isAffineOn(c.tStar.sub(c.delta), c.tStar.add(c.delta))).toBe(true);
      expect(e5.hypothesis!({ f: c.f, i: c.i, delta: c.delta, g: c.g })).toBe(false);
    }
  });
  test('approxNearMissArb and hatNearMissArb never meet the hypotheses of E7 and E10', () => {
    const met = (claim: ExactClaim<any>, x: unknown) => claim.hypothesis!(x) !== false && claim.check(x).length > 0;
    for (const x of fc.sample(approxNearMissArb(), { numRuns: 100, seed: SEED })) expect(met(e7, x)).toBe(false);
    for (const x of fc.sample(hatNearMissArb(), { numRuns: 100, seed: SEED })) {
      expect(met(e10, x)).toBe(false);
      const hat = restrictError(x.f, x.g, x.i).hatSum(x.c, x.h).abs();
      const eps = hat.mul(x.s).div(q(4));
      expect(approxError(x.f, x.g).value.lt(eps)).toBe(true); // |hat| > 4ε, and yet g ε-approximates f
    }
  });
  test('brokenBinNearMissArb misses "B_k broken, t* ∈ B_k"; negativeScaleArb is just below 0', () => {
    for (const x of fc.sample(brokenBinNearMissArb(), { numRuns: 200, seed: SEED }))
      expect(brokenBinHypothesis(x)).toBe(false);
    for (const c of fc.sample(negativeScaleArb(), { numRuns: 100, seed: SEED }))
      expect(c.sign() < 0 && c.ge(Rational.MINUS_ONE)).toBe(true);
  });
  test("the foundations grids are small and hold kink lines through the square's corners", () => {
    for (const n of [familyRestrictGrid().length, homogeneityGrid().length, cubeSupGrid().length, pruningGrid().length])
      expect(n).toBeLessThanOrEqual(700);
    expect(cubeSupGrid().some((c) => c.g.neurons.some((nn) => nn.w[0]!.eq(nn.w[1]!)))).toBe(true);
    expect(homogeneityGrid().some((c) => c.c.sign() < 0)).toBe(true);
  });
});

describe('readable counterexamples', () => {
  const shrunk = <T>(arb: fc.Arbitrary<T>, bad: (x: T) => boolean): T => {
    const r = fc.check(
      fc.property(arb, (x) => !bad(x)),
      { seed: SEED, numRuns: 500 },
    );
    expect(r.failed).toBe(true);
    return r.counterexample![0];
  };
  test('dyadicArb and gaussianDyadicArb shrink to small dyadics', () => {
    const x = shrunk(dyadicArb({ bits: 20 }), (v) => v.gt(q(1, 3)));
    expect(x.den <= 4n).toBe(true);
    const y = shrunk(gaussianDyadicArb(), (v) => v.lt(q(-7, 10)));
    expect(y.den <= 4n).toBe(true);
  });
  test("networkArb's Gaussian branch shrinks to short fractions, not 53-bit doubles", () => {
    const g = shrunk(networkArb({ d: 3, mode: 'gaussian', minN: 1 }), (n) =>
      n.neurons.some((nn) => nn.alpha.gt(q(1, 3))),
    );
    const dens = g.neurons.flatMap((nn) => [nn.alpha, ...nn.w]).map((v) => v.den);
    expect(dens.every((d) => d <= 4n)).toBe(true);
    for (const v of fc.sample(gaussianDyadicArb(), { numRuns: 100, seed: SEED }))
      expect(v.isDyadic() && v.abs().le(q(3))).toBe(true);
  });
});

describe('bad constraints', () => {
  test('are one typed error naming the parameter', () => {
    expect(() => dyadicArb({ bits: 41 })).toThrow(/dyadicArb: parameter 'constraints.bits'/);
    expect(() => dyadicArb({ min: q(1), max: q(0) })).toThrow(InvalidParameterError);
    expect(() => gaussianDyadicArb({ scaleLog2: 99 })).toThrow(/constraints.scaleLog2/);
    expect(() => extremalCaseArb({ maxPerturbations: 9 })).toThrow(/constraints.maxPerturbations/);
    expect(() => brokenBinCaseArb({ maxT: 0 })).toThrow(/constraints.maxT/);
    expect(() => familyUnitTarget(2, 1, q(1))).toThrow(/parameter 'u'/);
    expect(() => extremalOnWindow(unitTargetWithBreakpoint(3, 1, q(0)), 2 as number, q(1, 2))).toThrow(
      InvalidParameterError,
    );
  });
});
