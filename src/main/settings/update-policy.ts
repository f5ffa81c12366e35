/**
 * What each update mode allows, as data. Government networks often block update servers and IT
 * departments install software themselves, so the app must be able to never reach out at all:
 *   none       nothing is ever checked or downloaded; Help › Check for Updates… is disabled
 *   manual     (the default) only Help › Check for Updates… checks; a found update downloads only
 *              when the planner agrees
 *   automatic  checks at start, downloads in the background, installs when the app quits
 */
import type { Settings } from '../../shared/settings';

export interface UpdatePlan {
  /** Whether the updater may be loaded and contact the update server at all. */
  allowed: boolean;
  checkAtStart: boolean;
  /** electron-updater's autoDownload: false means a found update waits for the planner's yes. */
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
}

export function updatePlan(mode: Settings['updates']): UpdatePlan {
  switch (mode) {
    case 'none':
      return { allowed: false, checkAtStart: false, autoDownload: false, autoInstallOnAppQuit: false };
    case 'manual':
      return { allowed: true, checkAtStart: false, autoDownload: false, autoInstallOnAppQuit: false };
    case 'automatic':
      return { allowed: true, checkAtStart: true, autoDownload: true, autoInstallOnAppQuit: true };
  }
}
