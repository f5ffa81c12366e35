/**
 * The mark on a calendar event that has open problems. It subscribes to its own activity's entry
 * in the problems view, so problems changing repaints only the badges whose entry changed and the
 * calendar's events array is never rebuilt for them (G4, docs/performance.md).
 */
import { useAppState } from '../../state/store-context';

const GLYPH = { error: '!', warning: '!', info: 'i' } as const;

export function ProblemBadge({ activityId }: { activityId: string }) {
  const badge = useAppState((s) => s.problems?.byActivity.get(activityId) ?? null);
  if (!badge) return null;
  return (
    <span className={`ev-problem ev-problem-${badge.severity}`} role="img" aria-label={badge.label} title={badge.label} data-problem-badge={badge.severity}>
      {badge.count > 1 ? badge.count : GLYPH[badge.severity]}
    </span>
  );
}
