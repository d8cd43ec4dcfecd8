/**
 * # Verdicts and their text
 *
 * Main definitions: {@link vacuityThreshold}(n) — the hypothesis-meeting cases a `holds` needs;
 * {@link exactVerdict} — an exact claim's verdict from its search, grid and refutation;
 * {@link verdictText} — the verdict in words, as the summary shows it.
 *
 * Main statements (what a verdict means):
 * - an exact claim *holds* only if no case refuted it **and** at least max(100, ⌈n/2⌉) of its n
 *   random cases met the hypothesis; fewer gives `inconclusive (vacuous)` — a case that misses the
 *   hypothesis is never counted as a pass;
 * - running out of the time budget gives `timeout`, never a silent pass;
 * - an `open` claim that is not refuted reads "not decided", never "holds";
 * - a verdict other than the expected one is written in capitals.
 */
import type { Claim, Verdict } from '../claims/defineClaim.js';

/** The least number of hypothesis-meeting cases a `holds` needs among n random cases. */
export function vacuityThreshold(n: number): number {
  return Math.max(100, Math.ceil(n / 2));
}

/** An exact claim's verdict: refuted, else timeout, else inconclusive (vacuous), else holds. */
export function exactVerdict(o: { refuted: boolean; timedOut: boolean; vacuous: boolean }): Verdict {
  if (o.refuted) return 'refuted';
  if (o.timedOut) return 'timeout';
  if (o.vacuous) return 'inconclusive';
  return 'holds';
}

/** The verdict in words; `detail` is the evidence in brackets, `openSentence` an open claim's own sentence. */
export function verdictText(verdict: Verdict, claim: Claim, detail: string, openSentence: string | null): string {
  const isControl = claim.negativeControlOf !== undefined;
  if (verdict === 'timeout') return 'timeout (not judged)';
  if (verdict === 'inconclusive') return `inconclusive ${detail}`.trim();
  if (verdict === 'open') return `not decided (open): not refuted${openSentence ? `; ${openSentence}` : ''}`;
  if (verdict === claim.expected) return verdict === 'refuted' ? (isControl ? 'refuted as expected (negative control)' : 'refuted as expected') : `holds ${detail}`.trim();
  return verdict === 'refuted' ? 'REFUTED — expected to hold' : `HOLDS — expected to be refuted ${detail}`.trim();
}
