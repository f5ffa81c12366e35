/**
 * Reads the roster file the planner picked for the in-app import: the bytes are checked against
 * the app's bounds before and after decoding, and every failure becomes a RosterReadError whose
 * message names the file (never its folder) and the problem, ready to show in the import dialog.
 */
import { basename } from 'node:path';
import { ROSTER_LIMITS, type RosterRead } from '../../shared/ipc/contract';
import { readWhole } from '../storage/durable';
import { openRegularFile } from '../storage/regular-file';
import { parseRosterBytes, RosterReadError } from './read-roster';

/** Every delimiter the CSV reader guesses among, as the contract spells them. */
const DELIMITERS = [',', ';', '\t'] as const;

const MB = 1024 * 1024;

/** What a file-system error means to a planner; the raw message would show the full path. */
function fsProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists (was it moved or deleted?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission to read it was denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTFILE': {
      const kind = (error as { kind?: unknown }).kind;
      return `it is ${typeof kind === 'string' ? kind : 'not a regular file'}, not a file`;
    }
    case 'EBUSY':
      return 'another program has it locked; close it there and try again';
    default:
      return `the system refused to read it (${typeof code === 'string' ? code : 'unknown error'})`;
  }
}

/** Drops trailing rows with nothing in them (a CSV's final newline, Excel's formatted blank rows). */
function withoutTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((cell) => cell.trim() === '')) end--;
  return end === rows.length ? rows : rows.slice(0, end);
}

/** Reads, decodes and bounds a roster at `path`. Throws RosterReadError with a message for the planner. */
export async function readRosterForImport(path: string): Promise<RosterRead> {
  const fileName = basename(path).slice(0, 255);
  const cannot = (problem: string) => new RosterReadError(`${fileName} cannot be imported: ${problem}.`);
  const tooLarge = (problem: string) => new RosterReadError(`${fileName} is too large to import: ${problem}.`, true);
  let bytes: Buffer;
  try {
    // One handle for the checks and the read: a pipe or device (which would never finish reading)
    // is refused when opened, and the size checked is the size of the file that is read.
    const { handle, stat: info } = await openRegularFile(path);
    try {
      // Checked before reading, so a huge file is never pulled into memory.
      if (info.size > ROSTER_LIMITS.maxBytes) throw tooLarge(`it is ${(info.size / MB).toFixed(1)} MB, and a roster file can be at most ${ROSTER_LIMITS.maxBytes / MB} MB`);
      if (info.size === 0) throw cannot('the file is empty');
      bytes = await readWhole(handle, info.size, ROSTER_LIMITS.maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof RosterReadError) throw error;
    throw cannot(fsProblem(error));
  }
  if (bytes.length > ROSTER_LIMITS.maxBytes) throw tooLarge(`it grew past ${ROSTER_LIMITS.maxBytes / MB} MB while it was read`);
  const limits = { maxRows: ROSTER_LIMITS.maxPeople + 1, maxColumns: ROSTER_LIMITS.maxColumns };
  let roster;
  try {
    roster = await parseRosterBytes(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof RosterReadError) throw new RosterReadError(error.message.startsWith(fileName) ? `${error.message}.` : `${fileName} cannot be imported: ${error.message}.`, error.tooLarge);
    throw error;
  }
  const rows = withoutTrailingBlankRows(roster.rows);
  if (rows.length === 0) throw cannot('it has no rows');
  if (rows.length > limits.maxRows) throw tooLarge(`it has ${rows.length - 1} rows after the header, and one import can take at most ${ROSTER_LIMITS.maxPeople} (split the file)`);
  let total = 0;
  for (const [r, row] of rows.entries()) {
    if (row.length > ROSTER_LIMITS.maxColumns) throw tooLarge(`row ${r + 1} has ${row.length} columns, and a roster can have at most ${ROSTER_LIMITS.maxColumns}`);
    for (const [c, cell] of row.entries()) {
      if (cell.length > ROSTER_LIMITS.maxCellChars) throw tooLarge(`row ${r + 1}, column ${c + 1} holds ${cell.length.toLocaleString('en-US')} characters (at most ${ROSTER_LIMITS.maxCellChars.toLocaleString('en-US')})`);
      total += cell.length;
    }
  }
  if (total > ROSTER_LIMITS.maxTotalChars) throw tooLarge(`it holds more than ${ROSTER_LIMITS.maxTotalChars.toLocaleString('en-US')} characters of text`);
  const delimiter = DELIMITERS.find((d) => d === roster.delimiter) ?? null;
  return {
    fileName,
    format: roster.format,
    encoding: roster.encoding,
    delimiter: roster.format === 'csv' ? (delimiter ?? ',') : null,
    date1904: roster.date1904,
    rows,
  };
}
