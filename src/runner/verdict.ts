/**
 * # Verdicts and their text
 *
 * Main definitions: {@link DRAW_MULTIPLE} and {@link maxDraws}(n) — the draws the search may spend to
 * find the n cases that meet the hypothesis; {@link exactVerdict} — an exact claim's verdict from its
 * search, grid and refutation; {@link filteredTooMuchText} — the health check in words;
 * {@link verdictText} — the verdict in words, as the summary shows it.
 *
 * Main statements (what a verdict means):
 * - an exact claim's `numRuns` n counts the cases that **meet** the hypothesis, not the draws (as
 *   Hypothesis counts examples past `assume`): the search draws until n cases met it, stopping after
 *   9·n draws that missed it (at most {@link DRAW_MULTIPLE}·n draws); a claim holds only if no case refuted it **and** n cases met the
 *   hypothesis. When the draws run out first, the health check fails and the claim is
 *   `inconclusive (filtered too much: k of m draws met the hypothesis)` — a case that misses the
 *   hypothesis is never counted as a pass;
 * - running out of the time budget gives `timeout`, never a silent pass;
 * - an `open` claim that is not refuted reads "not decided", never "holds";
 * - a verdict other than the expected one is written in capitals.
 */
import type { Claim, Verdict } from '../claims/defineClaim.js';

/** The search draws at most this many times n cases to find the n that meet the hypothesis. */
export const DRAW_MULTIPLE = 10;

/** The most draws a search for n hypothesis-meeting cases may spend: {@link DRAW_MULTIPLE}·n. */
export function maxDraws(n: number): number {
  return DRAW_MULTIPLE * n;
}

/** The failed health check in words: "filtered too much: k of m draws met the hypothesis". */
export function filteredTooMuchText(met: number, draws: number): string {
  return `filtered too much: ${met} of ${draws} draws met the hypothesis`;
}

/** An exact claim's verdict: refuted, else timeout, else inconclusive (filtered too much), else holds. */
export function exactVerdict(o: { refuted: boolean; timedOut: boolean; filteredTooMuch: boolean }): Verdict {
  if (o.refuted) return 'refuted';
  if (o.timedOut) return 'timeout';
  if (o.filteredTooMuch) return 'inconclusive';
  return 'holds';
}

/** The verdict in words; `detail` is the evidence in brackets, `openSentence` an open claim's own sentence. */
export function verdictText(verdict: Verdict, claim: Claim, detail: string, openSentence: string | null): string {
  const isControl = claim.negativeControlOf !== undefined;
  if (verdict === 'timeout') return 'timeout (not judged)';
  if (verdict === 'inconclusive') return `inconclusive ${detail}`.trim();
  if (verdict === 'open') return `not decided (open): not refuted${openSentence ? `; ${openSentence}` : ''}`;
  if (verdict === claim.expected)
    return verdict === 'refuted'
      ? isControl
        ? 'refuted as expected (negative control)'
        : 'refuted as expected'
      : `holds ${detail}`.trim();
  return verdict === 'refuted' ? 'REFUTED — expected to hold' : `HOLDS — expected to be refuted ${detail}`.trim();
}
