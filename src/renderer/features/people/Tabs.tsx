/**
 * A row of tabs per the WAI-ARIA tabs pattern: one tab in the Tab order, arrows / Home / End move
 * and activate (switching is instant, nothing is lost by passing over a tab).
 */
import { useRef, type KeyboardEvent } from 'react';

export interface TabSpec<T extends string> {
  value: T;
  label: string;
  /** Id of the element the tab shows. */
  controls: string;
  id: string;
}

export function Tabs<T extends string>({ label, tabs, value, onChange, className = 'tabs' }: { label: string; tabs: readonly TabSpec<T>[]; value: T; onChange: (value: T) => void; className?: string }) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.value === value);
    const target =
      e.key === 'ArrowRight' ? (index + 1) % tabs.length : e.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (target < 0) return;
    e.preventDefault();
    const tab = tabs[target] as TabSpec<T>;
    onChange(tab.value);
    refs.current.get(tab.value)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const selected = tab.value === value;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              if (el) refs.current.set(tab.value, el);
              else refs.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={tab.id}
            aria-selected={selected}
            aria-controls={tab.controls}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.value)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
