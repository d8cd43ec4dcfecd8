/**
 * # T1-fixed `approx_prob_le_hit_prob_of_fixed_target` (paper Theorem 1, fixed-target reading)
 *
 * Statement: for a fixed unit target with κ_i > 0 and |t_i*| + r_i < 1 (r_i = 4ε/κ_i),
 * P(∃S : g_S ε-approximates f) ≤ 1 − (1 − p_i)^N ≤ 8Nε/(πκ_i), p_i the Cauchy mass of the window.
 *
 * Experiment: (1) d = 2 and N ≤ 14 (brute force over all subsets) and N = 40 (branch and bound,
 * `decideNeuronPruningBnB`): the exact decision (APPROX with a witness S, or NO with a certificate:
 * the empty window, the exact minimum, or the exhaustive search record) for every seeded network; the APPROX frequency is judged against 1 − (1 − p)^N;
 * (2) any d: the frequency of the necessary condition (a breakpoint in the window, decided exactly)
 * is judged against 8Nε/(πκ). Clopper–Pearson, Bonferroni over all sampled tests. The deterministic
 * half of the statement — the window fits and 1 − (1 − p)^N ≤ 8Nε/(πκ) — is decided exactly per
 * configuration on rigorous enclosures. Power: the breakpoint tests detect a 5 % excess over
 * 8Nε/(πκ) at the default depth; the exact decisions (d = 2) cost ~10 ms each, so their tests state a
 * weaker power (see each test).
 *
 * Configuration grid (declared, rendered in the blueprint, and exactly what `run` iterates over):
 * the exact decisions need d = 2, where every unit target lies on family 1's coordinates (ρ² = 1,
 * so p ≈ 8εκ/π ≤ 8ε/π); the necessary-condition configurations add targets *off* the family
 * (ρ² < 1: mass on a coordinate no family uses, or on the other family's), d ∈ {3, 4, 8}, family
 * 2, both signs of w*_{2i−1} and t* = 0 — where 8Nε/(πκ) is needed: {@link fixedTargetClaim} with
 * `forgetKappa` (the bound 8Nε/π, a wrong variant) holds on the targets on the family and is refuted
 * on the ones off it.
 */
import { defineClaim, type StatClaim } from '../../src/claims/defineClaim.js';
import { exactNetwork, randomRawNetwork } from '../../src/model/randomNetwork.js';
import { firstHitIndex, rawWindow } from '../../src/model/rawHits.js';
import { TargetNeuron } from '../../src/model/Network.js';
import { decideNeuronPruning } from '../../src/model/exactDecision.js';
import { decideNeuronPruningBnB } from '../../src/model/exactDecisionBnB.js';
import { bonferroni, exactTest, judgeProportionAtMost, type StatTest } from '../../src/stats/judge.js';
import { fmtInterval, pastDeadline, trialsFor } from '../../src/claims/statHelpers.js';
import { Rational, q } from '../../src/exact/Rational.js';
import { fixedTargetBounds } from '../../src/model/fixedTarget.js';
import { piEnclosure, Interval } from '../../src/exact/Interval.js';
import {
  configurationGrid,
  fmtQ,
  targetParams,
  TARGET_PARAMETERS,
  type GridItem,
} from '../../src/claims/configurationGrid.js';
import { InvalidParameterError, show } from '../../src/errors.js';

const ALPHA = q(1, 1000);

/** A fixed-target configuration: the exact decision (d = 2) or the necessary condition (any d, family i). */
export interface FixedConfig extends GridItem {
  readonly kind: 'decision' | 'necessary';
  readonly w: readonly Rational[];
  readonly i: number;
  readonly eps: Rational;
  readonly N: number;
  /** The seed stream of its networks (stable when configurations are added). */
  readonly stream: string;
}

/**
 * The exact half of T1-fixed for one configuration: the window fits (|t*| + r < 1) and
 * 1 − (1 − p)^N ≤ 8Nε/(πκ), decided on rigorous enclosures (holds when the upper end of the left
 * side is at most the lower end of the right side).
 */
export function boundsTest(
  label: string,
  b: ReturnType<typeof fixedTargetBounds>,
  linear: Interval = b.linear,
  linearName = '8Nε/(πκ)',
): StatTest {
  const fits = b.tStar.abs().add(b.r).lt(Rational.ONE);
  const judgement = !fits
    ? 'refuted'
    : b.hit.hi.le(linear.lo)
      ? 'holds'
      : b.hit.lo.gt(linear.hi)
        ? 'refuted'
        : 'inconclusive';
  return exactTest(
    `${label}: |t*| + r < 1 and 1 − (1−p)^N ≤ ${linearName}`,
    'exact (rigorous atan/π enclosures)',
    1,
    b.hit,
    `≤ ${linearName} ∈ ${fmtInterval(linear, 9)}`,
    judgement,
    'the enclosure of 1 − (1−p)^N',
  );
}

const W_12_13 = [q(12, 13), q(-5, 13)];
const pad = (w: readonly Rational[], d: number) => [...w, ...Array.from({ length: d - w.length }, () => Rational.ZERO)];
const dec = (w: readonly Rational[], eps: Rational, N: number, stream: string): FixedConfig => ({
  label: `decision: d = 2, w* = (${w.map(fmtQ).join(', ')}), ε = ${eps}, N = ${N}`,
  kind: 'decision',
  w,
  i: 1,
  eps,
  N,
  stream,
});
const nec = (w: readonly Rational[], i: number, eps: Rational, N: number, stream: string): FixedConfig => ({
  label: `necessary condition: d = ${w.length}, family ${i}, w* = (${w.map(fmtQ).join(', ')}), ε = ${eps}, N = ${N}`,
  kind: 'necessary',
  w,
  i,
  eps,
  N,
  stream,
});

/** The configuration grid: exact decisions (d = 2) and the necessary condition (targets on and off the family). */
export const FIXED_TARGET_GRID = configurationGrid<FixedConfig>(
  [
    dec(W_12_13, q(1, 64), 11, 'T1f:0'),
    dec([q(4, 5), q(-3, 5)], q(1, 32), 5, 'T1f:1'),
    dec(W_12_13, q(1, 32), 14, 'T1f:2'),
    dec(W_12_13, q(1, 128), 40, 'T1f:3'),
    dec([q(-4, 5), q(-3, 5)], q(1, 32), 8, 'T1f:4'),
    nec(pad(W_12_13, 4), 1, q(1, 128), 20, 'T1f:any:0'),
    nec(pad([q(4, 5), q(-3, 5)], 8), 1, q(1, 256), 40, 'T1f:any:1'),
    // off the family: ρ² = 9/25 (mass on e_3, which no family uses), t* = 0, κ = 3/5
    nec([q(3, 5), Rational.ZERO, q(4, 5)], 1, q(1, 64), 10, 'T1f:any:2'),
    // family 2, off it: ρ² = 5/9 (mass on e_2, family 1's), w*_3 < 0, t* = 1/2, κ = 2/3
    nec([Rational.ZERO, q(2, 3), q(-2, 3), q(1, 3)], 2, q(1, 128), 6, 'T1f:any:3'),
  ],
  (c) => ({
    ...targetParams(new TargetNeuron(c.w), c.i),
    ε: fmtQ(c.eps),
    N: String(c.N),
    test:
      c.kind === 'decision'
        ? 'APPROX (exact decision) and the exact bound'
        : 'necessary condition (breakpoint in the window) and the exact bound',
  }),
);

/** Above this N the exact decision is branch and bound (brute force enumerates 2^N subsets). */
const BRUTE_MAX_N = 14;

/** Options of {@link fixedTargetClaim}. */
export interface FixedTargetOptions {
  /**
   * Use 8Nε/π — the bound with κ forgotten (κ = 1) — in place of 8Nε/(πκ): a wrong variant (id
   * `approx_prob_le_hit_prob_of_fixed_target_without_kappa`), true for every target on the family's
   * coordinates and false off them. Default false.
   */
  readonly forgetKappa?: boolean;
  /** Labels of the configurations to run (default: all of {@link FIXED_TARGET_GRID}); α is split over them. */
  readonly configurations?: readonly string[];
}

/**
 * T1-fixed as a claim over its configuration grid; with options, a variant.
 * @throws InvalidParameterError for a configuration label not in the grid
 */
export function fixedTargetClaim(opts: FixedTargetOptions = {}): StatClaim<null> {
  const forget = opts.forgetKappa ?? false;
  const labels = opts.configurations ?? FIXED_TARGET_GRID.items.map((c) => c.label);
  for (const l of labels)
    if (!FIXED_TARGET_GRID.items.some((c) => c.label === l))
      throw new InvalidParameterError('fixedTargetClaim', 'configurations[]', 'a label of FIXED_TARGET_GRID', show(l));
  const grid = FIXED_TARGET_GRID.items.filter((c) => labels.includes(c.label));
  const variant = opts.forgetKappa !== undefined || opts.configurations !== undefined;
  const linName = forget ? '8Nε/π' : '8Nε/(πκ)';
  return defineClaim<StatClaim<null>>({
    id: forget
      ? 'approx_prob_le_hit_prob_of_fixed_target_without_kappa'
      : variant
        ? 'approx_prob_le_hit_prob_of_fixed_target_variant'
        : 'approx_prob_le_hit_prob_of_fixed_target',
    specRef: 'T1-fixed',
    paperRef: 'Theorem 1',
    versions: ['v1', 'v2', 'v3'],
    readings: ['A1', 'D-cube', 'T1-fixed'],
    kind: 'statistical',
    alpha: ALPHA.toString(),
    statement: forget
      ? 'Variant of T1-fixed with κ forgotten (false off the family): for a fixed unit target with κ_i > 0 and |t_i*| + r_i < 1: P(∃S : g_S ε-approximates f) ≤ 1 − (1 − p_i)^N ≤ 8Nε/π.'
      : 'For a fixed unit target with κ_i > 0 and |t_i*| + r_i < 1: P(∃S : g_S ε-approximates f) ≤ 1 − (1 − p_i)^N ≤ 8Nε/(πκ_i).',
    smtNote:
      "Statistical: a probability over Gaussian networks (the window's Cauchy mass involves atan/π, transcendental). Its deterministic step, E7's window, is proved for every N by the SMT encoding of breakpoint_near_target_of_approx; its exact decisions use branch and bound (decideNeuronPruningBnB).",
    uses: ['breakpoint_near_target_of_approx', 'hit_probability_eq'],
    expected: 'holds',
    hypotheses: 'A fixed unit target with κ_i > 0 and |t_i*| + r_i < 1, r_i = 4ε/κ_i; Gaussian networks of N neurons.',
    domain:
      'exact decisions for d = 2 (w* ∈ {(12/13, −5/13), (4/5, −3/5), (−4/5, −3/5)}, ε ∈ {1/32, 1/64, 1/128}, N ∈ {5, 8, 11, 14, 40}); the necessary condition for d ∈ {3, 4, 8}, families 1 and 2, targets on the family (ρ² = 1) and off it (ρ² ∈ {9/25, 5/9}, κ ∈ {3/5, 2/3}, t* ∈ {0, 1/2}); seeded networks (the configuration grid).',
    proofSketch:
      'By E7 an ε-approximating subset needs a breakpoint within r_i of t_i*; by P3 that event has probability 1 − (1 − p_i)^N ≤ Np_i ≤ 2Nr_i/π = 8Nε/(πκ_i).',
    parameters: [
      ...TARGET_PARAMETERS,
      { name: 'ε', description: 'accuracy' },
      { name: 'N', description: 'hidden neurons' },
      { name: 'test', description: 'what is measured' },
    ],
    configurations: FIXED_TARGET_GRID.configurations.filter((c) => labels.includes(c.label)),
    check: () => [],
    run: (ctx) => {
      const n = trialsFor(ctx, { ci: 150, full: 1000 });
      const nAny = trialsFor(ctx, { ci: 3000, full: 20000 });
      const a = bonferroni(ALPHA, grid.length);
      const pi = piEnclosure();
      const tests: StatTest[] = [];
      const rows: (string | number)[][] = [];
      const ran: string[] = [];
      for (const cfg of grid) {
        const f = new TargetNeuron(cfg.w);
        const b = fixedTargetBounds(f, cfg.eps, cfg.N, cfg.i);
        // the bound judged: 8Nε/(πκ), or 8Nε/π for the variant that forgets κ
        const linear = forget
          ? new Interval(
              Rational.of(8 * cfg.N)
                .mul(cfg.eps)
                .div(pi.hi),
              Rational.of(8 * cfg.N)
                .mul(cfg.eps)
                .div(pi.lo),
            )
          : b.linear;
        /** The table row of this configuration: dimension, target, bounds and what was observed. */
        const tableRow = (dim: number, observed: string): (string | number)[] => [
          dim,
          cfg.i,
          `(${cfg.w.map(fmtQ).join(', ')})`,
          fmtQ(b.kappa),
          cfg.eps.toString(),
          cfg.N,
          fmtInterval(b.hit, 4),
          fmtInterval(linear, 4),
          observed,
        ];
        const d = cfg.w.length;
        const where = `d = ${d}${cfg.i === 1 ? '' : `, family ${cfg.i}`}, w* = (${cfg.w.map(fmtQ).join(', ')}), ε = ${cfg.eps}, N = ${cfg.N}`;
        if (cfg.kind === 'decision') {
          const bnb = cfg.N > BRUTE_MAX_N;
          // branch and bound costs ~0.1 s per network at N = 40: fewer trials, a weaker stated power
          const nc = bnb ? trialsFor(ctx, { ci: 40, full: 400 }) : n;
          let approx = 0,
            windowCert = 0,
            exactCert = 0;
          for (let t = 0; t < nc; t++) {
            if ((bnb || t % 16 === 0) && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
            const g = exactNetwork(randomRawNetwork(`${ctx.seed}:${cfg.stream}:${t}`, cfg.N, 2));
            const dec = bnb
              ? decideNeuronPruningBnB(f, g, cfg.eps, { deadline: ctx })
              : decideNeuronPruning(f, g, cfg.eps);
            if (dec.answer === 'APPROX') approx++;
            else if (dec.certificate.kind === 'window') windowCert++;
            else exactCert++;
          }
          const bound = forget ? new Interval(b.hit.lo.min(linear.lo), b.hit.hi.min(linear.hi)) : b.hit;
          tests.push(
            judgeProportionAtMost(
              `${where}: APPROX (exact decision${bnb ? ', branch and bound' : ''}) ≤ ${forget ? `min(1 − (1−p)^N, ${linName})` : '1 − (1−p)^N'}`,
              approx,
              nc,
              bound,
              a,
            ),
          );
          tests.push(boundsTest(where, b, linear, linName));
          rows.push(
            tableRow(
              2,
              `${approx}/${nc} APPROX; NO: ${windowCert} window, ${exactCert} ${bnb ? 'exhaustive search' : 'exact-minimum'}`,
            ),
          );
        } else {
          const win = rawWindow(b.tStar, b.r);
          let hits = 0;
          for (let t = 0; t < nAny; t++) {
            if (t % 512 === 0 && pastDeadline(ctx)) return { tests, timedOut: true, configurationsRun: ran };
            if (firstHitIndex(randomRawNetwork(`${ctx.seed}:${cfg.stream}:${t}`, cfg.N, d), cfg.i, win) >= 0) hits++;
          }
          tests.push(
            judgeProportionAtMost(
              `${where}: necessary condition (exact breakpoint test) ≤ ${linName}`,
              hits,
              nAny,
              linear,
              a,
            ),
          );
          tests.push(boundsTest(where, b, linear, linName));
          rows.push(tableRow(d, `${hits}/${nAny} with a breakpoint in the window`));
        }
        ran.push(cfg.label);
      }
      return {
        tests,
        configurationsRun: ran,
        tables: [
          {
            name: forget ? 't1_fixed_without_kappa' : 't1_fixed',
            title: 'Theorem 1, fixed target: observed frequencies against the bounds',
            columns: ['d', 'family', 'w*', 'κ', 'ε', 'N', '1 − (1−p)^N', linName, 'observed'],
            rows,
          },
        ],
      };
    },
  });
}

export default fixedTargetClaim();
