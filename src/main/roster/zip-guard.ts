/**
 * A zip-bomb guard for .xlsx rosters, run on the bytes BEFORE exceljs sees them.
 *
 * Why: exceljs (xlsx.load -> JSZip.loadAsync, then every entry inflated in full) unzips the whole
 * workbook into memory before the roster's row and column limits can apply, so a file well under
 * the 5 MB size cap can expand to gigabytes (deflate reaches about 1,030:1 on repeated bytes) and
 * take the main process down with it.
 *
 * How: the zip's own table of contents (the End of Central Directory record, and the ZIP64 one when
 * the classic fields overflow) lists every entry with its declared sizes. We refuse the file if the
 * directory cannot be read, if it lists too many entries, or if the declared sizes are too large or
 * absurdly compressible. Declared sizes can lie, so each entry is then really inflated with
 * zlib's `maxOutputLength` set to its declared size: zlib stops and throws as soon as the output
 * passes that, so nothing ever inflates past the limits above, whatever the directory claims. The
 * inflated bytes are dropped at once (exceljs inflates again; for a real roster of a few MB this
 * costs a few tens of milliseconds).
 *
 * Pure: no Electron, no file system; node:zlib only.
 */
import { AppError } from '../../shared/errors';
import { inflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

export interface ZipGuardLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Declared (and actual) uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Declared (and actual) uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed above this is refused for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * The app's bounds. A workbook is a few dozen zip entries (content types, rels, workbook, styles,
 * theme, shared strings, one XML part per sheet), and a 5,000-row roster unzips to a few MB. The
 * worst a roster within ROSTER_LIMITS can legitimately be is 5,001 rows x 200 columns = 1M cells at
 * ~40 bytes of sheet XML each (~40 MB in one part) plus at most 10M characters of shared strings
 * (~30 MB of UTF-8 XML at worst): hence 64 MB for one entry and 100 MB for all, far above any
 * real roster and far below what would hurt. 10,000 entries is hundreds of times what a workbook
 * has (a zip listing millions of tiny entries is another way to exhaust memory). Real XML deflates
 * 5-50:1 and rarely past 200:1; deflate's ceiling is ~1,030:1, reached only by long runs of one
 * byte, so over 1,000:1 on anything above 1 MB is a bomb.
 */
export const APP_XLSX_LIMITS: ZipGuardLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 64 * MB,
  maxTotalBytes: 100 * MB,
  maxRatio: 1000,
  ratioFloorBytes: 1 * MB,
};

/**
 * The command line reads whatever fits in memory (files up to 20 MB, no row cap), so its bounds
 * are wider; they still stop a bomb well before it exhausts memory. 512 MB per entry is about the
 * longest string V8 can hold, which is what JSZip would turn a sheet part into anyway.
 */
export const CLI_XLSX_LIMITS: ZipGuardLimits = {
  ...APP_XLSX_LIMITS,
  maxEntryBytes: 512 * MB,
  maxTotalBytes: 1024 * MB,
};

/**
 * The zip is refused: `invalid` when it is not a zip we can read (missing or damaged directory,
 * sizes that do not match the data), `too-large` when it would expand past the limits. The message
 * is the problem only; the caller names the file.
 */
export class ZipGuardError extends AppError<'ROSTER_UNREADABLE' | 'TOO_LARGE'> {
  constructor(
    readonly kind: 'invalid' | 'too-large',
    message: string,
  ) {
    super(kind === 'too-large' ? 'TOO_LARGE' : 'ROSTER_UNREADABLE', message);
  }
}

export interface ZipEntry {
  name: string;
  flags: number;
  /** 0 stored, 8 deflated (the only two JSZip and Excel use). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header in the bytes (already corrected for prepended data). */
  localHeaderOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const invalid = (problem: string) => new ZipGuardError('invalid', problem);
const tooLarge = (problem: string) => new ZipGuardError('too-large', problem);

function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB).toLocaleString('en-US')} MB`;
}

/** An entry's name as it may appear in a message: no control characters, not too long. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** A ZIP64 64-bit field as a number; beyond 2^53 no real file can be, so it reads as infinite. */
function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

/** Finds the End of Central Directory record: the last 22 + up to 65,535 (comment) bytes. */
function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - U16_MAX);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== SIG_EOCD) continue;
    // The comment must fit in what follows; JSZip tolerates bytes after it, and so do we.
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

/**
 * The central directory's entries, with declared sizes, checked against `limits` as they are read
 * (entry count first, so a directory of millions of entries is refused before it is walked).
 * Throws ZipGuardError.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipGuardLimits = APP_XLSX_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = 'its zip directory is missing or damaged (is the file complete, and really a workbook?)';
  if (bytes.byteLength < EOCD_SIZE) throw invalid(damaged);
  const eocd = findEocd(view);
  if (eocd < 0) throw invalid(damaged);

  let disk = view.getUint16(eocd + 4, true);
  let cdDisk = view.getUint16(eocd + 6, true);
  let count: number = view.getUint16(eocd + 10, true);
  let cdSize: number = view.getUint32(eocd + 12, true);
  let cdOffset: number = view.getUint32(eocd + 16, true);
  /** Where the central directory ends: the (ZIP64) end record follows it directly. */
  let cdEnd = eocd;

  const locator = eocd - ZIP64_LOCATOR_SIZE;
  const zip64 = locator >= 0 && view.getUint32(locator, true) === SIG_ZIP64_LOCATOR;
  if (zip64) {
    // The ZIP64 record sits right before its locator; the locator's own offset to it is wrong when
    // bytes were prepended (as JSZip allows), so the adjacent position is tried first.
    let record = locator - ZIP64_EOCD_SIZE;
    if (record < 0 || view.getUint32(record, true) !== SIG_ZIP64_EOCD) {
      const stated = u64(view, locator + 8);
      if (!(stated + ZIP64_EOCD_SIZE <= locator) || view.getUint32(stated, true) !== SIG_ZIP64_EOCD) throw invalid(damaged);
      record = stated;
    }
    disk = view.getUint32(record + 16, true);
    cdDisk = view.getUint32(record + 20, true);
    count = u64(view, record + 32);
    cdSize = u64(view, record + 40);
    cdOffset = u64(view, record + 48);
    cdEnd = record;
  } else if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    throw invalid(damaged); // overflowed classic fields with no ZIP64 record to give the real ones
  }
  if (disk !== 0 || cdDisk !== 0) throw invalid('it is one part of a split (multi-volume) zip archive');
  if (count > limits.maxEntries) {
    throw tooLarge(`it holds ${count.toLocaleString('en-US')} files, and a workbook has a few dozen (at most ${limits.maxEntries.toLocaleString('en-US')} are read)`);
  }
  // Bytes before the zip proper (JSZip accepts them) shift every offset by the same amount.
  const shift = cdEnd - (cdOffset + cdSize);
  if (!(shift >= 0) || cdSize < count * CENTRAL_SIZE) throw invalid(damaged);

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = cdOffset + shift;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > cdEnd || view.getUint32(at, true) !== SIG_CENTRAL) throw invalid(damaged);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize: number = view.getUint32(at + 20, true);
    let uncompressedSize: number = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const startDisk = view.getUint16(at + 34, true);
    let localHeaderOffset: number = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > cdEnd) throw invalid(damaged);
    const name = decoder.decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));

    // ZIP64 extended information (header 0x0001): the 64-bit values of exactly those fields that
    // hold 0xFFFFFFFF (0xFFFF for the disk), in this order.
    let extra = at + CENTRAL_SIZE + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const size = view.getUint16(extra + 2, true);
      const body = extra + 4;
      if (body + size > extraEnd) throw invalid(damaged);
      if (id === 0x0001) {
        let field = body;
        const take = (): number => {
          if (field + 8 > body + size) throw invalid(damaged);
          const value = u64(view, field);
          field += 8;
          return value;
        };
        if (uncompressedSize === U32_MAX) uncompressedSize = take();
        if (compressedSize === U32_MAX) compressedSize = take();
        if (localHeaderOffset === U32_MAX) localHeaderOffset = take();
      }
      extra = body + size;
    }
    if (startDisk !== 0 && startDisk !== U16_MAX) throw invalid('it is one part of a split (multi-volume) zip archive');
    if (flags & 0x0001) throw invalid(`${shown(name)} inside it is encrypted (save the workbook without a password)`);
    if (method !== 0 && method !== 8) throw invalid(`${shown(name)} inside it uses a compression method Excel does not write (${method})`);

    if (uncompressedSize > limits.maxEntryBytes) {
      throw tooLarge(`${shown(name)} inside it expands to ${uncompressedSize === Number.POSITIVE_INFINITY ? 'petabytes' : megabytes(uncompressedSize)} when unzipped, more than the ${megabytes(limits.maxEntryBytes)} a roster workbook part can be`);
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw tooLarge(`it expands to more than ${megabytes(limits.maxTotalBytes)} when unzipped, and a roster workbook is a few MB`);
    }
    if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > compressedSize * limits.maxRatio) {
      throw tooLarge(`${shown(name)} inside it expands more than ${limits.maxRatio.toLocaleString('en-US')} times when unzipped, which no real workbook does`);
    }
    entries.push({ name, flags, method, compressedSize, uncompressedSize, localHeaderOffset: localHeaderOffset + shift });
    at = next;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. Throws ZipGuardError. */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = `${shown(entry.name)} inside it is damaged (is the file complete?)`;
  const at = entry.localHeaderOffset;
  if (!(at + LOCAL_SIZE <= bytes.byteLength) || view.getUint32(at, true) !== SIG_LOCAL) throw invalid(damaged);
  // The local header's own name and extra lengths (they may differ from the central directory's).
  const start = at + LOCAL_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (!(end <= bytes.byteLength)) throw invalid(damaged);
  return bytes.subarray(start, end);
}

/**
 * Really inflates one entry, never past its declared size (already within the limits): zlib's
 * `maxOutputLength` makes it stop with ERR_BUFFER_TOO_LARGE as soon as the output passes it, so a
 * directory that understates a bomb costs at most the declared size in memory. Returns the actual
 * size; throws ZipGuardError if it differs from the declared one or the data is not deflate.
 */
export function inflatedSizeWithin(entry: ZipEntry, data: Uint8Array): number {
  if (entry.method === 0) {
    if (data.byteLength !== entry.uncompressedSize) throw invalid(`${shown(entry.name)} inside it is damaged (its sizes disagree)`);
    return data.byteLength;
  }
  let size: number;
  try {
    // maxOutputLength must be at least 1; an entry declared empty may then inflate to 1 byte,
    // which the comparison below refuses.
    size = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).byteLength;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') {
      throw invalid(`${shown(entry.name)} inside it expands to more than the ${entry.uncompressedSize.toLocaleString('en-US')} bytes its zip directory declares, so the file is damaged or forged`);
    }
    throw invalid(`${shown(entry.name)} inside it is damaged (its compressed data cannot be read)`);
  }
  if (size !== entry.uncompressedSize) {
    throw invalid(`${shown(entry.name)} inside it is damaged (it expands to ${size.toLocaleString('en-US')} bytes, not the ${entry.uncompressedSize.toLocaleString('en-US')} its zip directory declares)`);
  }
  return size;
}

/**
 * Checks a zip (an .xlsx) before anything unzips it: its directory against `limits`, then each
 * entry's real inflated size against its declared one. Returns the entry count and the total
 * uncompressed size; throws ZipGuardError when the file must be refused.
 */
export function guardZip(bytes: Uint8Array, limits: ZipGuardLimits = APP_XLSX_LIMITS): { entries: number; uncompressedBytes: number } {
  const entries = readZipDirectory(bytes, limits);
  let total = 0;
  for (const entry of entries) {
    // Checked in full before any inflating, so the sum of real sizes is the sum of declared ones,
    // already within maxTotalBytes.
    total += inflatedSizeWithin(entry, zipEntryData(bytes, entry));
  }
  return { entries: entries.length, uncompressedBytes: total };
}
