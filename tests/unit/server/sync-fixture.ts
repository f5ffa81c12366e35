/** A real sync server on 127.0.0.1 over a temp folder, and members' connections to it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SyncConnection, whoAmI } from '../../../src/main/sync/connection';
import { MemberStore } from '../../../src/server/members';
import { startSyncServer, type SyncServer } from '../../../src/server/server';
import type { Member, Role } from '../../../src/shared/sync/roles';

export interface Team {
  dir: string;
  server: SyncServer;
  members: MemberStore;
  invite(role: Role, name: string, cityId?: string | null): Promise<{ token: string; member: Member }>;
  /** A member's app: its own data folder, connected with its token. */
  connect(token: string, name: string): Promise<{ connection: SyncConnection; member: Member; userData: string }>;
  /** Restarts the server on the same port and data (as after a crash). */
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function startTeam(): Promise<Team> {
  const dir = await mkdtemp(join(tmpdir(), 'ivlp-team-'));
  const data = join(dir, 'server');
  const members = new MemberStore(data);
  let server = await startSyncServer({ dataDir: data, port: 0 });
  const connections: SyncConnection[] = [];
  const team: Team = {
    dir,
    get server() {
      return server;
    },
    members,
    invite: async (role, name, cityId = null) => {
      const { member, token } = await members.invite({ role, cityId, name }, new Date());
      return { token, member: { id: member.id, name: member.name, role: member.role, cityId: member.cityId } };
    },
    connect: async (token, name) => {
      const userData = join(dir, `app-${name}`);
      const member = await whoAmI(server.url, token);
      const connection = await SyncConnection.open({ server: server.url, token, userData, retryMs: 200 });
      connections.push(connection);
      return { connection, member, userData };
    },
    restart: async () => {
      const port = Number(new URL(server.url.replace('ws', 'http')).port);
      await server.close();
      server = await startSyncServer({ dataDir: data, port });
    },
    cleanup: async () => {
      for (const connection of connections) await connection.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      // Storage may still be settling a write: retry rather than fail the test on cleanup.
      await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    },
  };
  return team;
}

/** Polls until `check` holds (or throws with `what` after `ms`): sync is asynchronous. */
export async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
