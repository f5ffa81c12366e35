/**
 * The sync server's side of the command line: `ivlp serve` runs it, `ivlp invite` makes an
 * invitation (the token alone on the last line), `ivlp revoke` ends one. The server and the
 * invitations share one data folder (docs/team-planning.md).
 */
import { mkdir } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isAppError } from '../shared/errors';
import { MemberStore } from '../server/members';
import { startSyncServer } from '../server/server';
import { EXIT_FAIL, EXIT_OK, type CliIo } from './io';
import { TEAM_USAGE } from './usage';

function usage(io: CliIo, command: string, problem: string): number {
  io.err(`ivlp ${command}: ${problem}\n\nUsage:\n${TEAM_USAGE}`);
  return EXIT_FAIL;
}

function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
}

/** `ivlp serve --data DIR [--port N] [--host H]`: runs until SIGINT or SIGTERM, then closes cleanly. */
export async function runServe(argv: readonly string[], io: CliIo, deps: { stop?: Promise<void> } = {}): Promise<number> {
  let values;
  try {
    ({ values } = parse(argv, { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }));
  } catch (error) {
    return usage(io, 'serve', error instanceof Error ? error.message : String(error));
  }
  if (!values['data']) return usage(io, 'serve', '--data DIR is required (the folder for documents and invitations)');
  const port = values['port'] === undefined ? 4711 : Number(values['port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage(io, 'serve', `--port must be a port number, not "${String(values['port'])}"`);
  const host = String(values['host'] ?? '127.0.0.1');
  let server;
  try {
    await mkdir(String(values['data']), { recursive: true, mode: 0o700 });
    server = await startSyncServer({ dataDir: String(values['data']), host, port });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') return usage(io, 'serve', `port ${port} on ${host} is in use (is another server running?); choose another with --port`);
    if (isAppError(error)) return usage(io, 'serve', error.message);
    throw error;
  }
  io.out(`IVLP Planner sync server listening on ${server.url}\nData: ${String(values['data'])}\nInvite members with \`ivlp invite --data ${String(values['data'])} --role planner|partner|viewer\`. Stop with Ctrl+C.\n`);
  await (deps.stop ??
    new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    }));
  await server.close();
  io.out('The sync server stopped; every document is saved.\n');
  return EXIT_OK;
}

/** `ivlp invite --data DIR --role ROLE [--city ID] [--name NAME]`: the token alone on the last line. */
export async function runInvite(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parse(argv, { data: { type: 'string' }, role: { type: 'string' }, city: { type: 'string' }, name: { type: 'string' } }));
  } catch (error) {
    return usage(io, 'invite', error instanceof Error ? error.message : String(error));
  }
  const role = values['role'];
  if (!values['data']) return usage(io, 'invite', '--data DIR is required (the sync server’s data folder)');
  if (role !== 'planner' && role !== 'partner' && role !== 'viewer') return usage(io, 'invite', '--role must be planner, partner or viewer');
  try {
    await mkdir(String(values['data']), { recursive: true, mode: 0o700 });
    const { member, token } = await new MemberStore(String(values['data'])).invite({ role, cityId: (values['city'] as string | undefined) ?? null, name: String(values['name'] ?? '') }, new Date());
    io.out(`Invited ${member.name} as ${member.role}${member.cityId ? ` for ${member.cityId}` : ''}. Give them this token (it is shown only now):\n${token}\n`);
    return EXIT_OK;
  } catch (error) {
    if (isAppError(error)) return usage(io, 'invite', error.message);
    throw error;
  }
}

/** `ivlp revoke --data DIR TOKEN_OR_NAME`: the member's connections close at once. */
export async function runRevoke(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv, { data: { type: 'string' } });
  } catch (error) {
    return usage(io, 'revoke', error instanceof Error ? error.message : String(error));
  }
  const data = parsed.values['data'];
  if (!data || parsed.positionals.length !== 1) return usage(io, 'revoke', 'revoke takes --data DIR and one token or member name');
  try {
    const revoked = await new MemberStore(String(data)).revoke(parsed.positionals[0] as string, new Date());
    io.out(`Revoked: ${revoked.map((m) => m.name).join(', ')}. Their connections to a running server close now.\n`);
    return EXIT_OK;
  } catch (error) {
    if (isAppError(error)) return usage(io, 'revoke', error.message);
    throw error;
  }
}
