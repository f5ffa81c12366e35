/**
 * Activity -> calendar event. Place activities sit at their place's wall times. A flight starts at
 * the origin's local departure; it ends at the destination's local arrival when that wall time is
 * later, otherwise (westbound hops where the clock goes back) the block is sized by the exact
 * duration so it never collapses or runs backwards. Hotel stays go in the all-day row, check-in
 * day through check-out day, not as multi-day blocks across the grid.
 */
import type { EventInput } from '@fullcalendar/react';
import type { Activity, City, Group, Program, Venue } from '../../../shared/program/schema';
import { epochMs, inZone, zoneOf, type ZonedString } from '../../../shared/time';
import { zoneAbbreviation } from '../../model/zone-format';
import { zonedClockText, type HourCycle } from '../../model/clock-format';
import { DAY_MS, dateMs, dateOfMs, wallMs } from '../../model/wall-time';

export type EventKind = 'place' | 'travel' | 'hotel';

/** What the calendar's render hooks and edit handlers need, carried on each event. */
export interface EventMeta {
  kind: EventKind;
  /** The activity's own title (the event title of a flight also carries its times). */
  label: string;
  status: Activity['status'];
  /** Venue or city line under the title. */
  place: string;
  /** For flights, both local ends with their zones (travelTimesText writes "09:00 MST → 16:30 EDT"); FullCalendar's own time text knows no zones. */
  travelTimes: TravelEnds | null;
  isFlight: boolean;
  /** The zones of the place at the start and at the end (differ for a flight across zones); day-zones.ts labels days with them. */
  startZone: string;
  endZone: string;
  /** Named people only, no group or everyone: one traveler's own journey does not set a group's clock. */
  individual: boolean;
  /** A flight or hotel night to book again (a cloned program's). */
  rebook: boolean;
}

export interface TravelEnds {
  start: ZonedString;
  startZone: string;
  end: ZonedString;
  endZone: string;
}

/** "09:00 MST → 16:30 EDT" or "9:00 AM MST → 4:30 PM EDT": each end at its own place's clock. */
export function travelTimesText(ends: TravelEnds, cycle: HourCycle): string {
  return `${zonedClockText(ends.start, cycle)} ${ends.startZone} → ${zonedClockText(ends.end, cycle)} ${ends.endZone}`;
}

export interface ProjectedEvent {
  id: string;
  /** Wall-as-UTC span used to pick the events of the visible range. */
  startMs: number;
  endMs: number;
  input: EventInput;
}

/** The program's lookups an event needs: colors and place names. */
export interface ProjectionContext {
  groupColor: ReadonlyMap<string, string>;
  participantGroup: ReadonlyMap<string, string>;
  venues: ReadonlyMap<string, Venue>;
  cities: ReadonlyMap<string, City>;
  /** Show times in this zone (the program's home zone) instead of each place's wall time; null for local. */
  displayZone: string | null;
}

/** Everyone together, or attendees of no single group. */
export const NEUTRAL_COLOR = '#52606d';

export function projectionContext(program: Pick<Program, 'groups' | 'venues' | 'cities'>, displayZone: string | null = null): ProjectionContext {
  const participantGroup = new Map<string, string>();
  for (const group of program.groups) {
    for (const id of group.participantIds) if (!participantGroup.has(id)) participantGroup.set(id, group.id);
  }
  return {
    groupColor: new Map(program.groups.map((g: Group) => [g.id, g.color])),
    participantGroup,
    venues: new Map(program.venues.map((v) => [v.id, v])),
    cities: new Map(program.cities.map((c) => [c.id, c])),
    displayZone,
  };
}

/** The color an activity is drawn in: its group's, or neutral for plenary and mixed activities. */
export function activityColor(activity: Activity, context: ProjectionContext): string {
  const a = activity.attendees;
  if (a.everyone) return NEUTRAL_COLOR;
  const groupId = a.groupIds[0] ?? (a.participantIds[0] ? context.participantGroup.get(a.participantIds[0]) : undefined);
  const multipleGroups = a.groupIds.length > 1;
  return (!multipleGroups && groupId && context.groupColor.get(groupId)) || NEUTRAL_COLOR;
}

/**
 * Near-black or white, whichever has the higher WCAG contrast on a background color. (A fixed
 * luminance threshold of 0.4 put white on mid greens and oranges at about 3.4:1, under the 4.5:1
 * that axe asks of 11 px text.)
 */
export function contrastOn(color: string): string {
  const n = Number.parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // #111827 has a relative luminance of about 0.0116.
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / (0.0116 + 0.05);
  return onDark > onWhite ? '#111827' : '#ffffff';
}

function placeLine(activity: Activity, context: ProjectionContext): string {
  switch (activity.type) {
    case 'travel': {
      const from = context.venues.get(activity.originVenueId);
      const to = context.venues.get(activity.destinationVenueId);
      return `${from?.code || from?.name || '?'} → ${to?.code || to?.name || '?'}`;
    }
    case 'hotel-stay':
      return context.venues.get(activity.hotelVenueId)?.name ?? '';
    default: {
      const venue = activity.venueId ? context.venues.get(activity.venueId) : undefined;
      const city = context.cities.get(activity.cityId);
      return venue ? venue.name : (city?.name ?? '');
    }
  }
}

function isIndividual(activity: Activity): boolean {
  return !activity.attendees.everyone && activity.attendees.groupIds.length === 0;
}

/** The calendar event of an activity, or null when it has no time yet. */
export function projectActivity(activity: Activity, context: ProjectionContext): ProjectedEvent | null {
  const timing = activity.timing;
  if (timing.kind !== 'scheduled') return null;
  const color = activityColor(activity, context);
  const className = `ev-${activity.status}${(activity.type === 'travel' || activity.type === 'hotel-stay') && activity.rebook ? ' ev-rebook' : ''}`;
  const base = { id: activity.id, color, contrastColor: contrastOn(color), className };
  const place = placeLine(activity, context);

  if (activity.type === 'hotel-stay') {
    const startMs = dateMs(timing.start.slice(0, 10));
    // All-day ends are exclusive: include the check-out day, when the group is still at the hotel.
    const endMs = dateMs(timing.end.slice(0, 10)) + DAY_MS;
    const zone = zoneOf(timing.start);
    const meta: EventMeta = { kind: 'hotel', label: activity.title, status: activity.status, place, travelTimes: null, isFlight: false, startZone: zone, endZone: zone, individual: isIndividual(activity), rebook: activity.rebook };
    return {
      id: activity.id,
      startMs,
      endMs,
      input: { ...base, title: activity.title, start: dateOfMs(startMs), end: dateOfMs(endMs), allDay: true, extendedProps: meta },
    };
  }

  // In home time every instant is shown at the home zone's wall time; the flight line keeps the
  // places' own times, which is what the traveler's ticket says.
  const shown = (value: ZonedString) => (context.displayZone ? inZone(value, context.displayZone) : value);
  const startMs = wallMs(shown(timing.start));
  let endMs = wallMs(shown(timing.end));
  let travelTimes: TravelEnds | null = null;
  if (activity.type === 'travel') {
    if (endMs <= startMs) endMs = startMs + (epochMs(timing.end) - epochMs(timing.start));
    // Flights name both zones (the traveler's watch changes); a coach across town needs no zone.
    if (activity.mode === 'flight' || zoneOf(timing.start) !== zoneOf(timing.end)) {
      travelTimes = {
        start: timing.start,
        startZone: zoneAbbreviation(zoneOf(timing.start), epochMs(timing.start)),
        end: timing.end,
        endZone: zoneAbbreviation(zoneOf(timing.end), epochMs(timing.end)),
      };
    }
  }
  const meta: EventMeta = {
    kind: activity.type === 'travel' ? 'travel' : 'place',
    label: activity.title,
    status: activity.status,
    place,
    travelTimes,
    isFlight: activity.type === 'travel' && activity.mode === 'flight',
    startZone: zoneOf(timing.start),
    endZone: zoneOf(timing.end),
    individual: isIndividual(activity),
    rebook: activity.type === 'travel' && activity.rebook,
  };
  return {
    id: activity.id,
    startMs,
    endMs,
    input: {
      ...base,
      title: travelTimes ? `${activity.title} · ${travelTimesText(travelTimes, 'h23')}` : activity.title,
      start: startMs,
      end: endMs,
      allDay: false,
      // A flight's length is the carrier's schedule, not something to drag; it can still be moved.
      durationEditable: activity.type !== 'travel',
      extendedProps: meta,
    },
  };
}
