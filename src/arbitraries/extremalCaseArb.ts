/**
 * # Networks at or next to the extremal approximant of a window
 *
 * Main definitions: {@link extremalCaseArb} — a window and a network at or next to the best
 * approximant without a breakpoint inside the window ({@link extremalApproximant}), with small
 * perturbations ({@link Perturbation}: ramp weights and slopes, the level, breakpoints shifted
 * outward — or inward unless `affine` —, far neurons, cancelling kink pairs); {@link nearMissCaseArb}
 * — the extremal approximant of a slightly narrower window (Lemma 2's hypothesis just fails);
 * {@link windowOverhangArb} and {@link overhangCaseArb} — windows sticking out of [−1, 1];
 * {@link extremalGrid} — every grid window with each single perturbation
 * ({@link EXTREMAL_GRID_DOMAIN} in words).
 *
 * Main statements: every case of {@link extremalCaseArb} with `affine: true` is affine on its window
 * (E5's hypothesis holds by construction); the unperturbed case is E5's equality case (error κδ/4).
 *
 * Implementation notes: the claims mix these generators into their own at a fixed share (≥ 25 %), so
 * a claim whose constant is moved by 1 % toward its false side is refuted by the suite's own runs;
 * the near misses (10–20 %) refute a variant that drops or weakens a hypothesis
 * (`test/variants.test.ts`). Shrinks toward the exact extremal approximant.
 *
 * References: Lemma 2 (E5) of the paper; blueprint E5–E7 (`docs/blueprint.md`); `extremal.ts`.
 */
import fc from 'fast-check';
import { Rational, q } from '../exact/Rational.js';
import { Network, type Neuron } from '../model/Network.js';
import { dyadicArb } from './dyadicArb.js';
import { checkConstraints, intIn } from './constraints.js';
import {
  extremalApproximant,
  extremalOnWindow,
  overhangApproximant,
  rampNeuron,
  type ExtremalOptions,
} from './extremal.js';
import { boundaryTargetArb, type BoundaryTargetConstraints } from './boundaryTargetArb.js';
import {
  boundaryWindowArb,
  overhangArb,
  windowGrid,
  WINDOW_GRID_DOMAIN,
  type WindowCase,
} from './boundaryWindowArb.js';
import { tagBoundary } from './boundaryTags.js';

/** A window and a network near the extremal approximant; `tag` says which configuration it is. */
export interface ApproximantCase extends WindowCase {
  readonly g: Network;
  readonly tag: string;
}

/** One perturbation of the extremal approximant. */
export type Perturbation =
  | { kind: 'alpha' | 'slope'; hi: boolean; p: Rational }
  | { kind: 'level'; p: Rational }
  | { kind: 'shift'; hi: boolean; s: Rational }
  | { kind: 'far'; alpha: Rational; w: Rational[] }
  | { kind: 'cancel'; alpha: Rational; a: Rational; pos: Rational };

function perturbationArb(d: number): fc.Arbitrary<Perturbation> {
  const small = dyadicArb({ min: q(-1, 8), max: q(1, 8), bits: 8 });
  const coef = dyadicArb({ min: q(-2), max: q(2), bits: 3 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('alpha' as const, 'slope' as const), hi: fc.boolean(), p: small }),
    fc.record({ kind: fc.constant('level' as const), p: small }),
    fc.record({ kind: fc.constant('shift' as const), hi: fc.boolean(), s: small }),
    fc.record({
      kind: fc.constant('far' as const),
      alpha: dyadicArb({ min: q(-1, 16), max: q(1, 16), bits: 8 }),
      w: fc.array(coef, { minLength: d, maxLength: d }),
    }),
    fc.record({
      kind: fc.constant('cancel' as const),
      alpha: coef,
      a: coef,
      pos: dyadicArb({ min: q(-15, 16), max: q(15, 16), bits: 4 }),
    }),
  );
}

/**
 * The network of a window with a list of perturbations applied: shifts move the breakpoints outward
 * (|s|) when `affine`, either way (bounded by δ/2) otherwise; far neurons have w_{2i−1} = 0 (no kink
 * along family i); a cancelling pair has two opposite kinks at one point inside the window.
 */
export function perturbedExtremal(
  w: WindowCase,
  ps: readonly Perturbation[],
  affine: boolean,
): { g: Network; tag: string } {
  const { f, i, tStar, delta, kappa } = w;
  const a = f.w[2 * i - 2]!;
  let lo = tStar.sub(delta);
  let hi = tStar.add(delta);
  const opts: { -readonly [K in keyof ExtremalOptions]: ExtremalOptions[K] } = {};
  const extra: Neuron[] = [];
  const tags: string[] = [];
  for (const p of ps) {
    tags.push(p.kind);
    if (p.kind === 'alpha' || p.kind === 'slope') {
      if (p.kind === 'alpha') opts[p.hi ? 'alphaHi' : 'alphaLo'] = Rational.HALF.mul(Rational.ONE.add(p.p));
      else opts[p.hi ? 'slopeHi' : 'slopeLo'] = a.mul(Rational.ONE.add(p.p));
    } else if (p.kind === 'level') opts.level = kappa.mul(delta).div(q(4)).mul(Rational.ONE.add(p.p));
    else if (p.kind === 'shift') {
      const s = affine ? p.s.abs() : p.s.mul(delta).mul(q(4)); // |s·δ·4| ≤ δ/2
      if (p.hi) hi = hi.add(s);
      else lo = lo.sub(s);
    } else if (p.kind === 'far') {
      const ww = [...p.w];
      ww[2 * i - 2] = Rational.ZERO;
      extra.push({ alpha: p.alpha, w: ww });
    } else if (p.kind === 'cancel') {
      if (p.a.isZero()) continue;
      const tau = tStar.add(delta.mul(p.pos));
      extra.push(rampNeuron(f.d, i, p.alpha, p.a, tau), rampNeuron(f.d, i, p.alpha.neg(), p.a, tau));
    }
  }
  const core = extremalApproximant(f, i, lo, hi, { ...opts, level: opts.level ?? kappa.mul(delta).div(q(4)) });
  const labels = tags.length
    ? tags.map((t) => `network: extremal approximant, perturbed (${t})`)
    : ['network: extremal approximant'];
  if (tags.includes('cancel')) labels.push('network: cancelling pair');
  return {
    g: tagBoundary(new Network(f.d, [...core.neurons, ...extra]), ...labels),
    tag: tags.length ? tags.join('+') : 'extremal',
  };
}

/** Constraints of {@link extremalCaseArb}. */
export interface ExtremalCaseConstraints extends BoundaryTargetConstraints {
  /** keep the network affine on the window (E5's hypothesis; default true) */
  affine?: boolean;
  /** windows with |t*| + δ < 1 only (default false) */
  strict?: boolean;
  /** most perturbations per case, 0..4 (default 2) */
  maxPerturbations?: number;
}

/**
 * Windows with networks at or next to the extremal approximant; shrinks toward the exact one.
 * @throws InvalidParameterError for bad constraints
 */
export function extremalCaseArb(constraints: ExtremalCaseConstraints = {}): fc.Arbitrary<ApproximantCase> {
  const { affine, strict, maxPerturbations, ...rest } = constraints;
  checkConstraints(
    'extremalCaseArb',
    { affine, maxPerturbations },
    { affine: (v) => (typeof v === 'boolean' ? undefined : 'a boolean'), maxPerturbations: intIn(0, 4) },
  );
  const aff = affine ?? true;
  return boundaryWindowArb({ ...rest, strict: strict ?? false }).chain((w) =>
    fc
      .array(perturbationArb(w.f.d), { maxLength: maxPerturbations ?? 2 })
      .map((ps) => ({ ...w, ...perturbedExtremal(w, ps, aff) })),
  );
}

/**
 * Near misses of Lemma 2's hypothesis: a special window [t* − δ, t* + δ] with the extremal approximant
 * of the narrower window of half-width s·δ, s ∈ {1/2, 63/64} or dyadic in [1/2, 1) — its breakpoints
 * lie just inside the window, so φ is not affine there. Vacuous for Lemma 2 itself; they refute a
 * variant whose hypothesis is weakened (e.g. "affine on the middle half of the window").
 */
export function nearMissCaseArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<ApproximantCase> {
  const s = fc.oneof(fc.constantFrom(q(1, 2), q(63, 64)), dyadicArb({ min: q(1, 2), max: q(63, 64), bits: 6 }));
  return fc.tuple(boundaryWindowArb(constraints), s).map(([w, ss]) => ({
    ...w,
    g: tagBoundary(
      extremalApproximant(w.f, w.i, w.tStar.sub(w.delta.mul(ss)), w.tStar.add(w.delta.mul(ss))),
      'network: near miss (breakpoints just inside the window)',
    ),
    tag: `near miss s = ${ss}`,
  }));
}

/**
 * E5 near misses: a window [t* − δ, t* + δ] with δ = 1 − |t*| + o sticking out of [−1, 1] by o, and
 * the extremal approximant of that window (affine on it; its three-point error is κδ/4 exactly).
 * @throws InvalidParameterError for bad constraints
 */
export function windowOverhangArb(constraints: BoundaryTargetConstraints = {}): fc.Arbitrary<ApproximantCase> {
  return fc.tuple(boundaryTargetArb(constraints), overhangArb()).map(([t, o]) => {
    const delta = Rational.ONE.sub(t.tStar.abs()).add(o);
    return {
      ...t,
      delta,
      g: tagBoundary(
        extremalOnWindow(t.f, t.i, delta),
        'network: extremal approximant',
        'window: sticks out of [−1, 1]',
      ),
      tag: `window sticks out by ${o}`,
    };
  });
}

/**
 * Family-supported targets with δ = 1 − |t*| + o and {@link overhangApproximant}: breakpoints exactly
 * at t* ± δ, exact cube error κδ/(3 + |t*| + δ) < κδ/4.
 * @throws InvalidParameterError for bad constraints
 */
export function overhangCaseArb(constraints: { maxD?: number } = {}): fc.Arbitrary<ApproximantCase> {
  checkConstraints('overhangCaseArb', constraints, { maxD: intIn(2, 8) });
  return fc
    .tuple(boundaryTargetArb({ familySupported: true, maxD: constraints.maxD ?? 4 }), overhangArb())
    .map(([t, o]) => {
      const delta = Rational.ONE.sub(t.tStar.abs()).add(o);
      return {
        ...t,
        delta,
        g: tagBoundary(
          overhangApproximant(t.f, t.i, delta),
          'network: overhang approximant',
          'window: sticks out of [−1, 1]',
        ),
        tag: `overhang by ${o}`,
      };
    });
}

/** The grid of {@link extremalGrid} in words. */
export const EXTREMAL_GRID_DOMAIN = `${WINDOW_GRID_DOMAIN} × {the extremal approximant, and each single perturbation: a ramp weight, a slope, the level, a shifted breakpoint, a far neuron, a cancelling pair}`;

/** The perturbation lists of the grids: none, each kind once at a small size. */
function gridPerturbations(d: number, affine: boolean): Perturbation[][] {
  const far = Array.from({ length: d }, (_, k) => (k === 1 ? q(1) : q(1, 2)));
  return [
    [],
    [{ kind: 'alpha', hi: true, p: q(1, 64) }],
    [{ kind: 'slope', hi: false, p: q(-1, 64) }],
    [{ kind: 'level', p: q(1, 64) }],
    [{ kind: 'shift', hi: true, s: affine ? q(1, 64) : q(-1, 16) }],
    [{ kind: 'far', alpha: q(1, 16), w: far }],
    [{ kind: 'cancel', alpha: q(1), a: q(1), pos: q(1, 2) }],
  ];
}

/** Every {@link windowGrid} window with the extremal network and each single perturbation. */
export function extremalGrid(
  opts: { familySupported?: boolean; strict?: boolean; affine?: boolean } = {},
): ApproximantCase[] {
  const affine = opts.affine ?? true;
  return windowGrid(opts).flatMap((w) =>
    gridPerturbations(w.f.d, affine).map((ps) => ({ ...w, ...perturbedExtremal(w, ps, affine) })),
  );
}
