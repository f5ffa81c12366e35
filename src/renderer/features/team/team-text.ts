/** The words the team status shows, from main's sync status (pure, so they are tested as text). */
import type { SyncStatus } from '../../../shared/ipc/contract';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "10:42" in the planner's own clock, from an ISO instant. */
export function clockTime(iso: string, locale?: string): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

export interface TeamLine {
  /** connected | offline | connecting | failed: what the dot shows. */
  tone: 'connected' | 'offline' | 'connecting' | 'failed';
  text: string;
  /** The longer story, for the tooltip and screen readers. */
  detail: string;
}

/** One line for the status bar: connection, what waits, who is here. */
export function teamLine(status: SyncStatus, locale?: string): TeamLine {
  if (!status.state) {
    return { tone: 'failed', text: 'Team: not syncing', detail: status.failure ?? 'The shared program is not loaded yet.' };
  }
  const { connection, waiting, present, role, member } = status.state;
  const parts: string[] = [];
  let tone: TeamLine['tone'];
  if (connection.status === 'connected') {
    tone = 'connected';
    parts.push('Team: connected');
  } else if (connection.status === 'offline') {
    tone = 'offline';
    parts.push(connection.since ? `Team: offline since ${clockTime(connection.since, locale)}` : 'Team: offline');
  } else {
    tone = 'connecting';
    parts.push('Team: connecting…');
  }
  if (waiting) parts.push(`${plural(waiting, 'change')} waiting`);
  if (present.length) parts.push(`${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} here`);
  const you = `You are ${member}, ${role === 'partner' ? 'a city partner' : role === 'viewer' ? 'a viewer' : 'a planner'}.`;
  const why = connection.status === 'offline' && connection.reason ? ` Offline: ${connection.reason}; your changes are kept and go out when the server is back.` : '';
  return { tone, text: parts.join(' · '), detail: `${you}${why}` };
}

/** How many team problems there are (conflicts, repairs, refused edits), for the counts. */
export function teamProblemCount(status: SyncStatus | null): number {
  const state = status?.state;
  return state ? state.conflicts.length + state.repairs.length + state.refused.length : 0;
}
