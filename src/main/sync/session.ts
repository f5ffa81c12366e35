/**
 * Team planning for one open document (docs/team-planning.md). The session starts after the
 * program is on screen, brings the file and the replica into step, then:
 *
 * - every local edit the document takes is written to the shared documents (a planner) or sent as a
 *   command (a partner); a partner's or viewer's copy refuses what the role may not change before
 *   it applies, online or not (the document's guard, set when the file opens: documents/opening.ts);
 * - teammates' changes are read back and applied as one program/merge through the action table,
 *   like any other edit but outside the undo history (hooks.applyRemote);
 * - each saved file records the heads it holds, so the next start knows what is the planner's own.
 *
 * It also keeps what the status bar and the problems panel show: the connection, changes waiting,
 * who else is here, conflicts with who made each value, repairs, and a partner's refused edits.
 */
import * as A from '@automerge/automerge';
import { decodeHeads, type DocHandle, type UrlHeads } from '@automerge/automerge-repo';
import type { Command } from '../../shared/commands/types';
import { serializeProgram } from '../../shared/program/load';
import type { Program } from '../../shared/program/schema';
import { describeConflict } from '../../shared/sync/conflict';
import { MERGE_ORDER, mergeCommand } from '../../shared/sync/merge-command';
import type { Repair } from '../../shared/sync/repair';
import type { Committed, OpenDocument } from '../documents/open-document';
import type { ConnectionState } from './connection';
import type { SyncConflict } from './conflicts';
import { textHash, type FileSyncState } from './file-state';
import { Presence } from './presence';
import { reconcile } from './reconcile';
import type { ReplicaHeads } from './docs';
import type { ProgramReplica } from './replica';

/** What the window shows of a shared program. */
export interface SessionState {
  address: string;
  role: 'planner' | 'partner' | 'viewer';
  member: string;
  connection: { status: ConnectionState['status']; since: string | null; reason: string | null };
  /** Local changes the server does not have yet (a partner: commands it has not answered). */
  waiting: number;
  /** Other members seen in the last moments. */
  present: string[];
  conflicts: { id: string; subject: string; choices: string[] }[];
  repairs: { kind: Repair['kind']; message: string; subject: string }[];
  /** A partner's edits the server refused, with why. */
  refused: { id: string; reason: string }[];
}

export interface SessionHooks {
  /** Applies teammates' changes through the action table (never the undo history). */
  applyRemote(command: Command, by: readonly string[]): void;
  /** The session's state changed: tell the window. */
  changed(state: SessionState): void;
  /** Keeps a program beside the file (work a file held that this copy could not share). */
  keepAside(program: Program): Promise<void>;
}

/** How long after a local edit this copy reads the shared program back (after automerge-repo's 100 ms send). */
const FOLLOW_MS = 250;

export class SyncSession {
  private replicaRef: ProgramReplica | null = null;
  /** The program as the file held it when it opened: what reconcile compares with the replica. */
  private readonly atOpen: Program;
  /** Local edits made before the replica was ready, written once it is. */
  private readonly early: Committed[] = [];
  private conflicts: SyncConflict[] = [];
  private repairs: Repair[] = [];
  private readonly headsOf = new WeakMap<Program, ReplicaHeads>();
  private presence: Presence | null = null;
  private readonly stops: (() => void)[] = [];
  private lastHeads: UrlHeads | null = null;
  /** The replica's heads when the document last matched it: a change event with no new heads needs no read. */
  private inStepAt = '';
  /** The heads the last conflict scan covered: the next one looks at what changed since. */
  private scannedAt: ReplicaHeads | null = null;
  private localSinceInStep = 0;
  private pulling: ReturnType<typeof setTimeout> | null = null;
  private following: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  /**
   * Starts listening to the document at once (the moment it opens), so no edit made before the
   * replica is ready is lost; start() brings in the replica.
   */
  constructor(
    private readonly doc: OpenDocument,
    private readonly address: string,
    private readonly files: FileSyncState,
    private readonly hooks: SessionHooks,
  ) {
    this.atOpen = doc.program;
    this.stops.push(doc.onCommit((committed) => this.onLocal(committed)));
  }

  get replica(): ProgramReplica {
    if (!this.replicaRef) throw new Error('the shared program is not loaded yet');
    return this.replicaRef;
  }

  get ready(): boolean {
    return this.replicaRef !== null;
  }

  /** Brings file and replica into step, writes the edits made meanwhile, and follows both. */
  async start(replica: ProgramReplica): Promise<void> {
    if (this.stopped) return replica.close();
    const record = await this.files.get(this.doc.path);
    const usable = record && record.address === this.address ? record : null;
    const reconciled = reconcile(replica, this.atOpen, usable);
    if (reconciled.aside) await this.hooks.keepAside(reconciled.aside);
    // The file as it opened is the shared program at the record's heads when it was saved in step.
    if (usable && !reconciled.pushed && !reconciled.aside) this.headsOf.set(this.atOpen, usable.heads as unknown as ReplicaHeads);
    this.replicaRef = replica;
    for (const committed of this.early.splice(0)) this.share(committed);
    this.applyTarget(replica.read(this.localOf()).program, ['the team']);
    this.lastHeads = this.replica.plan.heads();
    this.stops.push(
      this.doc.onSaved((saved) => void this.recordSaved(saved)),
      this.replica.onRemoteChange(() => this.schedulePull()),
      this.replica.connection.onState(() => this.publish()),
      this.replica.connection.onRefused(() => this.publish()),
    );
    const presence = new Presence(replica.root as DocHandle<unknown>, replica.member.name, () => this.publish());
    this.presence = presence;
    this.stops.push(() => presence.close());
    this.inStepAt = JSON.stringify(replica.heads());
    this.scannedAt = replica.heads();
    this.publish();
    // Conflicts made before this copy opened: found once, a slice at a time, never holding up an edit.
    void this.scanAllConflicts();
  }

  state(): SessionState | null {
    if (!this.replicaRef) return null;
    const connection = this.replica.connection.state;
    const program = this.doc.program;
    const pending = this.replica.outboxEntries();
    return {
      address: this.address,
      role: this.replica.member.role,
      member: this.replica.member.name,
      connection: { status: connection.status, since: 'since' in connection ? connection.since : null, reason: connection.status === 'offline' ? connection.reason : null },
      waiting: this.replica.member.role === 'partner' ? pending.filter((e) => e.status === 'pending').length : this.replica.inStep() ? 0 : this.localSinceInStep,
      present: this.presence?.present() ?? [],
      conflicts: this.conflicts.map((conflict) => ({ id: conflict.id, ...describeConflict(conflict, program) })),
      repairs: this.repairs.map((repair) => ({ kind: repair.kind, message: repair.message, subject: subjectOf(program, repair) })),
      refused: pending.filter((e) => e.status === 'refused').map((e) => ({ id: e.id, reason: e.reason })),
    };
  }

  /** Settles a conflict with one of its values; everyone receives the choice. */
  choose(conflictId: string, valueIndex: number): void {
    if (!this.replicaRef) throw new Error('The shared program is not loaded yet.');
    const conflict = this.conflicts.find((c) => c.id === conflictId);
    if (!conflict) throw new Error('That conflict was settled meanwhile.');
    this.replica.choose(conflict, valueIndex);
    this.pull();
    // The chosen value may equal what was shown: the program does not change, the conflict goes.
    this.rescanConflicts(new Set([conflictKey(conflict)]));
    this.publish();
  }

  stop(): void {
    this.stopped = true;
    if (this.pulling) clearTimeout(this.pulling);
    if (this.following) clearTimeout(this.following);
    for (const stop of this.stops.splice(0)) stop();
    this.replicaRef?.close();
  }

  private onLocal(committed: Committed): void {
    if (committed.origin !== 'local' || this.stopped) return;
    if (!this.replicaRef) return void this.early.push(committed);
    this.share(committed);
  }

  /** Writes a local edit into the shared program (a planner) or sends it (a partner). */
  private share(committed: Committed): void {
    const role = this.replica.member.role;
    if (role === 'planner') this.replica.write(committed.before, committed.after);
    else if (role === 'partner' && committed.command) {
      // A partner's command is read by the server on the program it was made on: those heads, not
      // the replica's now (teammates' changes may have arrived and not yet been merged in).
      const base = this.headsOf.get(committed.before) ?? null;
      this.replica.send(committed.command, base);
      if (base) this.headsOf.set(committed.after, { ...base, outbox: this.replica.outbox?.heads() ?? null });
    } else return;
    this.localSinceInStep++;
    // The conflict scan still covers this write: a teammate's concurrent edit of the same field may
    // arrive later and lose to it, leaving no visible change of its own to find.
    if (!this.early.length && this.ready) this.scheduleFollow();
    this.publish();
  }

  /**
   * The shared program may order or repair what was written differently from this copy: follow it,
   * a moment later, so the read never sits between the edit and its way to the server.
   */
  private scheduleFollow(): void {
    if (this.following || this.stopped) return;
    this.following = setTimeout(() => {
      this.following = null;
      this.pull();
    }, FOLLOW_MS);
  }

  private schedulePull(): void {
    if (this.pulling || this.stopped) return;
    // Changes arrive in bursts (several documents per edit): read once they settle.
    this.pulling = setTimeout(() => {
      this.pulling = null;
      this.pull();
    }, 15);
  }

  private pull(): void {
    if (this.stopped || !this.replicaRef) return;
    const now = this.replica.heads();
    const heads = JSON.stringify(now);
    if (heads !== this.inStepAt) {
      const read = this.replica.read(this.localOf());
      this.repairs = read.repairs;
      this.applyTarget(read.program, this.authorsSince());
      this.inStepAt = heads;
    }
    // Only what changed in the documents can hold a new conflict; known ones are checked again as well.
    if (this.scannedAt && heads !== JSON.stringify(this.scannedAt)) {
      this.rescanConflicts(this.replica.changedSince(this.scannedAt));
      this.scannedAt = now;
    }
    if (this.replica.inStep()) this.localSinceInStep = 0;
    this.publish();
  }

  /** Makes the document hold `target` (a program/merge through the action table), remembering its heads. */
  private applyTarget(target: Program, by: readonly string[]): void {
    const command = mergeCommand(this.doc.program, { ...target, shared: this.doc.program.shared }, by);
    if (command) this.hooks.applyRemote(command, by);
    this.headsOf.set(this.doc.program, this.replica.heads());
  }

  /** Who made the plan's changes since the last read, from their change messages. */
  private authorsSince(): string[] {
    const heads = this.replica.plan.heads();
    const since = this.lastHeads;
    this.lastHeads = heads;
    if (!since) return [];
    const names = new Set<string>();
    try {
      for (const meta of A.getChangesMetaSince(this.replica.plan.doc(), decodeHeads(since))) {
        const by = (JSON.parse(meta.message ?? '{}') as { by?: unknown }).by;
        if (typeof by === 'string' && by !== this.replica.member.name) names.add(by);
      }
    } catch {
      // heads from before a reload: who is not known
    }
    return [...names];
  }

  /** Checks the given entities ("activities/a-12", "program") and every known conflict again. */
  private rescanConflicts(touched: Set<string>): void {
    if (!this.replicaRef) return;
    for (const conflict of this.conflicts) touched.add(conflictKey(conflict));
    if (!touched.size) return;
    const found = this.replica.conflicts(touched);
    this.conflicts = [...this.conflicts.filter((c) => !touched.has(conflictKey(c))), ...found];
  }

  /** The first, full look for conflicts: 300 entities at a time, yielding between slices. */
  private async scanAllConflicts(): Promise<void> {
    const program = this.doc.program;
    const keys = ['program', ...MERGE_ORDER.flatMap((collection) => (program[collection] as readonly { id: string }[]).map((e) => `${collection}/${e.id}`))];
    for (let at = 0; at < keys.length && !this.stopped; at += 300) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.stopped) return;
      this.rescanConflicts(new Set(keys.slice(at, at + 300)));
    }
    this.publish();
  }

  private async recordSaved(saved: Program): Promise<void> {
    const heads = this.headsOf.get(saved);
    if (!heads) return;
    await this.files.set(this.doc.path, { address: this.address, hash: textHash(serializeProgram(saved)), heads }).catch(() => undefined);
  }

  private localOf(): Pick<Program, 'id' | 'schemaVersion' | 'shared'> {
    const program = this.doc.program;
    return { id: program.id, schemaVersion: program.schemaVersion, shared: program.shared };
  }

  private publish(): void {
    const state = this.state();
    if (!this.stopped && state) this.hooks.changed(state);
  }
}

/** The entity a conflict is on, as the scan names entities ("activities/a-12", "program"). */
function conflictKey(conflict: SyncConflict): string {
  return conflict.collection === 'program' ? 'program' : `${conflict.collection}/${conflict.entityId}`;
}

function subjectOf(program: Program, repair: Repair): string {
  const list = program[repair.collection] as readonly { id: string; title?: string; name?: string }[];
  const entity = list.find((e) => e.id === repair.id);
  return entity?.title ?? entity?.name ?? repair.id;
}
