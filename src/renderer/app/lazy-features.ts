/**
 * The parts of the window that the first paint does not show, each loaded as its own chunk the
 * first time it opens: the dialogs behind the toolbar, the People workspace and the problems panel.
 * The calendar, the sidebar and the inspector stay in the entry chunk so that they paint first.
 * Each use sits under a Suspense boundary of its own, so loading one never blanks the window.
 */
import { lazy } from 'react';

export const ExportDialog = lazy(() => import('../features/export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
export const IssueDialog = lazy(() => import('../features/issuing/IssueDialog').then((m) => ({ default: m.IssueDialog })));
export const ChangesDialog = lazy(() => import('../features/issuing/ChangesDialog').then((m) => ({ default: m.ChangesDialog })));
export const RosterImportDialog = lazy(() =>
  import('../features/roster-import/RosterImportDialog').then((m) => ({ default: m.RosterImportDialog })),
);
export const SettingsDialog = lazy(() => import('../features/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })));
export const CloneDialog = lazy(() => import('../features/clone/CloneDialog').then((m) => ({ default: m.CloneDialog })));
export const TeamDialog = lazy(() => import('../features/team/TeamDialog').then((m) => ({ default: m.TeamDialog })));
export const PeopleView = lazy(() => import('../features/people/PeopleView').then((m) => ({ default: m.PeopleView })));
export const ProblemsPanel = lazy(() => import('../features/problems/ProblemsPanel').then((m) => ({ default: m.ProblemsPanel })));
