/**
 * Where each group is, day by day, on the TMSSW sample: the cities of the group's own and
 * everyone's activities, flights and hotel nights, in order, with connections shown.
 */
import { describe, expect, it } from 'vitest';
import { groupWhereabouts } from '../../../../src/shared/program/whereabouts';
import { buildTmssw2024Sample } from '../../../../src/cli/sample/index';

const sample = buildTmssw2024Sample();
const days = (groupId: string, program = sample) => groupWhereabouts(program, groupId, program.startDate, program.endDate);

describe('groupWhereabouts', () => {
  it('follows a group through the plenary, its flight to Phoenix, the drive to Tucson and a connection through Dallas to New York', () => {
    const border = days('g-border');
    expect(border.get('2024-04-30')).toEqual(['washington']);
    expect(border.get('2024-05-04')).toEqual(['washington', 'phoenix']);
    expect(border.get('2024-05-06')).toEqual(['phoenix']);
    expect(border.get('2024-05-08')).toEqual(['phoenix', 'tucson']);
    // A hotel night with nothing else scheduled still places the group.
    expect(border.get('2024-05-11')).toEqual(['tucson']);
    expect(border.get('2024-05-13')).toEqual(['tucson', 'dallas', 'new-york']);
  });

  it('shows a day trip out and back as both legs', () => {
    expect(days('g-maritime').get('2024-05-07')).toEqual(['st-petersburg', 'tampa', 'st-petersburg']);
  });

  it('ignores cancelled activities and one member’s individual activities', () => {
    const meeting = sample.activities.find((a) => a.type === 'meeting' && a.attendees.groupIds.includes('g-border') && a.timing.kind === 'scheduled' && a.timing.start.startsWith('2024-05-06'));
    if (!meeting || meeting.type !== 'meeting') throw new Error('the sample has no Border meeting on May 6');
    const onMay6With = (extra: typeof meeting) => days('g-border', { ...sample, activities: [...sample.activities, extra] }).get('2024-05-06');
    const inSeattle = { ...meeting, id: 'x', cityId: 'seattle', venueId: null };
    // The rest of the day is back in Phoenix (the conflict checker flags the impossible hop).
    expect(onMay6With(inSeattle)).toEqual(['phoenix', 'seattle', 'phoenix']);
    expect(onMay6With({ ...inSeattle, status: 'cancelled' })).toEqual(['phoenix']);
    const member = sample.groups.find((g) => g.id === 'g-border')?.participantIds[0] as string;
    expect(onMay6With({ ...inSeattle, attendees: { everyone: false, groupIds: [], participantIds: [member], staffIds: [] } })).toEqual(['phoenix']);
  });

  it('leaves out dates outside the asked range', () => {
    const one = groupWhereabouts(sample, 'g-cyber', '2024-05-06', '2024-05-06');
    expect([...one.keys()]).toEqual(['2024-05-06']);
  });
});
