/** The app's settings file on a real temp folder: defaults, durable writes, listeners, damage kept aside. */
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsStore, SETTINGS_FILE } from '../../../../src/main/settings/settings-store';
import { DEFAULT_SETTINGS, settingsPatchSchema } from '../../../../src/shared/settings';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('SettingsStore', () => {
  it('starts from the defaults, writes a change to disk and tells listeners', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-settings-'));
    const store = new SettingsStore(join(dir, 'data'));
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    const heard: unknown[] = [];
    store.onChange((s) => heard.push(s));
    const next = await store.update({ theme: 'dark', timeFormat: '24h' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', timeFormat: '24h' });
    expect(JSON.parse(await readFile(join(dir, 'data', SETTINGS_FILE), 'utf8'))).toEqual(next);
    expect(heard).toEqual([next]);
    // No temp files left beside it.
    expect(await readdir(join(dir, 'data'))).toEqual([SETTINGS_FILE]);
    // A new store (the next start) reads what was written.
    expect(await new SettingsStore(join(dir, 'data')).get()).toEqual(next);
  });

  it('refuses a value the schema does not know, and keeps a damaged file aside rather than failing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-settings-'));
    const store = new SettingsStore(dir);
    await expect(store.update({ updates: 'sometimes' as never })).rejects.toThrow();
    await writeFile(join(dir, SETTINGS_FILE), '{ "theme": "dark", ');
    expect(await new SettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).sort()).toEqual([`${SETTINGS_FILE}.damaged`]);
    // A file from an older app, without a newer setting, loads with the default for it.
    await writeFile(join(dir, SETTINGS_FILE), '{ "theme": "light" }');
    expect(await new SettingsStore(dir).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('keeps the directory file main chose beside the window settings, readable only by the user; a window cannot name it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-settings-'));
    const store = new SettingsStore(dir);
    await store.update({ theme: 'dark' });
    await store.update({ directoryPath: '/shared/Meridian.ivlp-directory.json' });
    const again = await new SettingsStore(dir).get();
    expect(again).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', directoryPath: '/shared/Meridian.ivlp-directory.json' });
    expect((await stat(join(dir, SETTINGS_FILE))).mode & 0o777).toBe(0o600);
    // The IPC door's schema: the window's Settings dialog changes look and updates, never a path.
    expect(settingsPatchSchema.safeParse({ directoryPath: '/etc/passwd' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ theme: 'light' }).success).toBe(true);
  });

  it('writes one change after another, so the file ends with the last', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-settings-'));
    const store = new SettingsStore(dir);
    await Promise.all([store.update({ directoryPath: '/a' }), store.update({ directoryPath: '/b' })]);
    expect((await new SettingsStore(dir).get()).directoryPath).toBe('/b');
  });
});
