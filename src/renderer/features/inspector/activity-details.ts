/**
 * Every field of an activity in planner words, with references (places, groups, people) resolved
 * to names. Pure, so the inspector stays a thin component and the wording is testable.
 */
import { ARRANGED_BY_LABELS } from '../../../shared/program/labels';
import { ACTIVITY_TYPE_LABELS, personName, STAFF_ROLE_LABELS } from '../../../shared/program/labels';
import type { Activity, Program, Staff, Venue } from '../../../shared/program/schema';
import { minutesBetween, type ZonedString } from '../../../shared/time';
import { wallMs } from '../../model/wall-time';
import { formatDay, formatDuration, formatLocalSpan } from '../../model/zone-format';
import { localTimeLabel } from './venue-options';

export interface DetailRow {
  label: string;
  value: string;
}

export interface AttendeeSummary {
  everyone: boolean;
  groups: { id: string; name: string; color: string; members: number }[];
  people: { id: string; name: string; detail: string }[];
}

export interface ActivityDetails {
  typeLabel: string;
  when: string;
  duration: string;
  rows: DetailRow[];
  attendees: AttendeeSummary;
}

/** The shared labels, under the names the renderer's modules import. */
export const TYPE_LABELS = ACTIVITY_TYPE_LABELS;

export { personName };

export function staffRoleLabel(role: Staff['role']): string {
  return STAFF_ROLE_LABELS[role];
}

function venueLine(venue: Venue | undefined, program: Program): string {
  if (!venue) return '—';
  const city = program.cities.find((c) => c.id === venue.cityId);
  const code = venue.code ? ` (${venue.code})` : '';
  return `${venue.name}${code}${city ? `, ${city.name}` : ''}`;
}

function venueRows(venue: Venue | undefined): DetailRow[] {
  if (!venue) return [];
  return [
    { label: 'Address', value: venue.address },
    { label: 'Directions', value: venue.directions },
    ...(venue.security ? [{ label: 'Security', value: venue.security }] : []),
    ...(venue.accessibility ? [{ label: 'Access', value: venue.accessibility }] : []),
    { label: 'Phone', value: venue.phone },
  ];
}

const MODE_LABELS: Record<'flight' | 'train' | 'ground', string> = { flight: 'Flight', train: 'Train', ground: 'Ground transport' };

/** "Tue Apr 30, 14:05 EDT · Washington": one end of an activity, local to its own place. */
function localEnd(value: ZonedString, venue: Venue | undefined, program: Program): string {
  const city = venue ? program.cities.find((c) => c.id === venue.cityId)?.name : undefined;
  return `${formatDay(wallMs(value))}, ${localTimeLabel(value, city ?? '')}`;
}

/** The two ends of a journey or a stay, each in its own place's zone; none while unscheduled. */
function endRows(activity: Activity, names: [string, string], startVenue: Venue | undefined, endVenue: Venue | undefined, program: Program): DetailRow[] {
  const timing = activity.timing;
  if (timing.kind !== 'scheduled') return [];
  return [
    { label: names[0], value: localEnd(timing.start, startVenue, program) },
    { label: names[1], value: localEnd(timing.end, endVenue, program) },
  ];
}

function placeRows(activity: Activity, program: Program): DetailRow[] {
  const venueOf = (id: string | null) => (id ? program.venues.find((v) => v.id === id) : undefined);
  switch (activity.type) {
    case 'travel': {
      const origin = venueOf(activity.originVenueId);
      const destination = venueOf(activity.destinationVenueId);
      return [
        { label: 'Mode', value: MODE_LABELS[activity.mode] },
        { label: 'Carrier and number', value: [activity.carrier, activity.number].filter(Boolean).join(' ') },
        { label: 'From', value: venueLine(origin, program) },
        { label: 'To', value: venueLine(destination, program) },
        ...endRows(activity, ['Departs', 'Arrives'], origin, destination, program),
        { label: 'Pick-up point', value: activity.pickupPoint },
      ];
    }
    case 'hotel-stay': {
      const hotel = venueOf(activity.hotelVenueId);
      return [{ label: 'Hotel', value: venueLine(hotel, program) }, ...endRows(activity, ['Check-in', 'Check-out'], hotel, hotel, program), ...venueRows(hotel)];
    }
    default: {
      const city = program.cities.find((c) => c.id === activity.cityId);
      const venue = venueOf(activity.venueId);
      const host = activity.host;
      return [
        { label: 'City', value: city ? `${city.name}${city.region ? `, ${city.region}` : ''} (${city.timeZone})` : activity.cityId },
        { label: 'Venue', value: venue ? venue.name : 'Not set' },
        ...venueRows(venue),
        { label: 'Host', value: host ? host.organization : 'None' },
        ...(host
          ? [
              { label: 'Host contact', value: host.contactName },
              { label: 'Host phone', value: host.phone },
              { label: 'Host email', value: host.email },
            ]
          : []),
        { label: 'Dress code', value: activity.dressCode },
        { label: 'Interpretation', value: activity.interpretation === 'none' ? 'None' : activity.interpretation },
        { label: 'Meals provided', value: activity.mealsProvided.join(', ') || 'None' },
        ...(activity.arrangement
          ? [
              {
                label: 'Arranging',
                value: [
                  ARRANGED_BY_LABELS[activity.arrangement.arrangedBy],
                  activity.arrangement.askedOn ? `asked ${activity.arrangement.askedOn}` : '',
                  activity.arrangement.lastContactOn ? `last contact ${activity.arrangement.lastContactOn}` : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
              },
              ...(activity.arrangement.note ? [{ label: 'Arranging note', value: activity.arrangement.note }] : []),
            ]
          : []),
      ];
    }
  }
}

function attendeeSummary(activity: Activity, program: Program): AttendeeSummary {
  const a = activity.attendees;
  const groups = a.groupIds.map((id) => {
    const group = program.groups.find((g) => g.id === id);
    return group
      ? { id, name: group.name, color: group.color, members: group.participantIds.length + group.staffIds.length }
      : { id, name: `Unknown group ${id}`, color: '#999999', members: 0 };
  });
  const people = [
    ...a.participantIds.map((id) => {
      const p = program.participants.find((x) => x.id === id);
      return { id, name: p ? personName(p) : `Unknown participant ${id}`, detail: p ? p.country : '' };
    }),
    ...a.staffIds.map((id) => {
      const s = program.staff.find((x) => x.id === id);
      return { id, name: s ? personName(s) : `Unknown staff member ${id}`, detail: s ? staffRoleLabel(s.role) : '' };
    }),
  ];
  return { everyone: a.everyone, groups, people };
}

/** The inspector's view of one activity. */
export function activityDetails(activity: Activity, program: Program): ActivityDetails {
  const timing = activity.timing;
  const scheduled = timing.kind === 'scheduled';
  return {
    typeLabel: TYPE_LABELS[activity.type],
    when: scheduled ? formatLocalSpan(timing.start, timing.end) : 'Not scheduled yet',
    duration: formatDuration(scheduled ? minutesBetween(timing.start, timing.end) : timing.durationMinutes),
    // Empty fields stay visible (as a dash) so the planner sees what is still missing.
    rows: placeRows(activity, program).map((row) => ({ ...row, value: row.value.trim() || '—' })),
    attendees: attendeeSummary(activity, program),
  };
}
