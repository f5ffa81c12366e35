/**
 * The program book as data: the overview of phases and cities, the daily schedule in sections, the
 * roster by group and the staff directory. Where the groups split up (the city visits), each group's
 * days form a section of their own, in their own zone, instead of four groups' times interleaving
 * across zones; what no group attends (staff logistics) follows in a section of its own.
 */
import type { Activity, Group, Phase, Program, Staff } from '../program/schema';
import { localTime, periodLabel } from './format';
import {
  byFamilyName,
  contextOf,
  entriesOf,
  groupByDay,
  groupDirectory,
  namesMemberOf,
  personLine,
  programHeader,
  shown,
  whoLabel,
  type Context,
} from './project';
import type { BookSection, DayEntry, PhaseOverview, ProgramBook } from './types';

function localStartDate(a: Activity): string {
  return a.timing.kind === 'scheduled' ? a.timing.start.slice(0, 10) : '';
}

function phaseOverview(ctx: Context, ph: Phase): PhaseOverview {
  const program = ctx.program;
  const cities = ph.cityIds
    .map((id) => program.cities.find((c) => c.id === id))
    .filter((c) => c !== undefined)
    .map((c) => {
      const probe = ctx.scheduled.find((a) => a.timing.kind === 'scheduled' && 'cityId' in a && a.cityId === c.id);
      const abbreviation = probe && probe.timing.kind === 'scheduled' ? localTime(probe.timing.start).abbreviation : '';
      return { name: ctx.cityLabels.get(c.id) ?? c.name, zoneId: c.timeZone, abbreviation };
    });
  const groupCities = program.groups.map((g) => {
    const seen: string[] = [];
    for (const a of ctx.scheduled) {
      if (!('cityId' in a) || !a.attendees.groupIds.includes(g.id)) continue;
      const date = localStartDate(a);
      if (date < ph.startDate || date > ph.endDate) continue;
      const label = ctx.cityLabels.get(a.cityId) ?? a.cityId;
      if (!seen.includes(label)) seen.push(label);
    }
    return { group: g.name, cities: seen };
  });
  return { name: ph.name, dates: periodLabel(ph.startDate, ph.endDate), cities, groupCities: groupCities.filter((x) => x.cities.length > 0) };
}

/** Whether the groups are in different places during a phase (then each gets its own section). */
function isSplit(overview: PhaseOverview): boolean {
  return new Set(overview.groupCities.map((g) => g.cities.join('|'))).size > 1;
}

/** The sections of the daily schedule: every scheduled activity in at least one. */
function sections(ctx: Context, overviews: readonly PhaseOverview[]): BookSection[] {
  const program = ctx.program;
  const phases = [...program.phases].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const placed = new Set<string>();
  const out: BookSection[] = [];
  const all = (list: readonly Activity[], title: string, color: string | null) => {
    const entries = list.flatMap((a) => entriesOf(ctx, a, whoLabel(ctx, a), true));
    if (entries.length) out.push({ title, color, days: groupByDay(entries) });
  };
  phases.forEach((ph) => {
    const inPhase = ctx.scheduled.filter((a) => !placed.has(a.id) && localStartDate(a) >= ph.startDate && localStartDate(a) <= ph.endDate);
    const overview = overviews[program.phases.indexOf(ph)];
    if (!overview || !isSplit(overview)) {
      all(inPhase, ph.name, null);
      for (const a of inPhase) placed.add(a.id);
      return;
    }
    const byGroup = new Set<string>();
    for (const g of program.groups) {
      const entries: DayEntry[] = [];
      for (const a of inPhase) {
        const whole = a.attendees.groupIds.includes(g.id);
        if (!whole && !namesMemberOf(a, g) && !a.attendees.everyone) continue;
        entries.push(...entriesOf(ctx, a, whole ? null : whoLabel(ctx, a), true));
        byGroup.add(a.id);
      }
      if (entries.length) out.push({ title: `${ph.name}: ${g.name}`, color: g.color, days: groupByDay(entries) });
    }
    all(
      inPhase.filter((a) => !byGroup.has(a.id)),
      `${ph.name}: staff and others`,
      null,
    );
    for (const a of inPhase) placed.add(a.id);
  });
  all(
    ctx.scheduled.filter((a) => !placed.has(a.id)),
    phases.length ? 'Other dates' : 'Daily schedule',
    null,
  );
  return out;
}

/** The program book: overview of phases and cities, the schedule by phase (by group where they split), roster by group, staff directory. */
export function programBook(program: Program): ProgramBook {
  // Only what is on for travelers (or was issued to someone before) goes in the book (visibility.ts).
  const all = contextOf(program);
  const ctx: Context = { ...all, scheduled: all.scheduled.filter((a) => shown(all, a, null)) };
  const days = groupByDay(ctx.scheduled.flatMap((a) => entriesOf(ctx, a, whoLabel(ctx, a), true)));
  const phases = program.phases.map((ph) => phaseOverview(ctx, ph));
  const grouped = new Set(program.groups.flatMap((g) => g.staffIds));
  const groupOf = (s: Staff) => program.groups.filter((g: Group) => g.staffIds.includes(s.id)).map((g) => g.name);
  return {
    program: programHeader(program),
    description: program.description,
    phases,
    days,
    sections: sections(ctx, phases),
    groups: program.groups.map((g) => groupDirectory(ctx, g)),
    programStaff: program.staff.filter((s) => !grouped.has(s.id)).sort(byFamilyName).map((s) => personLine(ctx, s)),
    staffDirectory: [...program.staff].sort(byFamilyName).map((s) => ({ ...personLine(ctx, s), groups: groupOf(s) })),
    emergencyContacts: program.emergencyContacts.map((c) => ({ ...c })),
    counts: {
      participants: program.participants.length,
      countries: new Set(program.participants.map((p) => p.country)).size,
      groups: program.groups.length,
      staff: program.staff.length,
      activities: ctx.scheduled.length,
    },
  };
}
