/**
 * # Bench: certified decisions at scale (src/decide), as ratios against the interval branch and bound
 *
 * Instances: the gap figure's networks (`randomNetwork('20260302:gap:<s>', N, 2)`, target σ(x_1)).
 * Rows (one run per instance; distinct instances, not repetitions):
 * - baseline: `decideNeuronPruningBnB` at N = 40, ε = 1/8 (median);
 * - the certified decision (`certifyDecision`: search + certificate + exact self-check) at N = 56,
 *   ε = 1/16 (near the threshold of these networks), and at N = 128, ε = 1/32 (target median ≤ 10 s,
 *   p90 ≤ 60 s; budget 20 s each, an undecided instance counts as the budget);
 * - the exact optimum at N = 64 (`certifyMinimum`, budget 10 s; target median ≤ 2 s);
 * - the root LP bound at N = 1024 (rows + one HiGHS solve + the exact bound; target ≤ 2 s);
 * - verification of the N = 56 certificates from their files, against their solve time (target ≤ 20 %).
 *
 * Run alone with `npx tsx bench/decide.ts`; `npm run bench` calls {@link decideBenches}.
 */
import { q } from '../src/exact/Rational.js';
import { TargetNeuron } from '../src/model/Network.js';
import { randomNetwork } from '../src/model/randomNetwork.js';
import { decideNeuronPruningBnB } from '../src/model/exactDecisionBnB.js';
import { checkRows } from '../src/decide/checkRows.js';
import { certifyDecision, certifyMinimum, rootLpBound, seededInstance } from '../src/decide/certifyInstance.js';
import { parseNeuronCertificate } from '../src/decide/neuronCertificate.js';
import { verifyNeuronCertificate } from '../src/decide/verifyNeuronCertificate.js';
import type { ExtraRow } from './extra.js';

const F = new TargetNeuron([q(1), q(0)]);
const seedOf = (s: number) => `20260302:gap:${s}`;
const quantile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]!;
};

/** The decide rows for `bench/index.ts`. */
export async function decideBenches(log: (s: string) => void = (s) => process.stdout.write(s)): Promise<ExtraRow[]> {
  const base: number[] = [];
  for (let s = 0; s < 6; s++) {
    const g = randomNetwork(seedOf(s), 40, 2);
    const t0 = performance.now();
    decideNeuronPruningBnB(F, g, q(1, 8));
    base.push(performance.now() - t0);
  }
  const baseMs = quantile(base, 0.5);
  const decide = async (N: number, eps: ReturnType<typeof q>, count: number, budget: number) => {
    const ms: number[] = [];
    const certs: { text: string; ms: number }[] = [];
    let yes = 0,
      no = 0;
    for (let s = 0; s < count; s++) {
      const t0 = performance.now();
      const r = await certifyDecision(seededInstance(seedOf(s), N, F, eps), { timeMs: budget });
      const t = performance.now() - t0;
      ms.push(r.certificate ? t : budget);
      if (r.certificate?.kind === 'yes') yes++;
      if (r.certificate?.kind === 'no') {
        no++;
        certs.push({ text: JSON.stringify(r.certificate), ms: t });
      }
    }
    return { ms, yes, no, certs };
  };
  const d56 = await decide(56, q(1, 16), 6, 20_000);
  const d128 = await decide(128, q(1, 32), 5, 20_000);
  const opt: number[] = [];
  let optDone = 0;
  for (let s = 0; s < 3; s++) {
    const t0 = performance.now();
    const r = await certifyMinimum(seededInstance(seedOf(s), 64, F, null), { timeMs: 10_000 });
    if (r.certificate) optDone++;
    opt.push(r.certificate ? performance.now() - t0 : 10_000);
  }
  const t0 = performance.now();
  const lp = await rootLpBound(checkRows(F, randomNetwork(seedOf(0), 1024, 2)));
  const lpMs = performance.now() - t0;
  let vMs = 0,
    sMs = 0;
  for (const c of d56.certs) {
    const t = performance.now();
    if (!verifyNeuronCertificate(parseNeuronCertificate(c.text)).ok)
      throw new Error('bench/decide: a fresh certificate does not verify');
    vMs += performance.now() - t;
    sMs += c.ms;
  }
  log(
    `\ncertified decisions (src/decide), d = 2, target σ(x_1): baseline interval BnB N = 40, ε = 1/8 median ${baseMs.toFixed(0)} ms; ` +
      `N = 56, ε = 1/16: ${d56.yes} yes / ${d56.no} no / ${6 - d56.yes - d56.no} undecided (20 s), median ${quantile(d56.ms, 0.5).toFixed(0)} ms; ` +
      `N = 128, ε = 1/32: ${d128.yes} yes / ${d128.no} no / ${5 - d128.yes - d128.no} undecided, median ${quantile(d128.ms, 0.5).toFixed(0)} ms, p90 ${quantile(d128.ms, 0.9).toFixed(0)} ms; ` +
      `exact optimum N = 64: ${optDone}/3 within 10 s; root LP bound N = 1024: ${lpMs.toFixed(0)} ms (bound ${lp.bound.toDecimal(5)}); ` +
      `verification of ${d56.certs.length} no certificates: ${vMs.toFixed(0)} ms against ${sMs.toFixed(0)} ms solving.\n`,
  );
  return [
    {
      name: `certified decision, d = 2, N = 56, ε = 1/16 (median of 6; ${d56.yes} yes, ${d56.no} no, undecided = 20 s)`,
      exactMs: quantile(d56.ms, 0.5),
      baselineMs: baseMs,
      baseline: 'interval BnB, N = 40, ε = 1/8 (median)',
    },
    {
      name: `certified decision, d = 2, N = 128, ε = 1/32 (median of 5; ${d128.yes} yes, ${d128.no} no)`,
      exactMs: quantile(d128.ms, 0.5),
      baselineMs: baseMs,
      baseline: 'interval BnB, N = 40, ε = 1/8 (median)',
      targetMs: 10_000,
    },
    {
      name: `certified decision, d = 2, N = 128, ε = 1/32 (p90 of 5)`,
      exactMs: quantile(d128.ms, 0.9),
      baselineMs: baseMs,
      baseline: 'interval BnB, N = 40, ε = 1/8 (median)',
      targetMs: 60_000,
    },
    {
      name: `exact optimum (certified), d = 2, N = 64 (median of 3; ${optDone} within 10 s)`,
      exactMs: quantile(opt, 0.5),
      baselineMs: baseMs,
      baseline: 'interval BnB, N = 40, ε = 1/8 (median)',
      targetMs: 2000,
    },
    {
      name: 'root LP lower bound (exact), d = 2, N = 1024 (rows + HiGHS + exact bound)',
      exactMs: lpMs,
      baselineMs: baseMs,
      baseline: 'interval BnB, N = 40, ε = 1/8 (median)',
      targetMs: 2000,
    },
    {
      name: `certificate verification (no solver), N = 56, ${d56.certs.length} no certificates`,
      exactMs: vMs,
      baselineMs: sMs,
      baseline: 'their solve time',
      ratioTarget: 0.2,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void decideBenches().then((rows) => {
    for (const r of rows)
      process.stdout.write(
        `| ${r.name} | ${r.exactMs.toFixed(1)} ms | ${r.baseline} | ${r.baselineMs.toFixed(1)} ms | ${(r.exactMs / r.baselineMs).toFixed(3)}× |\n`,
      );
  });
}
