/**
 * # The claim registry: registration by folder
 *
 * Main definitions: {@link loadClaims} — imports every claim file of the built-in `properties/`
 * folder and of each researcher's claims folder, validates the ids and returns the claims in a
 * stable order; {@link loadClaim} — one claim by id, importing only its file when the file is named
 * after it (what a worker process needs); {@link MANIFEST_ORDER} — the built-in ids in manifest order; {@link builtinClaimsDir}.
 *
 * Main statements: adding a claim file is enough to register it. A claim file is a `.ts`, `.mts`,
 * `.js` or `.mjs` file (not a `.d.ts`, not `index.*`, not starting with `_`) whose default export is
 * a claim (see `defineClaim`). Ids are unique over all folders; every `uses` entry names a loaded
 * claim. Any violation is one line ({@link ClaimRegistryError}) naming the file.
 *
 * Implementation notes: the built-in folder is found relative to this module — `../../properties`
 * holds `.ts` files under tsx and `.js` files in the compiled package (`dist/properties`), so the
 * same code serves both. External `.ts` files are loaded through tsx's ESM register API when the
 * process does not already run under tsx (tsx is a runtime dependency for that reason); `.js`/`.mjs`
 * files are imported directly. Order: the built-ins listed in {@link MANIFEST_ORDER} first, in that
 * order (foundations, the lower bound, the chains, Theorem 1, weight pruning), then unlisted built-in
 * files by file name, then each external folder in the order given, its files by file name. Loading
 * is memoised per folder list, so the CLI, its workers and tests pay for the imports once.
 *
 * References: the PFR / Lean blueprint convention of one declaration per statement.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Claim } from './defineClaim.js';
import { PruningCheckError } from '../errors.js';

/** A claim folder or claim file could not be registered; the message names the file. */
export class ClaimRegistryError extends PruningCheckError {}

/** The built-in claim ids in manifest order (a built-in file missing here is appended by file name). */
export const MANIFEST_ORDER: readonly string[] = [
  // Foundations
  'relu_restrict_family',
  'neuron_jump_eq_alpha_abs',
  'network_positive_homogeneous',
  'network_homogeneous_of_negative_scale',
  'second_difference_eq_hat_sum',
  'sup_over_cube_eq_max_over_vertices',
  'neuron_pruned_eq_weight_pruned',
  'relu_sub_relu_neg',
  'relu_mul_of_nonneg',
  // The lower bound
  'approx_error_ge_quarter_kink_of_affine',
  'quarter_kink_bound_attained',
  'approx_error_ge_third_kink_of_affine',
  'breakpoint_near_target_of_approx',
  'broken_bins_eq_unhit_bins',
  'not_approx_of_broken_bin',
  'not_approx_of_broken_bin_without_margin',
  'hat_certificate_of_not_approx',
  'weight_pruned_breakpoints_subset',
  'lemma2_under_output_relu',
  'breakpoint_is_standard_cauchy',
  'family_breakpoints_independent',
  'hit_probability_eq',
  // Chains
  'broken_count_nonincreasing',
  'bd_step_distribution_is_probability',
  'bd_exit_probability_eq_gamblers_ruin',
  'pure_death_zero_prob_eq_inclusion_exclusion',
  'pure_death_zero_prob_eq_independent_clocks',
  'broken_count_dominates_bd_chain',
  'all_families_zero_prob_eq_product',
  'every_bin_hit_of_universal_approx',
  // Theorem 1
  'approx_prob_le_hit_prob_of_fixed_target',
  'approx_prob_le_product_of_hit_probs',
  'universal_approx_prob_le_chain_bound',
  'v3.neuron_lower_bound',
  'v2.neuron_lower_bound',
  // Weight pruning
  'axis_target_weight_pruning_error_eq',
  'output_relu_construction_error_le_l1',
  'subset_sum_covering',
  'v3.weight_upper_bound',
  'v2.weight_upper_bound@A1',
  'v2.weight_upper_bound@A2',
];

const ID_RE = /^[a-z0-9_.]+(@[A-Za-z0-9-]+)?$/;
const CLAIM_EXT = ['.ts', '.mts', '.js', '.mjs'];

/** The folder of the built-in claims (`properties/` beside `src/`, or `dist/properties/` when compiled). */
export function builtinClaimsDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'properties');
}

/** True iff `file` (a base name) is a claim file by the folder convention. */
export function isClaimFile(file: string): boolean {
  if (file.endsWith('.d.ts') || file.endsWith('.d.mts') || file.startsWith('_') || file.startsWith('.')) return false;
  const ext = extname(file);
  if (!CLAIM_EXT.includes(ext)) return false;
  return basename(file, ext) !== 'index';
}

/** The claim files of a folder, sorted by file name (code-point order, locale-independent). */
export function claimFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ClaimRegistryError(`loadClaims: claims folder '${dir}' does not exist or is not a folder`);
  return readdirSync(dir)
    .filter((f) => isClaimFile(f) && statSync(join(dir, f)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

let tsxRegistered = false;

/** True when this process already transpiles TypeScript on import (tsx, vitest). */
function runsTypeScript(): boolean {
  return import.meta.url.endsWith('.ts') || tsxRegistered;
}

async function ensureTypeScriptLoader(file: string): Promise<void> {
  if (runsTypeScript()) return;
  try {
    const api = (await import('tsx/esm/api')) as { register: () => unknown };
    api.register();
    tsxRegistered = true;
  } catch (e) {
    throw new ClaimRegistryError(`loadClaims: cannot load TypeScript claim file '${file}': tsx is not available (${(e as Error).message.split('\n')[0]})`);
  }
}

function looksLikeClaim(x: unknown): x is Claim {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return typeof c.id === 'string' && typeof c.check === 'function' && typeof c.kind === 'string' && Array.isArray(c.uses);
}

async function importClaim(file: string): Promise<Claim> {
  const ext = extname(file);
  if (ext === '.ts' || ext === '.mts') await ensureTypeScriptLoader(file);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    if (e instanceof PruningCheckError) throw new ClaimRegistryError(`loadClaims: claim file '${file}': ${e.message}`);
    const msg = ((e as Error)?.message ?? String(e)).split('\n')[0];
    throw new ClaimRegistryError(`loadClaims: cannot import claim file '${file}': ${msg}`);
  }
  const c = mod.default;
  if (!looksLikeClaim(c)) throw new ClaimRegistryError(`loadClaims: claim file '${file}' must default-export a claim made with defineClaim (id, kind, uses, check)`);
  if (!ID_RE.test(c.id)) throw new ClaimRegistryError(`loadClaims: claim file '${file}': id '${c.id}' must be snake_case (letters a-z, digits, '_', '.'), optionally '@Reading'`);
  return c;
}

/** Options of {@link loadClaims}. */
export interface LoadClaimsOptions {
  /** Researchers' claim folders (relative to the working directory or absolute), loaded after the built-ins. */
  readonly claimsDirs?: readonly string[];
  /** Load the built-in claims of `properties/` (default true). */
  readonly builtins?: boolean;
}

const cache = new Map<string, Promise<readonly Claim[]>>();

/**
 * Load every claim: the built-ins in manifest order, then each external folder's claims by file name.
 * @throws ClaimRegistryError (one line, naming the file) for a missing folder, a file without a claim,
 *   a bad or duplicate id, or a `uses` entry naming no loaded claim
 */
export function loadClaims(opts: LoadClaimsOptions = {}): Promise<readonly Claim[]> {
  if (opts.claimsDirs !== undefined && (!Array.isArray(opts.claimsDirs) || opts.claimsDirs.some((d) => typeof d !== 'string' || d.length === 0)))
    return Promise.reject(new ClaimRegistryError(`loadClaims: parameter 'claimsDirs' must be a list of folder paths, got ${JSON.stringify(opts.claimsDirs)}`));
  const dirs = (opts.claimsDirs ?? []).map((d) => resolve(d));
  const builtins = opts.builtins ?? true;
  const key = JSON.stringify([builtins, dirs]);
  let p = cache.get(key);
  if (!p) {
    p = load(builtins, dirs);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/**
 * The claim `id`: the file `<id>.ts|.mts|.js|.mjs` of the built-in folder or of a `claimsDirs` folder
 * is imported alone when it defines that id; otherwise (a file named differently) every claim is
 * loaded with {@link loadClaims}. It does not re-validate the registry (duplicate ids, `uses`):
 * callers that have not run {@link loadClaims} in some process should.
 * @throws ClaimRegistryError for a bad folder or claim file, or an id no claim has
 */
export async function loadClaim(id: string, opts: LoadClaimsOptions = {}): Promise<Claim> {
  if (typeof id !== 'string' || id.length === 0) throw new ClaimRegistryError(`loadClaim: parameter 'id' must be a claim id, got ${JSON.stringify(id)}`);
  const dirs = [...((opts.builtins ?? true) ? [builtinClaimsDir()] : []), ...(opts.claimsDirs ?? []).map((d) => resolve(d))];
  for (const dir of dirs)
    for (const ext of CLAIM_EXT) {
      const file = join(dir, `${id}${ext}`);
      if (!existsSync(file) || !isClaimFile(basename(file))) continue;
      const c = await importClaim(file);
      if (c.id === id) return c;
    }
  const c = (await loadClaims(opts)).find((x) => x.id === id);
  if (!c) throw new ClaimRegistryError(`loadClaim: no claim has the id '${id}'`);
  return c;
}

async function load(builtins: boolean, dirs: readonly string[]): Promise<readonly Claim[]> {
  const entries: { claim: Claim; file: string }[] = [];
  if (builtins) {
    const dir = builtinClaimsDir();
    const loaded: { claim: Claim; file: string }[] = [];
    for (const f of claimFiles(dir)) loaded.push({ claim: await importClaim(join(dir, f)), file: join(dir, f) });
    const rank = new Map(MANIFEST_ORDER.map((id, i) => [id, i]));
    const listed = loaded.filter((e) => rank.has(e.claim.id)).sort((a, b) => rank.get(a.claim.id)! - rank.get(b.claim.id)!);
    entries.push(...listed, ...loaded.filter((e) => !rank.has(e.claim.id)));
  }
  for (const dir of dirs) for (const f of claimFiles(dir)) entries.push({ claim: await importClaim(join(dir, f)), file: join(dir, f) });
  const byId = new Map<string, string>();
  for (const { claim, file } of entries) {
    const prev = byId.get(claim.id);
    if (prev !== undefined) throw new ClaimRegistryError(`loadClaims: duplicate claim id '${claim.id}' in '${file}' (already defined in '${prev}')`);
    byId.set(claim.id, file);
  }
  for (const { claim, file } of entries)
    for (const u of claim.uses)
      if (!byId.has(u)) throw new ClaimRegistryError(`loadClaims: claim '${claim.id}' in '${file}' uses '${u}', which is not a loaded claim`);
  return Object.freeze(entries.map((e) => e.claim));
}
