/**
 * # Shared command-line plumbing: one wrapper for exit codes, signals and one-line errors
 *
 * Main definitions:
 * - {@link CommandRun} — the shape of every command module's entry point,
 *   `run<Command>(argv): Promise<number>` (argv without `node` and the script), so the `bin`
 *   dispatcher can call them in-process;
 * - {@link execute} — runs a command and maps every error to one line on stderr and an exit code:
 *   2 for bad input (a {@link PruningCheckError}, a commander usage error), 3 for an internal error
 *   (still one line; the stack only with `PRUNING_GAP_CHECK_DEBUG=1`); the command itself returns
 *   0 or 1 (1: a verdict differs from the expected);
 * - {@link runMain} — the process-level wrapper used when a command module is the entry point:
 *   SIGINT/SIGTERM/SIGHUP run the registered cleanups (kill workers, drop staged reports, release
 *   the lock) and exit 130/143/129 with one line; a launcher parent that dies (npm killed with
 *   SIGKILL) counts as SIGHUP; output that cannot be written (stdout or stderr on a full disk or
 *   `/dev/full`: ENOSPC, EIO) is one line on stderr and exit 74 ({@link OUTPUT_ERROR_EXIT}), while a
 *   reader that closes the pipe early (EPIPE, `| head`) only drops the rest of the output;
 * - {@link onInterrupt}, {@link interrupted}, {@link parseIntOption}, {@link parseCommand}, {@link isEntryPoint}.
 *
 * Implementation notes: the npm scripts `exec` node directly (no shell or tsx wrapper in between), so
 * npm's signal forwarding reaches this process; for a parent killed with SIGKILL (nothing is
 * forwarded) the process watches its parent id while it was started by npm. Errors raised while
 * claim modules load are caught too, because commands load claims inside `run…`, not at import time.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliUsageError, PruningCheckError } from '../errors.js';
import { failRunningSmtPhase } from '../runner/smtPhase.js';

/** A command's entry point: argv without `node` and the script; resolves to the exit code (0 or 1). */
export type CommandRun = (argv: string[]) => Promise<number>;

/** Exit code of an interrupted run, per signal (128 + signal number). */
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Where a command writes; tests may substitute their own sinks. */
export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
}

/** The process's standard streams. */
export const processIO: CommandIO = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

/** First line of an error message (never a stack). */
function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim().length > 0) ?? s;
  return line.length > 500 ? `${line.slice(0, 500)}…` : line;
}

/** The exit code and the one line an error maps to. */
export function errorLine(e: unknown): { code: number; line: string } {
  if (e instanceof PruningCheckError) return { code: 2, line: `error: ${firstLine(e.message)}` };
  if (e instanceof CommanderError) return { code: e.exitCode === 0 ? 0 : 2, line: '' };
  const err = e as { code?: unknown; message?: unknown; name?: unknown };
  if (
    err &&
    typeof err === 'object' &&
    (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR' || err.code === 'ENOTDIR')
  )
    return { code: 2, line: `error: ${firstLine(String(err.message))}` };
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return { code: 2, line: 'error: input nested too deeply' };
  const msg =
    err && typeof err === 'object' && typeof err.message === 'string'
      ? `${String(err.name ?? 'Error')}: ${err.message}`
      : String(e);
  return { code: 3, line: `internal error: ${firstLine(msg)} (set PRUNING_GAP_CHECK_DEBUG=1 for the stack)` };
}

/**
 * Run a command, mapping every error to one line on `io.err` and an exit code.
 * @returns 0/1 from the command, 2 for bad input, 3 for an internal error
 */
export async function execute(run: CommandRun, argv: string[], io: CommandIO = processIO): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    const { code, line } = errorLine(e);
    if (line) io.err(`${line}\n`);
    if (code === 3 && process.env.PRUNING_GAP_CHECK_DEBUG === '1') io.err(`${(e as Error)?.stack ?? String(e)}\n`);
    return code;
  }
}

type Cleanup = () => void;
const cleanups: Cleanup[] = [];
let interruptMessage = 'nothing was written';
let interruptedBy: string | null = null;

/**
 * Register a synchronous cleanup run (last registered first) when the process is interrupted.
 * @returns a function that unregisters it
 */
export function onInterrupt(fn: Cleanup): () => void {
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

/** Set what the one-line interrupt message says was kept (e.g. "the previous reports are intact"). */
export function setInterruptMessage(msg: string): void {
  interruptMessage = msg;
}

/** The signal that interrupted this process, if any (commands check it between phases). */
export function interrupted(): string | null {
  return interruptedBy;
}

/** Stop now: run the cleanups, print one line, exit 128 + signal. */
export function interruptNow(sig: string, why?: string): never {
  if (interruptedBy === null) interruptedBy = sig;
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      /* a failing cleanup must not hide the interrupt */
    }
  }
  process.stderr.write(`\ninterrupted (${why ?? sig}): ${interruptMessage}\n`);
  process.exit(SIGNAL_EXIT[sig] ?? 130);
}

let workOnThreads = false;

/**
 * True when the command runs as its process's entry ({@link runMain}): long synchronous computations
 * then run on a worker thread (or process), so that the main thread stays free for the signal
 * handlers; in-process calls (tests, the public API) compute inline.
 */
export function longWorkOnThreads(): boolean {
  return workOnThreads;
}

/** Exit code when the command's own output cannot be written (BSD sysexits EX_IOERR). */
export const OUTPUT_ERROR_EXIT = 74;
let outputFailure = false;

/**
 * Standard output or error cannot be written (ENOSPC, EIO, …; not EPIPE, see {@link runMain}): run
 * the cleanups, say so in one line on stderr (if stderr still works) and exit {@link OUTPUT_ERROR_EXIT}.
 */
function outputFailed(name: string, e: NodeJS.ErrnoException): void {
  if (outputFailure) return;
  outputFailure = true;
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      /* a failing cleanup must not hide the error */
    }
  }
  try {
    if (name !== 'standard error')
      process.stderr.write(`error: cannot write to ${name}: ${e.code ?? e.message} (the output is lost)\n`);
  } catch {
    /* stderr is gone too */
  }
  process.exit(OUTPUT_ERROR_EXIT);
}

/** True iff the module with this `import.meta.url` is the script node was started with. */
export function isEntryPoint(metaUrl: string): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(metaUrl));
  } catch {
    return false;
  }
}

/**
 * The process-level wrapper: signals, the launcher watch, one-line errors, the exit code.
 * Call as `if (isEntryPoint(import.meta.url)) runMain(runCheck)`.
 */
export function runMain(run: CommandRun): void {
  workOnThreads = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => interruptNow(sig));
  if (process.env.npm_lifecycle_event !== undefined) {
    // started by an npm script: if npm is killed outright, nothing forwards the signal — watch the parent
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) interruptNow('SIGHUP', 'the launching process exited');
    }, 250).unref();
  }
  // a reader that stops early (`| head`) must not turn into an error: the run goes on, output is
  // dropped. Any other write error (a full disk, /dev/full, EIO) loses output: one line, exit 74
  for (const [stream, name] of [
    [process.stdout, 'standard output'],
    [process.stderr, 'standard error'],
  ] as const)
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') outputFailed(name, e);
    });
  process.on('uncaughtException', (e) => {
    if (failRunningSmtPhase(e)) return; // an in-process run (--jobs 0): the SMT phase fails and is retried
    process.stderr.write(`${errorLine(e).line || 'internal error'}\n`);
    process.exit(3);
  });
  process.on('unhandledRejection', (e) => {
    if (failRunningSmtPhase(e)) return;
    process.stderr.write(`${errorLine(e).line || 'internal error'}\n`);
    process.exit(3);
  });
  void execute(run, process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // stdout may still be flushing to a pipe: exit once it has drained (or failed: see outputFailed)
    process.stdout.write('', (e) => {
      if (e && (e as NodeJS.ErrnoException).code !== 'EPIPE')
        outputFailed('standard output', e as NodeJS.ErrnoException);
      else process.exit(code);
    });
  });
}

/**
 * Parse argv with a commander program that throws instead of exiting.
 * @returns the parsed program, or a number: the exit code after `--help` (0) or a usage error (2)
 */
export function parseCommand(program: Command, argv: string[]): Command | number {
  program.exitOverride().configureOutput({
    writeErr: (s) => process.stderr.write(firstLine(s) + '\n'),
    writeOut: (s) => process.stdout.write(s),
  });
  try {
    program.parse(argv, { from: 'user' });
    return program;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}

/**
 * The wrapper of older scripts: run `body` as the process's command (see {@link runMain}).
 * @deprecated write `export async function runX(argv)` and call `runMain(runX)` when {@link isEntryPoint}
 */
export function main(body: () => Promise<number>): void {
  runMain(() => body());
}

/** Parse an integer option within [lo, hi]. @throws CliUsageError */
export function parseIntOption(name: string, v: string, lo: number, hi: number): number {
  if (!/^-?\d+$/.test(v.trim())) throw new CliUsageError(`${name}: expected an integer in [${lo}, ${hi}], got '${v}'`);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < lo || n > hi)
    throw new CliUsageError(`${name}: expected an integer in [${lo}, ${hi}], got '${v}'`);
  return n;
}

/** Collect a repeatable option's values (commander helper). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
