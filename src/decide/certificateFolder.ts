/**
 * # Folders of neuron-pruning certificates: reading, writing, verifying, the threshold summary
 *
 * Main definitions: {@link readCertificate} / {@link writeCertificate}
 * (`.json`, or `.json.gz` above {@link GZIP_ABOVE} bytes) and {@link certificateFileName};
 * {@link verifyFolder} — every certificate of a folder re-verified exactly, failures named;
 * {@link readThresholdSummary} — the folder's `summary.json` (the curve N*(ε) the threshold command
 * found), shape-checked; {@link thresholdDir} — the committed folder `certificates/neuron-threshold`
 * of this package (found from this module's location, in the sources and in the built package).
 *
 * Main statements: none — a file proves something only once `verifyNeuronCertificate` accepts it;
 * `summary.json` is an index, never evidence (`thresholdCurve.ts` re-derives every number of it from
 * the verified certificates).
 *
 * Implementation notes: plain `node:fs` and `node:zlib`; a file that cannot be read, parsed or
 * verified is reported with its name and reason, never skipped. JSON goes through `parseStoredJson`.
 *
 * References: blueprint E11 (`docs/blueprint.md`); the certificate format (`neuronCertificate.ts`).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { InvalidParameterError } from '../errors.js';
import { parseNeuronCertificate, type NeuronCertificate } from './neuronCertificate.js';
import { parseStoredJson } from './parseStoredJson.js';
import { verifyNeuronCertificate } from './verifyNeuronCertificate.js';

/** The committed certificate folder, relative to the package root. */
export const THRESHOLD_DIR = 'certificates/neuron-threshold';

/** The file name of a certificate: seed, ε, N and kind (`-lp` for a one-leaf root-LP `no`). */
export function certificateFileName(c: NeuronCertificate): string {
  const i = c.instance;
  const eps = i.eps === null ? 'min' : `eps${i.eps.replace('/', '_')}`;
  return `${i.seed.replace(/[^A-Za-z0-9]+/g, '_')}-${eps}-n${i.N}-${c.kind}${isLpCertificate(c) ? '-lp' : ''}.json`;
}

/** True for a `no` certificate proved by the root LP relaxation alone (a one-leaf tree). */
export function isLpCertificate(c: NeuronCertificate): boolean {
  return c.kind === 'no' && c.tree?.length === 1;
}

/** Certificates larger than this are stored gzipped (`.json.gz`). */
export const GZIP_ABOVE = 32 * 1024;

/** Write a certificate into `dir` (gzipped when large); returns the file name used. */
export function writeCertificate(dir: string, c: NeuronCertificate): string {
  const text = JSON.stringify(c) + '\n';
  const name = certificateFileName(c);
  if (text.length <= GZIP_ABOVE) {
    writeFileSync(join(dir, name), text);
    return name;
  }
  writeFileSync(join(dir, name + '.gz'), gzipSync(text, { level: 9 }));
  return name + '.gz';
}

/**
 * Read a certificate file (`.json` or `.json.gz`): shape and checksum checked (not the proof).
 * @throws InvalidParameterError naming the file (unreadable, not gzip, bad JSON, bad shape or checksum)
 */
export function readCertificate(dir: string, file: string): NeuronCertificate {
  let text: string;
  try {
    const buf = readFileSync(join(dir, file));
    text = file.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  } catch (e) {
    throw new InvalidParameterError(
      'readCertificate',
      file,
      'a readable certificate file (.json or .json.gz)',
      (e as Error).message,
    );
  }
  return parseNeuronCertificate(text, file);
}

/** True for a certificate file name (`.json` or `.json.gz`, not `summary.json`). */
export function isCertificateFile(f: string): boolean {
  return (f.endsWith('.json') || f.endsWith('.json.gz')) && f !== 'summary.json';
}

/** One file's outcome in {@link verifyFolder}. */
export interface VerifiedFile {
  readonly file: string;
  /** the certificate, when it was read and verified */
  readonly certificate: NeuronCertificate | null;
  /** why it failed (null when verified) */
  readonly reason: string | null;
}

/**
 * Verify every certificate file of a folder exactly (shape, checksum, proof); `log` gets one line per
 * failure. Returns every file's outcome, the failed names, and the time taken.
 */
export function verifyFolder(
  dir: string,
  log: (s: string) => void = () => {},
): { files: number; failed: string[]; ms: number; results: VerifiedFile[] } {
  const t0 = performance.now();
  const results: VerifiedFile[] = [];
  const files = readdirSync(dir).filter(isCertificateFile).sort();
  for (const file of files) {
    let reason: string | null = null;
    let certificate: NeuronCertificate | null = null;
    try {
      const c = readCertificate(dir, file);
      const r = verifyNeuronCertificate(c);
      if (r.ok) certificate = c;
      else reason = r.reason;
    } catch (e) {
      reason = (e as Error).message;
    }
    if (reason !== null) log(`FAIL ${file}: ${reason}`);
    results.push({ file, certificate, reason });
  }
  const failed = results.filter((r) => r.reason !== null).map((r) => r.file);
  return { files: files.length, failed, ms: Math.round(performance.now() - t0), results };
}

/** One row of `summary.json`: the interval [lo, hi] ∋ N*(ε) of one seeded network. */
export interface ThresholdRow {
  readonly seed: string;
  readonly eps: string;
  readonly lo: number;
  /** null: no witness up to nMax */
  readonly hi: number | null;
  readonly nLp: number;
  readonly undecided: number[];
  readonly files: string[];
}

/** The content of `summary.json`. */
export interface ThresholdSummary {
  /** w* as "p/q,p/q" */
  readonly target: string;
  readonly nMax: number;
  readonly budgetMs: number;
  readonly rows: ThresholdRow[];
}

/**
 * Read `<dir>/summary.json`, shape-checked.
 * @throws InvalidParameterError naming the field that is wrong
 */
export function readThresholdSummary(dir: string): ThresholdSummary {
  const file = join(dir, 'summary.json');
  const x = parseStoredJson(readFileSync(file, 'utf8'), 'summary.json') as Record<string, unknown>;
  const bad = (field: string, want: string, got: unknown): never => {
    throw new InvalidParameterError(
      'readThresholdSummary',
      `summary.json: ${field}`,
      want,
      JSON.stringify(got)?.slice(0, 80) ?? String(got),
    );
  };
  if (x === null || typeof x !== 'object' || Array.isArray(x)) bad('(root)', 'an object', x);
  if (typeof x.target !== 'string') bad('target', 'a string "p/q,p/q"', x.target);
  if (!Number.isSafeInteger(x.nMax)) bad('nMax', 'an integer', x.nMax);
  if (!Number.isSafeInteger(x.budgetMs)) bad('budgetMs', 'an integer', x.budgetMs);
  if (!Array.isArray(x.rows)) bad('rows', 'an array', x.rows);
  const int = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
  (x.rows as unknown[]).forEach((r, i) => {
    const o = r as Record<string, unknown>;
    if (o === null || typeof o !== 'object') bad(`rows[${i}]`, 'an object', r);
    if (typeof o.seed !== 'string') bad(`rows[${i}].seed`, 'a string', o.seed);
    if (typeof o.eps !== 'string' || !/^\d+\/\d+$/.test(o.eps)) bad(`rows[${i}].eps`, 'a string "p/q"', o.eps);
    if (!int(o.lo)) bad(`rows[${i}].lo`, 'an integer ≥ 0', o.lo);
    if (!(o.hi === null || int(o.hi))) bad(`rows[${i}].hi`, 'an integer ≥ 0 or null', o.hi);
    if (!int(o.nLp)) bad(`rows[${i}].nLp`, 'an integer ≥ 0', o.nLp);
    if (!Array.isArray(o.undecided) || !o.undecided.every(int))
      bad(`rows[${i}].undecided`, 'an array of integers', o.undecided);
    if (!Array.isArray(o.files) || !o.files.every((f) => typeof f === 'string'))
      bad(`rows[${i}].files`, 'an array of file names', o.files);
  });
  return x as unknown as ThresholdSummary;
}

/**
 * The committed folder `certificates/neuron-threshold` of this package: found from this module's
 * location (`src/decide/` in the sources, `dist/src/decide/` in the built package).
 * @throws InvalidParameterError when the package holds no such folder
 */
export function thresholdDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of [
    ['..', '..'],
    ['..', '..', '..'],
  ]) {
    const d = resolve(here, ...up, THRESHOLD_DIR);
    if (existsSync(join(d, 'summary.json'))) return d;
  }
  throw new InvalidParameterError(
    'thresholdDir',
    THRESHOLD_DIR,
    'a folder with summary.json in the package',
    'not found',
  );
}
