/**
 * # Which sampler maps seeds to values
 *
 * Main definitions: {@link SamplerVersion} (1 or 2); {@link DEFAULT_SAMPLER_VERSION} (2);
 * {@link SAMPLER_VERSION}, the version the seeded streams of this process use (a live binding: it
 * changes when {@link useSamplerVersion} is called); {@link parseSamplerVersion}.
 *
 * Main statements: every {@link SeededRng} made without an explicit `sampler` option uses
 * {@link SAMPLER_VERSION}; a report records it (`settings.samplerVersion`), so runs of different
 * samplers are never compared.
 *
 * Implementation notes: the version is process-wide state so that code far from the command line
 * (the claims, `randomNetwork`) needs no new parameter. {@link useSamplerVersion} also writes it to
 * the environment variable {@link SAMPLER_ENV}, which worker processes forked afterwards inherit and
 * read when this module loads: a `check --sampler 1` run uses version 1 in every worker.
 *
 * References: `SeededRng.ts` (version 2), `xor4096Sampler.ts` (version 1).
 */
import { InvalidParameterError, show } from '../errors.js';

/** A sampler version: 1 (seedrandom's xor4096, polar method) or 2 (xoshiro128**, ziggurat). */
export type SamplerVersion = 1 | 2;

/** The sampler versions this build implements. */
export const SAMPLER_VERSIONS: readonly SamplerVersion[] = [1, 2];

/** The default sampler version (reports made without `--sampler` use it). */
export const DEFAULT_SAMPLER_VERSION: SamplerVersion = 2;

/** The environment variable that carries the chosen version to forked worker processes. */
export const SAMPLER_ENV = 'PRUNING_GAP_CHECK_SAMPLER';

/**
 * A sampler version checked: the number 1 or 2 (or the string `'1'`/`'2'`).
 * @throws InvalidParameterError naming `api` and `param` otherwise
 */
export function parseSamplerVersion(api: string, param: string, v: unknown): SamplerVersion {
  if (v === 1 || v === '1') return 1;
  if (v === 2 || v === '2') return 2;
  throw new InvalidParameterError(api, param, 'a sampler version: 1 or 2', show(v));
}

function initialVersion(): SamplerVersion {
  const env = typeof process === 'undefined' ? undefined : process.env[SAMPLER_ENV];
  return env === undefined || env === '' ? DEFAULT_SAMPLER_VERSION : parseSamplerVersion('SeededRng', SAMPLER_ENV, env);
}

/**
 * The sampler version of this process's seeded streams: {@link DEFAULT_SAMPLER_VERSION} unless the
 * environment variable {@link SAMPLER_ENV} says otherwise or {@link useSamplerVersion} was called.
 * (`let`: imports of it are live bindings and always read the current version.)
 */
export let SAMPLER_VERSION: SamplerVersion = initialVersion();

/**
 * Make `v` the sampler version of every {@link SeededRng} created from now on without an explicit
 * `sampler` option, in this process and in the worker processes it forks later (through
 * {@link SAMPLER_ENV}).
 * @throws InvalidParameterError for a version other than 1 or 2
 */
export function useSamplerVersion(v: SamplerVersion): void {
  const version = parseSamplerVersion('useSamplerVersion', 'version', v);
  SAMPLER_VERSION = version;
  if (typeof process !== 'undefined') process.env[SAMPLER_ENV] = String(version);
}
