/**
 * # One writer per report folder
 *
 * Main definitions: {@link acquireLock}(file) — creates the lock file exclusively (`O_EXCL`) with
 * this process's id; a second run on the same folder gets one line naming the holder and the lock
 * file. A lock left by a process that no longer exists (killed with SIGKILL) is taken over.
 * The returned {@link Lock} releases itself on process exit.
 *
 * Implementation notes: the lock lives *beside* the report folder (`.<name>.lock`), because the
 * folder itself is replaced by a rename at the end of a run. Liveness is `kill(pid, 0)` (EPERM means
 * alive); pids are per machine, so the lock records the host name and a lock from another host is
 * never taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { readJsonText } from '../util/safeJson.js';
import { CliUsageError } from '../errors.js';

/** A held lock. */
export interface Lock {
  readonly file: string;
  /** Remove the lock file (idempotent; only if it is still ours). */
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the lock `file` for `what` (used in the message, e.g. "reports/").
 * @throws CliUsageError if another live process holds it
 */
export function acquireLock(file: string, what: string): Lock {
  const me = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, me);
      } finally {
        closeSync(fd);
      }
      let held = true;
      const lock: Lock = {
        file,
        release() {
          if (!held) return;
          held = false;
          process.off('exit', lock.release);
          try {
            if (readFileSync(file, 'utf8') === me) rmSync(file, { force: true });
          } catch {
            /* already gone */
          }
        },
      };
      process.on('exit', lock.release);
      return lock;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new CliUsageError(
          `cannot create the lock file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
    }
    let holder: { pid?: unknown; host?: unknown } = {};
    try {
      holder = readJsonText(file) as typeof holder;
    } catch {
      /* empty or half-written: a writer died between create and write, or is writing right now */
      if (attempt === 0) continue;
    }
    const pid = typeof holder.pid === 'number' ? holder.pid : null;
    const sameHost = holder.host === hostname();
    if (pid !== null && sameHost && !alive(pid)) {
      rmSync(file, { force: true }); // stale: its process is gone
      continue;
    }
    throw new CliUsageError(
      `another run${pid !== null ? ` (pid ${pid}${sameHost ? '' : ` on ${String(holder.host)}`})` : ''} is writing ${what}; wait for it to finish, or delete ${file} if no such run exists`,
    );
  }
  throw new CliUsageError(`cannot take the lock ${file} for ${what}; delete it if no run is writing there`);
}
