/**
 * A modal yes/no question (native <dialog>): Escape or Cancel answers no, focus starts on Cancel so
 * an Enter pressed out of habit never confirms, and focus goes back where it was afterwards.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useModal } from './use-modal';
import './dialog.css';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useModal(ref);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <dialog
      ref={ref}
      className="export-dialog confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
      <div className="export-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
