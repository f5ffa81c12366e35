/**
 * Edits and lists of arranging: an appointment's status and arranging record, the host on record,
 * a booking to make again, and the "needs action" to-do. Pure: each edit is one command with an
 * exact inverse (shared/commands), checked here so nothing invalid is sent.
 */
import type { Command } from '../../shared/commands/types';
import { newArrangement } from '../../shared/program/factory';
import { ARRANGED_BY_LABELS, STATUS_LABELS } from '../../shared/program/labels';
import type { Activity, ActivityStatus, Arrangement, PlaceActivity, Program } from '../../shared/program/schema';
import { needsAction } from '../../shared/program/status';
import { epochMs, isPlainDate } from '../../shared/time';

export type Outcome = { ok: true; command: Command } | { ok: false; error: string };

/** Moves an activity to another status. */
export function statusCommand(activity: Activity, status: ActivityStatus): Command | null {
  return status === activity.status ? null : { type: 'activity/set-status', id: activity.id, status };
}

export type ArrangementField = 'arrangedBy' | 'askedOn' | 'lastContactOn' | 'note';

/** One arranging field changed (a date as YYYY-MM-DD or empty), as the whole new record. */
export function arrangementCommand(activity: PlaceActivity, field: ArrangementField, raw: string): Outcome {
  const current = activity.arrangement ?? newArrangement();
  let next: Arrangement;
  switch (field) {
    case 'arrangedBy':
      if (raw !== 'program-officer' && raw !== 'local-partner') return { ok: false, error: 'Choose who arranges it' };
      next = { ...current, arrangedBy: raw };
      break;
    case 'askedOn':
    case 'lastContactOn': {
      const value = raw.trim();
      if (value !== '' && !isPlainDate(value)) return { ok: false, error: 'Enter a date as YYYY-MM-DD' };
      next = { ...current, [field]: value === '' ? null : value };
      break;
    }
    case 'note':
      if (raw.length > 2000) return { ok: false, error: 'Keep the note under 2,000 characters' };
      next = { ...current, note: raw };
      break;
  }
  return { ok: true, command: { type: 'activity/set-arrangement', id: activity.id, arrangement: next } };
}

/** The host family confirmed (or no longer confirms) a guest's dietary needs. */
export function dietCommand(activity: PlaceActivity, participantId: string, confirmed: boolean): Command {
  const current = activity.arrangement ?? newArrangement();
  const ids = current.dietConfirmedIds.filter((id) => id !== participantId);
  return { type: 'activity/set-arrangement', id: activity.id, arrangement: { ...current, dietConfirmedIds: confirmed ? [...ids, participantId] : ids } };
}

/**
 * The host on record for an appointment: the activity names the program's host, and its contact
 * for travelers is copied from it (organization, first contact). Null takes the name away and
 * keeps the contact as it was.
 */
export function hostCommand(activity: PlaceActivity, program: Pick<Program, 'hosts'>, hostId: string | null): Command | null {
  if (hostId === activity.hostId) return null;
  if (hostId === null) return { type: 'activity/update', activity: { ...activity, hostId: null } };
  const host = program.hosts.find((h) => h.id === hostId);
  if (!host) return null;
  const contact = host.contacts[0];
  return {
    type: 'activity/update',
    activity: { ...activity, hostId, host: { organization: host.name, contactName: contact?.name ?? '', phone: contact?.phone ?? '', email: contact?.email ?? '' } },
  };
}

/** Marks a flight, train, transfer or hotel stay to book again, or clears the mark. */
export function rebookCommand(activity: Activity, rebook: boolean): Command | null {
  if (activity.type !== 'travel' && activity.type !== 'hotel-stay') return null;
  return activity.rebook === rebook ? null : { type: 'activity/update', activity: { ...activity, rebook } };
}

export interface ToDo {
  id: string;
  title: string;
  status: ActivityStatus;
  /** "Requested", "To book again". */
  what: string;
  /** Start instant, or null for an activity not on the calendar yet. */
  startMs: number | null;
  /** "Local partner · last contact 2024-05-02". */
  detail: string;
}

/** What needs the planner's action, soonest first (unscheduled ones last). */
export function needsActionList(program: Pick<Program, 'activities'>): ToDo[] {
  const items = program.activities.filter(needsAction).map((a): ToDo => {
    const rebook = (a.type === 'travel' || a.type === 'hotel-stay') && a.rebook;
    const arrangement = a.type !== 'travel' && a.type !== 'hotel-stay' ? a.arrangement : null;
    const who = arrangement ? ARRANGED_BY_LABELS[arrangement.arrangedBy] : '';
    const contact = arrangement?.lastContactOn ? `last contact ${arrangement.lastContactOn}` : arrangement?.askedOn ? `asked ${arrangement.askedOn}` : '';
    const host = a.type !== 'travel' && a.type !== 'hotel-stay' ? (a.host?.organization ?? '') : '';
    return {
      id: a.id,
      title: a.title,
      status: a.status,
      what: rebook && a.status === 'confirmed' ? 'To book again' : STATUS_LABELS[a.status],
      startMs: a.timing.kind === 'scheduled' ? epochMs(a.timing.start) : null,
      detail: [host, who, contact].filter(Boolean).join(' · '),
    };
  });
  // By the local day and time a planner reads beside each (a 14:00 in Seattle after a 16:00 in
  // Austin at the same instant would look out of order), then by instant.
  const local = new Map(program.activities.map((a) => [a.id, a.timing.kind === 'scheduled' ? a.timing.start.slice(0, 16) : '~']));
  return items.sort((a, b) => ((local.get(a.id) ?? '') < (local.get(b.id) ?? '') ? -1 : (local.get(a.id) ?? '') > (local.get(b.id) ?? '') ? 1 : (a.startMs ?? Infinity) - (b.startMs ?? Infinity)));
}
