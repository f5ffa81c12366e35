/**
 * The `ivlp` command line. Runs under plain Node from the electron-vite build (out/main/cli.js,
 * started by bin/ivlp.mjs), on the same loader and storage code as the app; never imports electron.
 */
import { parseArgs } from 'node:util';
import { runCheck } from './check';
import { EXPORT_USAGE, runExport } from './export';
import { IMPORT_ROSTER_USAGE, runImportRoster } from './import-roster';
import { EXIT_FAIL, EXIT_OK, processIo, type CliIo } from './io';
import { ISSUE_USAGE, runChanges, runIssue } from './issue';
import { runSample } from './sample';

export { processIo, type CliIo } from './io';

const USAGE = `Usage: ivlp <command> [options]

Commands:
  check <file> [--json]        Check a program file (*.ivlp.json) without changing it, and
                               list the problems the conflict checks find.
                               Exit 0 when valid with no errors (warnings and info
                               allowed), 1 when valid but with errors nobody dismissed,
                               2 when invalid or unreadable.
  sample <out-file> [--force]  Write the TMSSW 2024 sample program to <out-file>.
                               Refuses to replace an existing file unless --force.
${EXPORT_USAGE}${ISSUE_USAGE}${IMPORT_ROSTER_USAGE}
Options:
  -h, --help                   Show this help.
`;

/** Runs the command line with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // export, issue and changes have their own options (export.ts and issue.ts parse them).
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  if (argv[0] === 'issue') return runIssue(argv.slice(1), io);
  if (argv[0] === 'changes') return runChanges(argv.slice(1), io);
  if (argv[0] === 'import-roster') return runImportRoster(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`ivlp: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return EXIT_FAIL;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help && (command === undefined || command === 'help')) {
    io.out(USAGE);
    return EXIT_OK;
  }
  switch (command) {
    case 'check':
      if (rest.length !== 1 || values.force) return usage(io, 'check takes one file and --json');
      return runCheck(rest[0] as string, { json: values.json === true }, io);
    case 'sample':
      if (rest.length !== 1 || values.json) return usage(io, 'sample takes one output file and --force');
      return runSample(rest[0] as string, { force: values.force === true }, io);
    case 'help':
      io.out(USAGE);
      return EXIT_OK;
    case undefined:
      return usage(io, 'no command given');
    default:
      return usage(io, `unknown command "${command}"`);
  }
}

function usage(io: CliIo, problem: string): number {
  io.err(`ivlp: ${problem}\n\n${USAGE}`);
  return EXIT_FAIL;
}
