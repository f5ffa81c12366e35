/**
 * Reads a roster file into rows of text cells for shared/roster: CSV (papaparse, delimiter guessed
 * among , ; and tab, quoted fields may hold newlines) or XLSX (exceljs: the first worksheet; date
 * cells as YYYY-MM-DD with the workbook's 1904 flag honoured; numbers as the digits shown).
 */
import { AppError } from '../../shared/errors';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { NotRegularFileError, readRegularFile } from '../storage/regular-file';
import { decodeRosterBytes, NotTextError, type RosterEncoding } from './decode';
import { APP_XLSX_LIMITS, CLI_XLSX_LIMITS, guardZip, ZipGuardError } from './zip-guard';

export interface RosterFile {
  rows: string[][];
  format: 'csv' | 'xlsx';
  encoding: RosterEncoding | null;
  delimiter: string | null;
  /** The workbook counts serial dates from 1904 (always false for CSV). */
  date1904: boolean;
}

/** A roster that cannot be read: unreadable, not text, broken quoting, an unreadable workbook. */
export class RosterReadError extends AppError<'ROSTER_UNREADABLE' | 'TOO_LARGE'> {
  constructor(message: string, tooLarge = false) {
    super(tooLarge ? 'TOO_LARGE' : 'ROSTER_UNREADABLE', message);
  }

  /** The file is readable but larger than the caller's bounds (RosterLimits). */
  get tooLarge(): boolean {
    return this.code === 'TOO_LARGE';
  }
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Reads and decodes a .csv/.txt or .xlsx roster. Throws RosterReadError for anything it cannot read. */
export async function readRosterFile(path: string): Promise<RosterFile> {
  let bytes: Buffer;
  try {
    // A pipe or a device is refused before anything is read: reading one would never end.
    bytes = (await readRegularFile(path, MAX_BYTES)).bytes;
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new RosterReadError(`${path} is ${error.kind}, not a roster file; nothing was read from it`);
    throw new RosterReadError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.length > MAX_BYTES) throw new RosterReadError(`${path} is larger than 20 MB; is it a roster?`);
  return parseRosterBytes(bytes, path);
}

/**
 * Parses a roster's bytes: a zip (or a .xlsx name) is a workbook, anything else CSV text. `label`
 * names the file in error messages (the command line gives the path, the app only the file name).
 */
export async function parseRosterBytes(bytes: Buffer, label: string, limits?: RosterLimits): Promise<RosterFile> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip || extname(label).toLowerCase() === '.xlsx') return readXlsx(bytes, label, limits);
  // The OLE2 container of Excel 97-2003 workbooks: exceljs cannot read it, and as text it is junk.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new RosterReadError(`${label} is an Excel 97-2003 workbook (.xls), which cannot be read; save it as .xlsx or CSV and import that`);
  }
  try {
    return parseCsvBytes(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw new RosterReadError(`${label} is not a CSV or XLSX roster: ${error.message}`);
    throw error;
  }
}

/** Decodes and parses CSV bytes. */
export function parseCsvBytes(bytes: Uint8Array): RosterFile {
  let decoded;
  try {
    decoded = decodeRosterBytes(bytes);
  } catch (error) {
    if (error instanceof NotTextError) throw error;
    throw new RosterReadError('the file has a byte-order mark but its text is not valid in that encoding');
  }
  // dynamicTyping stays off (the default): every cell is text, so "012345" and "+44 0207 123" survive.
  // The delimiter is guessed with blank lines skipped (papaparse's guess counts a trailing newline's
  // empty row against a two-column file); the real parse keeps them so row numbers match the file.
  const guessed = Papa.parse<string[]>(decoded.text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy', preview: 100 }).meta.delimiter;
  const result = Papa.parse<string[]>(decoded.text, { delimiter: guessed, skipEmptyLines: false });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new RosterReadError(`row ${(broken.row ?? 0) + 1}: ${broken.message}`);
  return { rows: result.data, format: 'csv', encoding: decoded.encoding, delimiter: result.meta.delimiter, date1904: false };
}

/** Bounds the app puts on what it reads (the command line reads whatever fits in memory). */
export interface RosterLimits {
  /** Rows including the header. */
  maxRows: number;
  maxColumns: number;
}

async function readXlsx(bytes: Buffer, label: string, limits: RosterLimits | undefined): Promise<RosterFile> {
  // exceljs unzips every part into memory before any row limit applies: a few MB can be a zip bomb
  // of gigabytes. The guard reads the zip's directory and bounds the real inflated sizes first.
  try {
    guardZip(bytes, limits ? APP_XLSX_LIMITS : CLI_XLSX_LIMITS);
  } catch (error) {
    if (!(error instanceof ZipGuardError)) throw error;
    if (error.kind === 'too-large') throw new RosterReadError(`${label} is too large to import: ${error.message}`, true);
    throw new RosterReadError(`${label} is not a valid Excel workbook: ${error.message}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new RosterReadError(`${label} is not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new RosterReadError(`${label} has no worksheet`);
  if (limits && sheet.actualRowCount > limits.maxRows) {
    throw new RosterReadError(`${label} has ${sheet.actualRowCount} rows; a roster can have at most ${limits.maxRows - 1} people (split it into several files)`, true);
  }
  // Only cells with values are visited: a formatted but empty column far to the right, or styled
  // rows below the data, cost nothing and do not widen the roster.
  const sparse: string[][] = [];
  let width = 0;
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    width = Math.max(width, cells.length);
    sparse[rowNumber - 1] = cells;
  });
  if (limits && width > limits.maxColumns) throw new RosterReadError(`${label} has ${width} columns; a roster can have at most ${limits.maxColumns}`, true);
  const rows = Array.from({ length: sparse.length }, (_, r) => Array.from({ length: width }, (_, c) => sparse[r]?.[c] ?? ''));
  return { rows, format: 'xlsx', encoding: null, delimiter: null, date1904: workbook.properties.date1904 === true };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell as the roster reads it: text as typed, dates as YYYY-MM-DD, numbers as shown. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return isoDate(result);
    if (typeof result === 'number') return numberText(result, cell.numFmt);
    return result === undefined || result === null || typeof result === 'object' ? '' : String(result);
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return cell.text;
}

/**
 * A number as the sheet shows it, for phone-like columns: a zero-padded format ("00000000000", the
 * usual way to keep a phone's leading zero in Excel) pads; other whole numbers print in full, never
 * in exponent form.
 */
function numberText(value: number, numFmt: string | undefined): string {
  const padded = /^0+$/.exec(numFmt ?? '');
  if (padded && Number.isInteger(value) && value >= 0) return String(value).padStart(padded[0].length, '0');
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}
