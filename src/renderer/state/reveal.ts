/** What "show this problem" changes in the view: the selection, the lens, and the calendar's date. */
import type { Problem } from '../../shared/conflicts';
import type { Program } from '../../shared/program/schema';
import type { AppState } from './store-types';
import { activitiesOfLens, NO_FILTERS } from '../model/lens';

/**
 * Selects the problem's first activity and asks the calendar for its date (the problem's day when it
 * names no activity, like a night without a hotel), an hour before it starts so what leads up to it
 * shows too. A lens that would hide the activity is lifted. View state only: history is untouched.
 */
export function revealPatch(program: Program, problem: Problem, view: Pick<AppState, 'selection' | 'lens' | 'filters'>, seq: number): Partial<AppState> {
  const activity = problem.activityIds.length ? program.activities.find((a) => a.id === problem.activityIds[0]) : undefined;
  const timing = activity?.timing;
  const scheduled = timing?.kind === 'scheduled' ? timing : null;
  const date = scheduled ? scheduled.start.slice(0, 10) : problem.day;
  // Hotel stays sit in the all-day row: no time to scroll to.
  const hour = scheduled && activity?.type !== 'hotel-stay' ? Math.max(0, Number(scheduled.start.slice(11, 13)) - 1) : null;
  const time = hour === null ? null : `${String(hour).padStart(2, '0')}:00:00`;
  const shown = (lens: AppState['lens'], filters: AppState['filters']) => !activity || activitiesOfLens([activity], program, lens, filters).length > 0;
  const filters = shown(null, view.filters) ? view.filters : NO_FILTERS;
  const lens = shown(view.lens, filters) ? view.lens : null;
  return { selection: activity ? [activity.id] : view.selection, lens, filters, reveal: { seq, date, time } };
}
