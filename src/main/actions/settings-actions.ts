/** The app's settings: read them, change some; every window hears of a change. */
import type { Settings } from '../../shared/settings';
import type { SettingsStore } from '../settings/settings-store';
import type { ActionTable } from './table';

export interface SettingsActionDeps {
  settings: SettingsStore;
}

export function settingsActions({ settings }: SettingsActionDeps): ActionTable<'getSettings' | 'updateSettings'> {
  return {
    getSettings: async (): Promise<Settings> => settings.get(),
    updateSettings: async (patch) => settings.update(patch),
  };
}
