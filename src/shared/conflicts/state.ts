/**
 * The checker's indexes: people and groups with their timelines (activities that occupy them:
 * scheduled, not cancelled, not free time), which activities each attends,
 * and the record of which units (person-days, group-days, hotel nights, activities) an edit made
 * dirty. Attaching or detaching one activity costs a binary-search insert per attendee plus
 * marking the bucket days whose findings it can change:
 * - the UTC days it spans (overlaps, dates, where people are) and its local start day (lunch, load);
 * - the start day of its successor in the timeline: that successor's travel-time pair;
 * - for a travel leg, every day until the person's next arrival: where they are;
 * - for a hotel stay, every day until the next stay or first arrival (before which stays place people);
 * - for legs and stays, the person's hotel nights.
 * An "everyone" entry joins a person's timeline only while they are present (presence.ts); when an
 * edit moves someone's presence, their whole timeline is rebuilt and re-checked.
 */
import type { Activity, Attendees, Group, Participant, Staff } from '../program/schema';
import { displayName, type GroupState, type PersonState } from './context';
import type { Entry } from './entry';
import { DAY_MS } from './format';
import type { Change } from './diff';
import { ALWAYS, presentFor, samePresence, type Presence, type PresenceRules } from './presence';
import { addEntry, emptyTimeline, removeEntry, timelineOf, type Timeline } from './timeline';

export class Indexes {
  readonly persons = new Map<string, PersonState>();
  readonly groups = new Map<string, GroupState>();
  /** Entries attended by everyone. */
  readonly everyone = new Set<Entry>();
  /** Entries that list a person by name. */
  readonly byName = new Map<string, Set<Entry>>();
  readonly dirtyDays = new Map<PersonState, Set<number>>();
  readonly dirtyNights = new Set<PersonState>();
  readonly dirtyGroupDays = new Map<GroupState, Set<number>>();
  private allPersonIds: string[] | null = null;
  /** Group entries collected during the initial build. */
  private readonly pending = new Map<string, Entry[]>();
  /** When false (initial build), nothing is marked and timelines are built in bulk afterwards. */
  tracking = false;

  constructor(readonly presenceRules: PresenceRules) {}

  addPerson(person: Participant | Staff): PersonState {
    // Presence is computed with the timeline (rebuildTimeline), once the legs naming them are indexed.
    const state: PersonState = { id: person.id, person, rev: 1, name: displayName(person), groups: new Set(), presence: ALWAYS, tl: emptyTimeline(), units: new Map(), nights: [] };
    for (const g of this.groups.values()) if (g.members.has(person.id)) state.groups.add(g.id);
    this.persons.set(person.id, state);
    this.allPersonIds = null;
    return state;
  }

  removePerson(id: string): PersonState | undefined {
    const state = this.persons.get(id);
    this.persons.delete(id);
    this.allPersonIds = null;
    return state;
  }

  addGroup(group: Group): GroupState {
    const state: GroupState = { id: group.id, group, rev: 1, members: new Set(), tl: timelineOf(this.everyone), units: new Map() };
    this.groups.set(group.id, state);
    this.setMembers(state, group);
    return state;
  }

  /** Updates a group's members; returns the people who joined or left. */
  setMembers(state: GroupState, group: Group): string[] {
    const next = new Set([...group.participantIds, ...group.staffIds]);
    const moved: string[] = [];
    for (const id of state.members) if (!next.has(id)) moved.push(id);
    for (const id of next) if (!state.members.has(id)) moved.push(id);
    for (const id of moved) {
      const person = this.persons.get(id);
      if (next.has(id)) {
        state.members.add(id);
        person?.groups.add(state.id);
      } else {
        state.members.delete(id);
        person?.groups.delete(state.id);
      }
    }
    return moved;
  }

  removeGroup(id: string): GroupState | undefined {
    const state = this.groups.get(id);
    if (!state) return undefined;
    for (const member of state.members) this.persons.get(member)?.groups.delete(id);
    this.groups.delete(id);
    return state;
  }

  /**
   * Person ids attending, with groups and everyone resolved (unknown ids skipped). "Everyone" means
   * the people present during `entry` (see presence.ts); without an entry (unscheduled), everybody.
   */
  resolve(a: Attendees, entry: Entry | null = null): readonly string[] {
    if (a.everyone) {
      if (!entry) return (this.allPersonIds ??= [...this.persons.keys()]);
      const ids: string[] = [];
      for (const p of this.persons.values()) if (presentFor(p.presence, entry)) ids.push(p.id);
      return ids;
    }
    if (a.groupIds.length === 0 && a.staffIds.length === 0) return a.participantIds.filter((id) => this.persons.has(id));
    const ids = new Set<string>();
    for (const g of a.groupIds) for (const m of this.groups.get(g)?.members ?? []) ids.add(m);
    for (const id of a.participantIds) ids.add(id);
    for (const id of a.staffIds) ids.add(id);
    return [...ids].filter((id) => this.persons.has(id));
  }

  /** Adds an entry to every index and timeline it belongs to (membership as it is now). */
  attach(e: Entry): void {
    if (!e.busy) return;
    const a = e.activity.attendees;
    if (a.everyone) {
      this.everyone.add(e);
      if (this.tracking) for (const g of this.groups.values()) this.addToGroup(g, e);
    } else {
      for (const id of a.groupIds) {
        const g = this.groups.get(id);
        if (!g) continue;
        if (this.tracking) this.addToGroup(g, e);
        else {
          const list = this.pending.get(id);
          if (list) list.push(e);
          else this.pending.set(id, [e]);
        }
      }
    }
    for (const id of [...a.participantIds, ...a.staffIds]) {
      let set = this.byName.get(id);
      if (!set) this.byName.set(id, (set = new Set()));
      set.add(e);
    }
    if (!this.tracking) return;
    for (const id of this.resolve(a, e)) {
      const p = this.persons.get(id) as PersonState;
      addEntry(p.tl, e);
      this.markPerson(p, e);
    }
  }

  /** Removes an entry from everything `attach` put it in (membership as it is now). */
  detach(e: Entry): void {
    if (!e.busy) return;
    const a = e.activity.attendees;
    this.everyone.delete(e);
    for (const g of a.everyone ? this.groups.values() : a.groupIds.map((id) => this.groups.get(id))) {
      if (!g) continue;
      this.markGroup(g, e);
      removeEntry(g.tl, e);
    }
    for (const id of [...a.participantIds, ...a.staffIds]) this.byName.get(id)?.delete(e);
    for (const id of this.resolve(a, e)) {
      const p = this.persons.get(id) as PersonState;
      this.markPerson(p, e);
      removeEntry(p.tl, e);
    }
  }

  /** Ends the initial build: sorts every timeline once instead of inserting entry by entry. */
  finishBuild(): void {
    for (const g of this.groups.values()) g.tl = timelineOf([...this.everyone, ...(this.pending.get(g.id) ?? [])]);
    this.pending.clear();
    for (const p of this.persons.values()) this.rebuildTimeline(p);
    this.tracking = true;
  }

  /** A person's presence as the indexes say now (their roster dates and the legs naming them). */
  presenceOf(p: PersonState): Presence {
    return this.presenceRules.presenceOf(p.person, this.byName.get(p.id) ?? []);
  }

  /**
   * Recomputes a person's presence and their timeline from the indexes: the "everyone" entries
   * while they are present, their groups' entries, and those naming them. Keeps the invariant
   * that a timeline holds an everyone entry exactly when `presentFor(p.presence, entry)`.
   */
  rebuildTimeline(p: PersonState): void {
    p.presence = this.presenceOf(p);
    const entries = new Set<Entry>();
    const add = (e: Entry) => {
      if (!e.activity.attendees.everyone || presentFor(p.presence, e)) entries.add(e);
    };
    for (const e of this.everyone) add(e);
    for (const g of p.groups) {
      const tl = this.groups.get(g)?.tl;
      if (!tl) continue;
      for (const e of tl.items) add(e);
      for (const e of tl.hotels) add(e);
    }
    for (const e of this.byName.get(p.id) ?? []) add(e);
    p.tl = timelineOf(entries);
  }

  /**
   * People whose presence an edit changed, with their presence before it. Presence depends only on
   * a person's record and the legs naming them, so only those people and legs' named attendees can move.
   */
  presenceMoves(changedPeople: Iterable<PersonState>, activities: readonly Change<Activity>[]): [PersonState, Presence][] {
    const candidates = new Set<PersonState>(changedPeople);
    for (const c of activities) {
      for (const a of [c.before, c.after]) {
        if (a?.type !== 'travel') continue;
        for (const id of [...a.attendees.participantIds, ...a.attendees.staffIds]) {
          const p = this.persons.get(id);
          if (p) candidates.add(p);
        }
      }
    }
    const moved: [PersonState, Presence][] = [];
    for (const p of candidates) if (!samePresence(p.presence, this.presenceOf(p))) moved.push([p, p.presence]);
    return moved;
  }

  markDays(p: PersonState, from: number, to: number): void {
    let days = this.dirtyDays.get(p);
    if (!days) this.dirtyDays.set(p, (days = new Set()));
    for (let d = from; d <= to; d++) days.add(d);
  }

  private addToGroup(g: GroupState, e: Entry): void {
    addEntry(g.tl, e);
    this.markGroup(g, e);
  }

  private markGroup(g: GroupState, e: Entry): void {
    if (!this.tracking) return;
    let days = this.dirtyGroupDays.get(g);
    if (!days) this.dirtyGroupDays.set(g, (days = new Set()));
    for (let d = e.startDay; d <= e.endDay; d++) days.add(d);
    days.add(e.localStartDay);
  }

  /** The buckets an entry's own findings live in: UTC days it spans, and its local start day. */
  private markOwnDays(p: PersonState, e: Entry): void {
    this.markDays(p, e.startDay, e.endDay);
    this.markDays(p, e.localStartDay, e.localStartDay);
  }

  /** Marks what `e` (present in p's timeline right now) can change for p. */
  private markPerson(p: PersonState, e: Entry): void {
    if (!this.tracking) return;
    const tl = p.tl;
    this.markOwnDays(p, e);
    if (e.kind !== 'hotel') {
      const next = tl.items[tl.items.indexOf(e) + 1];
      if (next) this.markDays(p, next.startDay, next.startDay);
    }
    if (e.kind === 'travel') {
      const next = tl.arrivals[tl.arrivals.indexOf(e) + 1];
      this.markDays(p, Math.floor(e.endMs / DAY_MS), next ? next.endDay : lastDay(tl));
      this.dirtyNights.add(p);
    } else if (e.kind === 'hotel') {
      const next = tl.hotels[tl.hotels.indexOf(e) + 1];
      const firstArrival = tl.arrivals[0];
      const until = Math.min(next ? next.startMs : Number.POSITIVE_INFINITY, firstArrival ? firstArrival.endMs : Number.POSITIVE_INFINITY);
      if (until > e.startMs) this.markDays(p, e.startDay, Number.isFinite(until) ? Math.floor(until / DAY_MS) : lastDay(tl));
      this.dirtyNights.add(p);
    }
  }
}

/** The last bucket day any finding of this timeline can be anchored on. */
export function lastDay(tl: Timeline): number {
  const item = tl.items.at(-1);
  const hotel = tl.hotels.at(-1);
  return Math.max(item ? item.startDay : -Infinity, hotel ? hotel.startDay : -Infinity) + 1;
}

/** The first bucket day any finding of this timeline can be anchored on. */
export function firstDay(tl: Timeline): number {
  const item = tl.items[0];
  const hotel = tl.hotels[0];
  return Math.min(item ? item.startDay : Infinity, hotel ? hotel.startDay : Infinity) - 1;
}
