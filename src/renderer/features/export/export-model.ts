/** What the export dialog says: progress as a fraction and in words, and the closing message. */
import type { ExportPhase, ExportSelection } from '../../../shared/ipc/contract';
import type { ExportProgress } from '../../state/store-types';

export type ExportFormat = 'pdf' | 'ics';

/** Share of the whole export each phase takes (printing dominates a batch). */
const PHASES: readonly { phase: ExportPhase; weight: number }[] = [
  { phase: 'render', weight: 0.1 },
  { phase: 'print', weight: 0.55 },
  { phase: 'split', weight: 0.25 },
  { phase: 'write', weight: 0.1 },
];

/**
 * 0..1 across all phases (an iCalendar export has no print or split phase, so those count as done);
 * null while the one print runs, which reports no steps of its own: the bar shows it is busy instead.
 */
export function progressFraction(progress: ExportProgress | null, format: ExportFormat): number | null {
  if (!progress) return 0;
  if (progress.phase === 'print' && progress.done < progress.total) return null;
  let before = 0;
  for (const { phase, weight } of PHASES) {
    if (phase === progress.phase) {
      const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
      const fraction = before + weight * within;
      return format === 'ics' && phase === 'render' ? within * 0.9 : Math.min(1, fraction);
    }
    before += weight;
  }
  return 0;
}

/** "Printing…", "Splitting: 12 of 56", ... */
export function phaseText(progress: ExportProgress | null, format: ExportFormat): string {
  if (!progress) return 'Starting…';
  const count = `${progress.done} of ${progress.total}`;
  switch (progress.phase) {
    case 'render':
      return format === 'ics' ? `Building calendars: ${count}` : 'Preparing the documents…';
    case 'print':
      return progress.done < progress.total ? 'Printing…' : 'Printed';
    case 'split':
      return `Splitting into files: ${count}`;
    case 'write':
      return `Saving files: ${count}`;
  }
}

/** "56 itineraries written to Itineraries May". */
export function doneMessage(files: number, folderName: string, format: ExportFormat, selection: ExportSelection): string {
  let what: string;
  if (format === 'ics') what = files === 1 ? '1 calendar file' : `${files} calendar files`;
  else if (selection.kind === 'book') what = 'The program book';
  else if (selection.kind === 'partner' || selection.kind === 'all-partners') what = files === 1 ? '1 city packet' : `${files} city packets`;
  else if (selection.kind === 'meals') what = files === 1 ? '1 meal host sheet' : `${files} meal host sheets`;
  else what = files === 1 ? '1 itinerary' : `${files} itineraries`;
  return `${what} written to ${folderName}`;
}
