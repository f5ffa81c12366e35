/** Program title, file actions, Import roster…, undo/redo with the labels main's history gives, Export…, Issue itineraries…, Changes. */
import { Suspense, useEffect, useState } from 'react';
import { getApi } from '../api';
import { useAppState, useAppStore } from '../state/store-context';
import { ChangesDialog, CloneDialog, ExportDialog, IssueDialog, RosterImportDialog, SettingsDialog, TeamDialog } from './lazy-features';
import { SaveStatus } from './SaveStatus';

export function Toolbar() {
  const store = useAppStore();
  const title = useAppState((s) => s.program?.title ?? null);
  const fileName = useAppState((s) => s.doc?.name ?? null);
  const history = useAppState((s) => s.history);
  const hasDoc = useAppState((s) => s.doc !== null);
  const problemsOpen = useAppState((s) => s.problemsOpen);
  const isMac = navigator.platform.toLowerCase().startsWith('mac');
  const mod = isMac ? '⌘' : 'Ctrl+';
  const [exportOpen, setExportOpen] = useState(false);
  const [issueOpen, setIssueOpen] = useState(false);
  const [changesOpen, setChangesOpen] = useState(false);
  const [rosterOpen, setRosterOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [cloneOpen, setCloneOpen] = useState(false);
  const [team, setTeam] = useState<'share' | 'join' | null>(null);
  // File menu actions arrive as menu actions; with no program open there is nothing to import into, clone or share.
  useEffect(
    () =>
      getApi()?.onMenuAction((action) => {
        if (action === 'import-roster' && store.getState().doc) setRosterOpen(true);
        if (action === 'clone-program' && store.getState().doc) setCloneOpen(true);
        if (action === 'settings') setSettingsOpen(true);
        if (action === 'share' && store.getState().doc) setTeam('share');
        if (action === 'join') setTeam('join');
      }),
    [store],
  );
  const lastVersion = useAppState((s) => s.program?.issues.at(-1)?.version ?? null);

  return (
    <header className="toolbar" role="toolbar" aria-label="Program">
      <div className="toolbar-title">
        <span className="app-name">IVLP Planner</span>
        {title ? <h1 className="program-title">{title}</h1> : null}
        {fileName ? <span className="file-name">{fileName}</span> : null}
      </div>
      <div className="toolbar-actions">
        <button type="button" onClick={() => void store.runDocumentAction('newProgram')}>
          New
        </button>
        <button type="button" onClick={() => void store.runDocumentAction('openProgram')}>
          Open…
        </button>
        <button type="button" disabled={!hasDoc} onClick={() => void store.runDocumentAction('saveProgramAs')}>
          Save As…
        </button>
        <button type="button" disabled={!hasDoc} aria-haspopup="dialog" onClick={() => setRosterOpen(true)}>
          Import roster…
        </button>
        {/* Clone Program… (once a year) lives in the File menu; the toolbar keeps what is used daily. */}
        <span className="toolbar-separator" aria-hidden="true" />
        <button
          type="button"
          data-testid="undo"
          disabled={!history.undoLabel}
          title={history.undoLabel ? `${history.undoLabel} (${mod}Z)` : 'Nothing to undo'}
          onClick={() => store.undo()}
        >
          {history.undoLabel ? `Undo ${history.undoLabel}` : 'Undo'}
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={!history.redoLabel}
          title={history.redoLabel ? `${history.redoLabel} (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})` : 'Nothing to redo'}
          onClick={() => store.redo()}
        >
          {history.redoLabel ? `Redo ${history.redoLabel}` : 'Redo'}
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" disabled={!hasDoc} aria-pressed={problemsOpen} aria-controls={problemsOpen ? 'problems-panel' : undefined} onClick={() => store.toggleProblems()}>
          Problems
        </button>
        <button type="button" disabled={!hasDoc} aria-haspopup="dialog" onClick={() => setExportOpen(true)}>
          Export…
        </button>
        <button type="button" disabled={!hasDoc} aria-haspopup="dialog" onClick={() => setIssueOpen(true)}>
          Issue itineraries…
        </button>
        <button
          type="button"
          disabled={!hasDoc || lastVersion === null}
          aria-haspopup="dialog"
          title={lastVersion === null ? 'Nothing has been issued yet' : `What changed for each traveler since version ${lastVersion}`}
          onClick={() => setChangesOpen(true)}
        >
          Changes
        </button>
        <button type="button" aria-haspopup="dialog" data-testid="team-button" onClick={() => setTeam(hasDoc ? 'share' : 'join')}>
          Team…
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" aria-haspopup="dialog" title="Times, colors and updates; the organization directory; this program’s settings" onClick={() => setSettingsOpen(true)}>
          Settings…
        </button>
        <SaveStatus compact />
      </div>
      {/* Each dialog loads on its first open (lazy-features.ts), under its own boundary: one loading never hides another. */}
      {exportOpen && hasDoc ? (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setExportOpen(false)} />
        </Suspense>
      ) : null}
      {issueOpen && hasDoc ? (
        <Suspense fallback={null}>
          <IssueDialog
            onClose={() => setIssueOpen(false)}
            onShowChanges={() => {
              setIssueOpen(false);
              setChangesOpen(true);
            }}
          />
        </Suspense>
      ) : null}
      {changesOpen && hasDoc ? (
        <Suspense fallback={null}>
          <ChangesDialog onClose={() => setChangesOpen(false)} />
        </Suspense>
      ) : null}
      {settingsOpen ? (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setSettingsOpen(false)} />
        </Suspense>
      ) : null}
      {cloneOpen && hasDoc ? (
        <Suspense fallback={null}>
          <CloneDialog onClose={() => setCloneOpen(false)} />
        </Suspense>
      ) : null}
      {team ? (
        <Suspense fallback={null}>
          <TeamDialog mode={team} onClose={() => setTeam(null)} />
        </Suspense>
      ) : null}
      {rosterOpen && hasDoc ? (
        <Suspense fallback={null}>
          <RosterImportDialog onClose={() => setRosterOpen(false)} />
        </Suspense>
      ) : null}
    </header>
  );
}
