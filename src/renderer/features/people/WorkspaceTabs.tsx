/** The "Calendar | People" switch above the workspace. Which one shows is view state: never written to the file. */
import { useAppState, useAppStore } from '../../state/store-context';
import type { Workspace } from '../../state/store-types';
import { Tabs, type TabSpec } from './Tabs';
// The switch and the workspace layout show from the first paint; the People view (loaded on first
// use) shares their stylesheet: importing it here keeps it in the first load.
import './people.css';

export const WORKSPACE_PANEL_IDS: Readonly<Record<Workspace, string>> = { calendar: 'workspace-calendar', people: 'workspace-people' };

const TABS: readonly TabSpec<Workspace>[] = [
  { value: 'calendar', label: 'Calendar', id: 'tab-calendar', controls: WORKSPACE_PANEL_IDS.calendar },
  { value: 'people', label: 'People', id: 'tab-people', controls: WORKSPACE_PANEL_IDS.people },
];

export function WorkspaceTabs() {
  const store = useAppStore();
  const workspace = useAppState((s) => s.workspace);
  return (
    <div className="workspace-switch">
      <Tabs label="Workspace" tabs={TABS} value={workspace} onChange={(w) => store.setWorkspace(w)} className="tabs workspace-tabs" />
    </div>
  );
}
