/**
 * # The certified threshold curve N*(ε), re-derived from verified certificates
 *
 * Main definitions: {@link certifiedThresholdCurve}(dir, options) → for every row of the folder's
 * `summary.json` (one seeded network and one ε), the interval [lo, hi] ∋ N*(ε) and the LP bound
 * N_LP *as the verified certificates prove them*, and every failure with its file named;
 * {@link thresholdQuartiles} — quartiles of the lower and upper ends per ε.
 *
 * Main statements: N*(ε) is the smallest n such that some subset of the first n neurons of
 * `randomNetwork(seed, ·, 2)` ε-approximates σ(⟨w*, x⟩). Prefixes nest, so a verified `no` at n proves
 * N* > n, a verified `yes` at n proves N* ≤ n, and a verified one-leaf (root LP) `no` at n proves
 * N_LP > n (and N* > n). Hence lo = 1 + the largest verified `no`, hi = the smallest verified `yes`,
 * N_LP = 1 + the largest verified LP `no` — with lo = 1 and N_LP ≤ 1 needing no file (the empty
 * subset errs by sup_X σ(x_1) = 1 > ε). For ε' < ε, N*(ε') ≥ N*(ε) (an ε'-approximation is an
 * ε-approximation), so lo(ε) ≤ hi(ε') must hold for every seed: checked.
 *
 * Implementation notes: `summary.json` is an index only: every number in it is compared with what the
 * certificates prove, and a difference is a failure. Every certificate file of the folder is
 * verified, and every file the summary lists — a file that fails or is missing is a failure naming the file, never skipped; a
 * certificate whose instance is not the summary's (target, d = 2, a listed seed and ε) is a failure
 * too. `seeds` restricts the rows (and the files verified) to the first k seeds of the summary (CI
 * depth); the result is memoised per folder content (file names and sizes) within a process.
 *
 * References: blueprint E11 (`docs/blueprint.md`); `neuronThreshold.ts` (how the folder was made).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidParameterError } from '../errors.js';
import { Rational } from '../exact/Rational.js';
import {
  isCertificateFile,
  isLpCertificate,
  readCertificate,
  readThresholdSummary,
  type ThresholdSummary,
} from './certificateFolder.js';
import type { NeuronCertificate } from './neuronCertificate.js';
import { verifyNeuronCertificate } from './verifyNeuronCertificate.js';

/** One seeded network at one ε, as its verified certificates prove it. */
export interface CertifiedThresholdRow {
  readonly seed: string;
  readonly eps: string;
  /** N* ≥ lo */
  readonly lo: number;
  /** N* ≤ hi (null: no verified witness, N* ∈ [lo, ∞)) */
  readonly hi: number | null;
  /** prefixes below N_LP are excluded by the root LP relaxation */
  readonly nLp: number;
  /** lo = hi */
  readonly decided: boolean;
}

/** A certificate or summary entry that does not prove what it should. */
export interface CurveFailure {
  /** the file (or `summary.json`) */
  readonly file: string;
  readonly reason: string;
}

/** The outcome of {@link certifiedThresholdCurve}. */
export interface CertifiedCurve {
  readonly target: string;
  readonly nMax: number;
  /** the ε values, in the order of the summary */
  readonly eps: readonly string[];
  /** the seeds, in the order of the summary */
  readonly seeds: readonly string[];
  readonly rows: readonly CertifiedThresholdRow[];
  readonly failures: readonly CurveFailure[];
  /** certificate files verified (and how many of them were one-leaf LP certificates) */
  readonly files: number;
  readonly lpFiles: number;
  /** verification time (ms; not part of any verdict file) */
  readonly ms: number;
}

const memo = new Map<string, CertifiedCurve>();

/**
 * Re-derive the curve of a certificate folder from its verified certificates (see the module header).
 * @throws InvalidParameterError for `seeds` outside [1, 10^4] or an unreadable `summary.json`
 */
export function certifiedThresholdCurve(dir: string, options: { readonly seeds?: number } = {}): CertifiedCurve {
  const k = options.seeds;
  if (k !== undefined && (!Number.isSafeInteger(k) || k < 1 || k > 10_000))
    throw new InvalidParameterError('certifiedThresholdCurve', 'seeds', 'an integer in [1, 10000]', String(k));
  const names = readdirSync(dir).filter(isCertificateFile).sort();
  const memoKey = `${dir}|${k ?? 'all'}|${names.map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`).join(',')}|${statSync(join(dir, 'summary.json')).mtimeMs}`;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  const t0 = performance.now();
  const summary: ThresholdSummary = readThresholdSummary(dir);
  const allSeeds = [...new Set(summary.rows.map((r) => r.seed))];
  const seeds = k === undefined ? allSeeds : allSeeds.slice(0, k);
  const epsList = [...new Set(summary.rows.map((r) => r.eps))];
  const rowsIn = summary.rows.filter((r) => seeds.includes(r.seed));
  const failures: CurveFailure[] = [];
  const target = summary.target.split(',');
  // the files to verify: every file at full depth; the listed files of the chosen seeds otherwise
  const listed = [...new Set(rowsIn.flatMap((r) => r.files))];
  const wanted = k === undefined ? [...new Set([...names, ...listed])].sort() : listed.sort();
  const verified = new Map<string, NeuronCertificate[]>(); // seed|eps → certificates
  let lpFiles = 0;
  for (const file of wanted) {
    if (!names.includes(file)) {
      failures.push({ file, reason: 'listed in summary.json but missing from the folder' });
      continue;
    }
    let c: NeuronCertificate;
    try {
      c = readCertificate(dir, file);
      const r = verifyNeuronCertificate(c);
      if (!r.ok) {
        failures.push({ file, reason: r.reason });
        continue;
      }
    } catch (e) {
      failures.push({ file, reason: (e as Error).message });
      continue;
    }
    const i = c.instance;
    if (
      i.d !== 2 ||
      i.target.length !== target.length ||
      i.target.some((t, j) => !Rational.parse(t).eq(Rational.parse(target[j]!)))
    ) {
      failures.push({
        file,
        reason: `its instance (d = ${i.d}, w* = (${i.target.join(', ')})) is not the summary's (d = 2, w* = (${target.join(', ')}))`,
      });
      continue;
    }
    if (c.kind === 'optimal' || i.eps === null || !epsList.includes(i.eps) || !allSeeds.includes(i.seed)) {
      failures.push({
        file,
        reason: `its instance (seed ${i.seed}, ε = ${i.eps}, kind ${c.kind}) is not one of the summary's (seed, ε)`,
      });
      continue;
    }
    if (isLpCertificate(c)) lpFiles++;
    const key = `${i.seed}|${i.eps}`;
    verified.set(key, [...(verified.get(key) ?? []), c]);
  }
  const rows: CertifiedThresholdRow[] = [];
  for (const r of rowsIn) {
    const cs = verified.get(`${r.seed}|${r.eps}`) ?? [];
    const noMax = Math.max(-1, ...cs.filter((c) => c.kind === 'no').map((c) => c.instance.N));
    const lpMax = Math.max(-1, ...cs.filter(isLpCertificate).map((c) => c.instance.N));
    const yesMin = Math.min(Infinity, ...cs.filter((c) => c.kind === 'yes').map((c) => c.instance.N));
    // N = 0: the empty subset errs by sup σ(x_1) = 1 > ε, so N* ≥ 1 without a file
    const lo = Math.max(1, noMax + 1);
    const hi = Number.isFinite(yesMin) ? yesMin : null;
    const nLp = lpMax + 1;
    const row: CertifiedThresholdRow = { seed: r.seed, eps: r.eps, lo, hi, nLp, decided: hi === lo };
    const claimed = `${r.hi === null ? `[${r.lo}, ∞)` : `[${r.lo}, ${r.hi}]`}, N_LP = ${r.nLp}`;
    const proved = `${hi === null ? `[${lo}, ∞)` : `[${lo}, ${hi}]`}, N_LP = ${nLp}`;
    if (r.lo !== lo || r.hi !== hi || (r.nLp !== nLp && !(r.nLp <= 1 && nLp <= 1)))
      failures.push({
        file: 'summary.json',
        reason: `seed ${r.seed}, ε = ${r.eps}: the summary states ${claimed}, the verified certificates prove ${proved}`,
      });
    if (hi !== null && hi < lo)
      failures.push({
        file: 'summary.json',
        reason: `seed ${r.seed}, ε = ${r.eps}: a witness at ${hi} contradicts a no-certificate at ${lo - 1}`,
      });
    rows.push(row);
  }
  // monotone in ε: ε' < ε ⇒ N*(ε') ≥ N*(ε), so lo(ε) ≤ hi(ε')
  for (const s of seeds)
    for (const a of rows.filter((r) => r.seed === s))
      for (const b of rows.filter((r) => r.seed === s && Rational.parse(r.eps).lt(Rational.parse(a.eps))))
        if (b.hi !== null && a.lo > b.hi)
          failures.push({
            file: 'summary.json',
            reason: `seed ${s}: N*(${a.eps}) ≥ ${a.lo} but N*(${b.eps}) ≤ ${b.hi}, against monotonicity in ε`,
          });
  const out: CertifiedCurve = {
    target: summary.target,
    nMax: summary.nMax,
    eps: epsList,
    seeds,
    rows,
    failures,
    files: wanted.length,
    lpFiles,
    ms: Math.round(performance.now() - t0),
  };
  memo.set(memoKey, out);
  return out;
}

/** Quartiles (lower, median, upper; the median of an even count is the mean of the middle two) of finite or infinite values. */
export function quartiles(xs: readonly number[]): [number, number, number] {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => {
    const h = p * (s.length - 1);
    const i = Math.floor(h);
    const j = Math.ceil(h);
    return s[i] === s[j] ? s[i]! : s[i]! + (s[j]! - s[i]!) * (h - i);
  };
  return [at(0.25), at(0.5), at(0.75)];
}

/** Per ε: the count of seeds, of decided seeds, and quartiles of lo, hi (∞ when no witness) and N_LP. */
export function thresholdQuartiles(curve: CertifiedCurve): {
  eps: string;
  seeds: number;
  decided: number;
  lo: [number, number, number];
  hi: [number, number, number];
  nLp: [number, number, number];
}[] {
  return curve.eps.map((eps) => {
    const rs = curve.rows.filter((r) => r.eps === eps);
    return {
      eps,
      seeds: rs.length,
      decided: rs.filter((r) => r.decided).length,
      lo: quartiles(rs.map((r) => r.lo)),
      hi: quartiles(rs.map((r) => r.hi ?? Infinity)),
      nLp: quartiles(rs.map((r) => r.nLp)),
    };
  });
}
