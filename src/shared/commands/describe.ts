/** Human words for a command, used as undo/redo labels ("Undo Move “Orientation”"). */
import { STATUS_LABELS } from '../program/labels';
import type { Program } from '../program/schema';
import type { Command } from './types';

export function describeCommand(command: Command, program: Program): string {
  const title = (id: string) => {
    const activity = program.activities.find((a) => a.id === id);
    return activity ? `“${activity.title}”` : 'activity';
  };
  switch (command.type) {
    case 'batch':
      return command.label;
    case 'activity/create':
      return `Add ${`“${command.activity.title}”`}`;
    case 'activity/update':
      return `Edit “${command.activity.title}”`;
    case 'activity/move':
      return `Move ${title(command.id)}`;
    case 'activity/set-times':
      return `Change time of ${title(command.id)}`;
    case 'activity/unschedule':
      return `Unschedule ${title(command.id)}`;
    case 'activity/set-attendees':
      return `Change attendees of ${title(command.id)}`;
    case 'activity/set-status':
      return `Mark ${title(command.id)} ${STATUS_LABELS[command.status].toLowerCase()}`;
    case 'activity/set-arrangement':
      return `Edit arranging of ${title(command.id)}`;
    case 'activity/delete':
      return `Delete ${title(command.id)}`;
    case 'entity/create':
    case 'entity/insert':
      return `Add to ${command.collection}`;
    case 'entity/update':
      return `Edit ${command.collection}`;
    case 'entity/delete':
      return `Delete from ${command.collection}`;
    case 'group/set-members':
      return 'Change group members';
    case 'program/update-info':
      return 'Edit program details';
    case 'problem/dismiss':
      return 'Dismiss problem';
    case 'problem/undismiss':
      return 'Restore dismissed problem';
    case 'program/issue':
      return `Issue itineraries (version ${command.issued.version})`;
    case 'program/unissue':
      return `Withdraw issued version ${command.version}`;
    case 'program/set-shared':
      return command.shared ? 'Share program' : 'Stop sharing program';
    case 'program/merge':
      return command.by.length ? `Changes from ${command.by.join(', ')}` : 'Changes from the team';
  }
}
