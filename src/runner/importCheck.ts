/**
 * # The import check: claim modules imported first where a hang can be cut
 *
 * Main definitions: {@link findStuckImports}(files, timeoutMs) — imports the module files one after
 * another in a child process (`importProbe.ts`) and returns the files that did not finish within
 * `timeoutMs` each, or that ended the process while being imported (file → cause, in words);
 * {@link IMPORT_CHECK_STARTUP_MS}; {@link stopImportChecks}.
 *
 * Main statements: a module that loops forever at import blocks the thread that imports it — and
 * with it that process's signal handlers — so the registry imports nothing in its own process before
 * this check has seen it finish. A stuck file is cut (the child is killed with SIGKILL) and the check
 * goes on in a fresh child with the files after it; a file that throws is not stuck (the registry
 * reports its error when it imports it). The child never outlives this process (see
 * `importProbe.ts`), and a SIGINT/SIGTERM to the process group ends it at once (it installs no
 * handler), so an interrupted `check` or `list` stops within the parent's own interrupt handling.
 *
 * Implementation notes: the per-file clock starts when the child announces the file, after its own
 * start-up (node, the TypeScript loader and the claim kit, allowed {@link IMPORT_CHECK_STARTUP_MS});
 * the first claim file's import therefore does not pay for the kit's modules. The cost is one extra
 * process that loads the kit and imports every checked file once: about 2 s of `check` start-up
 * on a loaded 2-core machine when the 41 built-in claims are checked too (median 0.9 s → 2.8 s), so
 * the registry checks only the researchers' folders (`--claims-dir`; the built-ins are part of the
 * tested package) and a plain `check` pays nothing.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ClaimRegistryError } from './registryError.js';

/** The child's start-up allowance (node, the TypeScript loader, the claim kit), in ms. */
export const IMPORT_CHECK_STARTUP_MS = 120_000;

const here = fileURLToPath(import.meta.url);
const probePath = here.replace(/importCheck\.(ts|js)$/, (_m, ext: string) => `importProbe.${ext}`);

const live = new Set<ChildProcess>();

/** Kill every running import check (an interrupt handler may call it; the children also die with their parent). */
export function stopImportChecks(): void {
  for (const c of live) c.kill('SIGKILL');
}

type ProbeOutcome = { readonly stuckAt?: number; readonly cause?: string };

function probe(files: readonly string[], timeoutMs: number): Promise<ProbeOutcome> {
  return new Promise((resolve, reject) => {
    const execArgv = here.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const child = fork(probePath, [], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    live.add(child);
    let current = -1;
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      live.delete(child);
      f();
    };
    let timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() =>
        reject(
          new ClaimRegistryError(
            `loadClaims: the import check process did not start within ${IMPORT_CHECK_STARTUP_MS / 1000} s`,
          ),
        ),
      );
    }, IMPORT_CHECK_STARTUP_MS);
    child.on('error', () => undefined);
    child.on('message', (m: { start?: number; end?: boolean }) => {
      if (typeof m.start === 'number') {
        current = m.start;
        clearTimeout(timer);
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          settle(() =>
            resolve({
              stuckAt: current,
              cause: `did not finish importing within ${timeoutMs / 1000} s (does it loop at import?)`,
            }),
          );
        }, timeoutMs);
      } else if (m.end === true) {
        settle(() => resolve({}));
        child.disconnect();
      }
    });
    child.on('exit', (code, sig) => {
      if (current < 0)
        settle(() =>
          reject(
            new ClaimRegistryError(
              `loadClaims: the import check process exited at start-up (${sig ?? `code ${code}`})`,
            ),
          ),
        );
      else
        settle(() =>
          resolve({
            stuckAt: current,
            cause: `ended the process while being imported (${sig ?? `exit code ${code}`})`,
          }),
        );
    });
    child.send({ files });
  });
}

/**
 * Import `files` in a child process, each within `timeoutMs`; the files that did not finish (or
 * ended the process), with the cause in words. Files that throw are not in the map.
 * @throws ClaimRegistryError when the child process cannot start
 */
export async function findStuckImports(files: readonly string[], timeoutMs: number): Promise<Map<string, string>> {
  const stuck = new Map<string, string>();
  let rest = [...files];
  while (rest.length > 0) {
    const r = await probe(rest, timeoutMs);
    if (r.stuckAt === undefined) break;
    stuck.set(rest[r.stuckAt]!, r.cause!);
    rest = rest.slice(r.stuckAt + 1);
  }
  return stuck;
}
