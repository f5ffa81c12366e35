/**
 * Three rules about a home-hospitality visit (one activity per host family; the guests are the
 * participants who attend it, the family its host, `hostId`):
 * - home-hospitality-guests (warning): fewer or more guests than a family takes
 *   (settings.homeHospitalityGuests, 2 to 5 by default);
 * - home-hospitality-diet (warning): a guest with dietary needs the family has not confirmed it can
 *   meet (arrangement.dietConfirmedIds);
 * - home-hospitality-language (warning): a guest who shares no language with the family and has no
 *   interpreter with them who works between the family's language and one of theirs. A visit with
 *   no host on record is taken to be with an English-speaking family.
 */
import { interpretsBetween, shareLanguage, WORKING_LANGUAGE } from '../../program/languages';
import type { Participant, Staff } from '../../program/schema';
import { displayName, type CheckContext } from '../context';
import { formatRange, listNames, quote } from '../format';
import { activityFinding, type ActivityRecord, type ActivityRule } from './rule';

interface Visit {
  guests: Participant[];
  staff: Staff[];
  /** "the Alvarez family" as the messages name it. */
  family: string;
  languages: readonly string[];
}

function visitOf(ctx: CheckContext, record: ActivityRecord): Visit | null {
  const a = record.activity;
  if (!record.entry || a.type !== 'home-hospitality') return null;
  const guests: Participant[] = [];
  const staff: Staff[] = [];
  for (const id of record.personIds) {
    const person = ctx.persons.get(id)?.person;
    if (!person) continue;
    if ('role' in person) staff.push(person);
    else guests.push(person as Participant);
  }
  const host = a.hostId ? ctx.hosts.get(a.hostId) : undefined;
  // "The Alvarez family" reads "the Alvarez family" inside a sentence.
  const family = (host?.name ?? a.host?.organization ?? '').replace(/^The\b/, 'the');
  return { guests, staff, family: family || 'the host family', languages: host && host.languages.length ? host.languages : [WORKING_LANGUAGE] };
}

export const homeHospitalityGuests: ActivityRule = {
  id: 'home-hospitality-guests',
  severity: 'warning',
  title: 'A host family with too few or too many guests',
  scope: 'activity',
  check(ctx, record, out) {
    const visit = visitOf(ctx, record);
    const e = record.entry;
    if (!visit || !e) return;
    const { min, max } = ctx.program.settings.homeHospitalityGuests;
    const n = visit.guests.length;
    if (n >= min && n <= max) return;
    const count = n === 0 ? 'no guests yet' : `${n} guest${n === 1 ? '' : 's'}`;
    out.push(activityFinding('home-hospitality-guests', record, e.start.slice(0, 10), () =>
        `${quote(record.activity.title)} (${formatRange(e.start, e.end)}) has ${count}; a host family takes ${min === max ? min : `${min} to ${max}`}.`));
  },
};

export const homeHospitalityDiet: ActivityRule = {
  id: 'home-hospitality-diet',
  severity: 'warning',
  title: 'Dietary needs a host family has not confirmed',
  scope: 'activity',
  check(ctx, record, out) {
    const visit = visitOf(ctx, record);
    const e = record.entry;
    const a = record.activity;
    if (!visit || !e || a.type !== 'home-hospitality') return;
    const confirmed = a.arrangement?.dietConfirmedIds ?? [];
    const open = visit.guests.filter((g) => g.dietaryNotes.trim() !== '' && !confirmed.includes(g.id));
    if (open.length === 0) return;
    out.push(activityFinding('home-hospitality-diet', record, e.start.slice(0, 10), () =>
        `${capitalized(visit.family)} has not confirmed the dietary needs of ${listNames(open.map((g) => `${displayName(g)} (${g.dietaryNotes.trim()})`), 5)} for ${quote(a.title)} (${formatRange(e.start, e.end)}).`));
  },
};

export const homeHospitalityLanguage: ActivityRule = {
  id: 'home-hospitality-language',
  severity: 'warning',
  title: 'A guest who cannot talk with the host family',
  scope: 'activity',
  check(ctx, record, out) {
    const visit = visitOf(ctx, record);
    const e = record.entry;
    if (!visit || !e) return;
    const alone = visit.guests.filter(
      (g) =>
        !shareLanguage(g.languages, visit.languages) &&
        !visit.staff.some((s) => visit.languages.some((h) => g.languages.some((l) => interpretsBetween(s, h, l)))),
    );
    if (alone.length === 0) return;
    out.push(activityFinding('home-hospitality-language', record, e.start.slice(0, 10), () =>
        `At ${quote(record.activity.title)} (${formatRange(e.start, e.end)}), ${listNames(alone.map((g) => `${displayName(g)} (${g.languages.join(', ') || 'no language on record'})`), 5)} ` +
        `share${alone.length === 1 ? 's' : ''} no language with ${visit.family} (${visit.languages.join(', ')}) and no interpreter for them attends.`));
  },
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
