#!/usr/bin/env node
/**
 * # `pruning-gap-check` — the package's command (the `bin`)
 *
 * Main definitions: {@link COMMANDS} (the sub-commands and their one-line descriptions) and
 * {@link dispatch}(argv) — `pruning-gap-check check|list|replay|merge|chain|blueprint [options]`.
 *
 * Implementation notes: each sub-command lives in its own module and exports
 * `run<Command>(argv): Promise<number>` (argv without the sub-command); the dispatcher imports only
 * the module it needs (so `chain` never loads the claims and `blueprint` never loads vega). `list`
 * is `check --list`. A module that still runs its body on import (the npm-script form) is supported
 * by handing it `process.argv` the way `node module.js …` would. Unknown sub-commands and bad options
 * are one line on stderr and exit 2; `--help` and `--version` exit 0.
 *
 * References: issue 10 (a self-contained tool researchers can install and extend).
 */
import { realpathSync } from 'node:fs';
import { readJsonText } from '../util/safeJson.js';
import { fileURLToPath } from 'node:url';
import { CliUsageError } from '../errors.js';
import { runMain } from './common.js';

/** The sub-commands, their modules, runner export names and descriptions. */
export const COMMANDS: Readonly<
  Record<
    string,
    { readonly module: string; readonly run: string; readonly prefix?: readonly string[]; readonly about: string }
  >
> = {
  check: {
    module: './check.js',
    run: 'runCheck',
    about: 'check claims and write reports (--claims, --claims-dir, --seed, --depth, --shard, --out, …)',
  },
  list: {
    module: './list.js',
    run: 'runList',
    about: 'list claim ids, labels and expected verdicts (--json, --claims, --claims-dir)',
  },
  replay: { module: './replay.js', run: 'runReplay', about: 'replay a counterexample file exactly' },
  merge: { module: './merge.js', run: 'runMerge', about: 'merge shard files into the reports' },
  chain: { module: './chain.js', run: 'runChain', about: 'exact laws of a birth–death chain' },
  blueprint: {
    module: './blueprint.js',
    run: 'runBlueprint',
    about: 'write docs/blueprint.md, docs/blueprint.html and the dependency graph',
  },
};

function version(): string {
  const pkg = fileURLToPath(new URL('../../package.json', import.meta.url));
  for (const p of [pkg, fileURLToPath(new URL('../../../package.json', import.meta.url))]) {
    try {
      const j = readJsonText(p) as { name?: string; version?: string };
      if (j.name === 'pruning-gap-check' && typeof j.version === 'string') return j.version;
    } catch {
      // try the next location (source tree vs dist/)
    }
  }
  return 'unknown';
}

function usage(): string {
  const lines = ['Usage: pruning-gap-check <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${c.about}`);
  lines.push('', "Run 'pruning-gap-check <command> --help' for a command's options.");
  return lines.join('\n') + '\n';
}

/**
 * Run the sub-command named by `argv[0]` with the remaining arguments.
 * @returns the exit code (0 success, 1 unexpected verdicts, 2 bad input)
 */
export async function dispatch(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) throw new CliUsageError(`unknown command '${name}': expected one of ${Object.keys(COMMANDS).join(', ')}`);
  const args = [...(cmd.prefix ?? []), ...rest];
  const url = new URL(cmd.module.replace(/\.js$/, import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);
  // a module in the npm-script form runs its body on import and reads process.argv.slice(2); argv[1]
  // stays this file, so a module that guards its body with "am I the main module" does not run twice
  process.argv = [process.argv[0]!, process.argv[1] ?? fileURLToPath(import.meta.url), ...args];
  const mod = (await import(url.href)) as Record<string, unknown>;
  const run = mod[cmd.run];
  if (typeof run === 'function') return (run as (a: readonly string[]) => Promise<number>)(args);
  // the module ran itself and will call process.exit; wait for it
  return new Promise<number>(() => undefined);
}

/** True when this module is the process's entry point (directly, or through the npm bin symlink). */
function isEntry(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

// the shared process wrapper: one-line errors and exit codes, SIGINT/SIGTERM/SIGHUP forwarded to the work
if (isEntry()) runMain((argv) => dispatch(argv));
