/** What "show this problem" changes in the view: the selection, the lens, and the calendar's date. */
import type { Problem } from '../../../shared/conflicts';
import type { Program } from '../../../shared/program/schema';
import type { AppState } from '../../state/store-types';
import { concernsGroup } from '../calendar/lens';

/**
 * Selects the problem's first activity and asks the calendar for its date (the problem's day when it
 * names no activity, like a night without a hotel), an hour before it starts so what leads up to it
 * shows too. A lens that would hide the activity is lifted. View state only: history is untouched.
 */
export function revealPatch(program: Program, problem: Problem, view: Pick<AppState, 'selection' | 'lensGroupId'>, seq: number): Partial<AppState> {
  const activity = problem.activityIds.length ? program.activities.find((a) => a.id === problem.activityIds[0]) : undefined;
  const timing = activity?.timing;
  const scheduled = timing?.kind === 'scheduled' ? timing : null;
  const date = scheduled ? scheduled.start.slice(0, 10) : problem.day;
  // Hotel stays sit in the all-day row: no time to scroll to.
  const hour = scheduled && activity?.type !== 'hotel-stay' ? Math.max(0, Number(scheduled.start.slice(11, 13)) - 1) : null;
  const time = hour === null ? null : `${String(hour).padStart(2, '0')}:00:00`;
  const group = view.lensGroupId ? program.groups.find((g) => g.id === view.lensGroupId) : undefined;
  const lensGroupId = activity && group && !concernsGroup(activity, group) ? null : view.lensGroupId;
  return { selection: activity?.id ?? view.selection, lensGroupId, reveal: { seq, date, time } };
}
