/**
 * Updates through electron-updater, as the update setting allows (settings/update-policy.ts).
 * electron-updater is loaded only when a check is allowed and asked for, so with 'none' the app
 * never even loads the code that talks to an update server.
 */
import { dialog } from 'electron';
import type { Settings } from '../../shared/settings';
import { updatePlan } from '../settings/update-policy';

type Updater = (typeof import('electron-updater'))['autoUpdater'];

let updater: Promise<Updater> | null = null;
const load = () => (updater ??= import('electron-updater').then((m) => m.autoUpdater));

/** Applies the mode at start (and after a change): configures the updater and, in 'automatic', checks. */
export async function startUpdates(mode: Settings['updates']): Promise<void> {
  const plan = updatePlan(mode);
  if (!plan.allowed) return;
  if (!plan.checkAtStart && !updater) return; // 'manual': nothing until the planner asks
  const autoUpdater = await load();
  autoUpdater.autoDownload = plan.autoDownload;
  autoUpdater.autoInstallOnAppQuit = plan.autoInstallOnAppQuit;
  if (plan.checkAtStart) await autoUpdater.checkForUpdates().catch((error: unknown) => console.error('[updates] check failed', error));
}

/** Help › Check for Updates…: checks now; a found update downloads only if the planner agrees. */
export async function checkForUpdatesNow(mode: Settings['updates']): Promise<void> {
  const plan = updatePlan(mode);
  if (!plan.allowed) return;
  const autoUpdater = await load();
  autoUpdater.autoDownload = plan.autoDownload;
  autoUpdater.autoInstallOnAppQuit = plan.autoInstallOnAppQuit;
  try {
    const result = await autoUpdater.checkForUpdates();
    const version = result?.updateInfo.version;
    if (!result?.isUpdateAvailable || !version) {
      await dialog.showMessageBox({ message: 'IVLP Planner is up to date.', buttons: ['OK'] });
      return;
    }
    if (plan.autoDownload) return; // already downloading; installed on quit
    const { response } = await dialog.showMessageBox({ message: `Version ${version} is available.`, detail: 'Download it now? It is installed when you quit the app.', buttons: ['Download', 'Not Now'], cancelId: 1 });
    if (response === 0) {
      autoUpdater.autoInstallOnAppQuit = true;
      await autoUpdater.downloadUpdate();
    }
  } catch (error) {
    await dialog.showMessageBox({ type: 'warning', message: 'Could not check for updates.', detail: error instanceof Error ? error.message : String(error), buttons: ['OK'] });
  }
}
