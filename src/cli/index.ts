/**
 * The `ivlp` command line. Runs under plain Node from the electron-vite build (out/main/cli.js,
 * started by bin/ivlp.mjs), on the same loader and storage code as the app; never imports electron.
 *
 * Each command is imported when it runs, not before: together they load exceljs, pdf-lib, React's
 * server renderer and the sample generator, which cost a `check` ten times its own work at start.
 * The build keeps each one in its own chunk (electron.vite.config.ts).
 */
import { parseArgs } from 'node:util';
import { EXIT_FAIL, EXIT_OK, processIo, type CliIo } from './io';
import { USAGE } from './usage';

export { processIo, type CliIo } from './io';

/** Runs the command line with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // export, issue and changes have their own options (export.ts and issue.ts parse them).
  if (argv[0] === 'export') return (await import('./export')).runExport(argv.slice(1), io);
  if (argv[0] === 'issue') return (await import('./issue')).runIssue(argv.slice(1), io);
  if (argv[0] === 'changes') return (await import('./issue')).runChanges(argv.slice(1), io);
  if (argv[0] === 'list') return (await import('./list')).runList(argv.slice(1), io);
  if (argv[0] === 'import-roster') return (await import('./import-roster')).runImportRoster(argv.slice(1), io);
  if (argv[0] === 'clone') return (await import('./clone')).runClone(argv.slice(1), io);
  if (argv[0] === 'serve') return (await import('./serve')).runServe(argv.slice(1), io);
  if (argv[0] === 'invite') return (await import('./serve')).runInvite(argv.slice(1), io);
  if (argv[0] === 'revoke') return (await import('./serve')).runRevoke(argv.slice(1), io);
  if (argv[0] === 'share') return (await import('./team')).runShare(argv.slice(1), io);
  if (argv[0] === 'join') return (await import('./team')).runJoin(argv.slice(1), io);
  if (argv[0] === 'sync') return (await import('./team')).runSync(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, force: { type: 'boolean' }, today: { type: 'string' }, directory: { type: 'string' } },
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
      if (rest.length !== 1 || values.force || values.directory !== undefined) return usage(io, 'check takes one file, --json and --today');
      return (await import('./check')).runCheck(rest[0] as string, { json: values.json === true, ...(values.today === undefined ? {} : { today: values.today }) }, io);
    case 'sample':
      if (rest.length !== 1 || values.json || values.today !== undefined) return usage(io, 'sample takes one output file, --directory and --force');
      return (await import('./sample')).runSample(rest[0] as string, { force: values.force === true, ...(values.directory === undefined ? {} : { directory: values.directory }) }, io);
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
