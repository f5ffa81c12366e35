/**
 * The zone labels above the week's columns, on the TMSSW sample: the Border group flies from
 * Washington (EDT) to Phoenix (MST, no daylight saving) and on through Dallas to New York.
 */
import { describe, expect, it } from 'vitest';
import { dayZoneLabels } from '../../../../../src/renderer/features/calendar/day-zones';
import { buildIndex, ProjectionCache } from '../../../../../src/renderer/features/calendar/event-index';
import { activitiesOfLens, type Lens } from '../../../../../src/renderer/model/lens';
import { dateMs, DAY_MS } from '../../../../../src/renderer/model/wall-time';
import { groupWhereabouts } from '../../../../../src/shared/program/whereabouts';
import { buildTmssw2024Sample } from '../../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const indexOf = (lens: Lens | null) => buildIndex({ ...sample, activities: activitiesOfLens(sample.activities, sample, lens) }, new ProjectionCache());
// The week as the calendar shows it: never past the program's last day.
const week = (lens: Lens | null, monday: string, mode: 'sequence' | 'set') => {
  const ownLegs = lens?.kind === 'participant' || lens?.kind === 'staff';
  const labels = dayZoneLabels(indexOf(lens), dateMs(monday), Math.min(dateMs(monday) + 7 * DAY_MS, dateMs(sample.endDate) + DAY_MS), mode, ownLegs);
  return Object.fromEntries([...labels].map(([date, z]) => [date, z.label]));
};
const border: Lens = { kind: 'group', id: 'g-border' };

describe('dayZoneLabels', () => {
  it('labels the first day, the flight day and the first day after it for a group; same-zone days stay quiet', () => {
    expect(week(border, '2024-04-29', 'sequence')).toEqual({
      '2024-04-29': 'EDT',
      '2024-05-04': 'EDT → MST',
      '2024-05-05': 'MST',
    });
  });

  it('labels the first day of a week even without a change, and a connection as a sequence', () => {
    expect(week(border, '2024-05-06', 'sequence')).toEqual({ '2024-05-06': 'MST' });
    expect(week(border, '2024-05-13', 'sequence')).toEqual({
      '2024-05-13': 'MST → CDT → EDT',
      '2024-05-14': 'EDT',
    });
  });

  it('lists the zones everyone is in as a set: those of the cities the groups are in', () => {
    const expected = new Set(
      sample.groups.flatMap((g) => groupWhereabouts(sample, g.id, '2024-05-06', '2024-05-06').get('2024-05-06') ?? []).map((id) => sample.cities.find((c) => c.id === id)?.timeZone),
    );
    const labels = dayZoneLabels(indexOf(null), dateMs('2024-05-06'), dateMs('2024-05-07'), 'set');
    expect(expected.size).toBeGreaterThan(1);
    expect(new Set(labels.get('2024-05-06')?.zones)).toEqual(expected);
  });

  it('names the zones in the title', () => {
    const labels = dayZoneLabels(indexOf(border), dateMs('2024-05-04'), dateMs('2024-05-05'), 'sequence');
    expect(labels.get('2024-05-04')?.title).toBe('Local times: America/New_York, then America/Phoenix');
  });
});

/** The sequence labels from `from` through `to` of an index holding only these sample activities. */
function labelsOf(ids: string[], from: string, to: string): Record<string, string> {
  const index = buildIndex({ ...sample, activities: sample.activities.filter((a) => ids.includes(a.id)) }, new ProjectionCache());
  return Object.fromEntries([...dayZoneLabels(index, dateMs(from), dateMs(to) + DAY_MS, 'sequence')].map(([d, z]) => [d, z.label]));
}

describe('a person’s own journeys', () => {
  it('set one traveler’s clock, never their group’s', () => {
    // Andre Campbell lands from Kingston through Miami; the flight home goes straight to Kingston.
    const campbell: Lens = { kind: 'participant', id: 'p-jm-campbell' };
    expect(week(campbell, '2024-04-29', 'sequence')['2024-04-29']).toBe('EDT');
    expect(week(campbell, '2024-05-13', 'sequence')['2024-05-17']).toBe('EDT → EST');
    expect(week(border, '2024-05-13', 'sequence')['2024-05-17']).toBeUndefined();
  });
});

describe('legs and where the day was', () => {
  it('a flight out of where the day was shows both zones, even with nothing else that day', () => {
    // A Washington activity on Friday, then only the Border group's flight to Phoenix on Saturday.
    const friday = sample.activities.find((a) => a.attendees.everyone && a.timing.kind === 'scheduled' && a.timing.start.startsWith('2024-05-03') && a.type !== 'hotel-stay');
    if (!friday) throw new Error('the sample has nothing for everyone on May 3');
    expect(labelsOf([friday.id, 'a-bor-002'], '2024-05-03', '2024-05-04')).toEqual({ '2024-05-03': 'EDT', '2024-05-04': 'EDT → MST' });
  });

  it('a flight in from abroad does not put the day on the zone it left', () => {
    // A participant's flight from Istanbul lands in Washington on Tuesday, after a Washington Monday.
    expect(labelsOf(['a-dc-002', 'a-dc-006'], '2024-04-29', '2024-04-30')).toEqual({ '2024-04-29': 'EDT' });
  });
});
