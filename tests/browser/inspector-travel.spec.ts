/**
 * Editing a flight, a hotel stay and a meeting in the inspector, end to end on the sample program:
 * each end of a journey shows and takes its time local to its own city; each committed field is one
 * command saved to disk; an arrival before the departure (as instants) is refused beside the field
 * and nothing is saved; undo steps back edit by edit to the original bytes.
 */
import type { Locator, Page } from '@playwright/test';
import type { Activity, HotelStayActivity, PlaceActivity, Program, TravelActivity } from '../../src/shared/program/schema';
import { addMinutes, inZone, zoneOf } from '../../src/shared/time';
import { eventEl, revisionOf, waitForSavedAfter } from './calendar-driver';
import { expect, test } from './harness';
import { activityIn, sampleProgramFile, type Scheduled } from './programs';

const FIRST_WEEK_END = '2024-05-05';

function scheduledIn<A extends Activity>(program: Program, pick: (a: Activity) => a is A): Scheduled<A>[] {
  return program.activities.filter(
    (a): a is Scheduled<A> => pick(a) && a.timing.kind === 'scheduled' && a.timing.start.slice(0, 10) <= FIRST_WEEK_END,
  );
}

/** A first-week flight from Washington (Eastern time) to Phoenix (Arizona: MST all year). */
function eastToPhoenixFlight(program: Program): Scheduled<TravelActivity> {
  const found = scheduledIn(program, (a): a is TravelActivity => a.type === 'travel' && a.mode === 'flight').find(
    (a) => zoneOf(a.timing.start) === 'America/New_York' && zoneOf(a.timing.end) === 'America/Phoenix',
  );
  if (!found) throw new Error('the sample has no first-week flight from the East Coast to Phoenix');
  return found;
}

async function commitField(page: Page, field: Locator, value: string): Promise<number> {
  const revision = await revisionOf(page);
  await field.fill(value);
  await field.press('Enter');
  return waitForSavedAfter(page, revision);
}

/** Leaves any field (a focused field keeps Ctrl+Z for its own text), then undoes one program edit. */
async function undoOnce(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const revision = await revisionOf(page);
  await page.keyboard.press('Control+z');
  await waitForSavedAfter(page, revision);
}

test('a flight shows and edits each end in its own zone; arrival before departure is refused; hotel and meeting fields save; undo restores the bytes', async ({
  page,
  harness,
}, testInfo) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const program = JSON.parse(original) as Program;
  const flight = eastToPhoenixFlight(program);
  const day = flight.timing.start.slice(0, 10);
  const departs = flight.timing.start.slice(11, 16);
  const arrives = flight.timing.end.slice(11, 16);

  await eventEl(page, flight.id).click();
  const inspector = page.locator('aside.inspector');
  await expect(inspector).toHaveAttribute('data-activity-id', flight.id);

  // Each end names its clock, its zone's abbreviation on that day and its city.
  const departure = inspector.getByLabel(/^Departs/);
  const arrival = inspector.getByLabel(/^Arrives/);
  await expect(inspector.locator('label[for="edit-start"]')).toHaveText(`Departs ${departs} EDT · Washington`);
  await expect(inspector.locator('label[for="edit-end"]')).toHaveText(`Arrives ${arrives} MST · Phoenix`);
  await expect(departure).toHaveValue(`${day}T${departs}`);
  await expect(arrival).toHaveValue(`${day}T${arrives}`);
  await expect(inspector.getByLabel('Mode', { exact: true })).toHaveValue('flight');
  await expect(inspector.getByLabel('From', { exact: true })).toHaveValue(flight.originVenueId);
  await expect(inspector.getByLabel('To', { exact: true })).toHaveValue(flight.destinationVenueId);

  // The flight number: one edit, on disk.
  await commitField(page, inspector.getByLabel('Flight number'), 'AA 9001');
  expect(activityIn<TravelActivity>(await app.readProgramText(), flight.id).number).toBe('AA 9001');

  // The arrival, typed as Phoenix local time and written in Phoenix's zone.
  await commitField(page, arrival, `${day}T16:20`);
  const afterArrival = await app.readProgramText();
  expect(activityIn<TravelActivity>(afterArrival, flight.id).timing).toEqual({ ...flight.timing, end: `${day}T16:20:00-07:00[America/Phoenix]` });
  await expect(inspector.locator('label[for="edit-end"]')).toHaveText('Arrives 16:20 MST · Phoenix');

  // For the record, the whole inspector at its real width on a tall window (read by a person).
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1280, height: 2000 });
  await inspector.screenshot({ path: testInfo.outputPath('inspector-flight.png') });
  if (viewport) await page.setViewportSize(viewport);

  // Five minutes before the departure as an instant (10:05 MST against 13:10 EDT, say): refused
  // beside the field; nothing is sent and the file stays as it was.
  const tooEarly = inZone(addMinutes(flight.timing.start, -5), 'America/Phoenix').slice(0, 16);
  const revision = await revisionOf(page);
  await arrival.fill(tooEarly);
  await arrival.press('Enter');
  await expect(inspector.getByTestId('edit-end-error')).toHaveText('The arrival must be after the departure');
  await expect(arrival).toHaveAttribute('aria-invalid', 'true');
  await expect(arrival).toHaveAttribute('aria-describedby', 'edit-end-error');
  await inspector.locator('.edit-field:has(#edit-end)').screenshot({ path: testInfo.outputPath('inspector-flight-refused.png') });
  expect(await revisionOf(page)).toBe(revision);
  expect(await app.readProgramText()).toBe(afterArrival);
  await arrival.press('Escape');

  // A hotel stay: check-out, local to the hotel.
  const stay = scheduledIn(program, (a): a is HotelStayActivity => a.type === 'hotel-stay')[0];
  if (!stay) throw new Error('the sample has no first-week hotel stay');
  await eventEl(page, stay.id).click();
  await expect(inspector).toHaveAttribute('data-activity-id', stay.id);
  const checkOut = inspector.getByLabel(/^Check-out/);
  await expect(checkOut).toHaveValue(stay.timing.end.slice(0, 16));
  const checkOutDay = stay.timing.end.slice(0, 10);
  await commitField(page, checkOut, `${checkOutDay}T10:00`);
  expect(activityIn<HotelStayActivity>(await app.readProgramText(), stay.id).timing).toEqual({
    ...stay.timing,
    end: `${checkOutDay}T10:00:00${stay.timing.end.slice(19)}`,
  });

  // A meeting: interpretation (a select) and a provided meal (a tick), one command each.
  const meeting = scheduledIn(program, (a): a is PlaceActivity => a.type === 'meeting').find(
    (a) => a.interpretation !== 'simultaneous' && !a.mealsProvided.includes('lunch'),
  );
  if (!meeting) throw new Error('the sample has no first-week meeting to edit');
  await eventEl(page, meeting.id).click();
  await expect(inspector).toHaveAttribute('data-activity-id', meeting.id);
  let before = await revisionOf(page);
  await inspector.getByLabel('Interpretation').selectOption('simultaneous');
  before = await waitForSavedAfter(page, before);
  await inspector.getByRole('group', { name: 'Meals provided' }).getByLabel('Lunch').check();
  await waitForSavedAfter(page, before);
  const edited = activityIn<PlaceActivity>(await app.readProgramText(), meeting.id);
  expect(edited.interpretation).toBe('simultaneous');
  const dayOrder = ['breakfast', 'lunch', 'dinner'];
  expect(edited.mealsProvided).toEqual(dayOrder.filter((m) => m === 'lunch' || meeting.mealsProvided.includes(m as 'lunch')));

  // Five edits, five undos: meal, interpretation, check-out, arrival, number; then the original bytes.
  await undoOnce(page);
  expect(activityIn<PlaceActivity>(await app.readProgramText(), meeting.id).mealsProvided).toEqual(meeting.mealsProvided);
  await undoOnce(page);
  expect(activityIn<PlaceActivity>(await app.readProgramText(), meeting.id).interpretation).toBe(meeting.interpretation);
  await undoOnce(page);
  expect(activityIn<HotelStayActivity>(await app.readProgramText(), stay.id).timing).toEqual(stay.timing);
  await undoOnce(page);
  expect(await app.readProgramText()).not.toBe(original);
  await undoOnce(page);
  expect(await app.readProgramText()).toBe(original);
});

test('a new origin in another city keeps the local departure time in its zone; a meeting moved to another city loses its venue in the same edit', async ({
  page,
  harness,
}) => {
  const app = await harness({ programFile: sampleProgramFile() });
  await app.open();
  const original = await app.readProgramText();
  const program = JSON.parse(original) as Program;
  const flight = eastToPhoenixFlight(program);
  const day = flight.timing.start.slice(0, 10);
  const departs = flight.timing.start.slice(11, 16);
  const tucsonAirport = program.venues.find((v) => v.kind === 'airport' && v.cityId === 'tucson');
  if (!tucsonAirport) throw new Error('the sample has no Tucson airport');

  await eventEl(page, flight.id).click();
  const inspector = page.locator('aside.inspector');
  await expect(inspector).toHaveAttribute('data-activity-id', flight.id);
  let revision = await revisionOf(page);
  await inspector.getByLabel('From', { exact: true }).selectOption(tucsonAirport.id);
  revision = await waitForSavedAfter(page, revision);
  const moved = activityIn<TravelActivity>(await app.readProgramText(), flight.id);
  expect(moved.originVenueId).toBe(tucsonAirport.id);
  expect(moved.timing).toEqual({ ...flight.timing, start: `${day}T${departs}:00-07:00[America/Phoenix]` });
  await expect(inspector.locator('label[for="edit-start"]')).toHaveText(`Departs ${departs} MST · Tucson`);

  const meeting = scheduledIn(program, (a): a is PlaceActivity => a.type === 'meeting').find((a) => a.cityId === 'washington' && a.venueId !== null);
  if (!meeting) throw new Error('the sample has no first-week Washington meeting with a venue');
  await eventEl(page, meeting.id).click();
  await expect(inspector).toHaveAttribute('data-activity-id', meeting.id);
  await inspector.getByLabel('City', { exact: true }).selectOption('phoenix');
  revision = await waitForSavedAfter(page, revision);
  const relocated = activityIn<PlaceActivity>(await app.readProgramText(), meeting.id);
  expect(relocated).toMatchObject({ cityId: 'phoenix', venueId: null });
  expect(relocated.timing).toEqual({
    kind: 'scheduled',
    start: `${meeting.timing.start.slice(0, 19)}-07:00[America/Phoenix]`,
    end: `${meeting.timing.end.slice(0, 19)}-07:00[America/Phoenix]`,
  });
  await expect(inspector.getByLabel('Venue', { exact: true })).toHaveValue('');

  await undoOnce(page);
  expect(activityIn<PlaceActivity>(await app.readProgramText(), meeting.id)).toEqual(meeting);
  await undoOnce(page);
  expect(await app.readProgramText()).toBe(original);
});
