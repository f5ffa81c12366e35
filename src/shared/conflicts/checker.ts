/**
 * The conflict checker: a full check on creation, then `update(nextProgram)` re-checks only what
 * an edit touched. Changes are found by reference (the command layer keeps untouched objects), the
 * indexes mark the units whose findings can change, and only those units run their rules. Edits to
 * places, program dates or settings change too much to track and re-check everything; so do edits
 * touching a quarter of all activities, where a full check is as fast.
 */
import type { Activity, Group, Participant, Program, Staff } from '../program/schema';
import { createContext, displayName, type CheckContext, type GroupState, type PersonState } from './context';
import { diffById, type Change } from './diff';
import { makeEntry, venueCities, type Entry, type VenueCity } from './entry';
import { FindingStore, type Finding, type StoreLookups } from './findings';
import { ACTIVITY_RULES, GROUP_DAY_RULES, PERSON_DAY_RULES, PERSON_RULES, RULES } from './rules/index';
import type { ActivityRecord } from './rules/rule';
import { presentFor, PresenceRules } from './presence';
import { firstDay, Indexes, lastDay } from './state';
import { resolveSettings, type CheckStats, type ConflictChecker, type ConflictOptions, type ConflictSettings, type Problem, type ProblemChanges, type RuleId, type Severity } from './types';

/** Checks a program and keeps the result up to date as it is edited. */
export function createConflictChecker(program: Program, options: ConflictOptions = {}): ConflictChecker {
  return new Checker(program, options);
}

/** One full check. */
export function checkProgram(program: Program, options: ConflictOptions = {}): readonly Problem[] {
  return new Checker(program, options).problems();
}

type Rec = ActivityRecord & { findings: Finding[] };

const DEFAULT_SEVERITY = new Map<RuleId, Severity>(RULES.map((r) => [r.id, r.severity]));
let nextRecordRev = 1;

class Checker implements ConflictChecker {
  program!: Program;
  private options!: ConflictOptions;
  private settings!: ConflictSettings;
  private ctx!: CheckContext;
  private idx!: Indexes;
  private store!: FindingStore;
  private records!: Map<string, Rec>;
  private venueCity!: VenueCity;
  private lookups!: StoreLookups;
  private last: CheckStats = { mode: 'full', personDays: 0, groupDays: 0, activities: 0 };

  /** Set when an update re-checked everything: a changes list would be as long as the problems. */
  private rebuilt = false;

  constructor(program: Program, options: ConflictOptions) {
    this.build(program, options);
    this.store.takeChanges();
    this.rebuilt = false;
  }

  problems(): readonly Problem[] {
    return this.store.problems();
  }

  stats(): CheckStats {
    return { ...this.last };
  }

  update(next: Program, options?: ConflictOptions): readonly Problem[] {
    this.advance(next, options);
    this.store.takeChanges();
    this.rebuilt = false;
    return this.problems();
  }

  updateChanges(next: Program, options?: ConflictOptions): ProblemChanges {
    this.advance(next, options);
    const changes = this.store.takeChanges();
    const reset = this.rebuilt;
    this.rebuilt = false;
    return reset ? { reset: true } : { reset: false, ...changes };
  }

  private advance(next: Program, options?: ConflictOptions): void {
    if (options && options !== this.options) {
      const settings = resolveSettings(options);
      if (
        JSON.stringify(settings) !== JSON.stringify(this.settings) ||
        (options.issuedThrough ?? null) !== this.ctx.issuedThrough ||
        (options.today ?? null) !== this.ctx.today
      ) {
        this.rebuild(next, options);
        return;
      }
      this.options = options;
      this.store.redismiss(this.lookups.isDismissed);
      this.last = { mode: 'dismissals', personDays: 0, groupDays: 0, activities: 0 };
    }
    const prev = this.program;
    if (next === prev) {
      if (this.last.mode !== 'dismissals') this.last = { mode: 'unchanged', personDays: 0, groupDays: 0, activities: 0 };
      return;
    }
    // Cities, venues, phases and the home zone also decide who is present when (presence.ts).
    if (
      // Hosts: home-hospitality rules read a family's languages.
      next.cities !== prev.cities || next.venues !== prev.venues || next.hosts !== prev.hosts || next.phases !== prev.phases || next.homeTimeZone !== prev.homeTimeZone ||
      next.settings !== prev.settings || next.startDate !== prev.startDate || next.endDate !== prev.endDate
    ) {
      this.rebuild(next, this.options);
      return;
    }
    const activities = diffById(prev.activities, next.activities);
    if (activities.length > Math.max(200, next.activities.length / 4)) {
      this.rebuild(next, this.options);
      return;
    }
    this.program = next;
    this.apply(activities, [...diffById(prev.participants, next.participants), ...diffById(prev.staff, next.staff)], diffById(prev.groups, next.groups));
  }

  private rebuild(program: Program, options: ConflictOptions): void {
    this.build(program, options);
    this.rebuilt = true;
  }

  private build(program: Program, options: ConflictOptions): void {
    this.program = program;
    this.options = options;
    this.settings = resolveSettings(options);
    const idx = (this.idx = new Indexes(new PresenceRules(program)));
    for (const p of program.participants) idx.addPerson(p);
    for (const s of program.staff) idx.addPerson(s);
    for (const g of program.groups) idx.addGroup(g);
    this.venueCity = venueCities(program);
    this.records = new Map();
    const entries = program.activities.map((a) => {
      const entry = makeEntry(a, this.venueCity);
      if (entry) idx.attach(entry);
      return entry;
    });
    idx.finishBuild();
    program.activities.forEach((a, i) => this.records.set(a.id, this.record(a, entries[i] ?? null, [])));
    const settings = this.settings;
    const severity = (id: RuleId) => settings.rules[id] ?? (DEFAULT_SEVERITY.get(id) as Severity);
    this.ctx = createContext(program, settings, { issuedThrough: options.issuedThrough ?? null, today: options.today ?? null }, idx, severity);
    this.lookups = {
      personName: (id) => idx.persons.get(id)?.name ?? id,
      groupName: (id) => idx.groups.get(id)?.group.name ?? id,
      severity,
      isDismissed: (id) => this.options.dismissed?.has(id) ?? false,
    };
    this.store = new FindingStore();
    this.last = { mode: 'full', personDays: 0, groupDays: 0, activities: 0 };
    this.recompute(new Set(idx.persons.values()), new Set(idx.groups.values()), this.records.keys());
  }

  /** The record of an activity as activity rules see it (attendees resolved now), keeping its findings. */
  private record(activity: Activity, entry: Entry | null, findings: Finding[]): Rec {
    const a = activity.attendees;
    return {
      activity,
      entry,
      rev: nextRecordRev++,
      personIds: this.idx.resolve(a, entry),
      groupIds: a.everyone ? [...this.idx.groups.keys()] : a.groupIds.filter((g) => this.idx.groups.has(g)),
      findings,
    };
  }

  private apply(activities: Change<Activity>[], people: Change<Participant | Staff>[], groups: Change<Group>[]): void {
    const idx = this.idx;
    // 1. Take changed activities out, while memberships are still the ones they were attached with.
    for (const c of activities) {
      const entry = c.before && this.records.get(c.before.id)?.entry;
      if (entry) idx.detach(entry);
    }
    // 2. People and groups.
    const rebuild = new Set<PersonState>();
    const fullPersons = new Set<PersonState>();
    const fullGroups = new Set<GroupState>();
    /** People whose own fields changed: activity rules read languages, interpretation needs and diets. */
    const edited = new Set<string>();
    let membership = false;
    for (const c of people) {
      if (!c.after) {
        const gone = idx.removePerson((c.before as { id: string }).id);
        if (gone) this.dropPerson(gone);
        membership = true;
      } else if (!c.before) {
        rebuild.add(idx.addPerson(c.after));
        membership = true;
      } else {
        const p = idx.persons.get(c.after.id);
        if (!p) continue;
        p.person = c.after;
        p.rev++;
        p.name = displayName(c.after);
        fullPersons.add(p);
        edited.add(p.id);
      }
    }
    const touch = (ids: Iterable<string>) => {
      for (const id of ids) {
        const p = idx.persons.get(id);
        if (p) rebuild.add(p);
      }
    };
    for (const c of groups) {
      if (!c.after) {
        const gone = idx.removeGroup((c.before as { id: string }).id);
        if (gone) {
          touch(gone.members);
          for (const f of gone.units.values()) this.store.drop(f);
        }
        membership = true;
      } else if (!c.before) {
        const g = idx.addGroup(c.after);
        touch(g.members);
        fullGroups.add(g);
        membership = true;
      } else {
        const g = idx.groups.get(c.after.id);
        if (!g) continue;
        g.group = c.after;
        g.rev++;
        fullGroups.add(g);
        const moved = idx.setMembers(g, c.after);
        if (moved.length) membership = true;
        touch(moved);
      }
    }
    // 3. Put changed activities back in, with the new memberships.
    const dirtyActivities = new Set<string>();
    for (const c of activities) {
      if (!c.after) {
        const id = (c.before as Activity).id;
        this.store.drop(this.records.get(id)?.findings);
        this.records.delete(id);
        continue;
      }
      const entry = makeEntry(c.after, this.venueCity);
      if (entry) idx.attach(entry);
      const previous = c.before ? this.records.get(c.before.id) : undefined;
      this.records.set(c.after.id, this.record(c.after, entry, previous?.findings ?? []));
      dirtyActivities.add(c.after.id);
    }
    // 4. Presence follows roster dates and the legs naming a person: whoever's changed is rebuilt.
    const moved = idx.presenceMoves([...fullPersons, ...rebuild], activities);
    for (const [p] of moved) rebuild.add(p);
    // 5. People whose groups or presence changed get their timeline rebuilt; attendee lists are re-resolved.
    for (const p of rebuild) {
      idx.rebuildTimeline(p);
      fullPersons.add(p);
    }
    if (membership) {
      for (const [id, rec] of this.records) {
        this.records.set(id, this.record(rec.activity, rec.entry, rec.findings));
        dirtyActivities.add(id);
      }
    } else if (moved.length || edited.size) {
      // Activity rules name only the people present, so every activity a moved person attends is
      // re-run: by group or by name always, "everyone" ones only where their attendance flipped.
      for (const [id, rec] of this.records) {
        const a = rec.activity.attendees;
        const touched = rec.personIds.some((id) => edited.has(id)) || moved.some(([p, before]) =>
          a.everyone
            ? rec.entry !== null && presentFor(before, rec.entry) !== presentFor(p.presence, rec.entry)
            : a.participantIds.includes(p.id) || a.staffIds.includes(p.id) || a.groupIds.some((g) => p.groups.has(g)),
        );
        if (!touched) continue;
        this.records.set(id, this.record(rec.activity, rec.entry, rec.findings));
        dirtyActivities.add(id);
      }
    }
    this.last = { mode: 'incremental', personDays: 0, groupDays: 0, activities: 0 };
    this.recompute(fullPersons, fullGroups, dirtyActivities);
  }

  /** Runs the rules of every dirty unit and rebuilds the problems that changed. */
  private recompute(fullPersons: Set<PersonState>, fullGroups: Set<GroupState>, activityIds: Iterable<string>): void {
    const idx = this.idx;
    const alive = (p: PersonState) => idx.persons.get(p.id) === p;
    for (const p of fullPersons) {
      if (!alive(p)) continue;
      idx.markDays(p, firstDay(p.tl), lastDay(p.tl));
      for (const d of p.units.keys()) idx.markDays(p, d, d);
      idx.dirtyNights.add(p);
    }
    for (const [p, days] of idx.dirtyDays) if (alive(p)) for (const d of days) this.personDay(p, d);
    for (const p of idx.dirtyNights) if (alive(p)) this.nights(p);
    for (const g of fullGroups) {
      let days = idx.dirtyGroupDays.get(g);
      if (!days) idx.dirtyGroupDays.set(g, (days = new Set()));
      for (let d = firstDay(g.tl); d <= lastDay(g.tl); d++) days.add(d);
      for (const d of g.units.keys()) days.add(d);
    }
    for (const [g, days] of idx.dirtyGroupDays) if (idx.groups.get(g.id) === g) for (const d of days) this.groupDay(g, d);
    for (const id of activityIds) this.activity(id);
    idx.dirtyDays.clear();
    idx.dirtyNights.clear();
    idx.dirtyGroupDays.clear();
    this.store.flush(this.lookups);
  }

  private personDay(p: PersonState, day: number): void {
    const out: Finding[] = [];
    for (const rule of PERSON_DAY_RULES) if (!this.ctx.isOff(rule.id)) rule.check(this.ctx, p, day, out);
    const kept = this.store.swap(p.units.get(day), out);
    if (kept.length) p.units.set(day, kept);
    else p.units.delete(day);
    this.last.personDays++;
  }

  private nights(p: PersonState): void {
    const out: Finding[] = [];
    for (const rule of PERSON_RULES) if (!this.ctx.isOff(rule.id)) rule.check(this.ctx, p, out);
    p.nights = this.store.swap(p.nights, out);
  }

  private groupDay(g: GroupState, day: number): void {
    const out: Finding[] = [];
    for (const rule of GROUP_DAY_RULES) if (!this.ctx.isOff(rule.id)) rule.check(this.ctx, g, day, out);
    const kept = this.store.swap(g.units.get(day), out);
    if (kept.length) g.units.set(day, kept);
    else g.units.delete(day);
    this.last.groupDays++;
  }

  private activity(id: string): void {
    const rec = this.records.get(id);
    if (!rec) return;
    const out: Finding[] = [];
    for (const rule of ACTIVITY_RULES) if (!this.ctx.isOff(rule.id)) rule.check(this.ctx, rec, out);
    rec.findings = this.store.swap(rec.findings, out);
    this.last.activities++;
  }

  private dropPerson(p: PersonState): void {
    for (const f of p.units.values()) this.store.drop(f);
    this.store.drop(p.nights);
    this.idx.dirtyDays.delete(p);
    this.idx.dirtyNights.delete(p);
  }
}
