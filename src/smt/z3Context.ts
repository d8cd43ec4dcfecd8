/**
 * # Loading and releasing Z3 (the only place the solver is imported)
 *
 * Main definitions: {@link loadZ3} — a memoised `require('z3-solver')` and `init()`, one high-level
 * context; {@link shutdownZ3} — terminates Z3's worker threads so the process can exit;
 * {@link z3Version}; {@link resetZ3} — drop a failed engine so the next load is a fresh instance;
 * {@link z3HeapTopBytes}, {@link z3Generation}.
 *
 * Implementation notes: z3-solver runs Z3 compiled to WebAssembly with Emscripten pthreads; the
 * workers keep Node alive until `killThreads(em)` is called, so every entry point that loads the
 * solver calls {@link shutdownZ3} at its end (the CLI after the run, the tests in `afterAll`).
 * Failure to load (no package, no SharedArrayBuffer) is returned as a one-line reason, never thrown
 * into a claim's verdict.
 *
 * References: z3-solver's README ("Thread cleanup (Node.js)").
 */
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type { Z3Ctx } from './types.js';

const requireHere = createRequire(import.meta.url);

/** A loaded solver. */
export interface Z3Handle {
  readonly z: Z3Ctx;
  /** e.g. "z3 4.15.4" */
  readonly version: string;
  /** The low-level API (algebraic-number helpers). */
  readonly low: {
    is_algebraic_number(c: unknown, a: unknown): boolean;
    get_algebraic_number_lower(c: unknown, a: unknown, precision: number): unknown;
    get_algebraic_number_upper(c: unknown, a: unknown, precision: number): unknown;
    get_numeral_string(c: unknown, a: unknown): string;
  };
}

let loading: Promise<Z3Handle | string> | null = null;
let em: unknown = null;
let killThreads: ((em: unknown) => Promise<void>) | null = null;
let generation = 0;

/** How many engines this process has loaded so far (a fresh instance after {@link resetZ3} counts anew). */
export function z3Generation(): number {
  return generation;
}

/** Load Z3 once; resolves to the handle or to a one-line reason why it is unavailable. */
export function loadZ3(): Promise<Z3Handle | string> {
  if (!loading) {
    loading = (async () => {
      try {
        // required (the package is CommonJS), so that resetZ3 can drop the module instance as well
        const mod = requireHere('z3-solver') as unknown as {
          init(): Promise<{
            Context(name: 'main'): Z3Ctx;
            em: unknown;
            Z3: Z3Handle['low'] & { get_full_version(): string };
          }>;
          killThreads?: (em: unknown) => Promise<void>;
        };
        const api = await mod.init();
        em = api.em;
        generation++;
        killThreads = mod.killThreads ?? null;
        const z = api.Context('main');
        const full = api.Z3.get_full_version(); // "Z3 4.15.4.0"
        const version = `z3 ${full.replace(/^Z3\s*/, '').replace(/\.0$/, '')}`;
        return { z, version, low: api.Z3 };
      } catch (e) {
        return `z3-solver could not be loaded: ${String((e as Error)?.message ?? e).split('\n')[0]}`;
      }
    })();
  }
  return loading;
}

/** Whether the solver has been loaded in this process. */
export function z3Loaded(): boolean {
  return loading !== null;
}

/** Terminate Z3's threads (no-op when it was never loaded). Safe to call more than once. */
export async function shutdownZ3(): Promise<void> {
  if (!loading) return;
  await loading;
  if (em && killThreads) {
    try {
      await killThreads(em);
    } catch {
      /* already terminated */
    }
  }
  em = null;
  loading = null;
}

/**
 * Drop the loaded engine after it failed (a trap inside its WebAssembly leaves its memory in an
 * unknown state): its threads are terminated (best effort, bounded), the package's modules are
 * dropped from the require cache (its module-level mutex may be held for ever by the call that
 * died), and the next {@link loadZ3} loads a fresh copy with fresh memory.
 */
export async function resetZ3(): Promise<void> {
  const oldEm = em,
    kill = killThreads;
  em = null;
  loading = null;
  // z3-solver serialises every solver call of the process on one module-level mutex; a call whose
  // thread died never releases it, so a fresh engine needs a fresh copy of the package's modules
  const dir = `${sep}node_modules${sep}z3-solver${sep}`;
  for (const k of Object.keys(requireHere.cache)) if (k.includes(dir)) delete requireHere.cache[k];
  if (oldEm && kill) {
    try {
      await Promise.race([kill(oldEm), new Promise((r) => setTimeout(r, 2000).unref())]);
    } catch {
      /* already broken */
    }
  }
}

/**
 * The top of the loaded engine's heap in bytes, estimated by where a fresh 1 MiB block lands (null
 * when not loaded). The engine's memory is a fixed 2 GiB WebAssembly memory that is never returned;
 * this tells how much of it the heap has claimed. (Only `_malloc`/`_free` are exported: reading
 * other runtime fields of the module aborts it.) Call it only while no solver call is running: a
 * malloc on the main thread while a solver thread holds the allocator's lock can deadlock.
 */
export function z3HeapTopBytes(): number | null {
  const m = em as { _malloc?: (n: number) => number; _free?: (p: number) => void } | null;
  if (!m || typeof m._malloc !== 'function' || typeof m._free !== 'function') return null;
  try {
    const p = m._malloc(1 << 20);
    m._free(p);
    return p === 0 ? Number.POSITIVE_INFINITY : p;
  } catch {
    return null;
  }
}

/** The loaded solver's version string, or null. */
export async function z3Version(): Promise<string | null> {
  const h = await loadZ3();
  return typeof h === 'string' ? null : h.version;
}
