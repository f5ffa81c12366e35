/**
 * Team planning from the command line (docs/team-planning.md): `ivlp share` publishes a program
 * file on a sync server and prints its address on the last line; `ivlp join` makes a program file
 * from a shared program; `ivlp sync` pulls and pushes once and exits, 0 when the file and the server
 * are in step. They use the app's data folder (user-data.ts): the same replica and tokens.
 */
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { applyCommand } from '../shared/commands/apply';
import { isAppError } from '../shared/errors';
import { serializeProgram } from '../shared/program/load';
import { CURRENT_SCHEMA_VERSION, type Program } from '../shared/program/schema';
import { formatAddress, normalizeServer, parseAddress } from '../shared/sync/address';
import { siblingPath } from '../main/documents/opening';
import { isStorageError } from '../main/storage/errors';
import { readProgramFile, sweepStaleTempsBeside, writeProgramFile } from '../main/storage/program-file';
import { SyncConnection, whoAmI } from '../main/sync/connection';
import { FileSyncState, textHash } from '../main/sync/file-state';
import { reconcile } from '../main/sync/reconcile';
import { ProgramReplica } from '../main/sync/replica';
import { TokenStore } from '../main/sync/tokens';
import { EXIT_FAIL, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import { TEAM_USAGE } from './usage';
import { cliUserData } from './user-data';

/** How long `share` and `sync` wait for the server to hold everything. */
const IN_STEP_MS = 120_000;

class Usage extends Error {}

function fail(io: CliIo, command: string, message: string, withUsage = false, code = EXIT_FAIL): number {
  io.err(`ivlp ${command}: ${message}\n${withUsage ? `\nUsage:\n${TEAM_USAGE}` : ''}`);
  return code;
}

async function guarded(io: CliIo, command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Usage) return fail(io, command, error.message, true);
    if (isAppError(error) || isStorageError(error)) return fail(io, command, error.message);
    throw error;
  }
}

function args(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new Usage(error instanceof Error ? error.message : String(error));
  }
}

/** `ivlp share FILE --server URL --token T` */
export function runShare(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return guarded(io, 'share', async () => {
    const { values, positionals } = args(argv, { server: { type: 'string' }, token: { type: 'string' } });
    if (positionals.length !== 1 || !values['server'] || !values['token']) throw new Usage('share takes one program file, --server URL and --token TOKEN');
    const server = normalizeServer(String(values['server']));
    if (!server) throw new Usage(`“${String(values['server'])}” is not a sync server address (ws://host:port)`);
    const file = positionals[0] as string;
    await sweepStaleTempsBeside(file);
    const opened = await readProgramFile(file);
    if (opened.readOnlyReason) return fail(io, 'share', `${opened.readOnlyReason} Nothing was shared.`);
    if (opened.program.shared) return fail(io, 'share', `${file} is already shared at ${opened.program.shared.address}.`);
    const token = String(values['token']);
    const member = await whoAmI(server, token);
    if (member.role !== 'planner') return fail(io, 'share', `only a planner can share a program; this invitation is for a ${member.role} (${member.name}).`);
    const userData = cliUserData(env);
    await new TokenStore(userData).set(server, { token, member });
    const connection = await SyncConnection.open({ server, token, userData });
    try {
      io.err(`Writing ${opened.program.activities.length} activities into the shared documents…\n`);
      const replica = await ProgramReplica.publish(connection, opened.program, member);
      io.err(`Sending to ${server}…\n`);
      if (!(await replica.waitInStep(IN_STEP_MS))) return fail(io, 'share', `${server} did not confirm it holds the whole program; ${file} was not changed. Run share again.`);
      const address = formatAddress({ server, rootId: replica.rootId });
      const next = applyCommand(opened.program, { type: 'program/set-shared', shared: { address, role: 'planner', cityId: null, member: member.name } }).program;
      const text = serializeProgram(next);
      await writeProgramFile(file, text, { expectedHash: opened.hash });
      await new FileSyncState(userData).set(file, { address, hash: textHash(text), heads: replica.heads() });
      io.out(`Shared ${opened.program.title} as ${member.name}. Teammates join with:\n${address}\n`);
      return EXIT_OK;
    } finally {
      await connection.close();
    }
  });
}

/** `ivlp join ADDRESS --token T --out FILE [--force]` */
export function runJoin(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return guarded(io, 'join', async () => {
    const { values, positionals } = args(argv, { token: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
    if (positionals.length !== 1 || !values['token'] || !values['out']) throw new Usage('join takes the program’s address, --token TOKEN and --out FILE');
    const address = parseAddress(positionals[0] as string);
    if (!address) throw new Usage(`“${positionals[0]}” is not a shared program’s address (ws://host:port/programs/ID)`);
    const out = String(values['out']);
    if (existsSync(out) && !values['force']) return fail(io, 'join', `${out} exists; choose another --out, or --force to replace it.`);
    const token = String(values['token']);
    const member = await whoAmI(address.server, token);
    const userData = cliUserData(env);
    await new TokenStore(userData).set(address.server, { token, member });
    const connection = await SyncConnection.open({ server: address.server, token, userData });
    try {
      const replica = await ProgramReplica.open(connection, address.rootId, member);
      const heads = replica.heads();
      const shared = { address: formatAddress(address), role: member.role, cityId: member.cityId, member: member.name };
      const program = replica.read({ id: String(replica.root.doc().programId), schemaVersion: CURRENT_SCHEMA_VERSION, shared }, heads).program;
      const text = serializeProgram(program);
      await writeProgramFile(out, text, { expectedHash: existsSync(out) ? (await readProgramFile(out).catch(() => null))?.hash ?? null : null });
      await new FileSyncState(userData).set(out, { address: shared.address, hash: textHash(text), heads });
      io.out(`Joined ${program.title} as ${member.name} (${member.role}${member.cityId ? `, ${member.cityId}` : ''}).\nWrote ${out}\n`);
      return EXIT_OK;
    } finally {
      await connection.close();
    }
  });
}

/** `ivlp sync FILE [--token T]`: pull and push once; exit 0 in step, 1 not (the reason printed). */
export function runSync(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return guarded(io, 'sync', async () => {
    const { values, positionals } = args(argv, { token: { type: 'string' } });
    if (positionals.length !== 1) throw new Usage('sync takes one program file');
    const file = positionals[0] as string;
    await sweepStaleTempsBeside(file);
    const opened = await readProgramFile(file);
    const shared = opened.program.shared;
    if (!shared) return fail(io, 'sync', `${file} is not a shared program; share it first (ivlp share).`);
    const address = parseAddress(shared.address);
    if (!address) return fail(io, 'sync', `${file} names “${shared.address}”, which is not a shared program’s address.`);
    const userData = cliUserData(env);
    const tokens = new TokenStore(userData);
    const token = (values['token'] as string | undefined) ?? (await tokens.get(address.server))?.token;
    if (!token) return fail(io, 'sync', `no invitation token for ${address.server} is kept on this computer; pass --token TOKEN once.`);
    const member = await whoAmI(address.server, token).catch((error: unknown) => {
      // Offline: sync what can be synced from the replica, and say so.
      if (isAppError(error, 'SYNC_UNREACHABLE')) return null;
      throw error;
    });
    if (!member) return fail(io, 'sync', `${address.server} cannot be reached; ${file} was not changed. Your work in it is kept and is shared the next time sync reaches the server.`, false, EXIT_PROBLEMS);
    await tokens.set(address.server, { token, member });
    const files = new FileSyncState(userData);
    const connection = await SyncConnection.open({ server: address.server, token, userData });
    try {
      const replica = await ProgramReplica.open(connection, address.rootId, member);
      const record = await files.get(file);
      const reconciled = reconcile(replica, opened.program, record && record.address === formatAddress(address) ? record : null);
      if (reconciled.aside) {
        const aside = siblingPath(file, `not shared ${new Date().toISOString().slice(0, 10)}`);
        await writeProgramFile(aside, serializeProgram({ ...reconciled.aside, shared: null }), { expectedHash: null });
        io.err(`${file} held changes a ${member.role} cannot share; they are kept in ${aside}.\n`);
      }
      const inStep = await replica.waitInStep(IN_STEP_MS);
      const program: Program = { ...replica.read({ id: opened.program.id, schemaVersion: opened.program.schemaVersion, shared }).program, shared };
      const text = serializeProgram(program);
      if (text !== opened.text) await writeProgramFile(file, text, { expectedHash: opened.hash });
      await files.set(file, { address: formatAddress(address), hash: textHash(text), heads: replica.heads() });
      const refused = replica.outboxEntries().filter((entry) => entry.status === 'refused');
      const waiting = replica.outboxEntries().filter((entry) => entry.status === 'pending').length;
      for (const entry of refused) io.err(`Refused by the server: ${entry.reason}\n`);
      if (!inStep) return fail(io, 'sync', `${address.server} did not confirm it holds everything; run sync again.`, false, EXIT_PROBLEMS);
      io.out(`${file} is in step with ${address.server}${reconciled.pushed ? ' (your changes were shared)' : ''}${waiting ? `; ${waiting} of your changes wait for the server to apply them` : ''}.\n`);
      return refused.length ? EXIT_PROBLEMS : EXIT_OK;
    } finally {
      await connection.close();
    }
  });
}
