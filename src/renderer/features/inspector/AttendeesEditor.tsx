/**
 * Who attends: everyone, or any mix of groups, participants and staff. Each tick is one
 * `activity/update` command, so undo steps back one tick at a time.
 */
import type { Activity, Program } from '../../../shared/program/schema';
import { useAppStore } from '../../state/store-context';
import { personName } from './activity-details';
import { toggleAttendee } from '../../model/activity-edit';

type Kind = 'groupIds' | 'participantIds' | 'staffIds';

function Checks({
  legend,
  kind,
  items,
  activity,
  onToggle,
}: {
  legend: string;
  kind: Kind;
  items: readonly { id: string; label: string }[];
  activity: Activity;
  onToggle: (kind: Kind, id: string, on: boolean) => void;
}) {
  if (!items.length) return null;
  const chosen = new Set(activity.attendees[kind]);
  return (
    <details className="attendee-picker" open={kind === 'groupIds' || undefined}>
      <summary>
        {legend} <span className="muted">({chosen.size})</span>
      </summary>
      {items.map((item) => (
        <label key={item.id} className="check-row">
          <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => onToggle(kind, item.id, e.target.checked)} />
          {item.label}
        </label>
      ))}
    </details>
  );
}

export function AttendeesEditor({ activity, program }: { activity: Activity; program: Program }) {
  const store = useAppStore();
  const send = (next: Activity) => store.edit({ type: 'activity/update', activity: next });
  const onToggle = (kind: Kind, id: string, on: boolean) => send(toggleAttendee(activity, kind, id, on));
  return (
    <fieldset className="edit-attendees">
      <legend>Attendees</legend>
      <label className="check-row">
        <input
          type="checkbox"
          checked={activity.attendees.everyone}
          onChange={(e) => send(toggleAttendee(activity, 'everyone', '', e.target.checked))}
        />
        Everyone (all participants and staff)
      </label>
      <Checks legend="Groups" kind="groupIds" activity={activity} onToggle={onToggle} items={program.groups.map((g) => ({ id: g.id, label: g.name }))} />
      <Checks
        legend="Participants"
        kind="participantIds"
        activity={activity}
        onToggle={onToggle}
        items={program.participants.map((p) => ({ id: p.id, label: personName(p) }))}
      />
      <Checks legend="Staff" kind="staffIds" activity={activity} onToggle={onToggle} items={program.staff.map((s) => ({ id: s.id, label: personName(s) }))} />
    </fieldset>
  );
}
