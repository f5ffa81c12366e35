/** The People workspace: the Participants or Staff table, and the Groups panel beside it. */
import { useCallback, useState } from 'react';
import type { Program } from '../../../shared/program/schema';
import { GroupsPanel } from './GroupsPanel';
import { PeopleTable } from './PeopleTable';
import type { PersonKind } from './people-rows';
import { Tabs } from './Tabs';
import { WORKSPACE_PANEL_IDS } from './WorkspaceTabs';
import './people.css';

export function PeopleView({ program }: { program: Program }) {
  const [kind, setKind] = useState<PersonKind>('participants');
  const [status, setStatus] = useState({ id: 0, message: '' });
  const announce = useCallback((message: string) => setStatus((s) => ({ id: s.id + 1, message })), []);
  const tabs = [
    { value: 'participants' as const, label: `Participants (${program.participants.length})`, id: 'people-tab-participants', controls: 'people-panel' },
    { value: 'staff' as const, label: `Staff (${program.staff.length})`, id: 'people-tab-staff', controls: 'people-panel' },
  ];
  return (
    <section className="people-view" id={WORKSPACE_PANEL_IDS.people} role="tabpanel" aria-labelledby="tab-people">
      <div className="people-main">
        <div className="people-head">
          <Tabs label="People" tabs={tabs} value={kind} onChange={setKind} className="tabs people-tabs" />
          <p className="people-status small" role="status" data-testid="people-status">
            {status.message}
          </p>
        </div>
        <div id="people-panel" role="tabpanel" aria-labelledby={`people-tab-${kind}`} className="people-panel">
          {/* Each table keeps its own search, sort and selection; switching starts the other fresh. */}
          <PeopleTable key={kind} kind={kind} program={program} announce={announce} />
        </div>
      </div>
      <GroupsPanel program={program} kind={kind} announce={announce} />
    </section>
  );
}
