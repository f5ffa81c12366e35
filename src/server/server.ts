/**
 * The sync server (`ivlp serve`): automerge-repo over WebSockets with a file-system store in
 * DATA/docs, behind the checks automerge-repo leaves to its users (docs/team-planning.md):
 * a connection opens only with a valid invitation token, each member receives only the documents
 * their role may read (access.ts), changes to documents they may not write are dropped (guard.ts),
 * and city partners' commands are checked and applied from their outboxes (applier.ts).
 */
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { ImmutableString } from '@automerge/automerge';
import { Repo, type DocHandle, type DocumentId, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServer } from 'ws';
import type { Member } from '../shared/sync/roles';
import type { HostsDoc, OutboxDoc, PlanDoc, RootDoc } from '../main/sync/docs';
import { emptyOutbox } from '../main/sync/initial';
import { DurableFileStorage } from '../main/sync/storage';
import { mayRead, mayWrite, writeRefusal } from './access';
import { OutboxApplier } from './applier';
import { GuardedServerAdapter, type MemberSocket } from './guard';
import { MemberStore } from './members';
import { ProgramIndex, type ProgramEntry } from './programs';

export interface SyncServerOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
}

export interface SyncServer {
  /** "ws://host:port": what Share… and `ivlp share --server` take. */
  readonly url: string;
  /** Changes refused since start, for the log and tests: who, which document, why. */
  readonly refused: { member: string; documentId: string; reason: string }[];
  /** Store chunks that failed their checksum and were set aside (members re-send what they held). */
  readonly unreadable: { file: string; why: string }[];
  /** Resolves once every partner command received so far has been applied or refused. */
  idle(): Promise<void>;
  /** Stops accepting connections, writes every document and closes. */
  close(): Promise<void>;
}

export const SYNC_PATH = '/sync';

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { dataDir } = options;
  await mkdir(join(dataDir, 'docs'), { recursive: true, mode: 0o700 });
  const members = new MemberStore(dataDir);
  await members.list(); // a damaged members file stops the server at once, with its reason
  const index = new ProgramIndex(dataDir);
  await index.load();
  const refused: SyncServer['refused'] = [];
  const unreadable: SyncServer['unreadable'] = [];
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 * 1024 });
  const inspecting = new Set<string>();

  const adapter = new GuardedServerAdapter(wss, {
    kindOf: (documentId) => index.kindOf(documentId),
    mayRead: (member, doc) => mayRead(member, doc),
    mayWrite: (member, doc) => mayWrite(member, doc),
    writeRefusal,
    onRefused: (member, documentId, reason) => refused.push({ member: member.name, documentId, reason }),
  });
  const storage = new DurableFileStorage(join(dataDir, 'docs'), (file, why) => unreadable.push({ file, why }));
  const repo = new Repo({
    network: [adapter],
    storage,
    peerId: `ivlp-server-${randomBytes(4).toString('hex')}` as PeerId,
    shareConfig: {
      // The server offers nothing unasked; it answers requests a member's role allows.
      announce: async () => false,
      access: async (peerId, documentId) => {
        const member = adapter.memberOf(peerId);
        if (!member) return false;
        const kind = index.kindOf(documentId);
        if (!kind && member.role === 'planner') noticeDocument(documentId);
        if (kind?.kind === 'root') void welcome(kind.rootId, member);
        return mayRead(member, kind);
      },
    },
  });

  const roots = new Map<string, DocHandle<RootDoc>>();
  const appliers = new Map<string, OutboxApplier>();

  /** A planner is syncing a document no program names yet: it may be a new program's root. */
  function noticeDocument(documentId: string): void {
    if (inspecting.has(documentId)) return;
    inspecting.add(documentId);
    setTimeout(() => {
      void repo
        .find<RootDoc>(documentId as DocumentId, { allowableStates: ['ready'] })
        .then((handle) => {
          if (handle.doc()?.kind === 'ivlp-program') watchRoot(handle);
        })
        .catch(() => undefined)
        .finally(() => inspecting.delete(documentId));
    }, 50);
  }

  function watchRoot(handle: DocHandle<RootDoc>): void {
    if (roots.has(handle.documentId)) return;
    roots.set(handle.documentId, handle);
    const update = () => {
      const doc = handle.doc();
      if (doc?.kind !== 'ivlp-program') return;
      void index.put(handle.documentId, entryOf(doc)).then(() => startAppliers(handle.documentId, doc));
    };
    handle.on('change', update);
    update();
  }

  async function startAppliers(rootId: string, root: RootDoc): Promise<void> {
    const entry = index.entry(rootId);
    if (!entry) return;
    const everyone = await members.list();
    for (const [memberId, outboxId] of Object.entries(entry.outboxes)) {
      if (appliers.has(outboxId)) continue;
      const record = everyone.find((m) => m.id === memberId && m.revokedAt === null);
      if (!record || record.role !== 'partner') continue;
      const member: Member = { id: record.id, name: record.name, role: record.role, cityId: record.cityId };
      const [outbox, plan] = await Promise.all([repo.find<OutboxDoc>(outboxId as DocumentId), repo.find<PlanDoc>(entry.plan as DocumentId)]);
      const hostsId = member.cityId ? entry.hosts[member.cityId] : undefined;
      const hosts = hostsId ? await repo.find<HostsDoc>(hostsId as DocumentId) : null;
      if (appliers.has(outboxId)) continue;
      appliers.set(outboxId, new OutboxApplier({ repo, outbox, plan, hosts, member, programId: String(root.programId) }));
    }
  }

  /** A member opened a program: they are listed as a member, and a partner gets an outbox. */
  async function welcome(rootId: string, member: Member): Promise<void> {
    const handle = roots.get(rootId) ?? (await repo.find<RootDoc>(rootId as DocumentId).catch(() => null));
    if (!handle) return;
    watchRoot(handle);
    const doc = handle.doc();
    const needsOutbox = member.role === 'partner' && !doc.outboxes?.[member.id];
    if (doc.members?.[member.id] && !needsOutbox) return;
    const outbox = needsOutbox ? repo.create<OutboxDoc>(emptyOutbox(member.id)) : null;
    handle.change((root) => {
      root.members ??= {};
      if (!root.members[member.id]) {
        root.members[member.id] = { name: new ImmutableString(member.name), role: member.role, cityId: member.cityId === null ? null : new ImmutableString(member.cityId) };
      }
      root.outboxes ??= {};
      if (outbox && !root.outboxes[member.id]) root.outboxes[member.id] = new ImmutableString(outbox.documentId);
    });
  }

  for (const rootId of index.roots()) {
    void repo
      .find<RootDoc>(rootId as DocumentId)
      .then(watchRoot)
      .catch(() => undefined);
  }

  // A revoked invitation ends its connections at once: the members file is watched.
  let membersStamp = await stamp(members.file);
  const watcher = setInterval(() => {
    void stamp(members.file).then(async (now) => {
      if (now === membersStamp) return;
      membersStamp = now;
      for (const m of await members.list().catch(() => [])) if (m.revokedAt !== null) adapter.disconnectMember(m.id);
    });
  }, 500);
  watcher.unref();

  const http = createServer((request, response) => {
    // Who a token belongs to, so an app can say "you are the Tucson partner" before any document moves.
    if (request.url === '/whoami') {
      const token = /^Bearer (\S{1,200})$/.exec(request.headers.authorization ?? '')?.[1];
      void (token ? members.byToken(token).catch(() => null) : Promise.resolve(null)).then((member) => {
        response.writeHead(member ? 200 : 401, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(JSON.stringify(member ?? { error: 'unknown or revoked invitation token' }));
      });
      return;
    }
    // A plain GET answers who this is, so a planner can check an address in a browser.
    response.writeHead(request.url === '/' ? 200 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(request.url === '/' ? 'IVLP Planner sync server. Connect with an invitation from Share… or `ivlp join`.\n' : 'Not found\n');
  });
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void authenticate(request).then((member) => {
      if (!member) {
        socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        (ws as MemberSocket).member = member;
        wss.emit('connection', ws, request);
      });
    });
  });

  async function authenticate(request: IncomingMessage): Promise<Member | null> {
    const url = new URL(request.url ?? '/', 'http://server');
    const token = url.searchParams.get('token');
    if (url.pathname !== SYNC_PATH || !token || token.length > 200) return null;
    return members.byToken(token).catch(() => null);
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4711, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4711);
  const host = options.host ?? '127.0.0.1';

  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    refused,
    unreadable,
    idle: async () => {
      await Promise.all([...appliers.values()].map((applier) => applier.idle()));
    },
    close: async () => {
      clearInterval(watcher);
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await Promise.all([...appliers.values()].map((applier) => applier.idle()));
      await repo.flush();
      await repo.shutdown();
      await storage.close();
    },
  };
}

/** The documents a root names, as the index keeps them. */
function entryOf(doc: RootDoc): ProgramEntry {
  return {
    plan: String(doc.docs.plan),
    private: String(doc.docs.private),
    hosts: Object.fromEntries(Object.entries(doc.docs.hosts ?? {}).map(([city, id]) => [city, String(id)])),
    outboxes: Object.fromEntries(Object.entries(doc.outboxes ?? {}).map(([member, id]) => [member, String(id)])),
  };
}

async function stamp(file: string): Promise<string> {
  try {
    const info = await stat(file);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return 'missing';
  }
}
