/**
 * Team planning in the app: one connection per sync server (shared by every open program on it),
 * the invitation tokens, and a session for each open document that belongs to a shared program.
 * What a session applies and announces goes out through callbacks the app wires to its one action
 * table and to the windows (app/create-app.ts), so remote changes enter by the same door as every
 * other edit.
 */
import { join } from 'node:path';
import type { Command } from '../../shared/commands/types';
import { AppError } from '../../shared/errors';
import type { TeamProgress } from '../../shared/ipc/contract';
import { CURRENT_SCHEMA_VERSION, type Program, type SharedProgram } from '../../shared/program/schema';
import { formatAddress, normalizeServer, parseAddress } from '../../shared/sync/address';
import type { Member } from '../../shared/sync/roles';
import type { OpenDocument } from '../documents/open-document';
import { SyncConnection, whoAmI } from './connection';
import { FileSyncState } from './file-state';
import type { ReplicaHeads } from './docs';
import { ProgramReplica } from './replica';
import { textHash } from './file-state';
import { serializeProgram } from '../../shared/program/load';
import { SyncSession, type SessionState } from './session';
import { TokenStore } from './tokens';

/** Told where a share or join stands, and how many activities it carries (0 until known). */
export type TeamProgressSink = (step: TeamProgress['step'], activities: number) => void;

export interface SyncManagerDeps {
  userData: string;
  /** Applies a command to a window's document through the action table, as teammates' change. */
  applyRemote(doc: OpenDocument, command: Command, by: readonly string[]): void;
  /** Sends a document's sync state to its window. */
  publish(doc: OpenDocument, state: SessionState): void;
  /** Keeps work a file held that could not be shared beside it. */
  keepAside(doc: OpenDocument, program: Program): Promise<void>;
  /** How long to wait for a server that is not answering before working offline (ms). */
  waitMs?: number;
}

export class SyncManager {
  readonly tokens: TokenStore;
  readonly files: FileSyncState;
  private readonly connections = new Map<string, Promise<SyncConnection>>();
  private readonly sessions = new Map<OpenDocument, SyncSession>();
  private readonly failures = new Map<OpenDocument, string>();

  constructor(private readonly deps: SyncManagerDeps) {
    this.tokens = new TokenStore(deps.userData);
    this.files = new FileSyncState(deps.userData);
  }

  /** The connection to a server, opened once with the stored (or given) token. */
  async connection(server: string, token?: string): Promise<SyncConnection> {
    const existing = this.connections.get(server);
    if (existing) return existing;
    const stored = token ?? (await this.tokens.get(server))?.token;
    if (!stored) throw new AppError('SYNC_UNAUTHORIZED', `No invitation for ${server} is kept on this computer; use Join… with the invitation token again.`);
    const opening = SyncConnection.open({ server, token: stored, userData: join(this.deps.userData) });
    this.connections.set(server, opening);
    return opening;
  }

  /**
   * Starts team planning for a document whose program is shared. Called as it opens: the session
   * listens at once (no edit is lost), and the replica loads and connects after the program is on
   * screen. Resolves once the session has started, or failed (failure() says why).
   */
  attach(doc: OpenDocument): Promise<void> {
    const shared = doc.program.shared;
    if (!shared || this.sessions.has(doc)) return Promise.resolve();
    const address = parseAddress(shared.address);
    if (!address) {
      this.failures.set(doc, `The file names a shared program at “${shared.address}”, which is not an address IVLP Planner can use.`);
      return Promise.resolve();
    }
    const session = new SyncSession(doc, formatAddress(address), this.files, {
      applyRemote: (command, by) => this.deps.applyRemote(doc, command, by),
      changed: (state) => this.deps.publish(doc, state),
      keepAside: (program) => this.deps.keepAside(doc, program),
    });
    this.sessions.set(doc, session);
    return new Promise((resolve) => setImmediate(resolve)).then(async () => {
      try {
        const entry = await this.tokens.get(address.server);
        const member: Member = entry?.member ?? { id: '', name: shared.member, role: shared.role, cityId: shared.cityId };
        const connection = await this.connection(address.server);
        const replica = await ProgramReplica.open(connection, address.rootId, member, this.deps.waitMs ?? 15_000);
        this.failures.delete(doc);
        await session.start(replica);
      } catch (error) {
        this.failures.set(doc, error instanceof Error ? error.message : String(error));
      }
    });
  }

  /** Stops a document's session (its window closed, or another program replaced it). */
  detach(doc: OpenDocument): void {
    this.sessions.get(doc)?.stop();
    this.sessions.delete(doc);
    this.failures.delete(doc);
  }

  /** The document's session, once its replica is loaded. */
  session(doc: OpenDocument): SyncSession | undefined {
    const session = this.sessions.get(doc);
    return session?.ready ? session : undefined;
  }

  /** Why a shared document is not syncing, if it is not. */
  failure(doc: OpenDocument): string | null {
    return this.failures.get(doc) ?? null;
  }

  /** Shares a program on a server (the planner's token): returns what its file should record. */
  async share(program: Program, serverText: string, token: string, progress: TeamProgressSink = () => undefined): Promise<{ shared: SharedProgram; replica: ProgramReplica }> {
    const server = normalizeServer(serverText);
    if (!server) throw new AppError('BAD_ARGUMENTS', `“${serverText}” is not a sync server address; it looks like ws://192.168.1.20:4711.`);
    progress('connecting', program.activities.length);
    const member = await whoAmI(server, token);
    if (member.role !== 'planner') throw new AppError('SYNC_REFUSED', `Only a planner can share a program; this invitation is for a ${member.role} (${member.name}).`);
    await this.tokens.set(server, { token, member });
    this.connections.delete(server);
    const connection = await this.connection(server, token);
    progress('writing', program.activities.length);
    const replica = await ProgramReplica.publish(connection, program, member);
    progress('sending', program.activities.length);
    return { replica, shared: { address: formatAddress({ server, rootId: replica.rootId }), role: 'planner', cityId: null, member: member.name } };
  }

  /** Remembers that a file now holds `program`, the shared program at `heads`. */
  async recordFile(path: string, address: string, program: Program, heads: ReplicaHeads): Promise<void> {
    await this.files.set(path, { address, hash: textHash(serializeProgram(program)), heads });
  }

  /** Reads a shared program for a new file (Join…): the program, with what its file should record, and the heads it is read at. */
  async join(addressText: string, token: string, progress: TeamProgressSink = () => undefined): Promise<{ program: Program; heads: ReplicaHeads }> {
    const address = parseAddress(addressText);
    if (!address) throw new AppError('BAD_ARGUMENTS', `“${addressText}” is not the address of a shared program; it looks like ws://192.168.1.20:4711/programs/4NMN….`);
    progress('connecting', 0);
    const member = await whoAmI(address.server, token);
    await this.tokens.set(address.server, { token, member });
    this.connections.delete(address.server);
    const connection = await this.connection(address.server, token);
    progress('receiving', 0);
    const replica = await ProgramReplica.open(connection, address.rootId, member, this.deps.waitMs ?? 15_000);
    try {
      const shared: SharedProgram = { address: formatAddress(address), role: member.role, cityId: member.cityId, member: member.name };
      const root = replica.root.doc();
      const heads = replica.heads();
      return { program: replica.read({ id: String(root.programId), schemaVersion: CURRENT_SCHEMA_VERSION, shared }, heads).program, heads };
    } finally {
      replica.close();
    }
  }

  async close(): Promise<void> {
    for (const session of this.sessions.values()) session.stop();
    this.sessions.clear();
    for (const opening of this.connections.values()) await (await opening.catch(() => null))?.close().catch(() => undefined);
    this.connections.clear();
  }
}
