/**
 * Exports: PDFs and iCalendar files of the window's current program, into a folder main asks for;
 * one export per document at a time, cancellable. The work is ExportRunner's (export/).
 */
import type { DocumentRegistry } from '../documents/registry';
import { ExportRunner, type ExportRequest } from '../export/export-runner';
import type { Printer } from '../print/printer';
import type { Clock, Dialogs, EventSink } from '../services';
import type { ActionTable, CallContext } from './table';

export interface ExportActionDeps {
  documents: DocumentRegistry;
  printer: Printer;
  dialogs: Dialogs;
  events: EventSink;
  clock: Clock;
}

export function exportActions({ documents, ...deps }: ExportActionDeps): ActionTable<'exportPdf' | 'exportIcs' | 'cancelExport'> {
  const runner = new ExportRunner(deps);
  // A closing window's export is stopped (its files are discarded); a replaced document's export
  // carries on with the program it already read.
  documents.onClose((doc, reason) => {
    if (reason === 'window-closed') runner.cancel(doc.docId);
  });

  /** Exports the window's current program; the program is read again after the folder dialog. */
  const run = (docId: string, { windowId }: CallContext, request: ExportRequest) => {
    documents.docFor(windowId, docId);
    return runner.run(windowId, { docId, program: () => documents.docFor(windowId, docId).program }, request);
  };

  return {
    exportPdf: ({ docId, selection, paper, changesSinceVersion, language }, context) =>
      run(docId, context, { format: 'pdf', selection, paper, changesSinceVersion: changesSinceVersion ?? null, language: language ?? null }),
    exportIcs: ({ docId, selection }, context) => run(docId, context, { format: 'ics', selection }),
    cancelExport: async ({ docId }, { windowId }) => {
      documents.docFor(windowId, docId);
      return runner.cancel(docId);
    },
  };
}
