/**
 * # `npm run threshold -- …` — the certified neuron-pruning threshold N*(ε), resumable
 *
 * Main definitions: {@link runThreshold}(argv). Search mode (default): for every seed
 * `<seed-base>:gap:<s>` (s < --seeds, the gap figure's networks) and every ε in --eps, the certified
 * interval [lo, hi] ∋ N*(ε) of `neuronThreshold` (d = 2, target --target, prefixes up to --n-max,
 * --budget-ms per decision), each certificate written into --out as it is found, the curve in
 * `<out>/summary.json`; pairs already in the summary are skipped, certificates already in the folder
 * are reused. Verify mode (`--verify DIR`): every certificate of DIR re-verified exactly, without
 * any solver; exit code 1 when one fails.
 *
 * Main statements: a `no` at lo − 1 and a `yes` at hi certify N*(ε) ∈ [lo, hi] (prefixes nest).
 *
 * Implementation notes: progress (one line per decision) on stderr; only the certificates behind
 * each interval (and the LP bound) are kept once a pair is done, and `--prune` deletes the files
 * no summary row uses, so the folder stays small; certificates above 32 KB are gzipped.
 *
 * References: blueprint E11, §6 (the gap experiment).
 */
import { Command } from 'commander';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Rational } from '../exact/Rational.js';
import { TargetNeuron } from '../model/Network.js';
import { CliUsageError } from '../errors.js';
import { neuronThreshold, type ThresholdResult } from '../decide/neuronThreshold.js';
import type { CertificateInstance, NeuronCertificate } from '../decide/neuronCertificate.js';
import {
  THRESHOLD_DIR,
  GZIP_ABOVE,
  certificateFileName,
  isCertificateFile,
  readCertificate,
  readThresholdSummary,
  verifyFolder,
  writeCertificate,
  type ThresholdRow,
} from '../decide/certificateFolder.js';
import { isEntryPoint, parseCommand, parseIntOption, runMain } from './common.js';
import { DEFAULT_SEED } from './constants.js';

export {
  THRESHOLD_DIR,
  certificateFileName,
  GZIP_ABOVE,
  writeCertificate,
  readCertificate,
  verifyFolder,
  type ThresholdRow,
};

function key(i: CertificateInstance): string {
  return `${i.seed}|${i.eps}|${i.N}|${i.target.join(',')}`;
}

/** The command (see the module header). */
export async function runThreshold(argv: string[]): Promise<number> {
  const program = new Command('threshold')
    .description('certified neuron-pruning threshold N*(eps) over seeded networks (d = 2), or --verify DIR')
    .option('--out <dir>', 'certificate folder', THRESHOLD_DIR)
    .option('--verify <dir>', 're-verify every certificate of DIR exactly and exit')
    .option('--seeds <k>', 'number of seeds', '20')
    .option('--seed-base <n>', 'global seed (the networks are <n>:gap:<s>)', String(DEFAULT_SEED))
    .option('--eps <list>', 'comma-separated ε values', '1/4,1/8,1/16,1/32')
    .option('--target <list>', 'comma-separated target w* (unit vector)', '1/1,0/1')
    .option('--n-max <n>', 'largest prefix', '64')
    .option('--budget-ms <ms>', 'time budget per decision', '5000')
    .option('--prune', 'after the search, delete the certificate files no summary row uses')
    .option('--probe-s <s>', 'seconds of a MIP probe for a witness at --n-max before the search (0: none)', '0');
  const parsed = parseCommand(program, argv);
  if (typeof parsed === 'number') return parsed;
  const o = parsed.opts<{
    out: string;
    verify?: string;
    seeds: string;
    seedBase: string;
    eps: string;
    target: string;
    nMax: string;
    budgetMs: string;
    probeS: string;
    prune?: boolean;
  }>();
  if (o.verify !== undefined) {
    if (!existsSync(o.verify)) throw new CliUsageError(`--verify: no folder '${o.verify}'`);
    const r = verifyFolder(o.verify, (line) => process.stderr.write(line + '\n'));
    process.stdout.write(
      `${r.files - r.failed.length}/${r.files} certificates verified exactly in ${r.ms} ms${r.failed.length ? `; FAILED: ${r.failed.join(', ')}` : ''}\n`,
    );
    return r.failed.length ? 1 : 0;
  }
  const seeds = parseIntOption('--seeds', o.seeds, 1, 1000);
  const base = parseIntOption('--seed-base', o.seedBase, 0, 2 ** 31 - 1);
  const nMax = parseIntOption('--n-max', o.nMax, 1, 4096);
  const budget = parseIntOption('--budget-ms', o.budgetMs, 1, 86_400_000);
  const probe = parseIntOption('--probe-s', o.probeS, 0, 3600);
  const rat = (name: string, s: string): Rational => {
    try {
      return Rational.parse(s.trim());
    } catch {
      throw new CliUsageError(`${name}: expected rationals such as 1/8, got '${s}'`);
    }
  };
  const epsList = o.eps.split(',').map((s) => rat('--eps', s));
  if (epsList.some((e) => e.sign() <= 0 || e.ge(Rational.ONE)))
    throw new CliUsageError(`--eps: expected values in (0, 1), got '${o.eps}'`);
  const w = o.target.split(',').map((s) => rat('--target', s));
  if (w.length !== 2 || !w.reduce((a, x) => a.add(x.mul(x)), Rational.ZERO).eq(Rational.ONE))
    throw new CliUsageError(`--target: expected a rational unit vector of dimension 2, got '${o.target}'`);
  const f = new TargetNeuron(w);
  mkdirSync(o.out, { recursive: true });
  const summaryPath = join(o.out, 'summary.json');
  const summary: ThresholdRow[] = existsSync(summaryPath) ? readThresholdSummary(o.out).rows : [];
  // certificates already in the folder (resume)
  const byKey = new Map<string, NeuronCertificate>();
  const fileOf = new Map<string, string>();
  for (const file of readdirSync(o.out).filter(isCertificateFile)) {
    try {
      const c = readCertificate(o.out, file);
      fileOf.set(certificateFileName(c), file);
      byKey.set(key(c.instance), c);
    } catch {
      /* a corrupt file is ignored here and reported by --verify */
    }
  }
  const save = () =>
    writeFileSync(
      summaryPath,
      JSON.stringify({ target: o.target, nMax, budgetMs: budget, rows: summary }, null, 1) + '\n',
    );
  for (const eps of epsList)
    for (let s = 0; s < seeds; s++) {
      const seed = `${base}:gap:${s}`;
      if (summary.some((r) => r.seed === seed && r.eps === eps.toString())) continue;
      const written: string[] = [];
      const t0 = performance.now();
      const res: ThresholdResult = await neuronThreshold(seed, f, eps, {
        nMax,
        timeMsPerDecision: budget,
        probeSeconds: probe,
        lookup: (inst) => byKey.get(key(inst)),
        onCertificate: (c) => {
          const name = writeCertificate(o.out, c);
          fileOf.set(certificateFileName(c), name);
          byKey.set(key(c.instance), c);
          written.push(name);
        },
        onDecision: (n, a) => process.stderr.write(`  ${seed} ε = ${eps}: N = ${n} → ${a}\n`),
      });
      const keep = [res.no, res.yes, res.lpNo]
        .filter((c): c is NeuronCertificate => c !== null)
        .map((c) => fileOf.get(certificateFileName(c)) ?? certificateFileName(c));
      for (const name of written) if (!keep.includes(name) && existsSync(join(o.out, name))) rmSync(join(o.out, name));
      summary.push({
        seed,
        eps: eps.toString(),
        lo: res.lo,
        hi: res.hi,
        nLp: res.nLp,
        undecided: res.undecided,
        files: [...new Set(keep)].sort(),
      });
      save();
      process.stderr.write(
        `${seed} ε = ${eps}: N* ∈ [${res.lo}, ${res.hi ?? `> ${nMax}`}], N_LP = ${res.nLp} (${Math.round(performance.now() - t0)} ms)\n`,
      );
    }
  save();
  if (o.prune) {
    const used = new Set(summary.flatMap((r) => r.files));
    for (const file of readdirSync(o.out).filter(isCertificateFile)) if (!used.has(file)) rmSync(join(o.out, file));
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(runThreshold);
