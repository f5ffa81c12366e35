/**
 * A menu button listing groups ("Add to group ▾"): Enter/Space/ArrowDown opens it on the first
 * group, arrows move, Enter picks, Escape or a click elsewhere closes and returns focus to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Group } from '../../../shared/program/schema';

export function GroupMenu({ label, groups, disabled, onPick }: { label: string; groups: readonly Group[]; disabled: boolean; onPick: (groupId: string) => void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!menuRef.current?.contains(e.target as Node) && e.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to = e.key === 'ArrowDown' ? (at + 1) % items.length : e.key === 'ArrowUp' ? (at - 1 + items.length) % items.length : e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : -1;
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close();
    } else if (to >= 0) {
      e.preventDefault();
      items[to]?.focus();
    }
  };
  return (
    <div className="group-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled || groups.length === 0}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label} ▾
      </button>
      {open ? (
        <ul className="group-menu-list" role="menu" id={menuId} aria-label={label} ref={menuRef} onKeyDown={onMenuKey}>
          {groups.map((g) => (
            <li key={g.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close();
                  onPick(g.id);
                }}
              >
                <span className="swatch" style={{ backgroundColor: g.color }} aria-hidden="true" />
                {g.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
