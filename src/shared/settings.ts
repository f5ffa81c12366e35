/**
 * The app's own preferences (not a program's): kept by main in the app data folder, the same for
 * every window and every program. Strict like program files: an unknown key is an error, so a
 * setting from a newer app is never silently dropped and written back without it.
 */
import { z } from 'zod';

export const settingsSchema = z.strictObject({
  /** Clock times everywhere: the computer's locale decides ('system'), or always 24- or 12-hour. */
  timeFormat: z.enum(['system', '24h', '12h']),
  /** Light or dark colors, or whatever the operating system uses ('system', prefers-color-scheme). */
  theme: z.enum(['system', 'light', 'dark']),
  /**
   * none: never look for updates (IT manages installs); manual: only when the planner asks;
   * automatic: check at start and download in the background, installed on quit.
   */
  updates: z.enum(['none', 'manual', 'automatic']),
  /**
   * The organization directory file every program shares (docs/directory.md), or null when none is
   * chosen. Main sets it from its own Open/Create dialogs; a window can never name a path.
   */
  directoryPath: z.string().min(1).max(4096).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Any subset of the settings a window may change (not the directory's path: main's dialogs choose it). */
export const settingsPatchSchema = settingsSchema.omit({ directoryPath: true }).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Updates default to 'manual': the app never reaches the network unless the planner asks, which a
 * government network that blocks update servers needs, and a planner can still get a fix without
 * an administrator. 'automatic' is a choice, never a default.
 */
export const DEFAULT_SETTINGS: Settings = { timeFormat: 'system', theme: 'system', updates: 'manual', directoryPath: null };
