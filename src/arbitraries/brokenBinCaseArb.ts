/**
 * # Broken-bin cases: Lemma 1's inputs at the margin's boundary, and their near misses
 *
 * Main definitions: {@link brokenBinCase} — a Lemma 1 input on bin k of T (t* at the bin's centre, the
 * extremal approximant with breakpoints just outside the bin, ε at, just above or just below its
 * equality value); {@link brokenBinCaseArb} — such cases, including T = 1 with t* = 0 and ε = κ/4;
 * {@link brokenBinNearMiss} and {@link brokenBinNearMissArb} — one hypothesis missed by a little (a
 * breakpoint exactly on the bin's edge or just inside it, or t* in the neighbouring bin);
 * {@link brokenBinGrid} — a bounded-exhaustive grid; {@link isBrokenCase} — the check that a case is
 * what it claims to be; {@link binCentre}.
 *
 * Main statements: every {@link brokenBinCaseArb} network is broken on bin k with t* ∈ B_k; the
 * `equality` cases are the near-equality cases of E9.
 *
 * Implementation notes: with d = 2 a bin centre without a Pythagorean unit target is approximated
 * within 2^−40/T ({@link targetInBin}).
 *
 * References: Lemma 1 and Definition 2 of the paper; blueprint E9 (`docs/blueprint.md`).
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { Network, TargetNeuron, type Neuron } from '../model/Network.js';
import { binBounds, binsHitBy, brokenBins } from '../model/bins.js';
import { breakpoint, restrictError } from '../model/family.js';
import { targetInBin } from '../model/binTarget.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import {
  extremalApproximant,
  optimalAffineNetwork,
  rampNeuron,
  targetWindowData,
  unitTargetWithBreakpoint,
} from './extremal.js';
import { tagBoundary } from './boundaryTags.js';

/** Lemma 1's input shape (E9). */
export interface BrokenBinCase {
  readonly f: TargetNeuron;
  readonly i: number;
  readonly T: number;
  readonly k: number;
  readonly eps: Rational;
  readonly g: Network;
}

/** δ(1 + γ) for the "just outside" breakpoints of Lemma 1's near-equality case. */
const OUTSIDE: readonly Rational[] = [q(1, 1000), q(1, 64), q(1, 4)];

/** How ε is chosen in a broken-bin case (dist = distance from t* to the bin's ends). */
export type EpsKind = 'error' | 'equality' | 'below' | 'scaled';

function epsFor(kind: EpsKind, kappa: Rational, dist: Rational, err: Rational, s: Rational): Rational {
  const eq = kappa.mul(dist).div(q(4));
  if (kind === 'error') return err;
  if (kind === 'equality') return eq;
  if (kind === 'below') return eq.mul(Rational.ONE.sub(q(1, 1024)));
  return eq.mul(s);
}

/** The centre of bin k of T. */
export function binCentre(T: number, k: number): Rational {
  const { lo, hi } = binBounds(T, k);
  return lo.add(hi).div(q(2));
}

/**
 * A Lemma 1 case on bin k of T: t* at the bin's centre (exactly, with d ≥ 3 where needed; within
 * 2^−40/T with d = 2), the extremal approximant with breakpoints at t* ± δ(1 + γ) (δ = 1/T, so both
 * lie outside the closed bin), extra neurons exactly on the neighbouring bins' far edges, and ε of the
 * given kind. For T = 1 and t* = 0 with `affine`, g is E6's ψ realised without a breakpoint in [−1, 1]
 * (the equality case of the margin: sup along the family = κ/4).
 */
export function brokenBinCase(
  d: number,
  i: number,
  T: number,
  k: number,
  opts: {
    gamma: Rational;
    gammaHi?: Rational;
    eps: EpsKind;
    s?: Rational;
    negate?: boolean;
    edges?: boolean;
    affine?: boolean;
  },
): BrokenBinCase {
  const centre = binCentre(T, k);
  let f: TargetNeuron;
  try {
    f = unitTargetWithBreakpoint(d, i, centre, opts.negate ?? false);
  } catch {
    f = targetInBin(d, i, T, k); // d = 2 and a non-Pythagorean centre: within 2^−40/T of it
  }
  const { tStar, kappa } = targetWindowData(f, i);
  const { lo, hi } = binBounds(T, k);
  const dist = tStar.sub(lo).min(hi.sub(tStar));
  const delta = q(1, T);
  let g: Network;
  if (opts.affine && T === 1 && tStar.isZero()) g = optimalAffineNetwork(f, i, Rational.ONE);
  else {
    const out = delta.mul(Rational.ONE.add(opts.gamma));
    // gammaHi = 0: exactly on the bin's upper edge (also when t* is only within 2^−40/T of the centre)
    const outHi =
      opts.gammaHi === undefined
        ? out
        : opts.gammaHi.isZero()
          ? hi.sub(tStar)
          : delta.mul(Rational.ONE.add(opts.gammaHi));
    g = extremalApproximant(f, i, tStar.sub(out), tStar.add(outHi));
  }
  if (opts.edges) {
    const extra: Neuron[] = [];
    if (k > 1) extra.push(rampNeuron(d, i, q(1, 8), Rational.ONE, binBounds(T, k - 1).lo));
    if (k < T) extra.push(rampNeuron(d, i, q(-1, 8), Rational.MINUS_ONE, binBounds(T, k + 1).hi));
    g = new Network(d, [...g.neurons, ...extra]);
  }
  const err =
    opts.eps === 'error' ? restrictError(f, g, i).supAbs(Rational.MINUS_ONE, Rational.ONE).value : Rational.ZERO;
  const labels = [`bins: broken bin, ε ${opts.eps}`];
  if (opts.gammaHi?.isZero()) labels.push('network: breakpoint on a bin edge');
  else if (opts.gamma.sign() < 0) labels.push('network: breakpoint just inside the bin');
  if (opts.edges) labels.push('network: breakpoint on a bin edge');
  if (T === 1) labels.push('bins: T = 1');
  if (opts.affine && T === 1 && tStar.isZero()) labels.push('network: best affine on the window');
  else labels.push('network: extremal approximant');
  return tagBoundary(
    {
      f,
      i,
      T,
      k,
      eps: epsFor(opts.eps, kappa, dist, err, opts.s ?? Rational.HALF),
      g: tagBoundary(g, ...labels.filter((l) => l.startsWith('network:'))),
    },
    ...labels,
  );
}

/**
 * Lemma 1 cases at the margin's boundary (see {@link brokenBinCase}); every network is broken on bin k.
 * (In {@link brokenBinCase}, `gammaHi` moves the upper breakpoint to t* + δ(1 + gammaHi) on its own:
 * 0 puts it exactly on the bin's upper edge, a negative value just inside — near misses of "B_k broken".)
 * @throws InvalidParameterError for bad constraints
 */
export function brokenBinCaseArb(constraints: { maxT?: number; maxD?: number } = {}): fc.Arbitrary<BrokenBinCase> {
  checkConstraints('brokenBinCaseArb', constraints, { maxT: intIn(1, 64), maxD: intIn(2, 8) });
  const maxT = constraints.maxT ?? 6;
  const maxD = constraints.maxD ?? 4;
  const T1 = fc
    .record({
      d: fc.integer({ min: 2, max: maxD }),
      negate: fc.boolean(),
      eps: fc.constantFrom<EpsKind>('equality', 'error', 'below'),
    })
    .chain(({ d, negate, eps }) =>
      fc
        .integer({ min: 1, max: Math.floor(d / 2) })
        .map((i) => brokenBinCase(d, i, 1, 1, { gamma: q(1, 1000), eps, negate, affine: eps === 'equality' })),
    );
  const general = fc
    .record({
      d: fc.integer({ min: 2, max: maxD }),
      T: fc.integer({ min: 1, max: maxT }),
      gamma: fc.oneof(fc.constantFrom(...OUTSIDE), dyadicArb({ min: q(1, 256), max: Rational.ONE, bits: 8 })),
      // 'below' twice: it meets the margin and lies within 2^−10 of equality
      eps: fc.constantFrom<EpsKind>('error', 'equality', 'below', 'below', 'scaled'),
      s: dyadicArb({ min: q(1, 64), max: q(63, 64), bits: 6 }),
      negate: fc.boolean(),
      edges: fc.boolean(),
    })
    .chain(({ d, T, ...o }) =>
      fc
        .tuple(fc.integer({ min: 1, max: Math.floor(d / 2) }), fc.integer({ min: 1, max: T }))
        .map(([i, k]) => brokenBinCase(d, i, T, k, o)),
    );
  return fc.oneof({ arbitrary: T1, weight: 1 }, { arbitrary: general, weight: 3 });
}

/** Which hypothesis of Lemma 1 a {@link brokenBinNearMissArb} case misses. */
export type BrokenBinMiss = 'edge' | 'inside' | 'outside';

/**
 * One near miss of Lemma 1's hypotheses (t* at the centre of bin k, extremal breakpoints at t* ± δ(1 + γ)):
 * `edge` — the upper breakpoint exactly on B_k's edge (B_k is not broken: bins are closed);
 * `inside` — both breakpoints just inside B_k (γ = −2^−10 or −1/64: the window's error drops below κδ/4);
 * `outside` — t* at the centre of the neighbouring bin k ± 1, the bin k broken, ε = the exact error of
 * breakpoints at t* ± δ/2 (t* ∉ B_k, at distance ≥ 1/T from both of B_k's ends).
 */
export function brokenBinNearMiss(
  d: number,
  i: number,
  T: number,
  k: number,
  miss: BrokenBinMiss,
  opts: { eps: EpsKind; negate?: boolean; tiny?: boolean },
): BrokenBinCase {
  if (miss === 'outside') {
    const kk = k < T ? k + 1 : k - 1;
    const c = brokenBinCase(d, i, T, kk, { gamma: q(-1, 2), eps: 'error', negate: opts.negate });
    return { ...c, k };
  }
  if (miss === 'edge')
    return brokenBinCase(d, i, T, k, { gamma: q(1, 1000), gammaHi: Rational.ZERO, eps: opts.eps, negate: opts.negate });
  return brokenBinCase(d, i, T, k, { gamma: opts.tiny ? q(-1, 1024) : q(-1, 64), eps: opts.eps, negate: opts.negate });
}

/**
 * Near misses of Lemma 1 (see {@link brokenBinNearMiss}); with miss `outside`, T ≥ 2.
 * @throws InvalidParameterError for bad constraints
 */
export function brokenBinNearMissArb(constraints: { maxT?: number; maxD?: number } = {}): fc.Arbitrary<BrokenBinCase> {
  checkConstraints('brokenBinNearMissArb', constraints, { maxT: intIn(2, 64), maxD: intIn(2, 8) });
  const maxT = constraints.maxT ?? 6;
  const maxD = constraints.maxD ?? 4;
  return fc
    .record({
      d: fc.integer({ min: 2, max: maxD }),
      T: fc.integer({ min: 2, max: maxT }),
      miss: fc.constantFrom<BrokenBinMiss>('edge', 'inside', 'outside'),
      eps: fc.constantFrom<EpsKind>('error', 'below', 'equality'),
      negate: fc.boolean(),
      tiny: fc.boolean(),
    })
    .chain(({ d, T, miss, ...o }) =>
      fc
        .tuple(fc.integer({ min: 1, max: Math.floor(d / 2) }), fc.integer({ min: 1, max: T }))
        .map(([i, k]) => brokenBinNearMiss(d, i, T, k, miss, o)),
    );
}

/** Lemma 1 cases for T ∈ {1, 2, 3}, every bin, γ ∈ {1/1000, 1/4}, every ε kind, with and without edge neurons (d = 3). */
export function brokenBinGrid(): BrokenBinCase[] {
  const out: BrokenBinCase[] = [];
  for (const T of [1, 2, 3])
    for (let k = 1; k <= T; k++)
      for (const gamma of [q(1, 1000), q(1, 4)])
        for (const eps of ['error', 'equality', 'below', 'scaled'] as const)
          for (const edges of [false, true])
            out.push(brokenBinCase(3, 1, T, k, { gamma, eps, edges, negate: k % 2 === 0 }));
  for (const d of [2, 4])
    for (const negate of [false, true])
      out.push(brokenBinCase(d, 1, 1, 1, { gamma: q(1, 1000), eps: 'equality', negate, affine: true }));
  return out;
}

/** Whether bin k of T is broken for g along family i and contains t* (a sanity check for generators). */
export function isBrokenCase(c: BrokenBinCase): boolean {
  const { tStar } = targetWindowData(c.f, c.i);
  return (
    brokenBins(
      c.g.neurons.map((n) => breakpoint(n.w, c.i)),
      c.T,
    )[c.k - 1]! && binsHitBy(tStar, c.T).includes(c.k)
  );
}
