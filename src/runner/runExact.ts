/**
 * # The exact phase of a claim: grid, search, stored inputs, tightness
 *
 * Main definitions: {@link runExact}(claim, options, seed, deadline) → {@link ExactOutcome}: the
 * verdict, the evidence record, the tightness entries, the counterexample files and the verdict's
 * detail in words.
 *
 * Main statements: `numRuns` counts the cases that meet the hypothesis (the search draws up to 10×
 * as many, see `search.ts`; fewer met is the health check "filtered too much"); the verdict comes from the bounded-exhaustive grid and the seeded search from
 * scratch (plus the claim's own examples: code); stored counterexamples of earlier runs are re-run
 * apart and reported in `regression`, so claims.json depends only on (code, seed, depth, runs) —
 * except when a stored counterexample still refutes a claim the search did not refute, which is a
 * refutation (a certified fact is never dropped). Tightness probes run only when the claim holds.
 */
import type { ExactClaim, Verdict } from '../claims/defineClaim.js';
import type { ExactEvidence, TightnessEntry } from '../schema/schemas.js';
import { counterexampleOf } from './counterexample.js';
import { exactNumRuns } from './depth.js';
import { gridPass } from './grid.js';
import type { NamedCounterexample } from './record.js';
import { rerunPinned, type RegressionResult } from './regression.js';
import type { RunOptions } from './runOptions.js';
import { search } from './search.js';
import { probeTightness } from './tightness.js';
import { exactVerdict, filteredTooMuchText, maxDraws } from './verdict.js';

/** What the exact phase gives the record. */
export interface ExactOutcome {
  readonly verdict: Verdict;
  readonly evidence: ExactEvidence;
  readonly tightness: TightnessEntry[];
  /** The main counterexample first (named after the claim), then the tightness certificates. */
  readonly files: NamedCounterexample[];
  readonly detail: string;
  readonly regression: RegressionResult | null;
}

/** Run an exact claim's grid, search, stored inputs and tightness probes. */
export function runExact(claim: ExactClaim, opts: RunOptions, seed: number, deadline: number): ExactOutcome {
  const numRuns = exactNumRuns(claim, opts);
  // 1. the bounded-exhaustive grid (code: part of the verdict)
  const grid = gridPass(claim, undefined, deadline);
  // 2. the seeded search from scratch
  const s = search(claim, { seed, numRuns, timeMs: deadline - Date.now(), shrink: true });
  let main = null;
  let refutedBy: ExactEvidence['refutedBy'] = null;
  if (s.failed) {
    main = counterexampleOf(claim, s.input, {
      source: 'fast-check',
      seed: s.seed,
      path: s.path ?? null,
      note: `found by the seeded search after ${s.draws} draw(s), shrunk ${s.numShrinks} time(s)`,
    });
    refutedBy = { source: 'search', foundAfterCases: s.draws, numShrinks: s.numShrinks ?? 0 };
  } else if (grid.violating !== undefined) {
    main = counterexampleOf(claim, grid.violating, {
      source: 'exhaustive',
      seed: null,
      path: null,
      note: `found by the bounded-exhaustive pass (input ${grid.inputs} of the grid ${claim.exhaustive!.domain})`,
    });
    refutedBy = { source: 'exhaustive', gridInput: grid.inputs };
  }
  // 3. stored counterexamples of earlier runs, re-run apart
  let regression: RegressionResult | null = null;
  if (opts.pinned && opts.pinned.length > 0) {
    const r = rerunPinned(claim, opts.pinned);
    regression = r.result;
    if (!main && 'firstStill' in r) {
      main = counterexampleOf(claim, r.firstStill, {
        source: 'pinned',
        seed: null,
        path: null,
        note: 're-run from the stored counterexample file: the seeded search did not find it this run',
      });
      refutedBy = { source: 'stored counterexample' };
    }
  }
  const filteredTooMuch = !main && s.filteredTooMuch;
  const verdict = exactVerdict({ refuted: main !== null, timedOut: s.interrupted || !grid.complete, filteredTooMuch });
  // 4. tightness probes (only when the claim itself holds)
  const tight = probeTightness(claim, { verdict, seed, numRuns, deadline });
  const closest = s.closest;
  const evidence: ExactEvidence = {
    seed: s.seed,
    numRuns,
    hypothesis: { met: s.met, draws: s.draws, maxDraws: maxDraws(numRuns), filteredTooMuch },
    boundaryHits: s.boundaryHits.map((h) => ({ ...h })),
    examples: (claim.examples ?? []).length,
    exhaustive: claim.exhaustive
      ? {
          domain: claim.exhaustive.domain,
          inputs: grid.inputs,
          met: grid.met,
          complete: grid.complete && grid.violating === undefined,
        }
      : null,
    closestCase: closest
      ? { ratio: closest.ratio.toString(), approx: closest.ratio.toDecimal(6), relation: closest.label }
      : null,
    refutedBy,
  };
  const gridText =
    claim.exhaustive && grid.complete && grid.violating === undefined
      ? `; all ${grid.inputs} inputs of the exhaustive grid`
      : '';
  const detail = filteredTooMuch
    ? `(${filteredTooMuchText(s.met, s.draws)})`
    : `(${s.met} of ${s.draws} draws met the hypothesis${gridText})`;
  const files: NamedCounterexample[] = [...(main ? [{ name: claim.id, file: main }] : []), ...tight.files];
  return { verdict, evidence, tightness: tight.entries, files, detail, regression };
}
