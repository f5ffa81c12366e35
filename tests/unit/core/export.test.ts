/**
 * Exports through the real handler table (the one Electron registers): a scripted folder dialog,
 * real PDFs printed by Chromium into a temp folder and read back with pdftotext, iCalendar files
 * parsed with ical.js, cancel and failure leaving nothing behind.
 */
import ICAL from 'ical.js';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentSnapshot, ExportProgressEvent } from '../../../src/shared/ipc/contract';
import type { Printer } from '../../../src/main/print/printer';
import { pdfText, toolsAvailable } from '../print/helpers';
import { createCoreFixture, WINDOW, type CoreFixture } from './core-fixture';

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

describe('export through the handler table', () => {
  it.skipIf(!toolsAvailable)('writes every participant’s itinerary PDF into the chosen folder, with progress (skipped without Chromium/pdftotext)', async () => {
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
    ]) {
      const result = await fixture.attempt('exportPdf', bad as never);
      expect(result, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    expect(fixture.dialogs.folders).toHaveLength(1);
  });
});
