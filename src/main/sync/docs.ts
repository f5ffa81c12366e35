/**
 * The Automerge documents a shared program is made of (docs/team-planning.md). One program is
 * several documents because automerge-repo shares or withholds a whole document per peer: what a
 * role may not see must live in a document that role never receives.
 *
 * - root: the program's index: which documents make it up, its members, their outboxes;
 * - plan: what every member sees (program fields, entities, dismissals, issued versions);
 * - private: personal contact data and planner-only notes (planners only);
 * - hosts, one per city: host contacts of that city's activities;
 * - outbox, one per city partner: the commands they send, which the server checks and applies.
 *
 * Entities are maps keyed by id; the number under ORDER orders them (between its neighbours').
 */
import type { ImmutableString } from '@automerge/automerge';
import type { UrlHeads } from '@automerge/automerge-repo';
import type { Role } from '../../shared/sync/roles';

/** Bumped when the layout of these documents changes in a way an older app cannot read. */
export const DOC_FORMAT = 1;

/** The key of the number that orders an entity among its collection (no field of an entity starts with @). */
export const ORDER = '@order';

export type StoredEntity = Record<string, unknown>;
export type StoredCollections = Record<string, Record<string, StoredEntity>>;

export interface RootDoc {
  format: number;
  kind: 'ivlp-program';
  programId: ImmutableString;
  title: ImmutableString;
  docs: { plan: ImmutableString; private: ImmutableString; hosts: Record<string, ImmutableString> };
  /** Written by the server: member id -> their outbox document. */
  outboxes: Record<string, ImmutableString>;
  /** Written by the server: who has joined, for "who else is here" and conflict names. */
  members: Record<string, { name: ImmutableString; role: Role; cityId: ImmutableString | null }>;
}

export interface PlanDoc {
  format: number;
  program: Record<string, unknown>;
  collections: StoredCollections;
  /** problem id -> JSON of { reason, dismissedAt, o } (o orders them). */
  dismissals: Record<string, ImmutableString>;
  /** version number -> JSON of the issued version. */
  issues: Record<string, ImmutableString>;
}

export interface PrivateDoc {
  format: number;
  program: Record<string, unknown>;
  collections: StoredCollections;
}

export interface HostsDoc {
  format: number;
  cityId: ImmutableString;
  /** activity id -> JSON of its host (or null). */
  hosts: Record<string, ImmutableString>;
}

export type OutboxStatus = 'pending' | 'applied' | 'refused';

export interface OutboxEntry {
  /** JSON of the command. */
  command: ImmutableString;
  /** JSON of the heads of the plan and this city's hosts document the command was made on. */
  base: ImmutableString;
  /** When the partner made it (ISO 8601). */
  at: ImmutableString;
  /** Position in the partner's order of edits. */
  seq: number;
  status: OutboxStatus;
  /** Why the server refused it (empty otherwise). */
  reason: ImmutableString;
}

export interface OutboxDoc {
  format: number;
  member: ImmutableString;
  commands: Record<string, OutboxEntry>;
}

/** The documents of one shared program as one copy holds them (a role lacks what it may not see). */
export interface DocSet {
  plan: PlanDoc;
  private: PrivateDoc | null;
  hosts: ReadonlyMap<string, HostsDoc>;
}

/** The heads of every document of the replica: where the program stood at one moment. */
export interface ReplicaHeads {
  plan: UrlHeads;
  private: UrlHeads | null;
  hosts: Record<string, UrlHeads>;
  outbox: UrlHeads | null;
}
