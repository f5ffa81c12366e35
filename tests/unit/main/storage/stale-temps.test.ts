import { spawnSync } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps } from '../../../../src/main/storage/program-file';
import { listFolder, tempFolder } from './helpers';

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

async function ageBy(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(path, then, then);
}

describe('removeStaleTemps', () => {
  it('removes only our own temps whose writer is gone, and our crashed commit locks', async () => {
    const folder = await tempFolder();
    const dead = deadPid();
    const files: Record<string, string> = {
      deadOld: `.tmssw.ivlp.json.${dead}.0123456789ab.ivlp-tmp`,
      deadYoung: `.tmssw.ivlp.json.${dead}.ba9876543210.ivlp-tmp`,
      mine: `.tmssw.ivlp.json.${process.pid}.aaaaaaaaaaaa.ivlp-tmp`,
      alive: `.tmssw.ivlp.json.1.bbbbbbbbbbbb.ivlp-tmp`, // pid 1 is alive
      ancientAlive: `.tmssw.ivlp.json.1.cccccccccccc.ivlp-tmp`,
      program: 'tmssw.ivlp.json',
      backup: 'tmssw.ivlp.json.bak',
      otherTemp: '.tmssw.ivlp.json.12345.tmp', // steno's / someone else's: not ours
      lookalike: `tmssw.ivlp.json.${dead}.0123456789ab.ivlp-tmp`, // not hidden: not our pattern
      badRandom: `.tmssw.ivlp.json.${dead}.XYZ.ivlp-tmp`,
      userLock: '.~tmssw.ivlp.json.ivlp-lock',
      commitCrashed: '.~tmssw.ivlp.json.ivlp-commit',
      commitLive: '.~other.ivlp.json.ivlp-commit',
    };
    for (const name of Object.values(files)) await writeFile(join(folder, name), 'x');
    await writeFile(join(folder, files.commitCrashed ?? ''), JSON.stringify({ host: hostname(), pid: dead, nonce: 'n' }));
    await writeFile(join(folder, files.commitLive ?? ''), JSON.stringify({ host: hostname(), pid: 1, nonce: 'n' }));
    await mkdir(join(folder, `.dir.${dead}.dddddddddddd.ivlp-tmp`)); // a folder with our pattern: never touched
    for (const key of ['deadOld', 'mine', 'alive', 'program', 'otherTemp', 'lookalike', 'badRandom']) await ageBy(join(folder, files[key] ?? ''), 5 * 60_000);
    await ageBy(join(folder, files.ancientAlive ?? ''), 2 * 24 * 60 * 60_000);

    const removed = await removeStaleTemps(folder);
    expect(removed.sort()).toEqual([files.ancientAlive, files.commitCrashed, files.deadOld].sort());
    const left = await listFolder(folder);
    for (const key of ['deadYoung', 'mine', 'alive', 'program', 'backup', 'otherTemp', 'lookalike', 'badRandom', 'userLock', 'commitLive']) {
      expect(left, key).toContain(files[key]);
    }
    expect(left).toContain(`.dir.${dead}.dddddddddddd.ivlp-tmp`);
  });

  it('with minAgeMs: 0 a dead writer\'s fresh temp goes too; olderThanMs is configurable', async () => {
    const folder = await tempFolder();
    const dead = deadPid();
    const fresh = `.a.ivlp.json.${dead}.0123456789ab.ivlp-tmp`;
    const aliveOld = `.a.ivlp.json.1.0123456789ab.ivlp-tmp`;
    await writeFile(join(folder, fresh), 'x');
    await writeFile(join(folder, aliveOld), 'x');
    await ageBy(join(folder, aliveOld), 10 * 60_000);
    expect(await removeStaleTemps(folder, { minAgeMs: 0, olderThanMs: 5 * 60_000 })).toEqual(expect.arrayContaining([fresh, aliveOld]));
    expect(await listFolder(folder)).toEqual([]);
  });

  it('a missing folder is simply nothing to clean', async () => {
    expect(await removeStaleTemps(join(await tempFolder(), 'gone'))).toEqual([]);
  });
});
