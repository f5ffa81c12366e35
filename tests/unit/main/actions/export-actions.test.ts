/**
 * Exports through the real handler table (the one Electron registers): a scripted folder dialog,
 * real PDFs printed by Chromium into a temp folder and read back with pdftotext, iCalendar files
 * parsed with ical.js, cancel and failure leaving nothing behind.
 */
import ICAL from 'ical.js';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSnapshot, ExportProgressEvent } from '../../../../src/shared/ipc/contract';
import type { Printer } from '../../../../src/main/print/printer';
import { applyCommand } from '../../../../src/shared/commands/apply';
import { issueSnapshot } from '../../../../src/shared/issuing/index';
import { placeActivity } from '../../../../src/shared/program/factory';
import type { Program } from '../../../../src/shared/program/schema';
import { zonedFromLocal } from '../../../../src/shared/time';
import { pdfText } from '../print/helpers';
import { createCoreFixture, smallProgram, WINDOW, type CoreFixture } from '../app-fixture';

let fixture: CoreFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function open(f: CoreFixture): Promise<DocumentSnapshot> {
  await f.core.openInitial(WINDOW, f.programPath);
  const snapshot = await f.call('getCurrentProgram');
  if (!snapshot) throw new Error('nothing open');
  return snapshot;
}

async function outFolder(f: CoreFixture, name: string): Promise<string> {
  const dir = join(f.dir, name);
  await mkdir(dir);
  return dir;
}

const progressOf = (f: CoreFixture) => f.events.filter((e) => e.event === 'onExportProgress').map((e) => e.payload as ExportProgressEvent);

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: (() => void) | undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve: () => resolve?.() };
}

/** A printer that holds every print until `release()`; prints a one-page PDF. */
function gatedPrinter() {
  const gate = deferred();
  const started = deferred();
  const printer: Printer = {
    async print() {
      started.resolve();
      await gate.promise;
      const doc = await PDFDocument.create();
      doc.addPage();
      return doc.save();
    },
    async close() {},
  };
  return { printer, release: gate.resolve, printing: started.promise };
}

/** The small program plus a dinner only Ana (p1) attends, so moving it changes one itinerary. */
function programWithDinner(): Program {
  const dinner = placeActivity({
    id: 'a-dinner',
    title: 'Home hospitality dinner',
    cityId: 'phx',
    attendees: { everyone: false, groupIds: [], participantIds: ['p1'], staffIds: [] },
    timing: { kind: 'scheduled', start: zonedFromLocal('2024-05-06T18:00', 'America/Phoenix'), end: zonedFromLocal('2024-05-06T20:00', 'America/Phoenix') },
  });
  return applyCommand(smallProgram(), { type: 'activity/create', activity: dinner }).program;
}

/** Issues version 1 through the handler table (as the app's "Issue itineraries…" does), then moves the dinner a day. */
async function issueThenMoveDinner(f: CoreFixture, docId: string): Promise<void> {
  const snapshot = await f.call('getCurrentProgram');
  const program = JSON.parse(snapshot?.json ?? 'null') as Program;
  const issued = issueSnapshot(program, { issuedAt: '2024-04-22T15:00:00.000Z', note: 'before arrival' });
  const first = await f.call('applyCommand', { docId, baseRevision: snapshot?.revision ?? 0, command: { type: 'program/issue', issued } });
  await f.call('applyCommand', { docId, baseRevision: first.revision, command: { type: 'activity/move', id: 'a-dinner', start: zonedFromLocal('2024-05-07T18:00', 'America/Phoenix') } });
}

describe('export through the handler table', () => {
  it('after issuing and a move, exports only the affected traveler, with the changes page and the issued version', async () => {
    fixture = await createCoreFixture(programWithDinner());
    const { docId } = await open(fixture);
    await issueThenMoveDinner(fixture, docId);
    const out = await outFolder(fixture, 'Updates');
    fixture.dialogs.folders.push(out);

    const result = await fixture.call('exportPdf', { docId, selection: { kind: 'affected-travelers', sinceVersion: 1 }, paper: 'letter', changesSinceVersion: 1 });
    expect(result).toEqual({ folderName: 'Updates', files: 1 });
    expect(await readdir(out)).toEqual(['itinerary-p1.pdf']);
    const text = await pdfText(join(out, 'itinerary-p1.pdf'));
    expect(text).toContain('Changes since version 1');
    expect(text).toMatch(/Moved to another day: Home hospitality dinner, was Mon, May 6, 18:00–20:00 MST, now Tue, May 7, 18:00–20:00 MST/);
    expect(text).toContain('Ana');
    expect(text).toContain('Issued 22 April 2024, version 1'); // the footer names the version issued, not today
  }, 30_000);

  it('refuses an affected-only export when nothing changed, or for a version never issued, before asking for a folder', async () => {
    fixture = await createCoreFixture(programWithDinner());
    const { docId } = await open(fixture);
    fixture.dialogs.folders.push(await outFolder(fixture, 'out'));
    const never = await fixture.attempt('exportPdf', { docId, selection: { kind: 'affected-travelers', sinceVersion: 1 }, paper: 'a4' });
    expect(never).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('nothing has been issued yet') } });
    const page = await fixture.attempt('exportPdf', { docId, selection: { kind: 'all-participants' }, paper: 'a4', changesSinceVersion: 3 });
    expect(page).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const snapshot = await fixture.call('getCurrentProgram');
    const issued = issueSnapshot(JSON.parse(snapshot?.json ?? 'null') as Program, { issuedAt: '2024-04-22T15:00:00.000Z', note: '' });
    await fixture.call('applyCommand', { docId, baseRevision: snapshot?.revision ?? 0, command: { type: 'program/issue', issued } });
    const unchanged = await fixture.attempt('exportIcs', { docId, selection: { kind: 'affected-travelers', sinceVersion: 1 } });
    expect(unchanged).toMatchObject({ ok: false, error: { code: 'INVALID', message: expect.stringContaining('No traveler’s itinerary changed since version 1') } });
    const bookPage = await fixture.attempt('exportPdf', { docId, selection: { kind: 'book' }, paper: 'a4', changesSinceVersion: 1 });
    expect(bookPage).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    expect(fixture.dialogs.folders).toHaveLength(1); // no dialog was shown
  });

  it('writes iCalendar files for exactly the travelers affected since a version', async () => {
    fixture = await createCoreFixture(programWithDinner());
    const { docId } = await open(fixture);
    await issueThenMoveDinner(fixture, docId);
    const out = await outFolder(fixture, 'calendars');
    fixture.dialogs.folders.push(out);
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'affected-travelers', sinceVersion: 1 } })).toEqual({ folderName: 'calendars', files: 1 });
    expect(await readdir(out)).toEqual(['itinerary-p1.ics']);
  });

  it('writes every participant’s itinerary PDF into the chosen folder, with progress', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    const out = await outFolder(fixture, 'Itineraries May');
    fixture.dialogs.folders.push(out);

    const result = await fixture.call('exportPdf', { docId, selection: { kind: 'all-participants' }, paper: 'letter' });
    expect(result).toEqual({ folderName: 'Itineraries May', files: 2 });
    expect((await readdir(out)).sort()).toEqual(['itinerary-p1.pdf', 'itinerary-p2.pdf']);
    const text = await pdfText(join(out, 'itinerary-p2.pdf'));
    expect(text).toContain('Łukasz Wójcik');
    expect(text).toContain('Phoenix Police Department');

    const progress = progressOf(fixture);
    expect(progress.every((p) => p.docId === docId)).toBe(true);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['render', 'print', 'split', 'write']));
    expect(progress.at(-1)).toEqual({ docId, phase: 'write', done: 2, total: 2 });
  }, 30_000);

  it('writes iCalendar files that ical.js parses, for a group', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    const out = await outFolder(fixture, 'calendars');
    fixture.dialogs.folders.push(out);

    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'group', id: 'g1' } })).toEqual({ folderName: 'calendars', files: 1 });
    expect(await readdir(out)).toEqual(['group-g1.ics']);
    const cal = new ICAL.Component(ICAL.parse(await readFile(join(out, 'group-g1.ics'), 'utf8')));
    const summaries = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(summaries).toEqual(expect.arrayContaining(['Orientation', 'Phoenix Police Department']));
    expect(progressOf(fixture).at(-1)).toEqual({ docId, phase: 'write', done: 1, total: 1 });
  });

  it('asks before replacing files of an earlier export; Cancel writes nothing', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    const out = await outFolder(fixture, 'calendars');
    fixture.dialogs.folders.push(out, out, out);
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'group', id: 'g1' } })).toEqual({ folderName: 'calendars', files: 1 });
    const first = await readFile(join(out, 'group-g1.ics'), 'utf8');
    await writeFile(join(out, 'group-g1.ics'), 'the planner’s own edits');
    fixture.dialogs.answers.push(1);
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'group', id: 'g1' } })).toBeNull();
    expect(await readFile(join(out, 'group-g1.ics'), 'utf8')).toBe('the planner’s own edits');
    expect(fixture.asked.at(-1)).toMatchObject({ message: 'Replace “group-g1.ics” in “calendars”?', buttons: ['Replace', 'Cancel'], cancelId: 1 });
    fixture.dialogs.answers.push(0);
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'group', id: 'g1' } })).toEqual({ folderName: 'calendars', files: 1 });
    expect((await readFile(join(out, 'group-g1.ics'), 'utf8')).split('DTSTAMP')[0]).toBe(first.split('DTSTAMP')[0]);
  });

  it('returns null and writes nothing when the folder dialog is cancelled', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    expect(await fixture.call('exportPdf', { docId, selection: { kind: 'book' }, paper: 'a4' })).toBeNull();
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'all-participants' } })).toBeNull();
    expect(progressOf(fixture)).toEqual([]);
  });

  it('refuses someone who is not in the program before asking for a folder', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    fixture.dialogs.folders.push(await outFolder(fixture, 'out'));
    const result = await fixture.attempt('exportPdf', { docId, selection: { kind: 'staff', id: 'nobody' }, paper: 'a4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(fixture.dialogs.folders).toHaveLength(1); // the dialog was never shown
  });

  it('cancel stops a running export and leaves no file; a second export meanwhile is refused', async () => {
    const gated = gatedPrinter();
    fixture = await createCoreFixture(undefined, { printer: gated.printer });
    const { docId } = await open(fixture);
    const out = await outFolder(fixture, 'out');
    fixture.dialogs.folders.push(out, out);

    const running = fixture.attempt('exportPdf', { docId, selection: { kind: 'all-participants' }, paper: 'letter' });
    await gated.printing;
    const second = await fixture.attempt('exportIcs', { docId, selection: { kind: 'all-participants' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'BUSY' } });

    expect(await fixture.call('cancelExport', { docId })).toBe(true);
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    gated.release();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the abandoned print finishes: still nothing may appear
    expect(await readdir(out)).toEqual([]);
    expect(await fixture.call('cancelExport', { docId })).toBe(false);

    // The document is free again: the next export runs.
    expect(await fixture.call('exportIcs', { docId, selection: { kind: 'participant', id: 'p1' } })).toEqual({ folderName: 'out', files: 1 });
  });

  it('refuses an export for a document the window does not show', async () => {
    fixture = await createCoreFixture();
    await open(fixture);
    const result = await fixture.attempt('exportIcs', { docId: 'doc-999', selection: { kind: 'book' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses malformed selections and paper sizes before any dialog', async () => {
    fixture = await createCoreFixture();
    const { docId } = await open(fixture);
    fixture.dialogs.folders.push(fixture.dir);
    for (const bad of [
      { docId, selection: { kind: 'participant' }, paper: 'a4' },
      { docId, selection: { kind: 'book', id: 'x' }, paper: 'a4' },
      { docId, selection: { kind: 'everyone' }, paper: 'a4' },
      { docId, selection: { kind: 'book' }, paper: 'legal' },
      { docId, selection: { kind: 'book' }, paper: 'a4', folder: '/etc' },
      { docId, selection: { kind: 'affected-travelers' }, paper: 'a4' },
      { docId, selection: { kind: 'affected-travelers', sinceVersion: 0 }, paper: 'a4' },
      { docId, selection: { kind: 'all-participants' }, paper: 'a4', changesSinceVersion: 'latest' },
    ]) {
      const result = await fixture.attempt('exportPdf', bad as never);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    expect(fixture.dialogs.folders).toHaveLength(1);
  });
});
