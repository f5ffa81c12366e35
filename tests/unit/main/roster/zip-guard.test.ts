/**
 * The zip-bomb guard in front of exceljs, on real bytes: real exceljs workbooks pass and still
 * import; zips are built here byte by byte (local headers, central directory, optionally ZIP64) so
 * the declared sizes can be honest or lie. zlib's inflateRawSync is wrapped in a spy (the real
 * function still runs) to show the guard never inflates past its bound: a 200 MB bomb is refused
 * from its directory without inflating at all, and one that understates its size stops at the
 * declared size with ERR_BUFFER_TOO_LARGE.
 */
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseRosterBytes, RosterReadError } from '../../../../src/main/roster/read-roster';
import { readRosterForImport } from '../../../../src/main/roster/roster-for-import';
import { APP_XLSX_LIMITS, guardZip, readZipDirectory, zipEntryData, ZipGuardError } from '../../../../src/main/roster/zip-guard';
import { createCoreFixture, WINDOW, type CoreFixture } from '../app-fixture';

vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:zlib')>();
  return { ...actual, inflateRawSync: vi.fn(actual.inflateRawSync) };
});
const inflateSpy = vi.mocked(inflateRawSync);

const MB = 1024 * 1024;

interface Part {
  name: string;
  /** The bytes as stored in the zip (deflated for method 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare (true or not). */
  size: number;
  crc?: number;
}

/** A stored or deflated part, with its true size and CRC. */
function part(name: string, content: Uint8Array | string, method: 0 | 8 = 8): Part {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: method === 8 ? deflateRawSync(raw) : raw, method, size: raw.byteLength, crc: crc32(raw) };
}

/**
 * A zip archive: local header + data per part, the central directory, the end record. With `zip64`
 * every size and offset goes in a ZIP64 extra field and the ZIP64 end record + locator are written.
 */
function zip(parts: Part[], { zip64 = false }: { zip64?: boolean } = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc ?? 0, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : p.data.byteLength, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64 ? zip64Extra([p.size, p.data.byteLength]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    chunks.push(local, name, localExtra, Buffer.from(p.data));

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(zip64 ? 45 : 20, 4);
    header.writeUInt16LE(zip64 ? 45 : 20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(p.method, 10);
    header.writeUInt32LE(p.crc ?? 0, 16);
    header.writeUInt32LE(zip64 ? 0xffffffff : p.data.byteLength, 20);
    header.writeUInt32LE(zip64 ? 0xffffffff : p.size, 24);
    header.writeUInt16LE(name.length, 28);
    const extra = zip64 ? zip64Extra([p.size, p.data.byteLength, offset]) : Buffer.alloc(0);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(header, name, extra);
    offset += local.length + name.length + localExtra.length + p.data.byteLength;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...chunks, cd, ...tail, end]);
}

function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

/** `bytes` zeros deflated, streamed 1 MB at a time so the test never holds them uncompressed. */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = once(deflate, 'end');
  const zeros = Buffer.alloc(MB);
  for (let left = bytes; left > 0; left -= MB) {
    if (!deflate.write(zeros.subarray(0, Math.min(MB, left)))) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

async function rosterWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Roster');
  sheet.addRow(['Family name', 'Given name', 'Country']);
  for (let i = 0; i < 50; i++) sheet.addRow([`Family ${i}`, `Given ${i}`, 'Chile']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The parts of a real workbook, re-read through the guard's directory reader. */
function partsOf(bytes: Buffer): Part[] {
  return readZipDirectory(bytes).map((e) => {
    const data = zipEntryData(bytes, e);
    const raw = e.method === 8 ? inflateRawSync(data) : data;
    return { name: e.name, data, method: e.method as 0 | 8, size: e.uncompressedSize, crc: crc32(raw) };
  });
}

const BOMB_BYTES = 200_000_000;
let bombData: Buffer;
let dir: string;
beforeAll(async () => {
  bombData = await deflatedZeros(BOMB_BYTES);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-xlsx-guard-'));
  inflateSpy.mockClear();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

/** The RosterReadError readRosterForImport refuses the file with. */
async function refusal(name: string, bytes: Uint8Array): Promise<RosterReadError> {
  const error: unknown = await readRosterForImport(await write(name, bytes)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof RosterReadError)) throw new Error(`expected a RosterReadError, got ${String(error)}`);
  return error;
}

describe('zip guard: real workbooks pass', () => {
  test('an exceljs workbook passes the guard (every part really inflated) and still imports', async () => {
    const bytes = await rosterWorkbook();
    const checked = guardZip(bytes);
    expect(checked.entries).toBeGreaterThan(5);
    expect(checked.uncompressedBytes).toBeGreaterThan(0);
    expect(checked.uncompressedBytes).toBeLessThan(1 * MB);
    expect(inflateSpy).toHaveBeenCalled();
    const roster = await readRosterForImport(await write('roster.xlsx', bytes));
    expect(roster).toMatchObject({ fileName: 'roster.xlsx', format: 'xlsx' });
    expect(roster.rows).toHaveLength(51);
    expect(roster.rows[50]).toEqual(['Family 49', 'Given 49', 'Chile']);
  });

  test('the same workbook repacked with ZIP64 records passes and still imports', async () => {
    const repacked = zip(partsOf(await rosterWorkbook()), { zip64: true });
    expect(guardZip(repacked).entries).toBeGreaterThan(5);
    const roster = await readRosterForImport(await write('zip64.xlsx', repacked));
    expect(roster.rows[1]).toEqual(['Family 0', 'Given 0', 'Chile']);
  });

  test('a workbook with bytes prepended (as JSZip accepts) passes', async () => {
    const bytes = Buffer.concat([Buffer.alloc(100, 0x20), await rosterWorkbook()]);
    expect(guardZip(bytes).entries).toBeGreaterThan(5);
  });
});

describe('zip guard: bombs are refused before exceljs unzips them', () => {
  test('one entry inflating to 200 MB of zeros is refused from its directory, nothing inflated', async () => {
    expect(bombData.length).toBeLessThan(1 * MB);
    const bomb = zip([part('[Content_Types].xml', '<Types/>'), { name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: BOMB_BYTES }]);
    const error = await refusal('bomb.xlsx', bomb);
    expect(error.tooLarge).toBe(true);
    expect(error.message).toBe(
      `bomb.xlsx is too large to import: xl/worksheets/sheet1.xml inside it expands to 191 MB when unzipped, more than the 64 MB a roster workbook part can be.`,
    );
    // Refused from the declared sizes alone: zlib was never asked to inflate anything.
    expect(inflateSpy).not.toHaveBeenCalled();
  });

  test('many parts that together expand past 100 MB are refused by the total', async () => {
    const parts = Array.from({ length: 4 }, (_, i): Part => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.alloc(60 * 1024), method: 8, size: 30 * MB }));
    const error = await refusal('wide.xlsx', zip(parts));
    expect(error.tooLarge).toBe(true);
    expect(error.message).toBe('wide.xlsx is too large to import: it expands to more than 100 MB when unzipped, and a roster workbook is a few MB.');
    expect(inflateSpy).not.toHaveBeenCalled();
  });

  test('an absurd compression ratio is refused even within the size limits', async () => {
    const data = deflateRawSync(Buffer.alloc(20 * MB));
    expect(20 * MB / data.length).toBeGreaterThan(APP_XLSX_LIMITS.maxRatio);
    const error = await refusal('dense.xlsx', zip([{ name: 'xl/sharedStrings.xml', data, method: 8, size: 20 * MB }]));
    expect(error.tooLarge).toBe(true);
    expect(error.message).toBe('dense.xlsx is too large to import: xl/sharedStrings.xml inside it expands more than 1,000 times when unzipped, which no real workbook does.');
  });

  test('more than 10,000 entries are refused before the directory is walked', async () => {
    const empty = part('a', '', 0);
    const error = await refusal('many.xlsx', zip(Array.from({ length: 10_001 }, (_, i) => ({ ...empty, name: `x/${i}` }))));
    expect(error.tooLarge).toBe(true);
    expect(error.message).toMatch(/^many\.xlsx is too large to import: it holds 10,001 files, and a workbook has a few dozen/);
  });

  test('a ZIP64 directory declaring an enormous size is refused', () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: 2 ** 40 }], { zip64: true });
    expect(() => guardZip(bomb)).toThrow(ZipGuardError);
    expect(() => guardZip(bomb)).toThrow(/expands to 1,048,576 MB when unzipped/);
    expect(inflateSpy).not.toHaveBeenCalled();
  });

  test('a directory that lies (declares 4 KB, really 200 MB) is still refused: inflating stops at the declared size', async () => {
    const declared = 4096;
    const liar = zip([part('[Content_Types].xml', '<Types/>'), { name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: declared }]);
    const error = await refusal('liar.xlsx', liar);
    expect(error.tooLarge).toBe(false);
    expect(error.message).toBe(
      'liar.xlsx is not a valid Excel workbook: xl/worksheets/sheet1.xml inside it expands to more than the 4,096 bytes its zip directory declares, so the file is damaged or forged.',
    );
    // The bound is zlib's own: the sheet's inflate was capped at its declared 4 KB and zlib threw
    // ERR_BUFFER_TOO_LARGE there, so no more than that (plus one 16 KB chunk) was ever held.
    const sheetCall = inflateSpy.mock.calls.findIndex(([data]) => Buffer.from(data as Uint8Array).equals(bombData));
    expect(sheetCall).toBeGreaterThanOrEqual(0);
    expect(inflateSpy.mock.calls[sheetCall]?.[1]).toEqual({ maxOutputLength: declared });
    expect(inflateSpy.mock.results[sheetCall]).toEqual({ type: 'throw', value: expect.objectContaining({ code: 'ERR_BUFFER_TOO_LARGE' }) });
  });

  test('the command line has wider bounds but refuses the same bombs', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: BOMB_BYTES }]);
    // 200 MB is within the command line's per-part bound, but deflate's ~1,000:1 gives it away.
    await expect(parseRosterBytes(bomb, 'bomb.xlsx')).rejects.toThrow(/^bomb\.xlsx is too large to import: xl\/worksheets\/sheet1\.xml inside it expands more than 1,000 times/);
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: 4096 }]);
    await expect(parseRosterBytes(liar, 'liar.xlsx')).rejects.toThrow(/^liar\.xlsx is not a valid Excel workbook: .* expands to more than the 4,096 bytes/);
  });
});

describe('zip guard: not a workbook', () => {
  test('random bytes named .xlsx are not a valid Excel workbook', async () => {
    let seed = 42;
    const random = Buffer.from(Array.from({ length: 64 * 1024 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    const error = await refusal('random.xlsx', random);
    expect(error.tooLarge).toBe(false);
    expect(error.message).toBe('random.xlsx is not a valid Excel workbook: its zip directory is missing or damaged (is the file complete, and really a workbook?).');
  });

  test('a truncated workbook is refused, whether cut in the data or in the directory', async () => {
    const bytes = await rosterWorkbook();
    for (const length of [Math.floor(bytes.length / 2), bytes.length - 10]) {
      const error = await refusal('cut.xlsx', bytes.subarray(0, length));
      expect(error.message).toMatch(/^cut\.xlsx is not a valid Excel workbook: its zip directory is missing or damaged/);
    }
  });

  test('a part whose data is cut short or corrupt is refused as damaged', () => {
    const good = part('xl/workbook.xml', '<workbook>'.repeat(1000));
    const cut = { ...good, data: good.data.subarray(0, 10) };
    expect(() => guardZip(zip([cut]))).toThrow(/xl\/workbook\.xml inside it is damaged/);
    const junk = { ...good, data: Buffer.alloc(good.data.length, 0xff) };
    expect(() => guardZip(zip([junk]))).toThrow(/xl\/workbook\.xml inside it is damaged/);
  });
});

describe('zip guard through roster:read', () => {
  let fixture: CoreFixture | undefined;
  afterAll(async () => {
    await fixture?.cleanup();
  });

  test('a bomb is TOO_LARGE, a liar ROSTER_UNREADABLE, both naming the file only', async () => {
    const f = await createCoreFixture();
    fixture = f;
    await f.core.openInitial(WINDOW, f.programPath);
    const doc = await f.call('getCurrentProgram');
    if (!doc) throw new Error('nothing open');
    f.dialogs.open.push(await write('bomb.xlsx', zip([{ name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: BOMB_BYTES }])));
    const bomb = await f.attempt('readRoster', { docId: doc.docId });
    expect(bomb).toEqual({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringMatching(/^bomb\.xlsx is too large to import: .* expands to 191 MB when unzipped/) } });
    f.dialogs.open.push(await write('liar.xlsx', zip([{ name: 'xl/worksheets/sheet1.xml', data: bombData, method: 8, size: 4096 }])));
    const liar = await f.attempt('readRoster', { docId: doc.docId });
    expect(liar).toEqual({ ok: false, error: { code: 'ROSTER_UNREADABLE', message: expect.stringMatching(/^liar\.xlsx is not a valid Excel workbook: /) } });
    expect(JSON.stringify([bomb, liar])).not.toContain(dir);
  });
});
