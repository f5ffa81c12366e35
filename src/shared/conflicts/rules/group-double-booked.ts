/**
 * group-double-booked (error): a group attends two overlapping activities as a group (the group is
 * listed, or the activity is for everyone). Same overlap semantics as person-double-booked. Groups
 * double-booked by the same pair merge into one problem.
 */
import { findingKey } from '../findings';
import { listNames } from '../format';
import { overlapsOnDay } from './overlap';
import { bookedInBoth } from './person-double-booked';
import type { GroupDayRule } from './rule';

export const groupDoubleBooked: GroupDayRule = {
  id: 'group-double-booked',
  severity: 'error',
  title: 'A group is in two activities at once',
  scope: 'group-day',
  check(ctx, group, day, out) {
    overlapsOnDay(group.tl, day, (a, b) => {
      out.push({
        ruleId: 'group-double-booked',
        key: findingKey('group-double-booked', b.start.slice(0, 10), [a.id, b.id]),
        day: b.start.slice(0, 10),
        activityIds: [a.id, b.id],
        personIds: [...group.members],
        groupIds: [group.id],
        personScoped: false,
        sig: `${a.rev},${b.rev},${group.rev}`,
        render: (who) => `${who.groups.length === 1 ? 'Group' : 'Groups'} ${listNames(who.groups, 8)} ${who.groups.length === 1 ? 'is' : 'are'} ${bookedInBoth(a, b)}.`,
      });
    });
  },
};
