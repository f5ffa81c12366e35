/**
 * holiday-or-weekend (info): an appointment (meeting or site visit) whose local start date
 * is a Saturday, a Sunday or a U.S. federal holiday (observed dates included): hosts' offices are
 * usually closed. Briefings, cultural visits, meals and free time on weekends are normal and not flagged.
 */
import { formatRange, quote, weekday } from '../format';
import { federalHoliday } from '../holidays';
import { APPOINTMENT_TYPES } from './local-day';
import { activityFinding, type ActivityRule } from './rule';

export const holidayOrWeekend: ActivityRule = {
  id: 'holiday-or-weekend',
  severity: 'info',
  title: 'An appointment on a weekend or federal holiday',
  scope: 'activity',
  check(ctx, record, out) {
    const e = record.entry;
    if (!e || !APPOINTMENT_TYPES.has(e.activity.type)) return;
    const day = e.start.slice(0, 10);
    const holiday = federalHoliday(day);
    const dow = weekday(day);
    if (!holiday && dow !== 0 && dow !== 6) return;
    const when = holiday ? `${holiday}, a federal holiday` : dow === 6 ? 'a Saturday' : 'a Sunday';
    out.push(activityFinding('holiday-or-weekend', record, day, () => `${quote(e.title)} (${formatRange(e.start, e.end)}) is on ${when}; check that the host is open.`));
  },
};
