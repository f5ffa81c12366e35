/**
 * Only the rows in view (and a few either side) are in the page: a roster of 5,000 scrolls at frame
 * rate because the table holds ~40 rows whatever its length, with spacer rows above and below
 * standing in for the rest. Rows have one fixed height (cells do not wrap; notes show their first
 * line and the rest on hover), so a row's place is its index times that height.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export const ROW_HEIGHT = 34;
const OVERSCAN = 12;
/**
 * The window moves in steps of this many rows: between steps a scroll changes nothing in the page
 * and the browser only moves pixels, where redrawing the table on every frame cost most of a
 * frame's time (software raster, measured in bench/people-scroll.bench.test.ts).
 */
const STEP = 8;

export interface RowWindow {
  start: number;
  end: number;
  /** Heights of the spacer rows above and below the rendered ones. */
  before: number;
  after: number;
}

/** The window of rows to render for a scroll position (pure, for tests). */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowHeight = ROW_HEIGHT, overscan = OVERSCAN, step = STEP): RowWindow {
  const top = Math.floor(scrollTop / rowHeight / step) * step;
  const first = Math.max(0, top - overscan);
  const last = Math.min(count, top + Math.ceil(viewport / rowHeight) + step + overscan);
  const start = Math.min(first, count);
  const end = Math.max(start, last);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

export function useWindowedRows(scroller: RefObject<HTMLElement | null>, count: number, headerHeight: number) {
  const [view, setView] = useState({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      const next = { top: Math.max(0, el.scrollTop - headerHeight), height: el.clientHeight };
      setView((v) => (v.top === next.top && v.height === next.height ? v : next));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scroller, headerHeight]);

  /** Scrolls so row `index` is in view (for focus after an edit, an add or a delete). */
  const reveal = (index: number) => scrollRowIntoView(scroller.current, index, headerHeight);

  return { window: rowWindow(count, view.top, view.height), reveal };
}

function scrollRowIntoView(el: HTMLElement | null, index: number, headerHeight: number): void {
  if (!el || index < 0) return;
  const top = headerHeight + index * ROW_HEIGHT;
  if (top < el.scrollTop + headerHeight) el.scrollTop = top - headerHeight;
  else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
}
