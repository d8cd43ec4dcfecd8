/**
 * # P3 `hit_probability_eq`
 *
 * Statement: with p = (atan(t* + r) − atan(t* − r))/π ≤ 2r/π,
 * P(∃ j ≤ N : |t_i(w_j) − t*| ≤ r) = 1 − (1 − p)^N.
 *
 * Experiment: for several (t*, r, N), n seeded networks; the hit is decided exactly (float filter
 * with exact fallback); Clopper–Pearson against the rigorous enclosure of 1 − (1 − p)^N, with n sized
 * so that a 5 % relative deviation is detected at the default depth (each test states its power).
 * The density-width bound p ≤ 2r/π is decided exactly on the enclosures and recorded as an exact
 * test. {@link hitProbabilityClaim} builds deliberately wrong variants (r → c·r in the formula) for
 * the power tests.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { cauchyMassEnclosure, piEnclosure } from '../../src/exact/Interval.js';
import { bonferroni, exactTest, judgeProportionEquals, type StatTest } from '../../src/stats/judge.js';
import { InvalidParameterError, requireInt, show } from '../../src/errors.js';
import { enclosureOfOneMinusPow, fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { configurationGrid, fmtQ } from '../../src/claims/configurationGrid.js';

const ALPHA = q(1, 1000);

/** A P3 configuration: target breakpoint t*, radius r, N neurons, dimension d, family i. */
export interface HitConfig {
  readonly tStar: Rational;
  readonly r: Rational;
  readonly N: number;
  readonly d: number;
  readonly i: number;
}

/** The configurations (hit probabilities ≈ 0.26, 0.33, 0.12, 0.20). */
export const HIT_CONFIGS: readonly HitConfig[] = [
  { tStar: q(1, 3), r: q(1, 8), N: 4, d: 2, i: 1 },
  { tStar: Rational.ZERO, r: q(1, 16), N: 10, d: 4, i: 2 },
  { tStar: q(-3, 4), r: q(1, 10), N: 3, d: 6, i: 3 },
  { tStar: q(7, 8), r: q(1, 32), N: 20, d: 2, i: 1 },
];

/** The label of a configuration. */
const hitLabel = (c: HitConfig) => `t* = ${fmtQ(c.tStar)}, r = ${fmtQ(c.r)}, N = ${c.N}, d = ${c.d}, family ${c.i}`;

/** The configuration grid of {@link HIT_CONFIGS}. */
export const HIT_GRID = configurationGrid(
  HIT_CONFIGS.map((c) => ({ ...c, label: hitLabel(c) })),
  (c) => ({ 't*': fmtQ(c.tStar), r: fmtQ(c.r), N: String(c.N), d: String(c.d), i: String(c.i) }),
);

/**
 * Trials per configuration. At the default depth every configuration detects a 5 % relative
 * deviation of its hit probability with power ≥ 9/10 (stated per test; the smallest, p ≈ 0.12, needs
 * ~80 000); CI depth detects ~15 %.
 */
export const HIT_TRIALS = { ci: 10000, full: 100000 } as const;

/** Options of {@link hitProbabilityClaim}. */
export interface HitProbabilityOptions {
  /** Replace r by rScale·r in the *formula* only (a deliberately wrong variant, for power tests); default 1. */
  readonly rScale?: Rational;
  /** Indices into {@link HIT_CONFIGS} to run (default: all); α stays split over all of them. */
  readonly configs?: readonly number[];
}

/**
 * P3 as a claim; with options, a variant (id `hit_probability_eq_variant`) whose formula uses
 * rScale·r — wrong for rScale ≠ 1, so the suite must refute it.
 * @throws InvalidParameterError for rScale ≤ 0 or a configuration index out of range
 */
export function hitProbabilityClaim(opts: HitProbabilityOptions = {}): StatClaim<null> {
  const scale = opts.rScale ?? Rational.ONE;
  if (!(scale instanceof Rational) || scale.sign() <= 0)
    throw new InvalidParameterError('hitProbabilityClaim', 'rScale', 'a positive Rational', show(scale));
  const idx = opts.configs ?? HIT_CONFIGS.map((_, c) => c);
  for (const c of idx) requireInt('hitProbabilityClaim', 'configs[]', c, 0, HIT_CONFIGS.length - 1);
  const variant = opts.rScale !== undefined || opts.configs !== undefined;
  return defineClaim<StatClaim<null>>({
    id: variant ? 'hit_probability_eq_variant' : 'hit_probability_eq',
    specRef: 'P3',
    paperRef: null,
    versions: ['v1', 'v2', 'v3'],
    readings: ['A1'],
    kind: 'statistical',
    alpha: ALPHA.toString(),
    statement: variant
      ? `Variant of P3 with r replaced by ${scale}·r in the formula: P(∃ j ≤ N : |t_i(w_j) − t*| ≤ r) = 1 − (1 − p')^N, p' = (atan(t*+${scale}r) − atan(t*−${scale}r))/π.`
      : 'With p = (atan(t*+r) − atan(t*−r))/π ≤ 2r/π: P(∃ j ≤ N : |t_i(w_j) − t*| ≤ r) = 1 − (1 − p)^N.',
    smtNote:
      'Statistical: a probability over Gaussian neurons, 1 − (1 − p)^N with p = (atan(t*+r) − atan(t*−r))/π — transcendental; judged against rigorous enclosures.',
    uses: ['breakpoint_is_standard_cauchy'],
    expected: 'holds',
    hypotheses: 'N independent Gaussian neurons; a window of radius r around t* in family i.',
    domain:
      '(t*, r, N, d) ∈ {(1/3, 1/8, 4, 2), (0, 1/16, 10, 4), (−3/4, 1/10, 3, 6), (7/8, 1/32, 20, 2)}; exact hit decisions; Clopper–Pearson against a rigorous enclosure of 1 − (1 − p)^N.',
    proofSketch:
      'By P1 one neuron hits the window with probability p = (atan(t*+r) − atan(t*−r))/π, and the Cauchy density is at most 1/π, so p ≤ 2r/π. Neurons are independent, so the probability that none hits is (1 − p)^N.',
    parameters: [
      { name: 't*', description: 'the window centre', special: '0' },
      { name: 'r', description: 'the window radius' },
      { name: 'N', description: 'neurons', special: '1' },
      { name: 'd', description: 'input dimension', special: '2' },
      { name: 'i', description: 'the family', special: '1' },
    ],
    configurations: idx.map((c) => HIT_GRID.configurations[c]!),
    check: () => [],
    run: (ctx) => {
      const n = trialsFor(ctx, HIT_TRIALS);
      const ran: string[] = [];
      const a = bonferroni(ALPHA, HIT_CONFIGS.length);
      const tests: StatTest[] = [];
      const rows: (string | number)[][] = [];
      const pi = piEnclosure();
      for (const c of idx) {
        const cfg = HIT_CONFIGS[c]!;
        const rf = cfg.r.mul(scale); // the radius the formula uses (= r for the true claim)
        const p = cauchyMassEnclosure(cfg.tStar.sub(rf), cfg.tStar.add(rf));
        const pBound = rf.mul(q(2)).div(pi.hi); // a lower bound on 2r/π
        const win = rawWindow(cfg.tStar, cfg.r);
        let hits = 0;
        for (let t = 0; t < n; t++) {
          if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
          const raw = randomRawNetwork(`${ctx.seed}:P3:${c}:${t}`, cfg.N, cfg.d);
          if (firstHitIndex(raw, cfg.i, win) >= 0) hits++;
        }
        const target = enclosureOfOneMinusPow(p, cfg.N);
        const label = `t* = ${cfg.tStar}, r = ${cfg.r}, N = ${cfg.N} (d = ${cfg.d}, family ${cfg.i})`;
        tests.push(
          exactTest(
            `${label}: p ≤ 2r/π`,
            'exact (rigorous atan/π enclosures)',
            1,
            p,
            `p ≤ 2r/π (≥ ${pBound.toDecimal(9)})`,
            p.hi.le(pBound) ? 'holds' : p.lo.gt(rf.mul(q(2)).div(pi.lo)) ? 'refuted' : 'inconclusive',
            'the enclosure of p',
          ),
        );
        tests.push(judgeProportionEquals(label, hits, n, target, a, q(1, 15)));
        ran.push(hitLabel(cfg));
        rows.push([
          cfg.tStar.toString(),
          cfg.r.toString(),
          cfg.N,
          fmtInterval(p, 8),
          p.hi.le(pBound) ? 'yes (exact)' : 'NO',
          fmtInterval(target, 6),
          `${hits}/${n}`,
        ]);
      }
      return {
        tests,
        configurationsRun: ran,
        tables: [
          {
            name: variant ? 'hit_probability_variant' : 'hit_probability',
            title: 'Hit probabilities: exact formula against seeded networks',
            columns: ['t*', 'r', 'N', 'p (enclosure)', 'p ≤ 2r/π', '1 − (1−p)^N', 'observed'],
            rows,
          },
        ],
      };
    },
  });
}

export default hitProbabilityClaim();
