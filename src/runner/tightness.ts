/**
 * # Tightness probes: the declared constants moved toward their false side
 *
 * Main definitions: {@link probeTightness}(claim, settings) — for each declared constant, the
 * perturbed claims (the constant moved toward its false side by η = 1 %, 10 %, 100 %, see
 * {@link TIGHTNESS_ETAS}) run with the same grid and generator; the smallest η refuted is recorded
 * with a certified, replayable counterexample ("tight to 1 %").
 *
 * Main statements: a constant is probed only when the claim itself holds; a probe refutes only with
 * a certified counterexample of the perturbed claim (the grid first, then the seeded search without
 * shrinking); running out of time reads "timeout (not judged)".
 */
import type { ConstantOverrides, ExactClaim, Verdict } from '../claims/defineClaim.js';
import type { CounterexampleFile } from '../claims/counterexampleFile.js';
import { Rational } from '../exact/Rational.js';
import type { TightnessEntry } from '../schema/schemas.js';
import { counterexampleOf } from './counterexample.js';
import { gridPass } from './grid.js';
import type { NamedCounterexample } from './record.js';
import { search } from './search.js';

/** The perturbations a tightness probe tries, smallest first. */
export const TIGHTNESS_ETAS: readonly { readonly eta: Rational; readonly label: string }[] = [
  { eta: Rational.of(1, 100), label: '1 %' },
  { eta: Rational.of(1, 10), label: '10 %' },
  { eta: Rational.ONE, label: '2×' },
];

/** Settings of the probes: the claim's verdict, and the search's seed, runs and deadline. */
export interface TightnessSettings {
  readonly verdict: Verdict;
  readonly seed: number;
  readonly numRuns: number;
  readonly deadline: number;
}

/** Probe every declared constant (see the header): the entries, and the certificates found. */
export function probeTightness(
  claim: ExactClaim,
  s: TightnessSettings,
): { entries: TightnessEntry[]; files: NamedCounterexample[] } {
  const entries: TightnessEntry[] = [];
  const files: NamedCounterexample[] = [];
  for (const k of claim.constants ?? []) {
    const base = {
      name: k.name,
      description: k.description,
      value: k.value.toString(),
      falseSide: k.falseSide,
      specTight: k.tight,
    };
    if (s.verdict !== 'holds') {
      entries.push({ ...base, result: 'not probed (the claim itself does not hold)', eta: null, counterexample: null });
      continue;
    }
    let found: { eta: string; label: string; counterexample: string } | null = null;
    let timedOut = false;
    for (const { eta, label } of TIGHTNESS_ETAS) {
      const factor = Rational.ONE.add(eta);
      const value = k.falseSide === 'up' ? k.value.mul(factor) : k.value.div(factor);
      const constants: ConstantOverrides = { [k.name]: value };
      const g = gridPass(claim, constants, s.deadline);
      let input: unknown = g.violating;
      let source: CounterexampleFile['source'] = 'exhaustive';
      let pseed: number | null = null;
      if (input === undefined) {
        const ps = search(claim, {
          seed: s.seed,
          numRuns: s.numRuns,
          timeMs: s.deadline - Date.now(),
          constants,
          shrink: false,
        });
        if (ps.failed) {
          input = ps.input;
          source = 'tightness';
          pseed = ps.seed;
        } else if (ps.interrupted) timedOut = true;
      }
      if (input !== undefined) {
        const name = `${claim.id}.tight.${k.name}`;
        const file = counterexampleOf(claim, input, {
          source,
          seed: pseed,
          path: null,
          note: `${k.description}: the claim with ${k.name} = ${value} (moved ${label} toward the false side) is false on this input`,
          constants,
        });
        if (file) {
          files.push({ name, file });
          found = { eta: eta.toString(), label, counterexample: `counterexamples/${name}.json` };
          break;
        }
      }
      if (timedOut) break;
    }
    const result = found
      ? found.label === '1 %'
        ? 'tight to 1 %'
        : `perturbed by ${found.label} refuted (not by 1 %)`
      : timedOut
        ? 'timeout (not judged)'
        : 'no perturbation up to 2× refuted';
    entries.push({ ...base, result, eta: found?.eta ?? null, counterexample: found?.counterexample ?? null });
  }
  return { entries, files };
}
