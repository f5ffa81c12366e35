/**
 * Opening the sample: the first week's activities at their local wall times, the inspector with
 * local times and named zones, and a screenshot of the main view for a human to look at.
 */
import { readFileSync } from 'node:fs';
import type { Activity, Program } from '../../src/shared/program/schema';
import { eventEl, expectEventAt, waitForCalendarReady } from './calendar-driver';
import { expect, test } from './harness';
import { sampleProgramFile, type Scheduled } from './programs';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function scheduled(program: Program): Scheduled[] {
  return program.activities.filter((a): a is Scheduled => a.timing.kind === 'scheduled');
}

/** "Tue Apr 30" of a zoned string's local date, written independently of the app's formatter. */
function localDay(zoned: string): string {
  const [y, m, d] = zoned.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[m - 1]} ${d}`;
}

function zoneOf(zoned: string): string {
  return zoned.slice(zoned.indexOf('[') + 1, -1);
}

/** The zone's short name at that instant, from Node's own Intl. */
function abbreviation(zoned: string): string {
  const instant = new Date(zoned.slice(0, zoned.indexOf('[')));
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zoneOf(zoned), timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

function readProgram(path: string): Program {
  return JSON.parse(readFileSync(path, 'utf8')) as Program;
}

test('opening the sample shows the first week at local wall times, without CSP violations', async ({ page, harness }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));
  const file = sampleProgramFile();
  const program = readProgram(file);
  const app = await harness({ programFile: file });
  await app.open();

  await expect(page.locator('.program-title')).toHaveText(program.title);
  await expect(page.locator('.calendar')).toHaveAttribute('data-ready', 'true');

  // Exactly the activities of Mon Apr 29 - Sun May 5 are on the calendar (nothing from other weeks).
  const weekStart = '2024-04-29';
  const weekEnd = '2024-05-05';
  const expected = scheduled(program)
    .filter((a) =>
      a.type === 'hotel-stay'
        ? a.timing.start.slice(0, 10) <= weekEnd && a.timing.end.slice(0, 10) >= weekStart
        : // An overnight flight that left the day before the program lands in its first day.
          (a.timing.start.slice(0, 10) >= weekStart || (a.type === 'travel' && a.timing.end.slice(0, 10) >= weekStart)) && a.timing.start.slice(0, 10) <= weekEnd,
    )
    .map((a) => a.id)
    .sort();
  // Hotel stays: this week needs more than two rows of them, so each day folds its stays into one
  // line ("6 hotels"); every stay of the week is drawn or counted in a fold.
  const hotels = new Set(scheduled(program).filter((a) => a.type === 'hotel-stay').map((a) => a.id));
  const rendered = await page.locator('.calendar [data-event-id]').evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.eventId))].sort());
  expect(rendered.filter((id) => !hotels.has(id ?? ''))).toEqual(expected.filter((id) => !hotels.has(id)));
  const folds = (await page.getByText(/^\d+ hotels?$/).allInnerTexts()).map((text) => Number.parseInt(text, 10));
  expect(folds.length).toBeGreaterThan(0);
  const drawn = rendered.filter((id) => hotels.has(id ?? ''));
  expect(drawn.every((id) => expected.includes(id as string))).toBe(true);
  expect(drawn.length + folds.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(expected.filter((id) => hotels.has(id)).length);

  // A few known activities, each at its local start time in its day's column.
  const firstOfType = (type: Activity['type']) => {
    const found = scheduled(program).find((a) => a.type === type && a.timing.start.slice(0, 10) <= weekEnd);
    if (!found) throw new Error(`the sample has no ${type} in its first week`);
    return found;
  };
  for (const activity of [firstOfType('briefing'), firstOfType('plenary'), firstOfType('meal')]) {
    await expect(eventEl(page, activity.id)).toContainText(activity.title.slice(0, 12));
    await expectEventAt(page, activity.id, activity.timing.start.slice(0, 10), `${activity.timing.start.slice(11, 16)}:00`);
  }

  // A flight across zones names both local times with their zones.
  const flight = scheduled(program).find(
    (a) => a.type === 'travel' && a.mode === 'flight' && a.timing.start.slice(0, 10) <= weekEnd && zoneOf(a.timing.start) !== zoneOf(a.timing.end),
  );
  if (flight) {
    const label = await eventEl(page, flight.id).textContent();
    expect(label).toContain(`${flight.timing.start.slice(11, 16)} ${abbreviation(flight.timing.start)}`);
    expect(label).toContain(`${flight.timing.end.slice(11, 16)} ${abbreviation(flight.timing.end)}`);
  }

  // Hotel stays sit in the all-day row, not as tall blocks in the grid.
  const hotel = scheduled(program).find((a) => a.type === 'hotel-stay' && a.timing.start.slice(0, 10) === weekStart);
  if (hotel) {
    const box = await eventEl(page, hotel.id).boundingBox();
    expect(box?.height ?? 999).toBeLessThan(40);
  }

  expect(violations, 'console errors or CSP violations').toEqual([]);
});

test('clicking an event shows every field in the inspector, with local time and zone', async ({ page, harness }) => {
  const file = sampleProgramFile();
  const program = readProgram(file);
  const app = await harness({ programFile: file });
  await app.open();

  const plenary = scheduled(program).find((a) => a.type === 'plenary');
  if (!plenary) throw new Error('the sample has no plenary');
  await eventEl(page, plenary.id).click();
  const inspector = page.locator('aside.inspector');
  await expect(inspector).toHaveAttribute('data-activity-id', plenary.id);
  await expect(inspector.locator('.inspector-title')).toHaveText(plenary.title);
  await expect(inspector.getByTestId('inspector-when')).toHaveText(
    `${localDay(plenary.timing.start)}, ${plenary.timing.start.slice(11, 16)}–${plenary.timing.end.slice(11, 16)} EDT (America/New_York)`,
  );
  await expect(inspector).toContainText('Internal notes');
  await expect(inspector).toContainText('Planner only');
  await expect(inspector).toContainText('Traveler notes');
  await expect(eventEl(page, plenary.id)).toHaveAttribute('data-selected', 'true');

  // Arizona keeps standard time in May: a Phoenix activity reads MST and sits on its own 09:00
  // line, although New York is three hours ahead at that moment.
  const phoenix = scheduled(program).find(
    (a) =>
      a.type !== 'travel' &&
      a.type !== 'hotel-stay' &&
      a.timing.start.endsWith('[America/Phoenix]') &&
      a.timing.start.slice(0, 10) >= '2024-05-06' &&
      a.timing.start.slice(0, 10) <= '2024-05-12',
  );
  if (!phoenix) throw new Error('the sample has no Phoenix activity in its second week');
  await page.getByRole('button', { name: /next/i }).click();
  await waitForCalendarReady(page);
  await eventEl(page, phoenix.id).click();
  await expect(inspector.getByTestId('inspector-when')).toContainText(`${phoenix.timing.start.slice(11, 16)}–`);
  await expect(inspector.getByTestId('inspector-when')).toContainText('MST (America/Phoenix)');
  await expectEventAt(page, phoenix.id, phoenix.timing.start.slice(0, 10), `${phoenix.timing.start.slice(11, 16)}:00`);
});

test('main view screenshot', async ({ page, harness }) => {
  const file = sampleProgramFile();
  const program = readProgram(file);
  const app = await harness({ programFile: file });
  await app.open();
  const marks = await page.evaluate(() => {
    const [received, parsed, ready] = ['program-received', 'program-parsed', 'calendar-ready'].map((name) => performance.getEntriesByName(name)[0]);
    return {
      received: received?.startTime ?? Number.NaN,
      parsed: parsed?.startTime ?? Number.NaN,
      ready: ready?.startTime ?? Number.NaN,
      events: ((ready as PerformanceMark | undefined)?.detail as { events?: number } | undefined)?.events,
    };
  });
  console.log(
    `program received ${marks.received.toFixed(0)} ms after navigation; JSON.parse ${(marks.parsed - marks.received).toFixed(1)} ms; ` +
      `week view (${marks.events} events) ready ${(marks.ready - marks.parsed).toFixed(0)} ms after parse`,
  );
  const plenary = scheduled(program).find((a) => a.type === 'plenary');
  if (plenary) await eventEl(page, plenary.id).click();
  await page.screenshot({ path: 'test-results/main-view.png' });
});

test('choosing a group in the sidebar shows its activities and everyone’s, and nothing of the other groups', async ({ page, harness }) => {
  const file = sampleProgramFile();
  const program = readProgram(file);
  const app = await harness({ programFile: file });
  await app.open();
  const group = program.groups[0];
  if (!group) throw new Error('the sample has no groups');

  await page.locator(`.sidebar [data-group-id="${group.id}"]`).click();
  await expect(page.locator(`.sidebar [data-group-id="${group.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /next/i }).click();
  await waitForCalendarReady(page);

  const concerns = (a: Activity) =>
    a.attendees.everyone ||
    a.attendees.groupIds.includes(group.id) ||
    a.attendees.participantIds.some((id) => group.participantIds.includes(id)) ||
    a.attendees.staffIds.some((id) => group.staffIds.includes(id));
  const expected = scheduled(program)
    .filter((a) => concerns(a))
    .filter((a) =>
      a.type === 'hotel-stay'
        ? a.timing.start.slice(0, 10) <= '2024-05-12' && a.timing.end.slice(0, 10) >= '2024-05-06'
        : a.timing.start.slice(0, 10) >= '2024-05-06' && a.timing.start.slice(0, 10) <= '2024-05-12',
    )
    .map((a) => a.id)
    .sort();
  await expect
    .poll(() => page.locator('.calendar [data-event-id]').evaluateAll((els) => [...new Set(els.map((el) => (el as HTMLElement).dataset.eventId))].sort()))
    .toEqual(expected);
  expect(expected.length).toBeGreaterThan(5);
});

test('selecting events leaves the calendar’s DOM alone apart from the selection mark', async ({ page, harness }) => {
  const file = sampleProgramFile();
  const program = readProgram(file);
  const app = await harness({ programFile: file });
  await app.open();
  const [first, second] = scheduled(program).filter((a) => a.type === 'plenary');
  if (!first || !second) throw new Error('the sample needs two plenaries');

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { calendarMutations: string[] }).calendarMutations = seen;
    new MutationObserver((records) => {
      for (const r of records) seen.push(r.type === 'attributes' ? `attr:${r.attributeName}` : r.type);
    }).observe(document.querySelector('.calendar') as Element, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await eventEl(page, first.id).click();
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', first.id);
  await eventEl(page, second.id).click();
  await expect(page.locator('aside.inspector')).toHaveAttribute('data-activity-id', second.id);
  const mutations = await page.evaluate(() => (window as unknown as { calendarMutations: string[] }).calendarMutations);
  // FullCalendar marks the clicked element focused/hovered with its own classes; nothing is re-rendered.
  expect(mutations.filter((m) => m !== 'attr:data-selected' && m !== 'attr:class')).toEqual([]);
  expect(mutations.filter((m) => m === 'attr:data-selected').length).toBeGreaterThan(0);
});
