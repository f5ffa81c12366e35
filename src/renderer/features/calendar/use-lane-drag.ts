/**
 * Dragging in the Groups view, with the pointer: a press on a block and a move past a few pixels
 * starts a drag; the block's new place (15-minute snaps, and the lane under the pointer) shows as a
 * ghost; the release reports one drop. A press near a block's bottom edge resizes it instead. A
 * block drawn across lanes (everyone's activity) keeps its lanes and only moves in time. Nothing
 * changes until the release: Escape during a drag cancels it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { Modifiers } from './calendar-keys';
import { laneAt, type DayLayout, type Lane, type LaneBlock } from './lanes';

const DRAG_THRESHOLD_PX = 4;
const RESIZE_EDGE_PX = 6;

export interface LaneDrop {
  block: LaneBlock;
  kind: 'move' | 'resize';
  from: Lane;
  to: Lane;
  /** Move: minutes the start moves by. Resize: the new end, in minutes from the day's midnight. */
  minutes: number;
  modifiers: Modifiers;
}

export interface Ghost {
  lane: number;
  span: number;
  startMin: number;
  endMin: number;
}

interface Press {
  block: LaneBlock;
  kind: 'move' | 'resize';
  x: number;
  y: number;
  dragging: boolean;
}

export function useLaneDrag({
  lanesEl,
  layout,
  hourPx,
  readOnly,
  onDrop,
}: {
  lanesEl: RefObject<HTMLDivElement | null>;
  layout: DayLayout | null;
  hourPx: number;
  readOnly: boolean;
  onDrop: (drop: LaneDrop) => void;
}) {
  const [ghost, setGhost] = useState<Ghost | null>(null);
  const press = useRef<Press | null>(null);
  // The window listeners read the latest layout and handler without being added again.
  const latest = useRef({ layout, onDrop, hourPx });
  useLayoutEffect(() => {
    latest.current = { layout, onDrop, hourPx };
  });
  /** When the last drag ended: the click that follows a release is not a selection. */
  const endedAt = useRef(0);

  const target = useCallback((p: Press, clientX: number, clientY: number): Ghost | null => {
    const grid = lanesEl.current;
    const { layout: current, hourPx: px } = latest.current;
    if (!grid || !current) return null;
    const rect = grid.getBoundingClientRect();
    // Whole snaps of 15 minutes, up or down.
    const delta = Math.round(((clientY - p.y) / px) * 4) * 15;
    const { block } = p;
    if (p.kind === 'resize') {
      return { lane: block.lane, span: block.span, startMin: block.startMin, endMin: Math.max(block.startMin + 15, Math.min(24 * 60, block.endMin + delta)) };
    }
    // A block across lanes is everyone's (or several groups'): it moves in time only.
    const lane = block.span > 1 ? block.lane : laneAt(clientX - rect.left, rect.width, current.lanes.length);
    return { lane, span: block.span, startMin: block.startMin + delta, endMin: block.endMin + delta };
  }, [lanesEl]);

  useEffect(() => {
    const move = (e: PointerEvent) => {
      const p = press.current;
      if (!p) return;
      if (!p.dragging && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_THRESHOLD_PX) return;
      p.dragging = true;
      document.documentElement.dataset.draggingEvent = 'true';
      setGhost(target(p, e.clientX, e.clientY));
    };
    const end = (e: PointerEvent) => {
      const p = press.current;
      press.current = null;
      delete document.documentElement.dataset.draggingEvent;
      setGhost(null);
      if (!p?.dragging) return;
      endedAt.current = performance.now();
      const { layout: current, onDrop: drop } = latest.current;
      const place = target(p, e.clientX, e.clientY);
      if (!place || !current) return;
      const from = current.lanes[p.block.lane] as Lane;
      const to = current.lanes[place.lane] as Lane;
      const minutes = p.kind === 'resize' ? place.endMin : place.startMin - p.block.startMin;
      if (p.kind === 'move' ? minutes === 0 && from.id === to.id : minutes === p.block.endMin) return;
      drop({ block: p.block, kind: p.kind, from, to, minutes, modifiers: { shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey } });
    };
    const cancel = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !press.current?.dragging) return;
      e.preventDefault();
      e.stopPropagation();
      press.current = null;
      delete document.documentElement.dataset.draggingEvent;
      setGhost(null);
      endedAt.current = performance.now();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('keydown', cancel, true);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('keydown', cancel, true);
    };
  }, [target]);

  const startDrag = useCallback(
    (block: LaneBlock, e: ReactPointerEvent<HTMLElement>) => {
      if (readOnly || e.button !== 0 || press.current) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const nearBottom = rect.bottom - e.clientY <= RESIZE_EDGE_PX;
      const resizable = block.meta.kind === 'place' && !block.clippedEnd && !block.clippedStart;
      press.current = { block, kind: nearBottom && resizable ? 'resize' : 'move', x: e.clientX, y: e.clientY, dragging: false };
    },
    [readOnly],
  );

  const justDragged = useCallback(() => performance.now() - endedAt.current < 300, []);

  return { ghost, startDrag, justDragged };
}
