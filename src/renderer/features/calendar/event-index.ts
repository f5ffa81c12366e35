/**
 * The program's events sorted by wall start, so the visible week is a binary search plus a short
 * scan rather than a pass over every activity (docs/performance.md: give the calendar only the visible
 * range). Projections are cached per activity object: commands share every untouched activity, so
 * after an edit only the changed activity is projected again.
 */
import type { EventInput } from '@fullcalendar/react';
import type { Activity, Program } from '../../../shared/program/schema';
import { partitionPoint } from '../../../shared/sorted';
import { projectActivity, projectionContext, type ProjectedEvent, type ProjectionContext } from './projection';

export interface EventIndex {
  /** Sorted by startMs. */
  events: readonly ProjectedEvent[];
  /** The longest event, so a range query knows how far back an overlapping event can start. */
  maxDurationMs: number;
  scheduledCount: number;
}

type Lookups = Pick<Program, 'groups' | 'participants' | 'venues' | 'cities'>;

/** Remembers projections while the program's groups and places stay the same objects. */
export class ProjectionCache {
  private lookups: Lookups | null = null;
  private displayZone: string | null = null;
  private context: ProjectionContext | null = null;
  private byActivity = new WeakMap<Activity, ProjectedEvent | null>();

  contextFor(program: Lookups, displayZone: string | null = null): ProjectionContext {
    const l = this.lookups;
    if (
      !this.context ||
      !l ||
      l.groups !== program.groups ||
      l.participants !== program.participants ||
      l.venues !== program.venues ||
      l.cities !== program.cities ||
      this.displayZone !== displayZone
    ) {
      this.lookups = { groups: program.groups, participants: program.participants, venues: program.venues, cities: program.cities };
      this.displayZone = displayZone;
      this.context = projectionContext(program, displayZone);
      this.byActivity = new WeakMap();
    }
    return this.context;
  }

  project(activity: Activity, context: ProjectionContext): ProjectedEvent | null {
    let projected = this.byActivity.get(activity);
    if (projected === undefined) {
      projected = projectActivity(activity, context);
      this.byActivity.set(activity, projected);
    }
    return projected;
  }
}

export function buildIndex(program: Lookups & { activities: readonly Activity[] }, cache: ProjectionCache, displayZone: string | null = null): EventIndex {
  const context = cache.contextFor(program, displayZone);
  const events: ProjectedEvent[] = [];
  let maxDurationMs = 0;
  for (const activity of program.activities) {
    const projected = cache.project(activity, context);
    if (!projected) continue;
    events.push(projected);
    maxDurationMs = Math.max(maxDurationMs, projected.endMs - projected.startMs);
  }
  events.sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : 1));
  return { events, maxDurationMs, scheduledCount: events.length };
}

/** The first index whose startMs is >= ms. */
export function lowerBound(events: readonly ProjectedEvent[], ms: number): number {
  return partitionPoint(events, (e) => e.startMs < ms);
}

/** The events overlapping [startMs, endMs), in start order. */
export function eventsInRange(index: EventIndex, startMs: number, endMs: number): EventInput[] {
  const out: EventInput[] = [];
  for (let i = lowerBound(index.events, startMs - index.maxDurationMs); i < index.events.length; i++) {
    const event = index.events[i] as ProjectedEvent;
    if (event.startMs >= endMs) break;
    if (event.endMs > startMs) out.push(event.input);
  }
  return out;
}

/**
 * The visible events, as the same array for as long as its contents are the same objects: an edit
 * outside the visible week, or a lens that hides nothing here, leaves FullCalendar's input untouched.
 */
export class VisibleEvents {
  private last: readonly EventInput[] = [];

  select(index: EventIndex, startMs: number, endMs: number): readonly EventInput[] {
    const next = eventsInRange(index, startMs, endMs);
    const last = this.last;
    if (last.length !== next.length || next.some((event, i) => event !== last[i])) this.last = next;
    return this.last;
  }
}
