import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readRosterFile, RosterReadError } from '../../../../src/main/roster/read-roster';
import { detectMapping, planRosterImport } from '../../../../src/shared/roster/index';
import { sampleProgram } from '../storage/fixture-program';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-roster-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** Windows-1252 bytes for text within Latin-1 (all this test needs). */
function cp1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

describe('readRosterFile (CSV)', () => {
  test('UTF-8 with a BOM: the BOM is not part of the first header', async () => {
    const roster = await readRosterFile(await write('bom.csv', `\uFEFFFirst name,Last name,Country\r\nZoë,Brontë,UK\r\n`));
    expect(roster.encoding).toBe('utf-8-bom');
    expect(roster.rows[0]).toEqual(['First name', 'Last name', 'Country']);
    expect(roster.rows[1]).toEqual(['Zoë', 'Brontë', 'UK']);
  });

  test('Windows-1252 when the bytes are not UTF-8', async () => {
    const roster = await readRosterFile(await write('w.csv', cp1252('Given name,Family name,Country\nJosé,Müller,Germany\n')));
    expect(roster.encoding).toBe('windows-1252');
    expect(roster.rows[1]).toEqual(['José', 'Müller', 'Germany']);
  });

  test('UTF-16 LE and BE by their BOM', async () => {
    const text = 'First name\tSurname\tCountry\nAyşe\tYılmaz\tTürkiye\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const a = await readRosterFile(await write('le.csv', le));
    const b = await readRosterFile(await write('be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])));
    expect(a.encoding).toBe('utf-16le');
    expect(b.encoding).toBe('utf-16be');
    expect(a.delimiter).toBe('\t');
    expect(a.rows[1]).toEqual(['Ayşe', 'Yılmaz', 'Türkiye']);
    expect(b.rows).toEqual(a.rows);
  });

  test('";" delimiters, quoted fields with newlines and delimiters, numbers kept as text', async () => {
    const roster = await readRosterFile(await write('semi.csv', 'Vorname;Surname;Country;Phone;Passport;Dietary\nAna;"Silva; Jr";Brazil;+44 0207 123;012345;"no nuts\nno pork"\n'));
    expect(roster.delimiter).toBe(';');
    expect(roster.rows[1]).toEqual(['Ana', 'Silva; Jr', 'Brazil', '+44 0207 123', '012345', 'no nuts\nno pork']);
  });

  test('an unreadable file is a RosterReadError', async () => {
    await expect(readRosterFile(join(dir, 'missing.csv'))).rejects.toBeInstanceOf(RosterReadError);
    await expect(readRosterFile(await write('bad.xlsx', 'not a zip'))).rejects.toBeInstanceOf(RosterReadError);
  });
});

async function workbook(date1904: boolean, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Roster');
  ws.addRow(['First name', 'Surname', 'Nationality', 'Phone', 'Passport', 'Arrival', 'Departure']);
  // Arrival as a bare serial number (as a sheet without date formatting has it), departure as a date cell.
  const row = ws.addRow(['Ana', 'Silva', 'Brazil', 2071234567, '012345', date1904 ? 43893 : 45355, new Date(Date.UTC(2024, 2, 20))]);
  row.getCell(4).numFmt = '00000000000';
  row.getCell(7).numFmt = 'yyyy-mm-dd';
  ws.addRow(['Jon', 'Berg', 'Norway', '+47 22 00 00 00', 'N0012345', '2024-03-05', '']);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('readRosterFile (XLSX)', () => {
  test.each([
    [false, 'serial-1900.xlsx'],
    [true, 'serial-1904.xlsx'],
  ])('serial and date cells read right with date1904=%s; phones and passports stay text', async (date1904, name) => {
    const roster = await readRosterFile(await workbook(date1904, name));
    expect(roster.format).toBe('xlsx');
    expect(roster.date1904).toBe(date1904);
    expect(roster.rows[1]).toEqual(['Ana', 'Silva', 'Brazil', '02071234567', '012345', date1904 ? '43893' : '45355', '2024-03-20']);
    const plan = planRosterImport(sampleProgram(), roster.rows, detectMapping(roster.rows[0]!), { date1904: roster.date1904 });
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted.map((a) => [a.participant.arrival, a.participant.departure, a.participant.phone])).toEqual([
      ['2024-03-04', '2024-03-20', '02071234567'],
      ['2024-03-05', null, '+47 22 00 00 00'],
    ]);
  });
});
