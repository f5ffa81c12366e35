/**
 * The server's WebSocket adapter with the checks automerge-repo leaves to its users (it has no
 * authentication, automerge-repo#25): every socket belongs to the member whose invitation token
 * opened it (checked on the HTTP upgrade, server.ts); a peer id, once a member has joined with it,
 * stays theirs; a message about a document the member may not read is dropped; a sync message that
 * carries changes to a document the member may not write is dropped before the repo sees it, and
 * the sender is told why. A dropped change never reaches the server's copy, so it never reaches
 * anyone else.
 */
import * as A from '@automerge/automerge';
import { cbor } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Member } from '../shared/sync/roles';
import type { DocKind } from './programs';

export type MemberSocket = WebSocket & { member?: Member };

export interface GuardPolicy {
  kindOf(documentId: string): DocKind | undefined;
  mayRead(member: Member, doc: DocKind | undefined): boolean;
  mayWrite(member: Member, doc: DocKind | undefined): boolean;
  writeRefusal(member: Member, doc: DocKind | undefined): string;
  /** Told of every refused change (the server counts them; tests read them). */
  onRefused?(member: Member, documentId: string, reason: string): void;
}

/** The error message a refused change is answered with: the client adapter reads it back. */
export const REFUSED_PREFIX = 'ivlp-refused:';

interface Decoded {
  type?: string;
  senderId?: string;
  documentId?: string;
  data?: Uint8Array;
}

export class GuardedServerAdapter extends WebSocketServerAdapter {
  /** peer id -> the member who joined with it. */
  private readonly owners = new Map<string, Member>();

  constructor(
    server: WebSocketServer,
    private readonly policy: GuardPolicy,
  ) {
    super(server as unknown as ConstructorParameters<typeof WebSocketServerAdapter>[0]);
  }

  /** The member a peer joined as (the repo's access checks ask this). */
  memberOf(peerId: string): Member | undefined {
    return this.owners.get(peerId);
  }

  /** Closes every socket of a member (their invitation was revoked). */
  disconnectMember(memberId: string): void {
    for (const [peerId, member] of this.owners) {
      if (member.id !== memberId) continue;
      (this.sockets as Record<string, WebSocket>)[peerId]?.close(4401, 'invitation revoked');
      this.owners.delete(peerId);
    }
  }

  override receiveMessage(messageBytes: Uint8Array, socket: WebSocket): void {
    const member = (socket as MemberSocket).member;
    if (!member) return void socket.close(4401, 'no invitation');
    let message: Decoded;
    try {
      message = cbor.decode(new Uint8Array(messageBytes)) as Decoded;
    } catch {
      return void socket.close(1003, 'not an automerge-repo message');
    }
    const sender = message.senderId;
    if (typeof sender !== 'string') return void socket.close(1003, 'no sender');
    if (message.type === 'join') {
      const owner = this.owners.get(sender);
      // Joining with another member's peer id would let the newcomer close their connection.
      if (owner && owner.id !== member.id) return void socket.close(4403, 'peer id belongs to another member');
      this.owners.set(sender, member);
      return super.receiveMessage(messageBytes, socket);
    }
    // Ephemeral messages (presence) are relayed from peer to peer with their first sender's id, so a
    // socket forwards others' ids there; they change no document. Everything else must be the socket's own.
    if (message.type !== 'ephemeral' && this.owners.get(sender)?.id !== member.id) return void socket.close(4403, 'peer id belongs to another member');
    const documentId = message.documentId;
    if (typeof documentId === 'string') {
      const doc = this.policy.kindOf(documentId);
      if (!this.policy.mayRead(member, doc)) {
        // Answered like an unknown document, so a member cannot probe what exists.
        this.reply(sender, { type: 'doc-unavailable', documentId, targetId: sender, senderId: this.peerId });
        return;
      }
      if ((message.type === 'sync' || message.type === 'request') && message.data && carriesChanges(message.data) && !this.policy.mayWrite(member, doc)) {
        const reason = this.policy.writeRefusal(member, doc);
        this.policy.onRefused?.(member, documentId, reason);
        this.reply(sender, { type: 'error', senderId: this.peerId, targetId: sender, message: `${REFUSED_PREFIX}${JSON.stringify({ documentId, reason })}` });
        return;
      }
    }
    super.receiveMessage(messageBytes, socket);
  }

  private reply(peerId: string, message: Record<string, unknown>): void {
    const socket = (this.sockets as Record<string, WebSocket>)[peerId];
    socket?.send(cbor.encode(message));
  }
}

/** Whether a sync message carries changes (rather than only heads and "have" summaries). */
function carriesChanges(data: Uint8Array): boolean {
  try {
    return A.decodeSyncMessage(data).changes.length > 0;
  } catch {
    return true; // what cannot be decoded is not let through to a document the sender may not write
  }
}
