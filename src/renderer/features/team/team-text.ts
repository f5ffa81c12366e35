/** The words the team status shows, from main's sync status (pure, so they are tested as text). */
import type { SyncStatus, TeamProgress } from '../../../shared/ipc/contract';

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

export interface TeamStepLine {
  step: TeamProgress['step'];
  text: string;
  state: 'done' | 'current' | 'waiting';
}

const STEPS: Record<TeamProgress['operation'], TeamProgress['step'][]> = {
  share: ['connecting', 'writing', 'sending', 'saving'],
  join: ['connecting', 'receiving', 'saving'],
};

/** The steps of a share or join, each done, under way or still to come (nothing under way before main's first word). */
export function teamSteps(operation: TeamProgress['operation'], progress: TeamProgress | null, locale?: string): TeamStepLine[] {
  const steps = STEPS[operation];
  const at = progress && progress.operation === operation ? steps.indexOf(progress.step) : -1;
  const count = progress?.activities ?? 0;
  const activities = count ? `${count.toLocaleString(locale)} ${count === 1 ? 'activity' : 'activities'}` : 'the program';
  const text: Record<TeamProgress['step'], string> = {
    connecting: 'Checking the invitation with the server',
    writing: `Writing ${activities} into the shared documents`,
    sending: 'Sending them until the server holds everything',
    receiving: 'Receiving the shared program from the server',
    saving: operation === 'share' ? 'Recording the shared program in this file' : `Saving ${activities} as a new program file`,
  };
  return steps.map((step, i) => ({ step, text: text[step], state: i < at ? 'done' : i === at ? 'current' : 'waiting' }));
}
