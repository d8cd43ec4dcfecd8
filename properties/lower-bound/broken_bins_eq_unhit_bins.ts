/**
 * # E8 `broken_bins_eq_unhit_bins` (paper Definition 2, reading R-empty)
 *
 * Statement: with closed bins B_k = [−1 + 2(k−1)/T, −1 + 2k/T], the bins the suite reports broken for a
 * neuron set J are exactly those containing no breakpoint t_i(w_j) of a j ∈ J with w_{j,2i−1} ≠ 0.
 * The located computation (one exact floor per breakpoint; both bins at a shared edge) is checked
 * against the definition (every bin against every breakpoint); generators put breakpoints exactly on
 * bin edges and at ±1. The bounded-exhaustive grid checks, for T ∈ {1..4}, a single breakpoint at
 * every bin edge, every bin centre, 1/1000 on either side of every edge, ±3/2, and none.
 */
import fc from 'fast-check';
import { defineClaim, type ExactClaim } from '../../src/claims/defineClaim.js';
import { fact } from '../../src/claims/Relation.js';
import { rationalArb } from '../../src/arbitraries/rationalArb.js';
import { brokenBins, brokenBinsByDefinition } from '../../src/model/bins.js';
import { Rational, q } from '../../src/exact/Rational.js';

interface Input {
  T: number;
  breakpoints: (Rational | null)[];
}

export default defineClaim<ExactClaim<Input>>({
  id: 'broken_bins_eq_unhit_bins',
  specRef: 'E8',
  paperRef: 'Definition 2',
  versions: ['v1', 'v2', 'v3'],
  readings: ['R-empty'],
  kind: 'exact-forall',
  statement:
    'Bin B_k (closed, width 2/T) is broken for J iff no j ∈ J with w_{j,2i−1} ≠ 0 has t_i(w_j) ∈ B_k; the located computation equals the definition.',
  smtNote:
    "Combinatorial: bins are located by integer floor of rationals and the claim equates the located computation with Definition 2 — a statement about the code's indexing, with no real parameters left to quantify once the breakpoints are given; checked exactly per case.",
  uses: [],
  expected: 'holds',
  hypotheses: 'T ≥ 1 bins of [−1, 1] (closed, width 2/T); breakpoints rational or absent (a_j = 0).',
  domain:
    'T ∈ {1,…,12}, up to 12 breakpoints in [−3/2, 3/2] (denominators ≤ 24), some exactly on bin edges, some absent.',
  proofSketch:
    'A definitional check: a bin is broken iff no defined breakpoint lies in it; the fast bin-index computation (which assigns a point on an edge to both neighbouring bins) is compared against the literal definition.',
  numRuns: { ci: 300, full: 5000 },
  exhaustive: {
    domain:
      'T ∈ {1, 2, 3, 4} × one breakpoint at every bin edge −1 + 2j/T, every bin centre, every edge ± 1/1000, ±3/2, or none',
    inputs: () => {
      const out: Input[] = [];
      for (let T = 1; T <= 4; T++) {
        const ts: (Rational | null)[] = [null, q(3, 2), q(-3, 2)];
        for (let j = 0; j <= T; j++) {
          const e = Rational.of(-T + 2 * j, T);
          ts.push(e, e.add(q(1, 1000)), e.sub(q(1, 1000)));
          if (j < T) ts.push(Rational.of(-T + 2 * j + 1, T));
        }
        for (const t of ts) out.push({ T, breakpoints: [t] });
      }
      return out;
    },
  },
  arbitrary: () =>
    fc.integer({ min: 1, max: 12 }).chain((T) =>
      fc.record({
        T: fc.constant(T),
        breakpoints: fc.array(
          fc.oneof(
            rationalArb({ min: q(-3, 2), max: q(3, 2), maxDen: 24 }),
            fc.integer({ min: 0, max: T }).map((k) => Rational.of(-T + 2 * k, T)), // exactly on an edge
            fc.constant(null),
          ),
          { maxLength: 12 },
        ),
      }),
    ),
  check: ({ T, breakpoints }) => {
    const ts = breakpoints.map((t) => t ?? undefined);
    const fast = brokenBins(ts, T);
    const def = brokenBinsByDefinition(ts, T);
    return [
      fact(
        `located broken bins [${fast.map(Number).join('')}] = definition [${def.map(Number).join('')}]`,
        fast.every((b, k) => b === def[k]),
      ),
    ];
  },
});
