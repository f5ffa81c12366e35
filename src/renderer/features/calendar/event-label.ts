/**
 * What a screen reader says for a calendar block: its day and local time with the zone, title,
 * place, who attends and its status, e.g. "Tue, May 7, 09:00–10:00 EDT: Port authority briefing,
 * at Port Tampa Bay, Maritime Security, tentative". Sighted planners read the same from the
 * block's position, color and styling.
 */
import type { Activity } from '../../../shared/program/schema';
import { epochMs, zoneOf } from '../../../shared/time';
import { dayText, wallRangeText, type HourCycle } from '../../model/clock-format';
import { zoneAbbreviation } from '../../model/zone-format';
import { dateOfMs } from '../../model/wall-time';
import { travelTimesText, type EventMeta, type ProjectedEvent } from './projection';

/**
 * The words a screen reader needs that a block does not show: its day, its zone, and who attends
 * and its status (with the place when the block is too short to show it). Blocks render these as
 * visually hidden text around what they show, so the spoken name always contains the visible one.
 */
export function eventSpeech(event: ProjectedEvent, activity: Activity | undefined, attendees: string, short: boolean): { day: string; zone: string; after: string } {
  const meta = event.input.extendedProps as EventMeta;
  const timing = activity?.timing;
  const zone = !meta.travelTimes && timing?.kind === 'scheduled' ? zoneAbbreviation(zoneOf(timing.start), epochMs(timing.start)) : '';
  const after = [short && meta.place && meta.place !== meta.label ? `at ${meta.place}` : '', attendees, meta.status !== 'confirmed' ? meta.status : ''].filter(Boolean);
  return { day: dayText(dateOfMs(event.startMs)), zone, after: after.length ? `, ${after.join(', ')}` : '' };
}

export function eventLabel(event: ProjectedEvent, activity: Activity | undefined, cycle: HourCycle, attendees?: string): string {
  const meta = event.input.extendedProps as EventMeta;
  const day = dayText(dateOfMs(event.startMs));
  let when: string;
  if (meta.kind === 'hotel') when = `${day} to ${dayText(dateOfMs(event.endMs - 1))}, hotel`;
  else if (meta.travelTimes) when = `${day}, ${travelTimesText(meta.travelTimes, cycle)}`;
  else {
    const timing = activity?.timing;
    const zone = timing?.kind === 'scheduled' ? ` ${zoneAbbreviation(zoneOf(timing.start), epochMs(timing.start))}` : '';
    when = `${day}, ${wallRangeText(event.startMs, event.endMs, cycle)}${zone}`;
  }
  const parts = [`${when}: ${meta.label}`];
  if (meta.place && meta.place !== meta.label) parts.push(`at ${meta.place}`);
  if (attendees) parts.push(attendees);
  if (meta.status !== 'confirmed') parts.push(meta.status);
  return parts.join(', ');
}
