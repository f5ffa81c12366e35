/** The window: toolbar, banner, sidebar | calendar (over the problems panel when open) | inspector, status bar. */
import { CalendarControls } from '../features/calendar/CalendarControls';
import { CalendarView } from '../features/calendar/CalendarView';
import { Inspector } from '../features/inspector/Inspector';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { useAppState } from '../state/store-context';
import { Banner } from './Banner';
import { EmptyState } from './EmptyState';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useAppSignals } from './use-app-signals';

/** Publishes the signals without making App re-render on every save-state change. */
function AppSignals() {
  useAppSignals();
  return null;
}

export function App() {  const booted = useAppState((s) => s.booted);
  const fatal = useAppState((s) => s.fatal);
  const program = useAppState((s) => s.program);
  const docId = useAppState((s) => s.doc?.docId ?? null);
  const problemsOpen = useAppState((s) => s.problemsOpen);

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
      {program && docId ? (
        <div className="workspace">
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
          />
          {/* The panel docks under the calendar only: the inspector beside it shows what a click on a problem selects. */}
          <div className="center-column">
            {/* A new document gets a fresh calendar: its dates, range and scroll start over. */}
            <CalendarControls program={program} />
            <CalendarView key={docId} program={program} />
            {problemsOpen ? <ProblemsPanel /> : null}
          </div>
          <Inspector program={program} />
        </div>
      ) : (
        <EmptyState />
      )}
      {program ? <StatusBar program={program} /> : null}
    </div>
  );
}
