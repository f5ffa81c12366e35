/**
 * This copy's replica of one shared program: the documents its member's role receives, read back
 * into a program, and written to in the way the role may (docs/team-planning.md). A planner writes
 * field changes into the plan, private and hosts documents; a city partner sends commands through
 * its outbox, and sees them at once (applied on top of the plan) until the server has applied or
 * refused them; a viewer only reads.
 */
import { ImmutableString } from '@automerge/automerge';
import * as A from '@automerge/automerge';
import { decodeHeads, type DocHandle, type UrlHeads } from '@automerge/automerge-repo';
import { applyCommand } from '../../shared/commands/apply';
import type { Command } from '../../shared/commands/types';
import { AppError } from '../../shared/errors';
import type { CollectionName, Program } from '../../shared/program/schema';
import type { Member } from '../../shared/sync/roles';
import { encodeValue, entityFieldKind, programFieldKind } from './codec';
import type { SyncConnection } from './connection';
import { findConflicts, type SyncConflict } from './conflicts';
import { DOC_FORMAT, type DocSet, type ReplicaHeads, type HostsDoc, type OutboxDoc, type PlanDoc, type PrivateDoc, type RootDoc } from './docs';
import { emptyHosts, emptyPlan, emptyPrivate, nothing } from './initial';
import { changedSince } from './changed';
import { appendCommand, readOutbox, type OutboxNotice } from './outbox';
import { ProgramReader, type ReadResult } from './read';
import { writeChange } from './write';

export class ProgramReplica {
  private readonly reader = new ProgramReader();
  private readonly remoteListeners = new Set<() => void>();
  private readonly hostsHandles = new Map<string, DocHandle<HostsDoc>>();
  private readonly unsubscribes: (() => void)[] = [];

  private constructor(
    readonly connection: SyncConnection,
    readonly member: Member,
    readonly root: DocHandle<RootDoc>,
    readonly plan: DocHandle<PlanDoc>,
    readonly secret: DocHandle<PrivateDoc> | null,
    hosts: ReadonlyMap<string, DocHandle<HostsDoc>>,
    readonly outbox: DocHandle<OutboxDoc> | null,
  ) {
    for (const [city, handle] of hosts) this.hostsHandles.set(city, handle);
    for (const handle of this.handles()) this.listen(handle);
  }

  get rootId(): string {
    return this.root.documentId;
  }

  /** Creates the shared documents of a program (a planner's Share…) and writes the program into them. */
  static async publish(connection: SyncConnection, program: Program, member: Member): Promise<ProgramReplica> {
    if (member.role !== 'planner') throw new AppError('SYNC_REFUSED', `Only a planner can share a program; ${member.name} was invited as a ${member.role}.`);
    const plan = connection.create<PlanDoc>(emptyPlan());
    const secret = connection.create<PrivateDoc>(emptyPrivate());
    const hosts = new Map(program.cities.map((city) => [city.id, connection.create<HostsDoc>(emptyHosts(city.id))]));
    const root = connection.create<RootDoc>({
      format: DOC_FORMAT,
      kind: 'ivlp-program',
      programId: new ImmutableString(program.id),
      title: new ImmutableString(program.title),
      docs: {
        plan: new ImmutableString(plan.documentId),
        private: new ImmutableString(secret.documentId),
        hosts: Object.fromEntries([...hosts].map(([city, handle]) => [city, new ImmutableString(handle.documentId)])),
      },
      outboxes: {},
      members: {},
    });
    const replica = new ProgramReplica(connection, member, root, plan, secret, hosts, null);
    replica.write(nothing(program), program);
    return replica;
  }

  /** Opens a shared program's documents from the replica, or from the server the first time. */
  static async open(connection: SyncConnection, rootId: string, member: Member, waitMs = 15_000): Promise<ProgramReplica> {
    const root = await connection.find<RootDoc>(rootId, waitMs);
    const doc = root.doc();
    if (doc?.kind !== 'ivlp-program') throw new AppError('NOT_FOUND', 'That address does not name a shared IVLP program.');
    if (doc.format > DOC_FORMAT) throw new AppError('SYNC_REFUSED', 'This shared program was made by a newer IVLP Planner; update the app to open it.');
    const plan = await connection.find<PlanDoc>(String(doc.docs.plan), waitMs);
    const secret = member.role === 'planner' ? await connection.find<PrivateDoc>(String(doc.docs.private), waitMs) : null;
    const hosts = new Map<string, DocHandle<HostsDoc>>();
    for (const [city, id] of Object.entries(doc.docs.hosts ?? {})) {
      if (member.role === 'partner' && city !== member.cityId) continue;
      hosts.set(city, await connection.find<HostsDoc>(String(id), waitMs));
    }
    let outbox: DocHandle<OutboxDoc> | null = null;
    if (member.role === 'partner') {
      // The server makes a partner's outbox the first time they open the program.
      const id = await waitFor(root, (d) => (d.outboxes?.[member.id] ? String(d.outboxes[member.id]) : null), waitMs);
      if (!id) throw new AppError('SYNC_UNREACHABLE', 'The server has not opened an outbox for you yet; connect to it once, then try again.');
      outbox = await connection.find<OutboxDoc>(id, waitMs);
    }
    return new ProgramReplica(connection, member, root, plan, secret, hosts, outbox);
  }

  docs(): DocSet {
    return { plan: this.plan.doc(), private: this.secret?.doc() ?? null, hosts: new Map([...this.hostsHandles].map(([city, handle]) => [city, handle.doc()])) };
  }

  /** The documents as they were at `heads` (what a file saved then held). */
  docsAt(heads: ReplicaHeads): DocSet {
    return {
      plan: at(this.plan.doc(), heads.plan),
      private: this.secret ? at(this.secret.doc(), heads.private) : null,
      hosts: new Map([...this.hostsHandles].map(([city, handle]) => [city, at(handle.doc(), heads.hosts[city])])),
    };
  }

  heads(): ReplicaHeads {
    return {
      plan: this.plan.heads(),
      private: this.secret?.heads() ?? null,
      hosts: Object.fromEntries([...this.hostsHandles].map(([city, handle]) => [city, handle.heads()])),
      outbox: this.outbox?.heads() ?? null,
    };
  }

  /** The program this copy shows: the shared documents, plus a partner's commands not yet applied by the server. */
  read(local: Pick<Program, 'id' | 'schemaVersion' | 'shared'>, at?: ReplicaHeads): ReadResult {
    const result = this.reader.read(at ? this.docsAt(at) : this.docs(), local);
    let program = result.program;
    for (const { command } of this.outboxEntries().filter((entry) => entry.status === 'pending')) {
      try {
        program = applyCommand(program, command).program;
      } catch {
        // It no longer applies here; the server will refuse it and say why.
      }
    }
    return { ...result, program };
  }

  /** A planner's change, written field by field into the documents it belongs to. */
  write(before: Program, after: Program): void {
    if (this.member.role !== 'planner') throw new AppError('SYNC_REFUSED', `${this.member.name} cannot write the shared program directly.`);
    const message = this.message();
    writeChange(before, after, {
      plan: (mutate) => this.plan.change(mutate as A.ChangeFn<PlanDoc>, { message }),
      private: this.secret ? (mutate) => this.secret!.change(mutate as A.ChangeFn<PrivateDoc>, { message }) : null,
      hosts: (cityId) => {
        const handle = this.hostsHandles.get(cityId) ?? this.createHosts(cityId);
        return (mutate) => handle.change(mutate as A.ChangeFn<HostsDoc>, { message });
      },
    });
  }

  /**
   * A partner's edit, sent through their outbox with the heads of the program it was made on (the
   * server reads the program there to see what the edit changed): `base`, or the heads now.
   */
  send(command: Command, base: ReplicaHeads | null = null): void {
    if (!this.outbox) throw new AppError('SYNC_REFUSED', `${this.member.name} has no outbox in this program.`);
    const city = this.member.cityId;
    const plan = base?.plan ?? this.plan.heads();
    const hosts = city ? (base?.hosts[city] ?? this.hostsHandles.get(city)?.heads() ?? []) : [];
    appendCommand(this.outbox, command, { plan, hosts }, this.message());
  }

  /** A partner's commands, in the order they made them, with what the server did with each. */
  outboxEntries(): (OutboxNotice & { seq: number })[] {
    return readOutbox(this.outbox?.doc());
  }

  /** Conflicts in the documents (optionally only for some entities, "activities/a-12", or "program"). */
  conflicts(only?: ReadonlySet<string>): SyncConflict[] {
    return findConflicts({ plan: this.plan.doc(), private: this.secret?.doc() ?? null, hosts: new Map([...this.hostsHandles].map(([city, handle]) => [city, handle.doc()])) }, only);
  }

  /** Settles a conflict by writing the chosen value again: a change every copy receives. */
  choose(conflict: SyncConflict, valueIndex: number): void {
    const chosen = conflict.values[valueIndex];
    if (!chosen) throw new AppError('NOT_FOUND', 'That choice is no longer offered; the conflict may have been settled by someone else.');
    const value = encodeChoice(conflict, chosen.values);
    const message = this.message();
    const target = (doc: PlanDoc | PrivateDoc): Record<string, unknown> => {
      if (conflict.collection === 'program') return doc.program;
      const entity = doc.collections[conflict.collection]?.[conflict.entityId ?? ''];
      if (!entity) throw new AppError('NOT_FOUND', 'What the conflict was about has been deleted.');
      return conflict.key === 'attendees.everyone' ? (entity['attendees'] as Record<string, unknown>) : entity;
    };
    const key = conflict.key === 'attendees.everyone' ? 'everyone' : conflict.key;
    if (conflict.where === 'plan') this.plan.change((doc) => void (target(doc)[key] = value), { message });
    else if (conflict.where === 'private' && this.secret) this.secret.change((doc) => void (target(doc)[key] = value), { message });
    else if (conflict.where === 'hosts' && conflict.cityId && this.hostsHandles.has(conflict.cityId)) {
      this.hostsHandles.get(conflict.cityId)!.change((doc) => void (doc.hosts[conflict.entityId ?? ''] = value as ImmutableString), { message });
    } else throw new AppError('SYNC_REFUSED', 'This copy cannot change that.');
  }

  /** The entities whose stored fields changed in the documents since `since` (see changedSince). */
  changedSince(since: ReplicaHeads): Set<string> {
    return changedSince({ plan: this.plan, secret: this.secret, hosts: this.hostsHandles }, since);
  }

  /** Who has joined the program, by member id. */
  members(): Record<string, { name: string; role: string; cityId: string | null }> {
    const members = this.root.doc().members ?? {};
    return Object.fromEntries(Object.entries(members).map(([id, m]) => [id, { name: String(m.name), role: m.role, cityId: m.cityId === null ? null : String(m.cityId) }]));
  }

  /** Told whenever any of the documents changes: a teammate's change, the server's answer to a partner, or our own. */
  onRemoteChange(listener: () => void): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  /** Whether the server holds everything this copy has, and this copy everything the server has told it of. */
  inStep(): boolean {
    const peer = this.connection.repo.peers[0];
    const storageId = peer ? this.connection.repo.getStorageIdOfPeer(peer) : undefined;
    if (!storageId) return false;
    return this.handles().every((handle) => {
      const theirs = handle.getSyncInfo(storageId)?.lastHeads;
      return theirs !== undefined && sameHeads(theirs, handle.heads());
    });
  }

  /** Waits until inStep(), up to `ms`; false when it did not happen. */
  async waitInStep(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.inStep()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.inStep();
  }

  close(): void {
    for (const stop of this.unsubscribes.splice(0)) stop();
    this.remoteListeners.clear();
  }

  private handles(): DocHandle<unknown>[] {
    return [this.root, this.plan, ...(this.secret ? [this.secret] : []), ...this.hostsHandles.values(), ...(this.outbox ? [this.outbox] : [])] as DocHandle<unknown>[];
  }

  private listen(handle: DocHandle<unknown>): void {
    // automerge-repo reports changes that arrive by sync with the same source as local ones, so
    // every change is announced; reading back is idempotent (a local edit merges to nothing).
    const onChange = () => {
      for (const listener of this.remoteListeners) listener();
    };
    handle.on('change', onChange);
    this.unsubscribes.push(() => handle.off('change', onChange));
  }

  /** A new city's hosts document, registered in the root (a planner adding a city). */
  private createHosts(cityId: string): DocHandle<HostsDoc> {
    const handle = this.connection.create<HostsDoc>(emptyHosts(cityId));
    this.hostsHandles.set(cityId, handle);
    this.listen(handle as DocHandle<unknown>);
    this.root.change((doc) => void (doc.docs.hosts[cityId] = new ImmutableString(handle.documentId)), { message: this.message() });
    return handle;
  }

  private message(): string {
    return JSON.stringify({ by: this.member.name });
  }
}

/** A document as it was at `heads` (unchanged when there are none). */
function at<T>(doc: A.Doc<T>, heads: UrlHeads | null | undefined): A.Doc<T> {
  return heads && heads.length ? A.view(doc, decodeHeads(heads)) : doc;
}

function sameHeads(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h) => b.includes(h));
}

/** A conflict's chosen values, stored again the way their key is stored. */
function encodeChoice(conflict: SyncConflict, values: unknown[]): unknown {
  if (conflict.where === 'hosts' || conflict.fields.length > 1) return encodeValue('json', conflict.where === 'hosts' ? values[0] : values);
  if (conflict.key === 'attendees.everyone') return values[0];
  const kind = conflict.collection === 'program' ? programFieldKind(conflict.key) : entityFieldKind(conflict.collection as CollectionName, conflict.key);
  return encodeValue(kind === 'json' ? 'json' : 'scalar', values[0]);
}

/** Waits until `pick` finds something in the document, up to `ms`. */
async function waitFor<T, R>(handle: DocHandle<T>, pick: (doc: T) => R | null, ms: number): Promise<R | null> {
  const found = pick(handle.doc());
  if (found !== null) return found;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      handle.off('change', onChange);
      resolve(null);
    }, ms);
    const onChange = () => {
      const value = pick(handle.doc());
      if (value === null) return;
      clearTimeout(timer);
      handle.off('change', onChange);
      resolve(value);
    };
    handle.on('change', onChange);
  });
}
