/** Shows a native <dialog> modally while mounted, and gives focus back to where it was when it goes. */
import { useEffect, type RefObject } from 'react';

export function useModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      previous?.focus();
    };
  }, [ref]);
}
