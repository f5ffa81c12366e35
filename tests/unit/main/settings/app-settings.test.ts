import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { AppSettings, DEFAULT_SETTINGS } from '../../../../src/main/settings/app-settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ivlp-settings-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

test('defaults until saved; then the file holds exactly the settings, readable only by the user', async () => {
  const settings = new AppSettings(join(dir, 'user-data'));
  expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
  await settings.update({ directoryPath: '/shared/Meridian.ivlp-directory.json' });
  expect(JSON.parse(await readFile(settings.file, 'utf8'))).toEqual({ settingsVersion: 1, directoryPath: '/shared/Meridian.ivlp-directory.json' });
  expect((await stat(settings.file)).mode & 0o777).toBe(0o600);
  expect(await new AppSettings(join(dir, 'user-data')).read()).toEqual({ settingsVersion: 1, directoryPath: '/shared/Meridian.ivlp-directory.json' });
});

test('a damaged settings file reads as the defaults and is set aside, not lost, when settings are next saved', async () => {
  const settings = new AppSettings(dir);
  await writeFile(settings.file, '{"settingsVersion": 1, "directoryPath": 42}');
  expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
  await settings.update({ directoryPath: '/d.ivlp-directory.json' });
  expect((await readdir(dir)).sort()).toEqual(['settings.json', 'settings.json.damaged']);
  expect(await readFile(join(dir, 'settings.json.damaged'), 'utf8')).toBe('{"settingsVersion": 1, "directoryPath": 42}');
});

test('saves one at a time, each from the latest state', async () => {
  const settings = new AppSettings(dir);
  await Promise.all([settings.update({ directoryPath: '/a' }), settings.update({ directoryPath: '/b' })]);
  expect((await settings.read()).directoryPath).toBe('/b');
});
