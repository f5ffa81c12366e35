/**
 * The window: toolbar, banner, the Calendar | People switch, then sidebar | calendar (over the
 * problems panel when open) | inspector, or the People workspace across the width; status bar.
 */
import { Suspense } from 'react';
import { CalendarControls } from '../features/calendar/CalendarControls';
import { CalendarView } from '../features/calendar/CalendarView';
import { Inspector } from '../features/inspector/Inspector';
import { WORKSPACE_PANEL_IDS, WorkspaceTabs } from '../features/people/WorkspaceTabs';
import { useAppState } from '../state/store-context';
import { Banner } from './Banner';
import { DirectoryOfferBanner } from '../features/directory/DirectoryOfferBanner';
import { NeedsActionPanel } from '../features/arranging/NeedsActionPanel';
import { EmptyState } from './EmptyState';
import { PeopleView, ProblemsPanel } from './lazy-features';
import { Sidebar, toDoCount } from './Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useAppSignals } from './use-app-signals';
import { useTheme } from './use-theme';

/** Publishes the signals without making App re-render on every save-state change. */
function AppSignals() {
  useAppSignals();
  useTheme();
  return null;
}

export function App() {
  const booted = useAppState((s) => s.booted);
  const fatal = useAppState((s) => s.fatal);
  const program = useAppState((s) => s.program);
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const problemsOpen = useAppState((s) => s.problemsOpen);
  const workspace = useAppState((s) => s.workspace);
  const needsAction = useAppState((s) => s.lens?.kind === 'needs-action');

  if (fatal) {
    return (
      <main className="empty-state" role="alert">
        <h1>IVLP Planner cannot start</h1>
        <p>{fatal}</p>
      </main>
    );
  }
  if (!booted) return <div className="app-loading" aria-busy="true" />;

  return (
    <div className="app">
      <AppSignals />
      <Toolbar />
      <Banner />
      {program && docId ? <DirectoryOfferBanner /> : null}
      {program && docId ? <WorkspaceTabs /> : null}
      {program && docId ? (
        <div className="workspace" data-workspace={workspace}>
          <Sidebar
            title={program.title}
            startDate={program.startDate}
            endDate={program.endDate}
            homeTimeZone={program.homeTimeZone}
            phases={program.phases}
            groups={program.groups}
            participants={program.participants}
            staff={program.staff}
            cities={program.cities}
            toDo={toDoCount(program)}
          />
          {/* The panel docks under the calendar only: the inspector beside it shows what a click on a problem selects. */}
          {/* Hidden, not unmounted, while People shows: the calendar keeps its dates, range and scroll. */}
          <div className="center-column" id={WORKSPACE_PANEL_IDS.calendar} role="tabpanel" aria-labelledby="tab-calendar" hidden={workspace !== 'calendar'}>
            {/* A new document gets a fresh calendar: its dates, range and scroll start over. */}
            <CalendarControls program={program} />
            <CalendarView key={docId} program={program} />
            {needsAction ? <NeedsActionPanel program={program} /> : null}
            {problemsOpen ? (
              <Suspense fallback={null}>
                <ProblemsPanel />
              </Suspense>
            ) : null}
          </div>
          {workspace === 'people' ? (
            <Suspense fallback={null}>
              <PeopleView program={program} />
            </Suspense>
          ) : (
            <Inspector program={program} />
          )}
        </div>
      ) : (
        <EmptyState />
      )}
      {program ? <StatusBar program={program} /> : null}
    </div>
  );
}
