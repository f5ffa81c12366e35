/**
 * Which time zones a day's activities are in, for the labels above the week's columns. Every
 * event sits at its place's wall time, so a column's clock silently changes meaning when the group
 * flies west; the column says so ("EDT → MST") on the day it changes and wherever it differs from
 * the day before. Days in the same zones as the day before stay unlabelled: a label on every day
 * would be noise and hide the days that matter. The first day shown is labelled too.
 *
 * Computed from the lens's sorted index over the visible range plus the week before it (to know
 * the previous day), so it costs what the visible events cost, not the whole program.
 */
import { DAY_MS, dateMs, dateOfMs } from '../../model/wall-time';
import { lowerBound, type EventIndex } from './event-index';
import type { EventMeta, ProjectedEvent } from './projection';
import { zoneAbbreviation } from '../../model/zone-format';

export interface DayZones {
  /** Zone ids in the order the day passes through them (sequence) or first seen (set). */
  zones: readonly string[];
  /** "EDT → MST", "EDT · CDT · MST". */
  label: string;
  /** "Local times: America/New_York, then America/Phoenix". */
  title: string;
}

/**
 * 'sequence' for one traveler, group or city (the day is a journey: "MST → CDT → EDT");
 * 'set' for everyone, where several groups are in several zones at once.
 */
export type ZoneMode = 'sequence' | 'set';

interface Stop {
  ms: number;
  zone: string;
  /** Where a leg leaves from: counts only if the day was already there (see below). */
  departure?: true;
}

/**
 * Labels for the dates in [fromMs, toMs) (wall-as-UTC ms of midnights) whose zones differ from the
 * day before, and for the first of them that has activities. `ownLegs` counts the journeys of named
 * people (a participant's flight home to Tokyo): on for one person's lens, off for a group's or
 * everyone's, whose clock is the group's, not each member's way home.
 */
export function dayZoneLabels(index: EventIndex, fromMs: number, toMs: number, mode: ZoneMode, ownLegs = true): ReadonlyMap<string, DayZones> {
  const windowStart = fromMs - 7 * DAY_MS;
  const byDate = new Map<string, Stop[]>();
  const add = (ms: number, zone: string, departure = false) => {
    const date = dateOfMs(ms);
    const stop: Stop = departure ? { ms, zone, departure } : { ms, zone };
    const stops = byDate.get(date);
    if (stops) stops.push(stop);
    else byDate.set(date, [stop]);
  };
  for (let i = lowerBound(index.events, windowStart - index.maxDurationMs); i < index.events.length; i++) {
    const event = index.events[i] as ProjectedEvent;
    if (event.startMs >= toMs) break;
    if (event.endMs <= windowStart) continue;
    const meta = event.input.extendedProps as EventMeta;
    if (meta.kind === 'hotel') {
      // Nights at the hotel: evening of check-in, mornings after, through the check-out day.
      for (let day = event.startMs; day < event.endMs; day += DAY_MS) add(day === event.startMs ? day + DAY_MS - 1 : day, meta.startZone);
    } else if (meta.kind === 'travel') {
      if (meta.individual && !ownLegs) continue;
      add(event.startMs, meta.startZone, true);
      add(Math.max(event.startMs, event.endMs - 1), meta.endZone);
    } else add(event.startMs, meta.startZone);
  }

  const labels = new Map<string, DayZones>();
  let previous: readonly string[] = [];
  for (let day = windowStart; day < toMs; day += DAY_MS) {
    const date = dateOfMs(day);
    const stops = byDate.get(date);
    if (!stops) continue;
    const zones = zonesOf(stops, mode, previous);
    if (!zones.length) continue;
    // The first day shown is always labelled, so every week says which clock it runs on.
    if (day >= fromMs && (!sameZones(zones, previous) || labels.size === 0)) labels.set(date, labelOf(date, zones, mode));
    previous = zones;
  }
  return labels;
}

/**
 * The day's zones in order. A leg's departure counts only where the day already was (the zone the
 * day before ended in, or a stop earlier that day): a group's flight out of Washington makes its
 * day "EDT → MST", but a participant's flight in from Istanbul does not put the program on
 * Istanbul time.
 */
function zonesOf(stops: Stop[], mode: ZoneMode, before: readonly string[]): string[] {
  stops.sort((a, b) => a.ms - b.ms);
  const zones: string[] = [];
  for (const { zone, departure } of stops) {
    const here = mode === 'sequence' ? (zones.at(-1) ?? before.at(-1)) === zone : zones.includes(zone) || before.includes(zone);
    if (departure && !here) continue;
    if (mode === 'sequence' ? zones.at(-1) !== zone : !zones.includes(zone)) zones.push(zone);
  }
  return zones;
}

function sameZones(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

function labelOf(date: string, zones: readonly string[], mode: ZoneMode): DayZones {
  // Noon UTC is daytime in every U.S. zone and past the 02:00 DST switch: the day's abbreviation.
  const noon = dateMs(date) + DAY_MS / 2;
  const names = zones.map((zone) => zoneAbbreviation(zone, noon));
  return {
    zones,
    label: names.join(mode === 'sequence' ? ' → ' : ' · '),
    title: `Local times: ${zones.join(mode === 'sequence' ? ', then ' : ', ')}`,
  };
}

/** A string that is equal for label maps that say the same, so header options can keep their identity. */
export function labelsKeyOf(labels: ReadonlyMap<string, DayZones>): string {
  let key = '';
  for (const [date, zones] of labels) key += `${date}=${zones.label};`;
  return key;
}
