/** The Groups view's layout: lanes per group, blocks across lanes when alone, side by side when not, and what a lane change means. */
import { describe, expect, it } from 'vitest';
import { placeActivity } from '../../../../../src/shared/program/factory';
import type { Activity, Group } from '../../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../../src/shared/time';
import { buildIndex, projectedInRange, ProjectionCache } from '../../../../../src/renderer/features/calendar/event-index';
import { laneAt, laneChange, layoutDay, OTHERS_LANE, snapMinutes } from '../../../../../src/renderer/features/calendar/lanes';
import { DAY_MS, dateMs } from '../../../../../src/renderer/model/wall-time';

const NY = 'America/New_York';
const PHX = 'America/Phoenix';
const groups: Group[] = [
  { id: 'ga', name: 'Maritime', color: '#1f6feb', participantIds: ['p1'], staffIds: ['s1'] },
  { id: 'gb', name: 'Border', color: '#d4540f', participantIds: ['p2'], staffIds: [] },
  { id: 'gc', name: 'Cyber', color: '#2a9d3f', participantIds: ['p3'], staffIds: [] },
];
const cities = [
  { id: 'dc', name: 'Washington', region: 'DC', country: 'US', timeZone: NY },
  { id: 'phx', name: 'Phoenix', region: 'AZ', country: 'US', timeZone: PHX },
];
const who = (over: Partial<Activity['attendees']>) => ({ everyone: false, groupIds: [], participantIds: [], staffIds: [], ...over });
const at = (id: string, attendees: Activity['attendees'], start: string, end: string, zone = NY) =>
  placeActivity({ id, title: id, cityId: zone === NY ? 'dc' : 'phx', attendees, timing: { kind: 'scheduled', start: zonedFromLocal(start, zone), end: zonedFromLocal(end, zone) } });

function layout(activities: Activity[], shown = groups) {
  const index = buildIndex({ activities, groups, participants: [], venues: [], cities }, new ProjectionCache());
  const day = dateMs('2024-05-06');
  const byId = new Map(activities.map((a) => [a.id, a]));
  return layoutDay(day, shown, groups, projectedInRange(index, day, day + DAY_MS), (id) => byId.get(id));
}

describe('Groups view layout', () => {
  it('draws everyone’s activity once across all lanes, and a group’s in its own lane', () => {
    const l = layout([at('plenary', who({ everyone: true }), '2024-05-06T09:00', '2024-05-06T10:00'), at('border', who({ groupIds: ['gb'] }), '2024-05-06T11:00', '2024-05-06T12:00')]);
    expect(l.lanes.map((x) => x.id)).toEqual(['ga', 'gb', 'gc']);
    expect(l.blocks.map((b) => [b.id, b.lane, b.span, b.column, b.columns, b.startMin, b.endMin])).toEqual([
      ['plenary', 0, 3, 0, 1, 540, 600],
      ['border', 1, 1, 0, 1, 660, 720],
    ]);
  });

  it('splits a shared block where a lane is busy at its time, and puts overlapping blocks side by side', () => {
    const l = layout([
      at('plenary', who({ everyone: true }), '2024-05-06T09:00', '2024-05-06T11:00'),
      at('cyber-call', who({ groupIds: ['gc'] }), '2024-05-06T10:00', '2024-05-06T10:30'),
    ]);
    const blocks = l.blocks.map((b) => [b.id, b.lane, b.span, b.column, b.columns]);
    expect(blocks).toContainEqual(['plenary', 0, 2, 0, 1]);
    expect(blocks).toContainEqual(['plenary', 2, 1, 0, 2]);
    expect(blocks).toContainEqual(['cyber-call', 2, 1, 1, 2]);
  });

  it('puts a person’s own activity in their group’s lane, and people of no shown group in Others', () => {
    const l = layout([at('p2-visit', who({ participantIds: ['p2'] }), '2024-05-06T09:00', '2024-05-06T10:00'), at('loner', who({ participantIds: ['p9'] }), '2024-05-06T09:00', '2024-05-06T10:00')]);
    expect(l.lanes.map((x) => x.id)).toEqual(['ga', 'gb', 'gc', OTHERS_LANE]);
    expect(Object.fromEntries(l.blocks.map((b) => [b.id, b.lane]))).toEqual({ loner: 3, 'p2-visit': 1 });
  });

  it('keeps each block at its own place’s wall time and clips a block that runs past midnight', () => {
    const l = layout([at('phx', who({ groupIds: ['gb'] }), '2024-05-06T09:00', '2024-05-06T10:00', PHX), at('late', who({ groupIds: ['ga'] }), '2024-05-06T23:00', '2024-05-07T01:00')]);
    const phx = l.blocks.find((b) => b.id === 'phx');
    const late = l.blocks.find((b) => b.id === 'late');
    expect([phx?.startMin, phx?.endMin]).toEqual([540, 600]);
    expect([late?.startMin, late?.endMin, late?.clippedEnd]).toEqual([1380, 1440, true]);
  });

  it('shows only the lens’s groups', () => {
    const l = layout([at('plenary', who({ everyone: true }), '2024-05-06T09:00', '2024-05-06T10:00')], [groups[1] as Group]);
    expect(l.lanes.map((x) => x.id)).toEqual(['gb']);
    expect(l.blocks.map((b) => [b.lane, b.span])).toEqual([[0, 1]]);
  });
});

describe('lane changes and pointer arithmetic', () => {
  const lanes = groups.map((g) => ({ id: g.id, name: g.name, color: g.color }));
  it('gives a group’s own activity to another group; everyone’s and a person’s own only move in time', () => {
    const own = at('x', who({ groupIds: ['ga'] }), '2024-05-06T09:00', '2024-05-06T10:00');
    expect(laneChange(own, lanes[0]!, lanes[1]!)).toEqual({ groupIds: ['gb'] });
    expect(laneChange(own, lanes[0]!, lanes[0]!)).toBeNull();
    expect(laneChange(at('y', who({ everyone: true }), '2024-05-06T09:00', '2024-05-06T10:00'), lanes[0]!, lanes[1]!)).toBeNull();
    expect(laneChange(at('z', who({ participantIds: ['p1'] }), '2024-05-06T09:00', '2024-05-06T10:00'), lanes[0]!, lanes[1]!)).toBeNull();
    // Already attended by the target group: nothing to give.
    expect(laneChange(at('w', who({ groupIds: ['ga', 'gb'] }), '2024-05-06T09:00', '2024-05-06T10:00'), lanes[0]!, lanes[1]!)).toBeNull();
  });

  it('finds the lane under the pointer and snaps to 15 minutes within the day', () => {
    expect([laneAt(0, 300, 3), laneAt(150, 300, 3), laneAt(299, 300, 3), laneAt(-5, 300, 3), laneAt(400, 300, 3)]).toEqual([0, 1, 2, 0, 2]);
    expect([snapMinutes(67), snapMinutes(-20), snapMinutes(2000)]).toEqual([60, 0, 1440]);
  });
});
