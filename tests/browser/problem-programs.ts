/**
 * A small program for the problems panel's browser test: one group in Washington on a Monday, a
 * briefing at 09:00 and a site visit at 11:00, and nothing any rule flags until the planner drags
 * the visit onto the briefing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyProgram, placeActivity } from '../../src/shared/program/factory';
import { serializeProgram } from '../../src/shared/program/load';
import type { Participant, Program } from '../../src/shared/program/schema';
import { zonedFromLocal } from '../../src/shared/time';

const NY = 'America/New_York';
const scratch = mkdtempSync(join(tmpdir(), 'ivlp-problem-programs-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const person = (id: string, givenName: string, familyName: string): Participant => ({
  id, givenName, familyName, languages: [], phone: '', email: '', arrival: null, departure: null, internalNotes: '',
  passportName: '',
  country: 'Ghana', position: '', organization: '', interpretation: null, dietaryNotes: '', accessibilityNotes: '',
});

export const BUSY_DAY = '2024-05-06';

/** Path of a fresh copy of the one-group Monday program. */
export function oneGroupMondayFile(): string {
  const group = { everyone: false, groupIds: ['g-mar'], participantIds: [], staffIds: [] };
  const at = (time: string) => zonedFromLocal(`${BUSY_DAY}T${time}`, NY);
  const program: Program = {
    ...emptyProgram({ id: 'one-group-monday', title: 'One group, one Monday', startDate: BUSY_DAY, endDate: '2024-05-10', homeTimeZone: NY }),
    cities: [{ id: 'dc', name: 'Washington', region: 'DC', country: 'United States', timeZone: NY }],
    participants: [person('p-1', 'Amara', 'Okafor'), person('p-2', 'Luis', 'Reyes')],
    groups: [{ id: 'g-mar', name: 'Maritime', color: '#1f6feb', participantIds: ['p-1', 'p-2'], staffIds: [] }],
    activities: [
      placeActivity({ id: 'a-briefing', title: 'Coast Guard briefing', type: 'briefing', cityId: 'dc', attendees: group, timing: { kind: 'scheduled', start: at('09:00'), end: at('10:00') } }),
      placeActivity({ id: 'a-visit', title: 'Port site visit', type: 'site-visit', cityId: 'dc', attendees: group, timing: { kind: 'scheduled', start: at('11:00'), end: at('12:00') } }),
    ],
  };
  const path = join(mkdtempSync(join(scratch, 'p-')), 'one-group-monday.ivlp.json');
  writeFileSync(path, serializeProgram(program));
  return path;
}
