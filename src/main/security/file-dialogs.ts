/**
 * Options for the native open/save dialogs, kept pure so the platform quirks are tested.
 */
import { PROGRAM_EXTENSION, programBaseName } from './program-path';
import { replaceControlCharacters } from './text';

/** One entry of a dialog's file-type list (Electron's FileFilter). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The program filter: new files (.ivlp) and files named the old way (.ivlp.json). macOS only matches
 * the last part of an extension, so there the old ones are offered as "json" (the loader rejects
 * files that are not programs).
 */
export function programFileFilters(isMac: boolean): FileFilter[] {
  return [{ name: 'IVLP program (*.ivlp, *.ivlp.json)', extensions: ['ivlp', isMac ? 'json' : 'ivlp.json'] }];
}

/** Organization directory files; on macOS "json" for the same reason as program files. */
export function directoryFileFilters(isMac: boolean): FileFilter[] {
  return [{ name: 'Organization directory (*.ivlp-directory.json)', extensions: [isMac ? 'json' : 'ivlp-directory.json'] }];
}

/**
 * Roster files: spreadsheets first, then plain CSV/text. "All files" stays available because
 * exporters name CSVs oddly (.txt, .tsv, none); the reader decides by content, not by name.
 */
export function rosterFileFilters(): FileFilter[] {
  return [
    { name: 'Rosters (*.csv, *.xlsx, *.txt, *.tsv)', extensions: ['csv', 'xlsx', 'txt', 'tsv'] },
    { name: 'All files', extensions: ['*'] },
  ];
}

/** A file name to propose in the save dialog: the given name with the program extension, made safe for any file system. */
export function suggestedProgramFileName(name: string): string {
  const base = programBaseName(replaceControlCharacters(name))
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${base || 'Untitled program'}${PROGRAM_EXTENSION}`;
}
