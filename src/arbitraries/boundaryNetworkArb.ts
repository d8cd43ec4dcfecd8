/**
 * # Boundary networks: the networks at which the paper's inequalities are extremal or change form
 *
 * Main definitions: {@link boundaryNetworkArb} — labelled networks of one dimension with N in a given
 * range, made of one boundary structure (below) padded with random neurons where the structure is
 * local; {@link NetworkNear} — the target (and window) the structures aim at; {@link NETWORK_STRUCTURES}.
 *
 * Main statements: every structure is exact:
 * - `network: cancelling pair` — α·σ(⟨w, x⟩) − α·σ(⟨w, x⟩) (a kink that cancels; neuron pruning can
 *   break it);
 * - `network: tie` — two neurons with the same w (coinciding breakpoints on every family);
 * - `network: linear inner sum` — c·σ(⟨v, x⟩) − c·σ(−⟨v, x⟩) = c⟨v, x⟩ (an affine inner sum: under
 *   reading A2, σ(g) is a ReLU neuron with its kink where ⟨v, x⟩ = 0), v a signed axis or random;
 * - `network: zero neuron` — α = 0 or w = 0;
 * - `network: breakpoint on a bin edge` — a neuron whose family-i breakpoint is −1 + 2k/T (k = 0…T,
 *   T ≤ 10: the ends ±1 and 0 among them);
 * and, given a target `near` (family i, half-width δ, default (1 − |t*|)/2):
 * - `network: extremal approximant` — the best approximant with no breakpoint inside the window
 *   (`extremalApproximant`: error exactly κδ/4);
 * - `network: A2 lift` — an inner sum affine on the window crossing zero exactly at t* with slope a*
 *   (`a2LiftNetwork`, p₁ = p₂ = 0), or `network: A2 lift, perturbed` (slope and crossing moved);
 * - `network: best affine on the window` — E6's optimal affine function ψ as a network;
 * - `network: breakpoint on a window end` — a neuron with breakpoint t* ± δ;
 * - `network: breakpoint at t*` — a neuron with breakpoint exactly t*.
 *
 * Implementation notes: structures whose neuron count does not fit [minN, maxN] are left out; the
 * local ones (pairs, ties, zero neurons, bin-edge breakpoints) are padded with random rational
 * neurons up to maxN, the global ones (linear, extremal, lifts, affine) only up to minN. The random
 * parts shrink to short fractions and the perturbation parameters to 0 (the exact structure).
 *
 * References: Lemmas 1–2 and Definition 2 of the paper; blueprint E5–E10, E17 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { neuronWithBreakpoint } from '../model/neuronWithBreakpoint.js';
import { InvalidParameterError, show } from '../errors.js';
import { rationalArb } from './rationalArb.js';
import { dyadicArb } from './dyadicArb.js';
import { tagBoundary } from './boundaryTags.js';
import { extremalOnWindow, optimalAffineNetwork } from './extremal.js';
import { a2LiftNetwork, a2LiftParamsArb } from './a2LiftArb.js';

/** The target (family i, optional window half-width δ > 0) a network's boundary structures aim at. */
export interface NetworkNear {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly delta?: Rational;
}

/** The labels {@link boundaryNetworkArb} can attach. */
export const NETWORK_STRUCTURES: readonly string[] = [
  'network: cancelling pair',
  'network: tie',
  'network: linear inner sum',
  'network: zero neuron',
  'network: breakpoint on a bin edge',
  'network: extremal approximant',
  'network: A2 lift',
  'network: A2 lift, perturbed',
  'network: best affine on the window',
  'network: breakpoint on a window end',
  'network: breakpoint at t*',
];

function checkNear(
  api: string,
  d: number,
  near: NetworkNear,
): { f: TargetNeuron; i: number; tStar: Rational; delta: Rational } | undefined {
  const { f, i, delta } = near;
  if (!(f instanceof TargetNeuron) || f.d !== d)
    throw new InvalidParameterError(api, 'constraints.near.f', `a TargetNeuron of dimension ${d}`, show(f));
  if (!Number.isSafeInteger(i) || i < 1 || i > Math.floor(d / 2))
    throw new InvalidParameterError(api, 'constraints.near.i', `an integer in [1, ${Math.floor(d / 2)}]`, show(i));
  if (delta !== undefined && !(delta instanceof Rational && delta.sign() > 0))
    throw new InvalidParameterError(api, 'constraints.near.delta', 'a positive Rational', show(delta));
  const a = f.w[2 * i - 2]!;
  if (a.isZero()) return undefined; // κ = 0: no breakpoint on this family, nothing to aim at
  const tStar = f.w[2 * i - 1]!.neg().div(a);
  const room = Rational.ONE.sub(tStar.abs());
  return { f, i, tStar, delta: delta ?? (room.sign() > 0 ? room.div(q(2)) : q(1, 4)) };
}

/** Constraints of {@link boundaryNetworkArb}. */
export interface BoundaryNetworkConstraints {
  d: number;
  minN: number;
  maxN: number;
  maxDen: number;
  near?: NetworkNear;
}

/**
 * Labelled boundary networks (the structures of the header) with N ∈ [minN, maxN], or undefined when
 * no structure fits. Used by `networkArb`'s mixture; callable directly.
 * @throws InvalidParameterError for a bad `near`
 */
export function boundaryNetworkArb(c: BoundaryNetworkConstraints): fc.Arbitrary<Network> | undefined {
  const { d, minN, maxN } = c;
  const coef = rationalArb({ min: q(-2), max: q(2), maxDen: c.maxDen });
  const nonzero = coef.filter((x) => !x.isZero());
  const vec = fc.array(coef, { minLength: d, maxLength: d });
  const randomNeuron = fc.record({ alpha: coef, w: vec });
  const family = fc.integer({ min: 1, max: Math.floor(d / 2) });
  /** core neurons of a structure, padded: up to maxN for a local structure, up to minN for a global one */
  const padded = (
    core: fc.Arbitrary<{ ns: Neuron[]; label: string }>,
    size: number,
    local: boolean,
  ): fc.Arbitrary<Network> | undefined => {
    if (size > maxN) return undefined;
    const lo = Math.max(0, minN - size);
    const hi = local ? maxN - size : lo;
    return fc
      .tuple(core, fc.array(randomNeuron, { minLength: lo, maxLength: hi }), fc.nat())
      .map(([{ ns, label }, pad, at]) => {
        const k = pad.length === 0 ? 0 : at % (pad.length + 1);
        return tagBoundary(new Network(d, [...pad.slice(0, k), ...ns, ...pad.slice(k)]), label);
      });
  };
  const parts: (fc.Arbitrary<Network> | undefined)[] = [
    padded(
      fc.tuple(nonzero, vec).map(([alpha, w]) => ({
        ns: [
          { alpha, w },
          { alpha: alpha.neg(), w },
        ],
        label: 'network: cancelling pair',
      })),
      2,
      true,
    ),
    padded(
      fc.tuple(nonzero, nonzero, vec).map(([a1, a2, w]) => ({
        ns: [
          { alpha: a1, w },
          { alpha: a2, w },
        ],
        label: 'network: tie',
      })),
      2,
      true,
    ),
    padded(
      fc
        .tuple(
          fc.constantFrom(q(1), q(-1), q(1, 2), q(2)),
          fc.oneof(
            fc
              .tuple(fc.integer({ min: 0, max: d - 1 }), fc.boolean())
              .map(([k, neg]) =>
                Array.from({ length: d }, (_, j) =>
                  j === k ? (neg ? Rational.MINUS_ONE : Rational.ONE) : Rational.ZERO,
                ),
              ),
            vec,
          ),
        )
        .map(([cc, v]) => ({
          ns: [
            { alpha: cc, w: v },
            { alpha: cc.neg(), w: v.map((x) => x.neg()) },
          ],
          label: 'network: linear inner sum',
        })),
      2,
      false,
    ),
    padded(
      fc.tuple(fc.boolean(), coef, vec).map(([zeroAlpha, a, w]) => ({
        ns: [zeroAlpha ? { alpha: Rational.ZERO, w } : { alpha: a, w: w.map(() => Rational.ZERO) }],
        label: 'network: zero neuron',
      })),
      1,
      true,
    ),
    padded(
      fc
        .tuple(
          family,
          fc.integer({ min: 1, max: 10 }).chain((T) => fc.tuple(fc.constant(T), fc.integer({ min: 0, max: T }))),
          nonzero,
          nonzero,
        )
        .map(([i, [T, k], alpha, a]) => ({
          ns: [neuronWithBreakpoint(d, i, alpha, a, Rational.of(-T + 2 * k, T))],
          label: 'network: breakpoint on a bin edge',
        })),
      1,
      true,
    ),
  ];
  const near = c.near ? checkNear('networkArb', d, c.near) : undefined;
  if (near) {
    const { f, i, tStar, delta } = near;
    const small = fc.oneof(
      { arbitrary: fc.constant(Rational.ZERO), weight: 2 },
      { arbitrary: dyadicArb({ min: q(-1, 8), max: q(1, 8), bits: 6 }), weight: 1 },
    );
    parts.push(
      padded(
        fc.constant({ ns: [...extremalOnWindow(f, i, delta).neurons], label: 'network: extremal approximant' }),
        4,
        false,
      ),
      padded(
        fc.tuple(a2LiftParamsArb(), small, small).map(([p, p1, p2]) => ({
          ns: [...a2LiftNetwork(f, i, delta, { ...p, p1, p2 }).neurons],
          label: p1.isZero() && p2.isZero() ? 'network: A2 lift' : 'network: A2 lift, perturbed',
        })),
        2,
        false,
      ),
      padded(
        fc.constant({
          ns: [...optimalAffineNetwork(f, i, delta).neurons],
          label: 'network: best affine on the window',
        }),
        2,
        false,
      ),
      padded(
        fc.tuple(nonzero, nonzero, fc.boolean()).map(([alpha, a, left]) => ({
          ns: [neuronWithBreakpoint(d, i, alpha, a, left ? tStar.sub(delta) : tStar.add(delta))],
          label: 'network: breakpoint on a window end',
        })),
        1,
        true,
      ),
      padded(
        fc.tuple(nonzero, nonzero).map(([alpha, a]) => ({
          ns: [neuronWithBreakpoint(d, i, alpha, a, tStar)],
          label: 'network: breakpoint at t*',
        })),
        1,
        true,
      ),
    );
  }
  const ok = parts.filter((p): p is fc.Arbitrary<Network> => p !== undefined);
  return ok.length === 0 ? undefined : fc.oneof(...ok);
}
