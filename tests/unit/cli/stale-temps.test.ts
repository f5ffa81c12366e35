/**
 * The commands that write a program (`ivlp issue`, `ivlp import-roster`) first remove the temp files
 * an interrupted save of ours left beside it, by the app's rule: only our own names, only stale ones.
 */
import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run, useSampleFolder } from './cli-fixture';

const tmp = useSampleFolder('ivlp-stale-temps-');

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

/** Leftovers beside the program: one stale temp of ours, and files that must survive. */
async function leaveTemps(): Promise<{ stale: string; kept: string[] }> {
  const dead = deadPid();
  const stale = `.tmssw.ivlp.json.${dead}.0123456789ab.ivlp-tmp`;
  const kept = [
    `.tmssw.ivlp.json.${dead}.ba9876543210.ivlp-tmp`, // a dead writer's, but younger than a minute: maybe another computer's save
    '.tmssw.ivlp.json.1.cccccccccccc.ivlp-tmp', // pid 1 is alive
    '.tmssw.ivlp.json.12345.tmp', // not our name
    'notes.ivlp-tmp', // not our pattern
  ];
  const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000);
  for (const name of [stale, ...kept]) await writeFile(join(tmp.dir, name), 'half a save');
  for (const name of [stale, ...kept.slice(1)]) await utimes(join(tmp.dir, name), fiveMinutesAgo, fiveMinutesAgo);
  return { stale, kept };
}

describe('commands that write the program sweep our stale temps first', () => {
  test('ivlp issue', async () => {
    const { stale, kept } = await leaveTemps();
    const result = await run('issue', tmp.file);
    expect(result.code).toBe(0);
    const left = await readdir(tmp.dir);
    expect(left).not.toContain(stale);
    for (const name of kept) expect(left).toContain(name);
  });

  test('ivlp import-roster (and not on --dry-run, which writes nothing)', async () => {
    const { stale, kept } = await leaveTemps();
    const roster = join(tmp.dir, 'roster.csv');
    await writeFile(roster, 'Given name,Family name,Country\nAna,Novak,Slovenia\n');

    expect((await run('import-roster', tmp.file, roster, '--dry-run')).code).toBe(0);
    expect(await readdir(tmp.dir)).toContain(stale);

    const result = await run('import-roster', tmp.file, roster);
    expect(result.code).toBe(0);
    const left = await readdir(tmp.dir);
    expect(left).not.toContain(stale);
    for (const name of kept) expect(left).toContain(name);
  });
});
