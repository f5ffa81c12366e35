/** Asks before a delete and says what it cascades to (see delete-impact.ts). Escape or Cancel keeps everything. */
import { useEffect, useId, useRef } from 'react';
import type { DeleteImpact } from './delete-impact';

export function ConfirmDelete({ impact, onConfirm, onCancel }: { impact: DeleteImpact; onConfirm: () => void; onCancel: () => void }) {
  const titleId = useId();
  const bodyId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus starts on Cancel: Enter pressed out of habit must not delete.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="confirm-delete"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p>
        <strong id={titleId}>Delete {impact.name}?</strong> <span id={bodyId}>{impact.message} Undo brings everything back.</span>
      </p>
      <div className="confirm-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </div>
  );
}
