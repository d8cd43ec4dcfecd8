/**
 * # Hat cases: E10's inputs (a hat certificate at the target's breakpoint)
 *
 * Main definitions: {@link HatCase}; {@link hatCaseArb} — a family-supported target, a network near
 * the extremal approximant, the hat at centre t* with h = δ and ε = s·|hat|/4 (s = 1 the equality
 * case); {@link hatNearMissArb} — the hat's window sticking out of [−1, 1]; {@link hatGrid} — a
 *  bounded-exhaustive grid;
 * {@link randomHatArb} — random networks with a hat at t* or elsewhere (E10's random share).
 *
 * Main statements: with s = 1 and the exact extremal approximant, |hat| = 4ε exactly.
 *
 * Implementation notes: built on {@link extremalCaseArb} and {@link overhangCaseArb}.
 *
 * References: blueprint E10 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { Network, type TargetNeuron } from '../model/Network.js';
import { targetOnFamilyArb } from './targetArb.js';
import { networkArb } from './networkArb.js';
import { rationalArb } from './rationalArb.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import { extremalCaseArb, extremalGrid, overhangCaseArb } from './extremalCaseArb.js';

/** E10's input shape: ε = s·|hat sum at (c, h)|/4. */
export interface HatCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly g: Network;
  readonly c: Rational;
  readonly h: Rational;
  readonly s: Rational;
}

/**
 * E10 cases: a family-supported target, a network near the extremal approximant (perturbed either
 * way), the hat at centre t* and h = δ, and s = 1 (ε = |hat|/4, the equality case), s just below 1 or
 * a dyadic s ∈ (0, 1).
 */
export function hatCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<HatCase> {
  checkConstraints('hatCaseArb', constraints, { maxD: intIn(2, 4) });
  const s = fc.oneof(
    fc.constantFrom(Rational.ONE, q(1023, 1024)),
    dyadicArb({ min: q(1, 64), max: q(63, 64), bits: 6 }),
  );
  return fc
    .tuple(
      extremalCaseArb({ familySupported: true, maxD: constraints.maxD ?? 3, affine: false, maxPerturbations: 1 }),
      s,
    )
    .map(([w, ss]) => ({ f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s: ss }));
}

/**
 * E10 near misses: the hat at c = t*, h = δ of an {@link overhangCaseArb} window, which sticks out of
 * [−1, 1] by o, and s = 1 − o/8 (so |hat| > 4ε while sup_X |f − g| < ε).
 */
export function hatNearMissArb(constraints: { maxD?: number } = {}): fc.Arbitrary<HatCase> {
  checkConstraints('hatNearMissArb', constraints, { maxD: intIn(2, 4) });
  return overhangCaseArb({ maxD: constraints.maxD ?? 3 }).map((w) => {
    const o = w.tStar.abs().add(w.delta).sub(Rational.ONE);
    return { f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s: Rational.ONE.sub(o.div(q(8))) };
  });
}

/** E10 cases over the family-supported extremal grid, with s ∈ {1, 1023/1024, 1/2}. */
export function hatGrid(): HatCase[] {
  return extremalGrid({ familySupported: true, affine: false }).flatMap((w) =>
    [Rational.ONE, q(1023, 1024), q(1, 2)].map((s) => ({ f: w.f, i: w.i, g: w.g, c: w.tStar, h: w.delta, s })),
  );
}

/**
 * E10's random cases: a target on a family (d ≤ 3), a random network (N ≤ 4) with, half the time, a
 * twin of its first neuron with opposite α (coinciding breakpoints whose jumps cancel), a centre c = t*
 * (3 in 4) or c ∈ [−7/8, 7/8], h a fraction of the room 1 − |c|, and s ∈ [1/32, 31/32].
 */
export function randomHatArb(): fc.Arbitrary<HatCase> {
  return targetOnFamilyArb({ maxD: 3 }).chain(({ f, i, tStar }) =>
    fc
      .record({
        g: networkArb({ d: f.d, maxN: 4 }),
        twin: fc.boolean(),
        // c = t* thrice as often: a random centre's window often holds no kink at all (hat = 0, vacuous)
        c: fc.oneof(
          { arbitrary: fc.constant(tStar), weight: 3 },
          { arbitrary: rationalArb({ min: q(-7, 8), max: q(7, 8), maxDen: 16 }), weight: 1 },
        ),
        hs: rationalArb({ min: q(1, 32), max: Rational.ONE, maxDen: 32 }),
        s: rationalArb({ min: q(1, 32), max: q(31, 32), maxDen: 32 }),
      })
      .map(({ g, twin, c, hs, s }) => {
        // a twin neuron with opposite α: coinciding breakpoints whose jumps cancel
        const net =
          twin && g.N > 0
            ? new Network(f.d, [...g.neurons, { alpha: g.neurons[0]!.alpha.neg(), w: g.neurons[0]!.w }])
            : g;
        const room = Rational.ONE.sub(c.abs());
        return { f, i, g: net, c, h: room.mul(hs), s };
      }),
  );
}
