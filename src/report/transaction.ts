/**
 * # A report folder replaced as one transaction
 *
 * Main definitions: {@link ReportTransaction} — {@link ReportTransaction.begin}(out) takes the
 * folder's lock and repairs what an earlier killed run left; {@link ReportTransaction.stage} gives a
 * fresh sibling staging folder to write the complete new set into; {@link ReportTransaction.commit}
 * swaps it in with renames; {@link ReportTransaction.abort} drops the staging folder.
 * {@link killPointForTest} — the deterministic kill hook of the reliability tests.
 *
 * Main statements: a non-empty folder that is not a report folder of this tool (no mark, see
 * `marker.ts`) is refused by {@link ReportTransaction.begin} with one line. At every instant `out` holds the old complete set or the new complete set, never
 * a mix: the new set is written and fsynced in `.<name>.staging-<pid>`, renamed to
 * `.<name>.ready-<pid>` (the mark of a complete set), then `out → .<name>.old-<pid>`,
 * `ready → out`, and the old set is removed. The only gap is the instant between the two renames,
 * where `out` is absent; a process killed exactly there is repaired by the next run (roll forward to
 * the ready set), before anything reads the folder. Staging, ready and old folders of dead runs are
 * removed by the next run.
 *
 * Implementation notes: all staging names are siblings of `out` (same file system, so renames are
 * atomic); the lock is `.<name>.lock` beside it. The test hook `PRUNING_GAP_CHECK_TEST_KILL_AT=<phase>`
 * (`staging`, `staged`, `swap`, `swapped`) kills the process with SIGKILL at that point.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  openSync,
  fsyncSync,
  closeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireLock, type Lock } from './lock.js';
import { CliUsageError } from '../errors.js';
import { requireReportFolder } from './marker.js';

/** The phases at which the test hook may kill the process. */
export type KillPhase = 'staging' | 'staged' | 'swap' | 'swapped';

/** Kill this process with SIGKILL if `PRUNING_GAP_CHECK_TEST_KILL_AT` names `phase` (tests only). */
export function killPointForTest(phase: KillPhase): void {
  if (process.env.PRUNING_GAP_CHECK_TEST_KILL_AT === phase) process.kill(process.pid, 'SIGKILL');
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not every platform can fsync a directory */
  }
}

/** A report folder being replaced. */
export class ReportTransaction {
  private stagingDir: string | null = null;
  private done = false;
  /** A process exiting mid-transaction (an interrupt calls process.exit) drops its staged set. */
  private readonly onExit = (): void => {
    if (this.stagingDir) rmSync(this.stagingDir, { recursive: true, force: true });
  };

  private constructor(
    /** The report folder (absolute). */
    readonly out: string,
    private readonly lock: Lock,
  ) {}

  /** `.<name>.<kind>-<pid>` beside the report folder. */
  private sibling(kind: string, pid: number = process.pid): string {
    return join(dirname(this.out), `.${basename(this.out)}.${kind}-${pid}`);
  }

  /**
   * Lock `out` and repair what a killed run left beside it.
   * @throws CliUsageError if `out` exists and is not a folder, or another run holds the lock
   */
  static begin(out: string): ReportTransaction {
    // a symlinked report folder: replace its target, keep the link
    const abs = existsSync(out) && lstatSync(out).isSymbolicLink() ? realpathSync(out) : resolve(out);
    if (existsSync(abs) && !statSync(abs).isDirectory())
      throw new CliUsageError(`--out: '${out}' exists and is not a folder`);
    const parent = dirname(abs);
    try {
      mkdirSync(parent, { recursive: true });
    } catch (e) {
      throw new CliUsageError(
        `--out: cannot create the folder ${parent}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    const lock = acquireLock(join(parent, `.${basename(abs)}.lock`), `${out}`);
    const tx = new ReportTransaction(abs, lock);
    try {
      tx.recover();
    } catch (e) {
      lock.release();
      throw new CliUsageError(
        `--out: cannot repair what an earlier run left beside ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    try {
      requireReportFolder(abs, `--out '${out}'`);
    } catch (e) {
      lock.release();
      throw e;
    }
    process.on('exit', tx.onExit);
    return tx;
  }

  /** Roll a half-done swap forward (or back), then remove the leftovers of dead runs. */
  private recover(): void {
    const parent = dirname(this.out);
    const prefix = `.${basename(this.out)}.`;
    const left = readdirSync(parent).filter((f) => f.startsWith(prefix) && /\.(staging|ready|old)-\d+$/.test(f));
    if (!existsSync(this.out)) {
      const ready = left.find((f) => /\.ready-\d+$/.test(f));
      const old = left.find((f) => /\.old-\d+$/.test(f));
      if (ready) renameSync(join(parent, ready), this.out);
      else if (old) renameSync(join(parent, old), this.out);
    }
    for (const f of left) if (existsSync(join(parent, f))) rmSync(join(parent, f), { recursive: true, force: true });
  }

  /** A fresh, empty staging folder for the complete new set. */
  stage(): string {
    if (this.stagingDir) rmSync(this.stagingDir, { recursive: true, force: true });
    this.stagingDir = this.sibling('staging');
    rmSync(this.stagingDir, { recursive: true, force: true });
    mkdirSync(this.stagingDir, { recursive: true });
    return this.stagingDir;
  }

  /** Swap the staged set in (the staging folder must be complete and its files synced). */
  commit(): void {
    if (!this.stagingDir) throw new Error('ReportTransaction.commit: nothing staged');
    const ready = this.sibling('ready');
    const old = this.sibling('old');
    fsyncDir(this.stagingDir);
    renameSync(this.stagingDir, ready);
    this.stagingDir = null;
    fsyncDir(dirname(this.out));
    killPointForTest('staged');
    const hadOld = existsSync(this.out);
    if (hadOld) renameSync(this.out, old);
    killPointForTest('swap');
    renameSync(ready, this.out);
    fsyncDir(dirname(this.out));
    killPointForTest('swapped');
    if (hadOld) rmSync(old, { recursive: true, force: true });
    this.finish();
  }

  /** Drop the staged set (if any) and release the lock; the old set stays as it was. */
  abort(): void {
    if (this.stagingDir) rmSync(this.stagingDir, { recursive: true, force: true });
    this.stagingDir = null;
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    process.off('exit', this.onExit);
    this.lock.release();
  }
}
