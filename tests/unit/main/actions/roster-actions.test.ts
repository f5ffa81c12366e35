/**
 * roster:read through the real handler table (the one Electron registers): a scripted open dialog
 * hands main a roster in a temp folder; the answer is the decoded roster, bounded, with the file's
 * name only; unreadable, binary and oversized files are refused with errors that name the problem.
 * The import itself is the plan's command through program:apply, undone in one step.
 */
import ExcelJS from 'exceljs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rosterReadSchema, ROSTER_LIMITS, type DocumentSnapshot } from '../../../../src/shared/ipc/contract';
import { detectMapping, planRosterImport } from '../../../../src/shared/roster/index';
import type { Program } from '../../../../src/shared/program/schema';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';

let fixture: CoreFixture | undefined;
afterEach(async () => {
  await fixture?.cleanup();
  fixture = undefined;
});

async function opened(): Promise<{ f: CoreFixture; doc: DocumentSnapshot }> {
  const f = await createCoreFixture();
  fixture = f;
  await f.core.openInitial(WINDOW, f.programPath);
  const doc = await f.call('getCurrentProgram');
  if (!doc) throw new Error('nothing open');
  return { f, doc };
}

async function scriptRoster(f: CoreFixture, name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(f.dir, name);
  await writeFile(path, bytes);
  f.dialogs.open.push(path);
  return path;
}

const WINDOWS_1252_ROSTER = Buffer.from(
  'Given name;Family name;Country;Phone;Passport\r\nJosé;Muñoz Pérez;Chile;0044 20 7946 0958;000123456\r\n;;;\r\n',
  'latin1',
);

describe('roster:read', () => {
  it('returns a Windows-1252 ; roster decoded, with the file name only and trailing blank rows dropped', async () => {
    const { f, doc } = await opened();
    await scriptRoster(f, 'delegation.csv', WINDOWS_1252_ROSTER);
    const roster = await f.call('readRoster', { docId: doc.docId });
    expect(rosterReadSchema.nullable().parse(roster)).toEqual(roster);
    expect(roster).toEqual({
      fileName: 'delegation.csv',
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      date1904: false,
      rows: [
        ['Given name', 'Family name', 'Country', 'Phone', 'Passport'],
        ['José', 'Muñoz Pérez', 'Chile', '0044 20 7946 0958', '000123456'],
      ],
    });
    expect(JSON.stringify(roster)).not.toContain(f.dir);
  });

  it('returns null when the planner cancels the open dialog', async () => {
    const { f, doc } = await opened();
    expect(await f.call('readRoster', { docId: doc.docId })).toBeNull();
  });

  it('needs the window’s open document', async () => {
    const { f } = await opened();
    await scriptRoster(f, 'r.csv', 'Family name,Country\nDoe,Chile\n');
    const result = await f.attempt('readRoster', { docId: 'doc-999' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    expect(f.dialogs.open).toHaveLength(1); // no dialog was shown
  });

  it('a file that vanished: ROSTER_UNREADABLE naming the file, not its folder', async () => {
    const { f, doc } = await opened();
    f.dialogs.open.push(join(f.dir, 'gone.csv'));
    const result = await f.attempt('readRoster', { docId: doc.docId });
    expect(result).toEqual({ ok: false, error: { code: 'ROSTER_UNREADABLE', message: 'gone.csv cannot be imported: it no longer exists (was it moved or deleted?).' } });
  });

  it('a binary file and an old .xls are refused as what they are', async () => {
    const { f, doc } = await opened();
    await scriptRoster(f, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0x12]));
    expect(await f.attempt('readRoster', { docId: doc.docId })).toEqual({
      ok: false,
      error: { code: 'ROSTER_UNREADABLE', message: 'photo.csv is not a CSV or XLSX roster: it is not a text file (it contains binary data).' },
    });
    await scriptRoster(f, 'old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const xls = await f.attempt('readRoster', { docId: doc.docId });
    expect(xls.ok).toBe(false);
    if (!xls.ok) expect(xls.error.message).toMatch(/^old\.xls is an Excel 97-2003 workbook \(\.xls\), which cannot be read; save it as \.xlsx or CSV/);
  });

  it('an empty file and a broken workbook say so', async () => {
    const { f, doc } = await opened();
    await scriptRoster(f, 'empty.csv', '');
    expect(await f.attempt('readRoster', { docId: doc.docId })).toEqual({ ok: false, error: { code: 'ROSTER_UNREADABLE', message: 'empty.csv cannot be imported: the file is empty.' } });
    await scriptRoster(f, 'broken.xlsx', Buffer.from('PK\u0003\u0004 not really a zip', 'latin1'));
    const broken = await f.attempt('readRoster', { docId: doc.docId });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/^broken\.xlsx is not a valid Excel workbook: its zip directory is missing or damaged/);
  });

  it('refuses files over the size cap before reading them, and rosters over the row cap', async () => {
    const { f, doc } = await opened();
    const big = await scriptRoster(f, 'big.csv', '');
    await truncate(big, ROSTER_LIMITS.maxBytes + 1);
    expect(await f.attempt('readRoster', { docId: doc.docId })).toEqual({
      ok: false,
      error: { code: 'TOO_LARGE', message: 'big.csv is too large to import: it is 5.0 MB, and a roster file can be at most 5 MB.' },
    });
    const rows = ['Family name,Country', ...Array.from({ length: ROSTER_LIMITS.maxPeople + 1 }, (_, i) => `Person ${i},Chile`)];
    await scriptRoster(f, 'long.csv', rows.join('\n'));
    const long = await f.attempt('readRoster', { docId: doc.docId });
    expect(long).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: 'long.csv is too large to import: it has 5001 rows after the header, and one import can take at most 5000 (split the file).' } });
  });

  it('reads UTF-16 without a byte-order mark and a 1904-system workbook', async () => {
    const { f, doc } = await opened();
    await scriptRoster(f, 'unicode.txt', Buffer.from('Family name\tCountry\nWójcik\tPoland\n', 'utf16le'));
    const utf16 = await f.call('readRoster', { docId: doc.docId });
    expect(utf16).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', rows: [['Family name', 'Country'], ['Wójcik', 'Poland']] });

    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Roster');
    sheet.addRow(['Family name', 'Country', 'Phone', 'Arrival']);
    sheet.addRow(['Nakamura', 'Japan', '+81 90 1234 5678', 43000]);
    await scriptRoster(f, 'roster.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    const xlsx = await f.call('readRoster', { docId: doc.docId });
    expect(xlsx).toMatchObject({ fileName: 'roster.xlsx', format: 'xlsx', encoding: null, delimiter: null, date1904: true });
    expect(xlsx?.rows).toEqual([
      ['Family name', 'Country', 'Phone', 'Arrival'],
      ['Nakamura', 'Japan', '+81 90 1234 5678', '43000'],
    ]);
  });

  it('the planned import applies as one command and one undo restores the file byte for byte', async () => {
    const { f, doc } = await opened();
    const before = await readFile(f.programPath);
    await scriptRoster(f, 'delegation.csv', WINDOWS_1252_ROSTER);
    const roster = await f.call('readRoster', { docId: doc.docId });
    if (!roster) throw new Error('no roster');
    const program = JSON.parse(doc.json) as Program;
    const mapping = detectMapping(roster.rows[0] ?? []);
    mapping.set(4, 'internalNotes');
    const plan = planRosterImport(program, roster.rows, mapping, { date1904: roster.date1904 });
    if (!plan.command) throw new Error('nothing to import');
    const applied = await f.call('applyCommand', { docId: doc.docId, baseRevision: doc.revision, command: plan.command });
    expect(applied.history.undoLabel).toBe('Import roster (1 participant)');
    await f.call('saveNow', { docId: doc.docId });
    const saved = JSON.parse(await readFile(f.programPath, 'utf8')) as Program;
    expect(saved.participants.at(-1)).toMatchObject({ givenName: 'José', familyName: 'Muñoz Pérez', phone: '0044 20 7946 0958', internalNotes: '000123456' });
    await f.call('undo', { docId: doc.docId });
    await f.call('saveNow', { docId: doc.docId });
    expect((await readFile(f.programPath)).equals(before)).toBe(true);
  });
});
