/**
 * Drives the calendar like a planner: real mouse drags, keyboard shortcuts, and waits on the
 * signals the app publishes (data-program-revision, data-save-status, data-ready), never sleeps.
 * FullCalendar v7 hashes its class names, so everything is found by role, data-date, data-time
 * or the data-event-id the app sets.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export function eventEl(page: Page, id: string): Locator {
  return page.locator(`.calendar [data-event-id="${id}"]`).first();
}

export async function revisionOf(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.dataset.programRevision));
}

/** Waits until main confirmed an edit after `revision` and the file on disk holds it. */
export async function waitForSavedAfter(page: Page, revision: number): Promise<number> {
  await page.waitForFunction((r) => {
    const data = document.documentElement.dataset;
    return Number(data.programRevision) > r && data.saveStatus === 'saved' && data.pendingEdits === '0';
  }, revision);
  return revisionOf(page);
}

export async function waitForCalendarReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('.calendar') as HTMLElement | null)?.dataset.ready === 'true');
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not rendered?)');
  return box;
}

/** The x centre of a day's column and the y of a time slot's top edge. */
export async function slotPoint(page: Page, date: string, time: string): Promise<{ x: number; y: number }> {
  const column = await boxOf(page.locator(`[role=columnheader][data-date="${date}"]`));
  const slot = await boxOf(page.locator(`[data-time="${time}"]`).last());
  return { x: column.x + column.width / 2, y: slot.y };
}

/** Keeps pointer positions this far from the time grid's top and bottom edges (FullCalendar auto-scrolls within 50 px). */
const EDGE_MARGIN = 60;

/**
 * Scrolls the time grid so both y positions (page coordinates) are clear of its edges, where a
 * drag would start auto-scrolling and land somewhere else.
 */
async function keepClearOfEdges(page: Page, ys: number[]): Promise<void> {
  return page.locator('[data-time]').last().evaluate(
    (slot, { ys, margin }) => {
      let scroller: HTMLElement | null = slot.parentElement;
      while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) {
        scroller = scroller.parentElement;
      }
      if (!scroller) return;
      const rect = scroller.getBoundingClientRect();
      const mid = (Math.min(...ys) + Math.max(...ys)) / 2;
      const before = scroller.scrollTop;
      scroller.scrollTop += mid - (rect.top + rect.height / 2);
      const moved = scroller.scrollTop - before;
      for (const y of ys) {
        const shifted = y - moved;
        const clear = shifted - rect.top >= margin || scroller.scrollTop === 0;
        const clearBottom = rect.bottom - shifted >= margin || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight;
        if (!clear || !clearBottom) throw new Error(`cannot drag between those times without auto-scrolling (${Math.round(shifted - rect.top)} px from the top)`);
      }
    },
    { ys, margin: EDGE_MARGIN },
  );
}

/** The start time ("07:15") the drag mirror of an event shows, or null when there is none. */
async function mirrorStart(page: Page, id: string): Promise<string | null> {
  const time = page.locator(`.calendar [data-event-id="${id}"][data-mirror] .ev-time`).first();
  if (!(await time.count())) return null;
  return ((await time.textContent()) ?? '').trim().slice(0, 5);
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Drags an event so its start lands on `date` at `time`, as a planner does: presses near the
 * event's top, moves past FullCalendar's 5 px threshold, moves to the target slot in steps, then
 * reads the time on the drag mirror and nudges until it shows the wanted start, and releases.
 * (FullCalendar v7 measures a time-grid drag from the centre of the grabbed 30-minute slot rather
 * than from the pointer, so a pointer on a line can land a snap off; the mirror is the truth.)
 */
export async function dragEventTo(page: Page, id: string, date: string, time: string): Promise<void> {
  const event = eventEl(page, id);
  let box = await boxOf(event);
  let target = await slotPoint(page, date, time);
  const grabOffset = 3;
  await keepClearOfEdges(page, [box.y + grabOffset, target.y + grabOffset]);
  // Let the grid settle after scrolling, then measure both again where they are now.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  box = await boxOf(event);
  target = await slotPoint(page, date, time);
  const slotHeight = (await page.locator(`[data-time="${time}"]`).last().boundingBox())?.height ?? 32;
  const snap = slotHeight / 2;
  const from = { x: box.x + box.width / 2, y: box.y + grabOffset };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 8, { steps: 2 });
  // The middle of the target line's catchment in FullCalendar's terms (see above): half a snap
  // higher than the grab offset below the line.
  let y = target.y + grabOffset - snap / 2;
  await page.mouse.move(target.x, y, { steps: 12 });
  const want = minutesOf(time);
  for (let attempt = 0; attempt < 6; attempt++) {
    const shown = await mirrorStart(page, id);
    if (shown === null || minutesOf(shown) === want) break;
    // Half a snap at a time: a whole snap from a catchment's edge lands on the next edge.
    y += (Math.sign(want - minutesOf(shown)) * snap) / 2;
    await page.mouse.move(target.x, y, { steps: 2 });
  }
  await page.mouse.up();
}

/** The start time ("12:00") the mirror of a drag from the Unscheduled tray shows, or null when there is none. */
async function trayMirrorStart(page: Page): Promise<string | null> {
  const time = page.locator('.calendar [data-mirror] .ev-time').first();
  if (!(await time.count())) return null;
  return ((await time.textContent()) ?? '').trim().slice(0, 5);
}

/**
 * Presses on a tray item and carries it beside the calendar (the inspector's column) to the
 * height `y`, then across to `x`. A straight line from the tray, which sits at the bottom right,
 * crosses the bottom band of the time grid, where FullCalendar auto-scrolls for as long as the
 * pointer is in it: how far the grid moved under the drop depended on how fast the machine was
 * (measured: 15 px on a quiet machine, one or two hours with both cores busy).
 */
async function carryTrayItem(page: Page, item: Locator, x: number, y: number): Promise<void> {
  await item.scrollIntoViewIfNeeded();
  const from = await item.boundingBox();
  if (!from) throw new Error('the tray item is not rendered');
  const start = { x: from.x + 10, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y, { steps: 3 });
  await page.mouse.move(start.x + 10, y, { steps: 10 });
  await page.mouse.move(x, y, { steps: 10 });
}

/**
 * Drags a tray item onto a day's column so the activity starts at `time` ("12:00:00" or a quarter
 * past): the grid is scrolled so the slot is clear of its auto-scrolling edges, the pointer comes
 * in from the side, and the mirror (where FullCalendar would drop it) must show the time before
 * the button is released, so a drop can only land where the test means it to.
 */
export async function dragTrayItemToSlot(page: Page, item: Locator, date: string, time: string): Promise<void> {
  const want = minutesOf(time);
  const half = Math.floor(want / 30) * 30;
  const line = `${String(Math.floor(half / 60)).padStart(2, '0')}:${String(half % 60).padStart(2, '0')}:00`;
  const probe = await slotPoint(page, date, line);
  await keepClearOfEdges(page, [probe.y]);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const target = await slotPoint(page, date, line);
  const slotHeight = (await page.locator(`[data-time="${line}"]`).last().boundingBox())?.height ?? 32;
  const snap = slotHeight / 2;
  let y = target.y + (want - half) * (slotHeight / 30) + snap / 2;
  await carryTrayItem(page, item, target.x, y);
  for (let attempt = 0; ; attempt++) {
    const shown = await trayMirrorStart(page);
    if (shown !== null && minutesOf(shown) === want) break;
    if (attempt >= 6) throw new Error(`the drag shows ${shown ?? 'no mirror'}, not ${time.slice(0, 5)}; not dropping there`);
    if (shown !== null) y += (Math.sign(want - minutesOf(shown)) * snap) / 2;
    await page.mouse.move(target.x, y, { steps: 2 });
  }
  await page.mouse.up();
}

/** Drags a tray item to the middle of `cell` (a day of the Hotels row), coming in from the side. */
export async function dragTrayItemToCell(page: Page, item: Locator, cell: Locator): Promise<void> {
  const box = await boxOf(cell);
  await carryTrayItem(page, item, box.x + box.width / 2, box.y + Math.min(12, box.height / 2));
  await page.mouse.up();
}

/** Asserts an event's block starts at a slot (within a pixel or two) in a day's column. */
export async function expectEventAt(page: Page, id: string, date: string, time: string): Promise<void> {
  const target = await slotPoint(page, date, time);
  const box = await boxOf(eventEl(page, id));
  expect(Math.abs(box.y - target.y), `top of ${id} vs the ${time} line`).toBeLessThanOrEqual(3);
  const column = await boxOf(page.locator(`[role=columnheader][data-date="${date}"]`));
  expect(box.x + box.width / 2, `${id} lies in the ${date} column`).toBeGreaterThan(column.x);
  expect(box.x + box.width / 2).toBeLessThan(column.x + column.width);
}

/**
 * Records, inside the page, how long after the next mouse-up the frame was painted, main confirmed
 * the edit (revision changed) and the file was saved. For the report only; never asserted on.
 */
export async function startDropTimer(page: Page): Promise<() => Promise<{ paint: number; confirmed: number; saved: number }>> {
  await page.evaluate(() => {
    const t = { up: 0, paint: 0, confirmed: 0, saved: 0 };
    (window as unknown as { dropTimes: typeof t }).dropTimes = t;
    window.addEventListener(
      'mouseup',
      () => {
        t.up = performance.now();
        // The frame after the one that handles the drop is the first to show it.
        requestAnimationFrame(() => requestAnimationFrame(() => (t.paint = performance.now())));
      },
      { capture: true, once: true },
    );
    const startRevision = document.documentElement.dataset.programRevision;
    new MutationObserver((_, observer) => {
      const data = document.documentElement.dataset;
      if (!t.confirmed && data.programRevision !== startRevision) t.confirmed = performance.now();
      if (t.confirmed && !t.saved && data.saveStatus === 'saved') {
        t.saved = performance.now();
        observer.disconnect();
      }
    }).observe(document.documentElement, { attributes: true });
  });
  return async () =>
    page.evaluate(() => {
      const t = (window as unknown as { dropTimes: { up: number; paint: number; confirmed: number; saved: number } }).dropTimes;
      return { paint: t.paint - t.up, confirmed: t.confirmed - t.up, saved: t.saved - t.up };
    });
}
