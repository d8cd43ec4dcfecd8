/**
 * # Generators of networks that are affine on a window around the target's breakpoint
 *
 * Main definitions: {@link AffineWindowInput} (target f, family i, half-width δ, network g);
 * {@link affineWindowArb} — random networks made affine on [t* − δ, t* + δ] (neurons with a
 * breakpoint strictly inside dropped, plus neurons exactly on the window's ends and cancelling pairs
 * inside); {@link lemma2Arb} — Lemma 2's generator mixing those with the extremal approximant, its
 * perturbations and near misses; {@link asAffineWindowInput}.
 *
 * Implementation notes: shared by Lemma 2 (E5), its output-ReLU control (E17) and the SMT encoding;
 * moved out of the claim files so that a claim file holds one claim. Exact throughout.
 *
 * References: Lemma 2 of the paper; `src/arbitraries/extremalCaseArb.ts` for the extremal cases.
 */
import fc from 'fast-check';
import { windowArb } from './targetArb.js';
import { networkArb } from './networkArb.js';
import { rationalArb } from './rationalArb.js';
import { extremalCaseArb, nearMissCaseArb, type ApproximantCase } from './extremalCaseArb.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { breakpoint } from '../model/family.js';
import { neuronWithBreakpoint } from '../model/neuronWithBreakpoint.js';
import { Rational, q } from '../exact/Rational.js';

/** Input of E5 and of its A2 control E17. */
export interface AffineWindowInput {
  f: TargetNeuron;
  i: number;
  delta: Rational;
  g: Network;
}

/** Networks that are affine on the window (built as described in the header). */
export function affineWindowArb(): fc.Arbitrary<AffineWindowInput> {
  const coef = rationalArb({ min: q(-2), max: q(2), maxDen: 8 });
  return windowArb({ maxD: 4 }).chain(({ f, i, tStar, delta }) =>
    fc
      .record({
        g: networkArb({ d: f.d, maxN: 6 }),
        edges: fc.array(fc.tuple(coef, coef, fc.boolean()), { maxLength: 2 }),
        pairs: fc.array(fc.tuple(coef, coef, rationalArb({ min: q(-1), max: q(1), maxDen: 16 })), { maxLength: 2 }),
      })
      .map(({ g, edges, pairs }) => {
        const lo = tStar.sub(delta);
        const hi = tStar.add(delta);
        const kept = g.neurons.filter((n) => {
          const t = breakpoint(n.w, i);
          return t === undefined || !(t.gt(lo) && t.lt(hi));
        });
        const extra: Neuron[] = [];
        for (const [alpha, a, left] of edges)
          if (!a.isZero()) extra.push(neuronWithBreakpoint(f.d, i, alpha, a, left ? lo : hi));
        for (const [alpha, a, s] of pairs) {
          if (a.isZero()) continue;
          const tau = tStar.add(delta.mul(s).mul(q(99, 100))); // strictly inside
          extra.push(neuronWithBreakpoint(f.d, i, alpha, a, tau), neuronWithBreakpoint(f.d, i, alpha.neg(), a, tau));
        }
        return { f, i, delta, g: new Network(f.d, [...kept, ...extra]) };
      }),
  );
}

/** The shape of an extremal case as an E5 input. */
export const asAffineWindowInput = ({ f, i, delta, g }: ApproximantCase): AffineWindowInput => ({ f, i, delta, g });

/**
 * E5's generator: 40 % random affine-on-window networks, 40 % at or next to the extremal approximant,
 * 20 % near misses (breakpoints just inside the window: vacuous here, but they refute a weakened hypothesis).
 */
export function lemma2Arb(): fc.Arbitrary<AffineWindowInput> {
  return fc.oneof(
    { arbitrary: affineWindowArb(), weight: 2 },
    { arbitrary: extremalCaseArb({ affine: true }).map(asAffineWindowInput), weight: 2 },
    { arbitrary: nearMissCaseArb().map(asAffineWindowInput), weight: 1 },
  );
}
