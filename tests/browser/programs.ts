/**
 * Program files for the browser tests. The sample is resources/samples/tmssw-2024.ivlp.json when it
 * has been generated, else the same bytes built from src/shared/sample (the file is exactly
 * serializeProgram of it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCommand } from '../../src/shared/commands/apply';
import { emptyProgram, EVERYONE, placeActivity } from '../../src/shared/program/factory';
import { serializeProgram } from '../../src/shared/program/load';
import { CURRENT_SCHEMA_VERSION, type Activity, type Program } from '../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../src/cli/sample/index';
import { zonedFromLocal } from '../../src/shared/time';

const SAMPLE_FILE = new URL('../../resources/samples/tmssw-2024.ivlp.json', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'ivlp-programs-'));
// One scratch folder per test worker, gone when the worker ends.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function writeProgram(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** Path of the TMSSW 2024 sample program file. */
export function sampleProgramFile(): string {
  if (existsSync(SAMPLE_FILE)) return SAMPLE_FILE;
  return writeProgram('tmssw-2024.ivlp.json', serializeProgram(buildTmssw2024Sample()));
}

/** The sample, as a file written by a newer app (schema version 2): it opens read-only. */
export function futureVersionSampleFile(): string {
  const program = JSON.parse(serializeProgram(buildTmssw2024Sample())) as Record<string, unknown>;
  return writeProgram('tmssw-2024-v2.ivlp.json', `${JSON.stringify({ ...program, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, null, 2)}\n`);
}

const NY = 'America/New_York';

/** A one-week program over the March 2024 DST change (New York skips 02:00-03:00 on Sunday March 10). */
export function dstProgramFile(): string {
  let program: Program = emptyProgram({ id: 'dst-week', title: 'DST week', startDate: '2024-03-04', endDate: '2024-03-10', homeTimeZone: NY });
  program = applyCommand(program, {
    type: 'entity/create',
    collection: 'cities',
    entity: { id: 'dc', name: 'Washington', region: 'DC', country: 'United States', timeZone: NY },
  }).program;
  const activity = placeActivity({
    id: 'a-late',
    title: 'Late-night briefing',
    type: 'briefing',
    cityId: 'dc',
    attendees: EVERYONE,
    timing: { kind: 'scheduled', start: zonedFromLocal('2024-03-10T00:00', NY), end: zonedFromLocal('2024-03-10T01:00', NY) },
  });
  program = applyCommand(program, { type: 'activity/create', activity }).program;
  return writeProgram('dst-week.ivlp.json', serializeProgram(program));
}

export function readSample(): Program {
  return buildTmssw2024Sample();
}

/** A program file cut off in the middle (a crash during a copy, a bad sync). */
export function truncatedProgramFile(): string {
  const text = serializeProgram(buildTmssw2024Sample());
  return writeProgram('truncated.ivlp.json', text.slice(0, Math.floor(text.length / 2)));
}

/**
 * A one-week Washington program for issuing: two participants in one group, an orientation for
 * everyone and a site visit only Ana Pérez attends (so moving it changes one itinerary).
 */
export function issuingProgramFile(): string {
  let program: Program = emptyProgram({ id: 'issuing-week', title: 'Issuing week', startDate: '2024-04-29', endDate: '2024-05-03', homeTimeZone: NY });
  const person = { languages: ['en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', position: 'Prosecutor', organization: 'Office', interpretation: null, dietaryNotes: '', accessibilityNotes: '' };
  const commands = [
    { type: 'entity/create', collection: 'cities', entity: { id: 'dc', name: 'Washington', region: 'DC', country: 'United States', timeZone: NY } },
    { type: 'entity/create', collection: 'participants', entity: { ...person, id: 'p1', givenName: 'Ana', familyName: 'Pérez', country: 'Chile' } },
    { type: 'entity/create', collection: 'participants', entity: { ...person, id: 'p2', givenName: 'Łukasz', familyName: 'Wójcik', country: 'Poland' } },
    { type: 'entity/create', collection: 'groups', entity: { id: 'g1', name: 'Group A', color: '#1f6feb', participantIds: ['p1', 'p2'], staffIds: [] } },
  ] as const;
  for (const command of commands) program = applyCommand(program, command).program;
  const activities = [
    placeActivity({ id: 'a-orientation', title: 'Orientation', type: 'briefing', cityId: 'dc', attendees: EVERYONE, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-29T09:00', NY), end: zonedFromLocal('2024-04-29T11:00', NY) } }),
    placeActivity({
      id: 'a-site-visit',
      title: 'Site visit to the Federal Court',
      cityId: 'dc',
      attendees: { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: [] },
      timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-30T10:00', NY), end: zonedFromLocal('2024-04-30T11:30', NY) },
    }),
  ];
  for (const activity of activities) program = applyCommand(program, { type: 'activity/create', activity }).program;
  return writeProgram('issuing-week.ivlp.json', serializeProgram(program));
}

const PHX = 'America/Phoenix';

const who = (w: Partial<typeof EVERYONE>) => ({ everyone: false, groupIds: [], participantIds: [], staffIds: [], ...w });

/**
 * A May 2024 week in Washington and Phoenix for the lenses: Ana Pérez (p1) is in Group A and also
 * has a site visit of her own; Łukasz (p2, Group A) and Mei (p3, Group B) have their own things;
 * staff s1 travels with Group A, s2 with Group B and has a lunch of their own. Group A flies to
 * Phoenix, where a 09:00 MST meeting is 12:00 in Washington (EDT) and Phoenix keeps standard time.
 */
export function lensProgramFile(): string {
  let program: Program = emptyProgram({ id: 'lens-week', title: 'Lens week', startDate: '2024-05-06', endDate: '2024-05-10', homeTimeZone: NY });
  const person = { languages: ['en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', passportName: '', position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '' };
  const place = { address: '', directions: '', security: '', accessibility: '', directoryId: null, phone: '', coordinates: null };
  const staff = { languages: ['en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', organization: '', languagePairs: [] };
  const commands = [
    { type: 'entity/create', collection: 'cities', entity: { id: 'dc', name: 'Washington', region: 'DC', country: 'United States', timeZone: NY } },
    { type: 'entity/create', collection: 'cities', entity: { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'United States', timeZone: PHX } },
    { type: 'entity/create', collection: 'venues', entity: { ...place, id: 'v-dc', cityId: 'dc', kind: 'venue', name: 'State Department', code: '' } },
    { type: 'entity/create', collection: 'venues', entity: { ...place, id: 'v-dca', cityId: 'dc', kind: 'airport', name: 'Reagan National', code: 'DCA' } },
    { type: 'entity/create', collection: 'venues', entity: { ...place, id: 'v-phx', cityId: 'phx', kind: 'airport', name: 'Sky Harbor', code: 'PHX' } },
    { type: 'entity/create', collection: 'venues', entity: { ...place, id: 'v-court', cityId: 'phx', kind: 'venue', name: 'Maricopa County Court', code: '' } },
    { type: 'entity/create', collection: 'participants', entity: { ...person, id: 'p1', givenName: 'Ana', familyName: 'Pérez', country: 'Chile' } },
    { type: 'entity/create', collection: 'participants', entity: { ...person, id: 'p2', givenName: 'Łukasz', familyName: 'Wójcik', country: 'Poland' } },
    { type: 'entity/create', collection: 'participants', entity: { ...person, id: 'p3', givenName: 'Mei', familyName: 'Chen', country: 'Taiwan' } },
    { type: 'entity/create', collection: 'staff', entity: { ...staff, id: 's1', givenName: 'Sam', familyName: 'Reed', role: 'program-officer' } },
    { type: 'entity/create', collection: 'staff', entity: { ...staff, id: 's2', givenName: 'Noor', familyName: 'Haddad', role: 'interpreter' } },
    { type: 'entity/create', collection: 'groups', entity: { id: 'g1', name: 'Group A', color: '#1f6feb', participantIds: ['p1', 'p2'], staffIds: ['s1'] } },
    { type: 'entity/create', collection: 'groups', entity: { id: 'g2', name: 'Group B', color: '#e8590c', participantIds: ['p3'], staffIds: ['s2'] } },
  ] as const;
  for (const command of commands) program = applyCommand(program, command).program;
  const at = (local: string, zone = NY) => zonedFromLocal(local, zone);
  const activities: Program['activities'] = [
    placeActivity({ id: 'a-all', title: 'Welcome briefing', type: 'briefing', cityId: 'dc', venueId: 'v-dc', attendees: EVERYONE, timing: { kind: 'scheduled', start: at('2024-05-06T09:00'), end: at('2024-05-06T10:30') } }),
    placeActivity({ id: 'a-g1', title: 'Group A: Justice Department', cityId: 'dc', attendees: who({ groupIds: ['g1'] }), timing: { kind: 'scheduled', start: at('2024-05-06T14:00'), end: at('2024-05-06T15:30') } }),
    placeActivity({ id: 'a-g2', title: 'Group B: Coast Guard', cityId: 'dc', attendees: who({ groupIds: ['g2'] }), timing: { kind: 'scheduled', start: at('2024-05-06T14:00'), end: at('2024-05-06T15:30') } }),
    placeActivity({ id: 'a-p1', title: 'Ana: Federal Court visit', type: 'site-visit', cityId: 'dc', attendees: who({ participantIds: ['p1'] }), timing: { kind: 'scheduled', start: at('2024-05-07T10:00'), end: at('2024-05-07T11:30') } }),
    placeActivity({ id: 'a-p2', title: 'Łukasz: embassy meeting', cityId: 'dc', status: 'tentative', attendees: who({ participantIds: ['p2'] }), timing: { kind: 'scheduled', start: at('2024-05-07T10:00'), end: at('2024-05-07T11:00') } }),
    placeActivity({ id: 'a-s2', title: 'Interpreters lunch', type: 'meal', cityId: 'dc', attendees: who({ staffIds: ['s2'] }), timing: { kind: 'scheduled', start: at('2024-05-07T12:00'), end: at('2024-05-07T13:00') } }),
    {
      id: 'a-flight',
      title: 'Flight to Phoenix',
      status: 'confirmed',
      timing: { kind: 'scheduled', start: at('2024-05-08T08:00'), end: at('2024-05-08T10:00', PHX) },
      attendees: who({ groupIds: ['g1'] }),
      travelerNotes: '',
      internalNotes: '',
      translations: [],
      type: 'travel',
      mode: 'flight',
      carrier: 'AA',
      number: '1234',
      originVenueId: 'v-dca',
      destinationVenueId: 'v-phx',
      pickupPoint: '', rebook: false,
    },
    placeActivity({ id: 'a-phx', title: 'Maricopa County Court', cityId: 'phx', venueId: 'v-court', attendees: who({ groupIds: ['g1'] }), timing: { kind: 'scheduled', start: at('2024-05-09T09:00', PHX), end: at('2024-05-09T10:00', PHX) } }),
  ];
  for (const activity of activities) program = applyCommand(program, { type: 'activity/create', activity }).program;
  return writeProgram('lens-week.ivlp.json', serializeProgram(program));
}

/**
 * The sample with one group's own activities between two dates taken off the calendar (into the
 * Unscheduled tray, keeping their durations): the empty city week a planner lays out. Returns the
 * file and the activities to lay out, in start order, with their times in the sample.
 */
export function emptiedGroupWeekFile(groupId: string, firstDate: string, lastDate: string): { path: string; activities: { id: string; start: string; end: string; type: string }[] } {
  const sample = buildTmssw2024Sample();
  const taken: { id: string; start: string; end: string; type: string }[] = [];
  const activities = sample.activities.map((a) => {
    const own = !a.attendees.everyone && a.attendees.groupIds.length === 1 && a.attendees.groupIds[0] === groupId;
    if (!own || a.type === 'hotel-stay' || a.timing.kind !== 'scheduled') return a;
    const date = a.timing.start.slice(0, 10);
    if (date < firstDate || date > lastDate) return a;
    taken.push({ id: a.id, start: a.timing.start, end: a.timing.end, type: a.type });
    const minutes = (Date.parse(a.timing.end.slice(0, 25)) - Date.parse(a.timing.start.slice(0, 25))) / 60_000;
    return { ...a, timing: { kind: 'unscheduled' as const, durationMinutes: minutes } };
  });
  taken.sort((x, y) => Date.parse(x.start.slice(0, 25)) - Date.parse(y.start.slice(0, 25)));
  return { path: writeProgram(`${groupId}-week.ivlp.json`, serializeProgram({ ...sample, activities })), activities: taken };
}

/** An activity with a time on the calendar, narrowed to one kind of activity when given. */
export type Scheduled<A extends Activity = Activity> = A & { timing: { kind: 'scheduled'; start: string; end: string } };

/** The activity `id` as a program file's text has it; it must be there and on the calendar. */
export function activityIn<A extends Activity = Activity>(text: string, id: string): Scheduled<A> {
  const found = (JSON.parse(text) as Program).activities.find((a) => a.id === id);
  if (!found || found.timing.kind !== 'scheduled') throw new Error(`${id} is not scheduled in the file`);
  return found as Scheduled<A>;
}

/** The sample's first scheduled plenary. */
export function firstPlenary(program: Program): Scheduled {
  const found = program.activities.find((a): a is Scheduled => a.type === 'plenary' && a.timing.kind === 'scheduled');
  if (!found) throw new Error('the sample has no scheduled plenary');
  return found;
}
