/**
 * One connection to a sync server: an automerge-repo Repo whose replica of every shared document
 * lives in the app's data folder (so a shared program opens and is edited offline), its WebSocket
 * with the member's token, and the state the status bar shows: connected, offline since when,
 * refused. Connecting never blocks opening a program: documents load from the replica first.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cbor, Repo, type DocHandle, type DocumentId, type PeerId, type PeerMetadata } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { AppError } from '../../shared/errors';
import type { Member } from '../../shared/sync/roles';
import { watchStalls, type StallWatchOptions } from './stall-watch';
import { DurableFileStorage } from './storage';

/** How long a connection attempt may take before a retry replaces it. */
const HANDSHAKE_MS = 20_000;
/** WebSocket.CONNECTING (readyState 0), the same in ws and in browsers. */
const SOCKET_CONNECTING = 0;

/** The server's answer to an error-message the guard sends for a refused change. */
const REFUSED_PREFIX = 'ivlp-refused:';

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected'; since: string }
  | { status: 'offline'; since: string; reason: string };

export interface Refusal {
  documentId: string;
  reason: string;
}

/** The WebSocket client adapter, telling us when the socket opens and closes and what the server refused. */
class SyncClientAdapter extends WebSocketClientAdapter {
  onState: (open: boolean, reason: string) => void = () => undefined;
  onRefused: (refusal: Refusal) => void = () => undefined;

  constructor(url: string, retryMs: number) {
    super(url, retryMs);
    const open = this.onOpen;
    const close = this.onClose;
    this.onOpen = () => {
      open();
      this.onState(true, '');
    };
    this.onClose = () => {
      close();
      this.onState(false, 'the server closed the connection');
    };
    // The base handler rethrows every error but a refused connection, which would take the whole
    // app down on a 401 or a reset: a lost server is a state to show, and the adapter retries.
    this.onError = (event) => {
      const message = (event as { message?: string; error?: { message?: string } }).error?.message ?? (event as { message?: string }).message ?? '';
      this.onState(false, /\b401\b/.test(message) ? 'the server refused the invitation token' : 'the server cannot be reached');
    };
  }

  private connectingSince = 0;

  /**
   * The base adapter retries every `retryMs` by opening a new socket and dropping the one before,
   * even while that one is still connecting: against a busy server (a large program arriving from
   * a teammate) no handshake then finishes within `retryMs` and the copy never connects. A socket
   * still connecting is left to finish or fail (a failure retries), for up to a handshake's time.
   */
  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    const connecting = this.socket?.readyState === SOCKET_CONNECTING;
    if (connecting && Date.now() - this.connectingSince < HANDSHAKE_MS) return;
    if (connecting) this.socket?.terminate();
    this.connectingSince = Date.now();
    super.connect(peerId, peerMetadata);
  }

  /** Error messages are only logged by the base adapter; ours carry refusals the planner must see. */
  override receiveMessage(messageBytes: Uint8Array): void {
    // Refusals are small; a large message is a document and is never one.
    if (messageBytes.byteLength < 4096) {
      try {
        const message = cbor.decode(new Uint8Array(messageBytes)) as { type?: string; message?: unknown };
        if (message.type === 'error' && typeof message.message === 'string' && message.message.startsWith(REFUSED_PREFIX)) {
          this.onRefused(JSON.parse(message.message.slice(REFUSED_PREFIX.length)) as Refusal);
        }
      } catch {
        // not one of ours: the base adapter decides
      }
    }
    super.receiveMessage(messageBytes);
  }
}

export interface ConnectionOptions {
  /** "ws://host:port" */
  server: string;
  token: string;
  /** The app's data folder: the replica is kept under sync/. */
  userData: string;
  /** How often to retry a lost connection (ms). */
  retryMs?: number;
  /** The guard against a change never sent (stall-watch.ts); tests shorten its waits. */
  stallWatch?: StallWatchOptions;
  now?: () => Date;
}

export class SyncConnection {
  readonly repo: Repo;
  private stateRef: ConnectionState = { status: 'connecting' };
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private readonly refusalListeners = new Set<(refusal: Refusal) => void>();
  private readonly adapter: SyncClientAdapter;
  private readonly storage: DurableFileStorage;
  private readonly now: () => Date;
  private readonly stopWatch: () => void;

  private constructor(readonly options: ConnectionOptions, storage: string) {
    this.now = options.now ?? (() => new Date());
    this.adapter = new SyncClientAdapter(`${options.server}/sync?token=${encodeURIComponent(options.token)}`, options.retryMs ?? 3000);
    this.adapter.onState = (open, reason) => this.setState(open ? { status: 'connected', since: this.now().toISOString() } : { status: 'offline', since: this.stateRef.status === 'offline' ? this.stateRef.since : this.now().toISOString(), reason });
    this.adapter.onRefused = (refusal) => this.refusalListeners.forEach((listener) => listener(refusal));
    this.storage = new DurableFileStorage(storage);
    this.repo = new Repo({
      network: [this.adapter],
      storage: this.storage,
      peerId: `ivlp-${Math.random().toString(36).slice(2, 10)}` as PeerId,
      // Every document this copy has is offered to the server, which decides what it accepts.
      sharePolicy: async () => true,
    });
    this.stopWatch = watchStalls(this.repo, () => this.stateRef.status === 'connected', options.stallWatch);
  }

  /** Opens the replica for `server` in the app data folder and starts connecting. */
  static async open(options: ConnectionOptions): Promise<SyncConnection> {
    const storage = join(options.userData, 'sync', createHash('sha256').update(options.server).digest('hex').slice(0, 16));
    await mkdir(storage, { recursive: true, mode: 0o700 });
    return new SyncConnection(options, storage);
  }

  get state(): ConnectionState {
    return this.stateRef;
  }

  onState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onRefused(listener: (refusal: Refusal) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /** Waits until the server has answered (connected or refused), up to `ms`. */
  async connected(ms: number): Promise<boolean> {
    if (this.stateRef.status === 'connected') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(false);
      }, ms);
      const stop = this.onState((state) => {
        if (state.status === 'connecting') return;
        if (state.status === 'offline' && !/refused/.test(state.reason)) return;
        clearTimeout(timer);
        stop();
        resolve(state.status === 'connected');
      });
    });
  }

  /** A document from the replica, or from the server when the replica lacks it (up to `ms`). */
  async find<T>(documentId: string, ms = 15_000): Promise<DocHandle<T>> {
    const signal = AbortSignal.timeout(ms);
    try {
      // "Unavailable" is not final: the repo says it when no peer has sent the document within a
      // second, also when a busy server has not yet greeted this copy; the handle turns ready when
      // the server sends it, so wait for that as long as `ms` allows.
      const handle = await this.repo.find<T>(documentId as DocumentId, { signal, allowableStates: ['ready', 'unavailable'] });
      if (!handle.isReady()) await untilAborted(handle.whenReady(['ready']), signal);
      return handle;
    } catch {
      throw new AppError('SYNC_UNREACHABLE', this.stateRef.status === 'offline' && /refused/.test(this.stateRef.reason)
        ? `${this.options.server} refused the invitation token; ask the program officer for a new invitation.`
        : `A document of the shared program is not on this computer and ${this.options.server} did not send it (${this.stateRef.status === 'connected' ? 'you may not have access to it' : 'the server cannot be reached'}).`);
    }
  }

  create<T>(initial: T): DocHandle<T> {
    return this.repo.create<T>(initial);
  }

  /** Writes every document to the replica and disconnects. */
  async close(): Promise<void> {
    // What repo.shutdown() does, for the documents that arrived only: it flushes every handle and
    // throws on one still being asked for (a document the server never sent).
    this.stopWatch();
    this.adapter.disconnect();
    const ready = Object.values(this.repo.handles).filter((handle) => handle.isReady()).map((handle) => handle.documentId);
    await this.repo.flush(ready);
    await this.storage.close();
  }

  private setState(state: ConnectionState): void {
    if (state.status === this.stateRef.status && state.status !== 'offline') return;
    this.stateRef = state;
    for (const listener of this.stateListeners) listener(state);
  }
}

/** Who a token belongs to, asked of the server over HTTP before any document moves. */
export async function whoAmI(server: string, token: string): Promise<Member> {
  const url = `${server.replace(/^ws/, 'http')}/whoami`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  } catch {
    throw new AppError('SYNC_UNREACHABLE', `The sync server at ${server} cannot be reached. Check the address, and that \`ivlp serve\` is running there.`);
  }
  if (response.status === 401) throw new AppError('SYNC_UNAUTHORIZED', `${server} does not accept this invitation token (it is mistyped, or was revoked). Ask the program officer for a new invitation.`);
  if (!response.ok) throw new AppError('SYNC_UNREACHABLE', `${server} answered ${response.status}; is it an IVLP Planner sync server?`);
  return (await response.json()) as Member;
}

/** `promise`, or a rejection when `signal` aborts first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}
