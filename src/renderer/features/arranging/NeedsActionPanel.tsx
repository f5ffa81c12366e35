/**
 * The "needs action" list: with the needs-action lens on, every appointment not yet confirmed and
 * every booking to make again, soonest first, with who arranges it and when the host was last
 * contacted. A click selects it (the inspector changes its status) and shows its week.
 */
import { useMemo } from 'react';
import type { Program } from '../../../shared/program/schema';
import { needsActionList } from '../../model/arranging';
import { useAppState, useAppStore } from '../../state/store-context';
import './arranging.css';

const WHEN = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

export function NeedsActionPanel({ program }: { program: Program }) {
  const store = useAppStore();
  const selection = useAppState((s) => s.selection);
  const items = useMemo(() => needsActionList(program), [program]);
  // Local wall time at the place, as the calendar shows it: read from the zoned string itself.
  const wall = (id: string) => {
    const a = program.activities.find((x) => x.id === id);
    return a && a.timing.kind === 'scheduled' ? WHEN.format(new Date(`${a.timing.start.slice(0, 16)}:00Z`)) : 'Not scheduled';
  };
  return (
    <section className="needs-action" aria-label="Needs action" data-testid="needs-action">
      <h2>
        Needs action <span className="muted small">({items.length === 1 ? '1 item' : `${items.length} items`})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">Everything is confirmed and booked.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">When (local)</th>
              <th scope="col">Activity</th>
              <th scope="col">Status</th>
              <th scope="col">Host · arranged by · contact</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-todo-id={item.id} data-selected={selection.includes(item.id) || undefined}>
                <td>{wall(item.id)}</td>
                <td>
                  <button
                    type="button"
                    className="todo-title"
                    onClick={() => {
                      store.select(item.id);
                      const a = program.activities.find((x) => x.id === item.id);
                      if (a?.timing.kind === 'scheduled') store.revealAt(a.timing.start.slice(0, 10), a.timing.start.slice(11, 19));
                    }}
                  >
                    {item.title}
                  </button>
                </td>
                <td>
                  <span className={`status-badge status-${item.what === 'To book again' ? 'tentative' : item.status}`}>{item.what}</span>
                </td>
                <td className="muted">{item.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
