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
import { CURRENT_SCHEMA_VERSION, type Program } from '../../src/shared/program/schema';
import { buildTmssw2024Sample } from '../../src/shared/sample/index';
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
  const person = { languages: ['en'], phone: '', email: '', arrival: null, departure: null, internalNotes: '', position: 'Prosecutor', organization: 'Office', interpretation: null, dietaryNotes: '', accessibilityNotes: '' };
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
