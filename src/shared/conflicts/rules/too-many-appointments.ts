/**
 * too-many-appointments (warning): a group attends more than `maxAppointmentsPerDay` appointments
 * (meetings and site visits; not briefings, meals, cultural or conference sessions) that start on
 * one local date. Only activities the group attends as a group count. Groups with the same
 * appointments that day merge into one problem.
 */
import { dateOfDay, formatDate, formatTime, listNames, quote } from '../format';
import { findingKey } from '../findings';
import { APPOINTMENT_TYPES, onLocalDay } from './local-day';
import type { GroupDayRule } from './rule';

export const tooManyAppointments: GroupDayRule = {
  id: 'too-many-appointments',
  severity: 'warning',
  title: 'Too many appointments in a day',
  scope: 'group-day',
  check(ctx, group, day, out) {
    const max = ctx.maxAppointmentsPerDay;
    const list = onLocalDay(group.tl.items, day).filter((e) => APPOINTMENT_TYPES.has(e.activity.type));
    if (list.length <= max) return;
    const date = dateOfDay(day);
    const ids = list.map((e) => e.id);
    out.push({
      ruleId: 'too-many-appointments',
      key: findingKey('too-many-appointments', date, ids),
      day: date,
      activityIds: ids,
      personIds: [...group.members],
      groupIds: [group.id],
      personScoped: false,
      sig: `${list.map((e) => e.rev).join(',')},${group.rev}`,
      render: (who) => {
        const names = `${who.groups.length === 1 ? 'Group' : 'Groups'} ${listNames(who.groups, 8)}`;
        const items = list.map((e) => `${quote(e.title)} ${formatTime(e.start)}`).join(', ');
        return `${names} ${who.groups.length === 1 ? 'has' : 'have'} ${list.length} appointments on ${formatDate(date)} (the limit is ${max}): ${items}.`;
      },
    });
  },
};
