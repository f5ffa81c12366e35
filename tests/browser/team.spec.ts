/**
 * Team planning in the real renderer: two planners, each in their own Chromium page over their own
 * app core and files, and a real sync server on 127.0.0.1. One shares through the Team dialog, the
 * other joins with the address; a drag in one window appears in the other, and the status bar
 * says who made it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Program } from '../../src/shared/program/schema';
import { MemberStore } from '../../src/server/members';
import { startSyncServer, type SyncServer } from '../../src/server/server';
import { dragEventTo, expectEventAt } from './calendar-driver';
import { expect, Harness, test } from './harness';
import { firstPlenary, sampleProgramFile } from './programs';

let server: SyncServer | null = null;
let dataDir = '';

test.afterEach(async () => {
  await server?.close();
  server = null;
  if (dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

test('two planners on one shared program: share and join in the Team dialog; a drag in one window shows in the other', async ({ page, browser, harness }) => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(join(tmpdir(), 'ivlp-team-server-'));
  server = await startSyncServer({ dataDir, port: 0 });
  const members = new MemberStore(dataDir);
  const ann = await members.invite({ role: 'planner', cityId: null, name: 'Ann' }, new Date());
  const bob = await members.invite({ role: 'planner', cityId: null, name: 'Bob' }, new Date());

  // Ann shares the program she has open.
  const annApp = await harness({ programFile: sampleProgramFile() });
  await annApp.open();
  await page.getByTestId('team-button').click();
  const dialog = page.getByTestId('team-dialog');
  await dialog.getByLabel('Sync server').fill(server.url);
  await dialog.getByLabel('Your invitation token').fill(ann.token);
  await page.screenshot({ path: 'test-results/team-share-dialog.png' });
  // The steps main reports to the dialog as the share goes (the dialog lists them while it runs).
  await page.evaluate(() => {
    const w = window as unknown as { teamSteps: string[]; api: { onTeamProgress(listener: (p: { step: string; activities: number }) => void): void } };
    w.teamSteps = [];
    w.api.onTeamProgress((p) => w.teamSteps.push(`${p.step} ${p.activities}`));
  });
  await dialog.getByRole('button', { name: 'Share' }).click();
  const address = (await dialog.getByTestId('team-address').textContent({ timeout: 60_000 }))?.trim() ?? '';
  expect(address).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/programs\/\w+$/);
  const activities = (JSON.parse(await annApp.readProgramText()) as Program).activities.length;
  expect(await page.evaluate(() => (window as unknown as { teamSteps: string[] }).teamSteps)).toEqual(['connecting', 'writing', 'sending', 'saving'].map((step) => `${step} ${activities}`));
  await expect(dialog.getByTestId('team-progress')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('team-status')).toContainText('Team: connected');

  // Bob, in his own window and app, joins it.
  const bobPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const bobApp = await Harness.create(bobPage, { programFile: sampleProgramFile(), fileName: 'bobs-own.ivlp.json' });
  try {
    await bobApp.open();
    bobApp.dialogs.save.push(bobApp.documentPath('TMSSW (team).ivlp.json'));
    await bobPage.getByTestId('team-button').click();
    const bobDialog = bobPage.getByTestId('team-dialog');
    await bobDialog.getByLabel('Join a shared program').check();
    await bobDialog.getByLabel('Address of the shared program').fill(address);
    await bobDialog.getByLabel('Your invitation token').fill(bob.token);
    await bobDialog.getByRole('button', { name: 'Join…' }).click();
    await expect(bobPage.getByTestId('team-dialog')).toHaveCount(0, { timeout: 60_000 });
    await expect(bobPage.locator('.toolbar .file-name')).toHaveText('TMSSW (team).ivlp.json');
    await expect(bobPage.getByTestId('team-status')).toContainText('Team: connected', { timeout: 30_000 });

    // Ann drags the first plenary to the next day at 07:00; Bob's calendar follows.
    const plenary = firstPlenary(JSON.parse(await annApp.readProgramText()) as Program);
    const target = nextDay(plenary.timing.start.slice(0, 10));
    const started = Date.now();
    await dragEventTo(page, plenary.id, target, '07:00:00');
    await expectEventAt(bobPage, plenary.id, target, '07:00:00');
    console.log(`team: Ann's drop painted in Bob's window after ${Date.now() - started} ms`);
    await expect(bobPage.getByTestId('team-status')).toContainText('last changes by Ann');
    await expect(bobPage.getByTestId('team-status')).toContainText('Ann is here');
    // Not Bob's edit: his undo has nothing of Ann's.
    await expect(bobPage.getByTestId('undo')).toBeDisabled();
    await bobPage.screenshot({ path: 'test-results/team-bob-sees-anns-move.png' });
    await page.screenshot({ path: 'test-results/team-ann-after-move.png' });
  } finally {
    await bobApp.dispose();
    await bobPage.close();
  }
});
