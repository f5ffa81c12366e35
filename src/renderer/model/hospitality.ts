/**
 * Placing guests with host families for a home-hospitality evening. Each family's dinner is its own
 * home-hospitality activity (its host on record is the family, its participants the guests), so the
 * checks, itineraries and issued versions treat every dinner as the place it is. The evening is
 * every home-hospitality activity in the same city on the same local date.
 */
import type { Command } from '../../shared/commands/types';
import { personName } from '../../shared/program/labels';
import type { PlaceActivity, Program, ProgramHost } from '../../shared/program/schema';

export interface Family {
  activity: PlaceActivity;
  name: string;
  guests: { id: string; name: string }[];
}

/** The evening's families (this activity first), and participants of its groups not placed with any. */
export function evening(program: Program, activity: PlaceActivity): { families: Family[]; unplaced: { id: string; name: string }[] } {
  const date = activity.timing.kind === 'scheduled' ? activity.timing.start.slice(0, 10) : null;
  const sameEvening = program.activities.filter(
    (a): a is PlaceActivity =>
      a.type === 'home-hospitality' && a.cityId === activity.cityId && (a.id === activity.id || (date !== null && a.timing.kind === 'scheduled' && a.timing.start.slice(0, 10) === date)) && a.status !== 'cancelled',
  );
  sameEvening.sort((a, b) => (a.id === activity.id ? -1 : b.id === activity.id ? 1 : 0));
  const names = new Map(program.participants.map((p) => [p.id, personName(p)]));
  const hosts = new Map(program.hosts.map((h) => [h.id, h]));
  const families = sameEvening.map((a) => ({
    activity: a,
    name: (a.hostId && hosts.get(a.hostId)?.name) || a.host?.organization || a.title,
    guests: a.attendees.participantIds.map((id) => ({ id, name: names.get(id) ?? id })),
  }));
  const placed = new Set(families.flatMap((f) => f.guests.map((g) => g.id)));
  // Who could come: the groups of the participants already placed (the evening's groups).
  const groups = program.groups.filter((g) => g.participantIds.some((id) => placed.has(id)));
  const unplaced = [...new Set(groups.flatMap((g) => g.participantIds))].filter((id) => !placed.has(id)).map((id) => ({ id, name: names.get(id) ?? id }));
  return { families, unplaced };
}

/** Moves a guest to another family (or out of the evening with `to` null, or in from unplaced with `from` null) as one undo step. */
export function moveGuest(program: Program, guestId: string, from: string | null, to: string | null): Command | null {
  const commands: Command[] = [];
  for (const [id, add] of [[from, false], [to, true]] as const) {
    if (!id) continue;
    const activity = program.activities.find((a) => a.id === id);
    if (!activity) continue;
    const ids = activity.attendees.participantIds.filter((p) => p !== guestId);
    commands.push({ type: 'activity/set-attendees', id, attendees: { ...activity.attendees, participantIds: add ? [...ids, guestId] : ids } });
  }
  if (commands.length === 0) return null;
  const name = personName(program.participants.find((p) => p.id === guestId) ?? { givenName: '', familyName: guestId });
  return commands.length === 1 ? (commands[0] as Command) : { type: 'batch', label: `Move ${name} to another family`, commands };
}

/** Another family for the evening: a copy of this dinner's time and place, hosted by `host`, with no guests yet. */
export function addFamilyCommands(program: Program, template: PlaceActivity, host: ProgramHost, hostCommands: Command[]): Command {
  const taken = new Set(program.activities.map((a) => a.id));
  let n = 1;
  while (taken.has(`${template.id}-f${n}`)) n++;
  const contact = host.contacts[0];
  const activity: PlaceActivity = {
    ...template,
    id: `${template.id}-f${n}`.slice(0, 64),
    title: `Home hospitality dinner with ${host.name.replace(/^The\b/, 'the')}`,
    status: 'requested',
    attendees: { everyone: false, groupIds: [], participantIds: [], staffIds: [] },
    venueId: null,
    hostId: host.id,
    host: { organization: host.name, contactName: contact?.name ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '' },
    arrangement: template.arrangement ? { ...template.arrangement, dietConfirmedIds: [] } : null,
    internalNotes: '',
  };
  return { type: 'batch', label: `Add ${host.name} to the evening`, commands: [...hostCommands, { type: 'activity/create', activity }] };
}
