#!/usr/bin/env node
/**
 * The `chronicle` command line (contract: ../shared/DESIGN.md §3).
 *
 * Every command reads files, folders, URLs or `-`, writes JSON Lines to standard output unless
 * `--format` says otherwise, and writes diagnostics to standard error.
 * Exit codes: 0 every document done; 1 some documents rejected; 2 bad usage or a fatal error.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { ROOT } from '../paths.js';
import { registerCommands } from './commands.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function buildProgram(): Command {
  const program = new Command('chronicle')
    .description('Turn raw news into a sourced, queryable record of who did what to whom, when and where.')
    .version(version)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every usage mistake exits 2 (commander's own default is 1).
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`chronicle: ${err.message}\n`);
      return 2;
    }
    const e = err as Error;
    process.stderr.write(`chronicle: fatal: ${e.message}\n`);
    if (process.env.CHRONICLE_DEBUG === '1' && e.stack) process.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

function invokedDirectly(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

const isMain = invokedDirectly();
if (isMain) {
  // `chronicle events | head`: the reader went away; stop quietly, as Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`chronicle: fatal: ${(err as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
