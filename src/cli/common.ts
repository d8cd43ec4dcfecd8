/**
 * # Shared command-line plumbing
 *
 * Main definitions: {@link main} — runs a command body, turning every {@link PruningCheckError}
 * into one line on stderr and exit code 2 (never a stack trace for bad input); {@link parseIntOption}.
 */
import { CliUsageError, PruningCheckError } from '../errors.js';

/** Run `body`; typed errors become one line and exit 2. */
export function main(body: () => Promise<number>): void {
  body().then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof PruningCheckError) {
        process.stderr.write(`error: ${e.message}\n`);
        process.exit(2);
      }
      const err = e as { code?: string; message?: string };
      if (err && typeof err.code === 'string' && err.code.startsWith('commander.')) process.exit(2);
      process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exit(3);
    },
  );
}

/** Parse an integer option within [lo, hi]. @throws CliUsageError */
export function parseIntOption(name: string, v: string, lo: number, hi: number): number {
  if (!/^-?\d+$/.test(v.trim())) throw new CliUsageError(`${name}: expected an integer in [${lo}, ${hi}], got '${v}'`);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < lo || n > hi) throw new CliUsageError(`${name}: expected an integer in [${lo}, ${hi}], got '${v}'`);
  return n;
}
