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
});
export type Settings = z.infer<typeof settingsSchema>;

/** Any subset of the settings, as the renderer sends a change. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Updates default to 'manual': the app never reaches the network unless the planner asks, which a
 * government network that blocks update servers needs, and a planner can still get a fix without
 * an administrator. 'automatic' is a choice, never a default.
 */
export const DEFAULT_SETTINGS: Settings = { timeFormat: 'system', theme: 'system', updates: 'manual' };
