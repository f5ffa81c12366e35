/**
 * On the block that follows the pointer while dragging one of several selected activities: "+2",
 * so the planner sees the others will move (or be copied) with it. FullCalendar draws only the
 * grabbed block; the rest jump into place on drop. Only drag mirrors render this, so no ordinary
 * event subscribes to the selection (which would re-render every block on a click: G4 in
 * docs/performance.md).
 */
import { useAppState } from '../../state/store-context';

export function GroupDragBadge({ activityId }: { activityId: string }) {
  const others = useAppState((s) => (s.selection.length > 1 && s.selection.includes(activityId) ? s.selection.length - 1 : 0));
  if (!others) return null;
  return (
    <span className="group-drag-badge" data-group-drag={others} title={`${others} more selected ${others === 1 ? 'activity moves' : 'activities move'} with this one`}>
      +{others}
    </span>
  );
}
