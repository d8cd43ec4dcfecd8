/**
 * # Running a command in-process, capturing what it prints
 *
 * {@link callCommand}(run, argv) runs a command through the CLI's wrapper (`execute`: exit codes and
 * one-line errors as from the shell) with `process.stdout`/`stderr` captured, and restores them.
 * Used by the reliability, integrity and replay tests.
 */
import { execute, type CommandRun } from '../src/cli/common.js';

/** Run `run` with `argv` in this process; its exit code and everything it wrote to stdout and stderr. */
export async function callCommand(
  run: CommandRun,
  argv: string[],
): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const o = process.stdout.write.bind(process.stdout),
    e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string | Uint8Array) => ((out += String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((err += String(s)), true)) as typeof process.stderr.write;
  try {
    return { code: await execute(run, argv), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}
