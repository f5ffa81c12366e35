/** The save state as a compact pill (toolbar) or a full sentence (status bar). */
import { useAppState } from '../state/store-context';
import { saveStatusText } from './save-status';

export function SaveStatus({ compact = false }: { compact?: boolean }) {
  const saveState = useAppState((s) => s.saveState);
  const readOnlyReason = useAppState((s) => s.doc?.readOnlyReason ?? null);
  if (!saveState && !readOnlyReason) return null;
  const status = readOnlyReason ? 'read-only' : (saveState?.status ?? 'saved');
  const text = saveStatusText(saveState, readOnlyReason);
  const short = compact ? text.replace(/:.*$/, '') : text;
  return (
    <span className={`save-status save-${status}`} title={text} role="status" data-save-status={status}>
      <span className="save-dot" aria-hidden="true" />
      {short}
    </span>
  );
}
