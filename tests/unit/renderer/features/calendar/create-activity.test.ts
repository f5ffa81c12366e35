import { describe, expect, it } from 'vitest';
import { activitySchema, type Program } from '../../../../../src/shared/program/schema';
import { emptyProgram, placeActivity } from '../../../../../src/shared/program/factory';
import { activityFromSelection, defaultCity, newActivityId } from '../../../../../src/renderer/features/calendar/create-activity';

const city = (id: string, timeZone: string) => ({ id, name: id, region: '', country: 'US', timeZone });
const program: Program = {
  ...emptyProgram({ id: 'p', title: 'P', startDate: '2026-05-04', endDate: '2026-05-10', homeTimeZone: 'America/New_York' }),
  cities: [city('dc', 'America/New_York'), city('phx', 'America/Phoenix')],
  venues: [{ id: 'v-phx', name: 'City Hall', cityId: 'phx', kind: 'venue', address: '' } as Program['venues'][number]],
  activities: [
    placeActivity({
      id: 'a1',
      title: 'Visit',
      cityId: 'phx',
      timing: { kind: 'scheduled', start: '2026-05-06T09:00:00-07:00[America/Phoenix]', end: '2026-05-06T10:00:00-07:00[America/Phoenix]' },
    }),
  ],
};
const request = { start: '2026-05-06T14:00:00', end: '2026-05-06T15:00:00', type: 'meeting' as const, title: ' Talk ' };

describe('activityFromSelection', () => {
  it('uses the city of the day, its zone and its venue; everyone attends without a lens', () => {
    const outcome = activityFromSelection(program, null, request, 'new', null);
    if (!outcome.ok || outcome.activity.type !== 'meeting') throw new Error('expected a meeting');
    expect(activitySchema.parse(outcome.activity)).toEqual(outcome.activity);
    expect(outcome.activity).toMatchObject({ title: 'Talk', cityId: 'phx', venueId: 'v-phx', attendees: { everyone: true } });
    expect(outcome.activity.timing).toEqual({
      kind: 'scheduled',
      start: '2026-05-06T14:00:00-07:00[America/Phoenix]',
      end: '2026-05-06T15:00:00-07:00[America/Phoenix]',
    });
  });

  it('takes the group of a group lens and the city of a city lens; falls back to the first city', () => {
    const grouped = activityFromSelection(program, { kind: 'group', id: 'g1' }, request, 'new', null);
    expect(grouped.ok && grouped.activity.attendees).toEqual({ everyone: false, groupIds: ['g1'], participantIds: [], staffIds: [] });
    expect(defaultCity(program, { kind: 'city', id: 'dc' }, '2026-05-06')).toBe('dc');
    expect(defaultCity(program, null, '2026-05-07')).toBe('dc');
  });

  it('reads the wall time in home time when the calendar shows it', () => {
    const outcome = activityFromSelection(program, null, request, 'new', 'America/New_York');
    expect(outcome.ok && outcome.activity.timing.kind === 'scheduled' && outcome.activity.timing.start).toBe('2026-05-06T11:00:00-07:00[America/Phoenix]');
  });

  it('refuses an empty title, and new ids are unused', () => {
    expect(activityFromSelection(program, null, { ...request, title: ' ' }, 'new', null).ok).toBe(false);
    expect(newActivityId(program)).toMatch(/^act-[0-9a-f]{10}$/);
  });
});
