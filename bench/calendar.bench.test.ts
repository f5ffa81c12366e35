/**
 * Calendar edits and re-renders in a real Chromium (G3, G4, G5 in docs/performance.md).
 *
 * The built renderer (out/renderer; run `npx electron-vite build` first) is loaded through the same
 * browser harness the UI tests use (tests/browser/harness.ts): window.api is bound to the real
 * handler table over real temp files, so an edit goes renderer -> main core (applyCommand, save with
 * fsync) -> revision event -> renderer re-index -> FullCalendar, as in the app.
 *
 * Programs come from generateProgram. Its activities spread over 90 days (~390 a week at 5,000,
 * ~1,550 a week at 20,000), so the first week (the calendar's initial range, 2024-04-01..07, lens
 * "everyone") is trimmed to VISIBLE activities and the rest is filled from a second seed outside
 * that week: the loaded count stays exact and the visible count is ~300 in every program. One of the
 * visible activities is pinned to 06:00-06:30 New York time on Wednesday, alone in its slot, and is
 * the one dragged (Wed 06:00 <-> Thu 06:00, real page.mouse drags via calendar-driver.ts).
 *
 * Timings are taken inside the page with performance.now and requestAnimationFrame:
 * - drop -> paint: mouseup to the second animation frame after it (the first frame that shows the
 *   drop), as calendar-driver's startDropTimer.
 * - drop -> edit painted: mouseup to the second frame after main's confirmed revision reached the
 *   page (data-program-revision changed): the whole edit, including main's command and the
 *   renderer's re-index of the new program. Each drop waits for the save to finish before the next.
 * - G3: drop -> edit painted with 20,000 loaded (A) vs a program holding only the visible week's
 *   activities (B, the same objects), alternated ABAB.
 * - G4: an unrelated state change: a click on another event selects it (store.select: the inspector
 *   re-renders, the calendar only flips a data-selected attribute), click -> second frame; the
 *   floor is the same click on the already selected event (select() is a no-op: no state change).
 *   5,000 loaded, ~300 visible.
 * - G5: drop -> paint p95 with 5,000 loaded, ~300 visible.
 * Medians (and p95) over ABAB pairs after a warm-up pair; misses are printed, not failed; anything
 * that does not work (a drop not confirmed, an event not found) throws.
 * Run: npx electron-vite build && npx vitest run --config bench/vitest.bench.config.ts bench/calendar.bench.test.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, it } from 'vitest';
import { ProgramFileStore } from '../src/main/storage/program-file-store';
import type { Activity, Program } from '../src/shared/program/schema';
import { zonedFromLocal } from '../src/shared/time';
import { Harness } from '../tests/browser/harness';
import { dragEventTo, eventEl, waitForCalendarReady } from '../tests/browser/calendar-driver';
import { generateProgram } from './generate-program';

const VISIBLE = 300;
const WEEK = new Set(['2024-04-01', '2024-04-02', '2024-04-03', '2024-04-04', '2024-04-05', '2024-04-06', '2024-04-07']);
const DRAGGED = 'bench-dragged';
const G3 = 1.3;
const G4 = 1.5;
const G5_MS = 200;
const PAIRS = { g3: 6, g4: 9, g5: 15 };
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser | null = null;
let folder = '';
const harnesses: Harness[] = [];
const rows: string[][] = [];
const info: string[] = [];

function table(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) => `| ${r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`).join('\n');
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
};
const median = (values: number[]) => quantile(values, 0.5);
const p95 = (values: number[]) => quantile(values, 0.95);
const ms = (v: number) => v.toFixed(1);

const inWeek = (a: Activity) => a.timing.kind === 'scheduled' && WEEK.has(a.timing.start.slice(0, 10));

/**
 * `total` activities of which `VISIBLE` fall in the first week; the dragged one is pinned alone at
 * Wed 06:00 New York. Returns the loaded program and the one with only the visible activities.
 */
function programs(total: number): { full: Program; visibleOnly: Program } {
  const base = generateProgram(total);
  const week = base.activities.filter(inWeek).slice(0, VISIBLE);
  const others = base.activities.filter((a) => !inWeek(a));
  for (let seed = 2; others.length < total - week.length; seed++) {
    for (const a of generateProgram(total, seed).activities) if (!inWeek(a)) others.push({ ...a, id: `s${seed}-${a.id}` });
  }
  const pinIndex = week.findIndex((a) => a.type !== 'travel' && a.type !== 'hotel-stay' && 'cityId' in a && (a.cityId === 'dc' || a.cityId === 'nyc'));
  const pin = week[pinIndex];
  if (!pin || week.length < VISIBLE) throw new Error(`generated program has only ${week.length} activities in the first week`);
  week[pinIndex] = { ...pin, id: DRAGGED, timing: { kind: 'scheduled', start: zonedFromLocal('2024-04-03T06:00', 'America/New_York'), end: zonedFromLocal('2024-04-03T06:30', 'America/New_York') } } as Activity;
  const activities = [...week, ...others.slice(0, total - week.length)];
  return { full: { ...base, activities }, visibleOnly: { ...base, id: `${base.id}-visible`, activities: week } };
}

async function openApp(program: Program, name: string): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const path = join(folder, `${name}.ivlp.json`);
  await ProgramFileStore.create(path, program);
  // A context per page: each page has its own frames and rAF, none is a background tab.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const harness = await Harness.create(page, { programFile: path });
  harnesses.push(harness);
  await harness.open();
  await waitForCalendarReady(page);
  const count = await page.locator('.calendar [data-event-id]').count();
  info.push(`${name}: ${program.activities.length.toLocaleString('en-US')} loaded, ${count} event elements in the first week`);
  if (!(await eventEl(page, DRAGGED).count())) throw new Error(`${name}: the dragged event is not on the calendar`);
  return page;
}

interface DropTimes {
  paint: number;
  /** mouseup to main's confirmed revision on <html> (main's command + IPC + the renderer's store update and React commit of the signal). */
  confirmed: number;
  edited: number;
  /** The longest task (>= 50 ms, else 0) between the drop and the edit painted. */
  longest: number;
  /** data-problems-check-ms after the edit (the conflict engine's time for the change). */
  check: number;
}

/** One real drag of the pinned event to `date` 06:00; times inside the page; waits for the save. */
async function drop(page: Page, date: string): Promise<DropTimes> {
  await page.evaluate(() => {
    const t = { up: 0, paint: 0, confirmed: 0, edited: 0, longest: 0 };
    (window as unknown as { benchDrop: typeof t }).benchDrop = t;
    // The longest main-thread task between the drop and the edit painted (long tasks are >= 50 ms).
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (t.up && e.startTime >= t.up && (!t.edited || e.startTime < t.edited)) t.longest = Math.max(t.longest, e.duration);
    });
    tasks.observe({ type: 'longtask' });
    const data = document.documentElement.dataset;
    const startRevision = data.programRevision;
    window.addEventListener(
      'mouseup',
      () => {
        t.up = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => (t.paint = performance.now())));
      },
      { capture: true, once: true },
    );
    new MutationObserver((_, observer) => {
      if (data.programRevision === startRevision) return;
      observer.disconnect();
      t.confirmed = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          t.edited = performance.now();
          setTimeout(() => tasks.disconnect(), 0);
        }),
      );
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-program-revision'] });
  });
  const revision = Number(await page.evaluate(() => document.documentElement.dataset.programRevision));
  await dragEventTo(page, DRAGGED, date, '06:00:00');
  await page.waitForFunction(
    (r) => {
      const data = document.documentElement.dataset;
      const t = (window as unknown as { benchDrop: { edited: number } }).benchDrop;
      return t.edited > 0 && Number(data.programRevision) > r && data.saveStatus === 'saved' && data.pendingEdits === '0';
    },
    revision,
    { timeout: 30_000 },
  );
  const t = await page.evaluate(() => (window as unknown as { benchDrop: { up: number; paint: number; confirmed: number; edited: number; longest: number } }).benchDrop);
  const check = Number(await page.evaluate(() => document.documentElement.dataset.problemsCheckMs ?? 'NaN'));
  if (!t.up || !t.paint) throw new Error('drop was not seen by the page');
  const box = await eventEl(page, DRAGGED).boundingBox();
  const column = await page.locator(`[role=columnheader][data-date="${date}"]`).boundingBox();
  if (!box || !column || box.x + box.width / 2 < column.x || box.x + box.width / 2 > column.x + column.width) throw new Error(`the drop did not land on ${date}`);
  return { paint: t.paint - t.up, confirmed: t.confirmed - t.up, edited: t.edited - t.up, longest: t.longest, check };
}

/** Alternating drops Wed <-> Thu on the page. */
function dropper(page: Page): () => Promise<DropTimes> {
  let n = 0;
  return () => drop(page, n++ % 2 === 0 ? '2024-04-04' : '2024-04-03');
}

/** A click on an event (page.mouse) to the second frame after it. */
async function clickToPaint(page: Page, id: string): Promise<number> {
  const el = eventEl(page, id);
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (!box) throw new Error(`event ${id} has no box`);
  await page.evaluate(() => {
    const t = { down: 0, paint: 0 };
    (window as unknown as { benchClick: typeof t }).benchClick = t;
    window.addEventListener(
      'click',
      () => {
        t.down = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => (t.paint = performance.now())));
      },
      { capture: true, once: true },
    );
  });
  await page.mouse.click(box.x + box.width / 2, box.y + Math.min(6, box.height / 2));
  await page.waitForFunction(() => (window as unknown as { benchClick: { paint: number } }).benchClick.paint > 0);
  return page.evaluate(() => {
    const t = (window as unknown as { benchClick: { down: number; paint: number } }).benchClick;
    return t.paint - t.down;
  });
}

const selected = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.calendar [data-selected="true"]')?.dataset.eventId ?? null);

function row(goal: string, metric: string, a: string, b: string, aValue: number, bValue: number, limit: number, unit: 'x' | 'ms'): void {
  const value = unit === 'x' ? aValue / bValue : aValue;
  rows.push([goal, metric, a, b, ms(aValue), ms(bValue), unit === 'x' ? `${value.toFixed(2)}x` : `${ms(value)} ms`, `<= ${limit}${unit === 'x' ? 'x' : ' ms'}`, value <= limit ? 'PASS' : 'FAIL']);
}

afterAll(async () => {
  console.log(`\nCalendar in Debian Chromium (ABAB pairs; real drags via page.mouse)\n${info.map((l) => `  ${l}`).join('\n')}`);
  console.log(`\n${table(['goal', 'metric', 'A', 'B', 'A ms', 'B ms', 'value', 'goal', 'result'], rows)}`);
  for (const h of harnesses) await h.dispose().catch(() => undefined);
  await browser?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

it('calendar: G3 edit with 20,000 loaded, G4 unrelated state change, G5 drop to paint', async () => {
  folder = await mkdtemp(join(tmpdir(), 'ivlp-cal-bench-'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  // G3: 20,000 loaded vs only the visible week, the same drop, alternated.
  {
    const { full, visibleOnly } = programs(20_000);
    const big = await openApp(full, '20k');
    const small = await openApp(visibleOnly, 'visible-week');
    const a = dropper(big);
    const b = dropper(small);
    await a();
    await b();
    const out = { a: [] as DropTimes[], b: [] as DropTimes[] };
    for (let i = 0; i < PAIRS.g3; i++) {
      out.a.push(await a());
      out.b.push(await b());
    }
    const med = (s: DropTimes[], k: keyof DropTimes) => median(s.map((t) => t[k]));
    row('G3', 'drop -> edit painted, median', '20,000 loaded', `visible week only (${visibleOnly.activities.length})`, med(out.a, 'edited'), med(out.b, 'edited'), G3, 'x');
    rows.push(['(info)', 'drop -> edit painted, p95', '', '', ms(p95(out.a.map((t) => t.edited))), ms(p95(out.b.map((t) => t.edited))), '', '', '']);
    rows.push(['(info)', 'drop -> revision on <html>, median', '', '', ms(med(out.a, 'confirmed')), ms(med(out.b, 'confirmed')), '', '', '']);
    rows.push(['(info)', 'drop -> paint, median', '', '', ms(med(out.a, 'paint')), ms(med(out.b, 'paint')), '', '', '']);
    rows.push(['(info)', 'longest task in the edit, median', '', '', ms(med(out.a, 'longest')), ms(med(out.b, 'longest')), '', '', '']);
    rows.push(['(info)', 'data-problems-check-ms, median', '', '', ms(med(out.a, 'check')), ms(med(out.b, 'check')), '', '', '']);
    for (const p of [big, small]) await p.context().close();
  }

  // G4 and G5: 5,000 loaded, ~300 visible.
  {
    const { full } = programs(5_000);
    const page = await openApp(full, '5k');
    const ids = await page.locator('.calendar [data-event-id]:not([data-mirror])').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height >= 14 && e.getBoundingClientRect().width >= 14).map((e) => (e as HTMLElement).dataset.eventId ?? ''),
    );
    const [x, y] = [ids.find((id) => id !== DRAGGED && id), ids.find((id, i) => i > 20 && id !== DRAGGED && id)];
    if (!x || !y) throw new Error('no events to click');
    // A: select the other of x/y (a state change); B: click the selected one again (no change).
    let current = x;
    await clickToPaint(page, current);
    const change = async () => {
      current = current === x ? y : x;
      const t = await clickToPaint(page, current);
      if ((await selected(page)) !== current) throw new Error(`click did not select ${current}`);
      return t;
    };
    const same = () => clickToPaint(page, current);
    await change();
    await same();
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < PAIRS.g4; i++) {
      a.push(await change());
      b.push(await same());
    }
    row('G4', 'click -> paint, median', 'select another event', 'no-op click (floor)', median(a), median(b), G4, 'x');
    rows.push(['(info)', 'click -> paint, p95', '', '', ms(p95(a)), ms(p95(b)), '', '', '']);

    const drops = dropper(page);
    await drops();
    const times: DropTimes[] = [];
    for (let i = 0; i < PAIRS.g5; i++) times.push(await drops());
    const paints = times.map((t) => t.paint);
    row('G5', 'drop -> paint, p95', `5,000 loaded, ${VISIBLE} visible`, '', p95(paints), median(paints), G5_MS, 'ms');
    rows[rows.length - 1]![5] = `median ${ms(median(paints))}`;
    rows.push(['(info)', 'drop -> edit painted, p95 / median', '', '', ms(p95(times.map((t) => t.edited))), ms(median(times.map((t) => t.edited))), '', '', '']);
  }
});
