/** Window bounds fitted to the displays there are now, and the durable window-state file. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clampToDisplays, WINDOW_STATE_FILE, WindowStateFile } from '../../../../src/main/settings/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightScreen = { x: 1440, y: 0, width: 1920, height: 1050 };

describe('clampToDisplays', () => {
  it('keeps a window that is on a display', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 1200, height: 800 }, [laptop])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(clampToDisplays({ x: 1600, y: 40, width: 1500, height: 900 }, [laptop, rightScreen])).toEqual({ x: 1600, y: 40, width: 1500, height: 900 });
  });

  it('brings back a window left on a screen that is gone, centred on the nearest one and no larger', () => {
    expect(clampToDisplays({ x: 1600, y: 40, width: 1800, height: 1000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    expect(clampToDisplays({ x: 3000, y: 40, width: 1000, height: 700 }, [laptop])).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });

  it('never puts the title bar above a display or leaves only a sliver of it visible', () => {
    expect(clampToDisplays({ x: 100, y: -200, width: 1000, height: 700 }, [laptop])).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
    expect(clampToDisplays({ x: 1400, y: 100, width: 1000, height: 700 }, [laptop])?.x).toBe(220);
  });

  it('keeps the minimum size, and has nothing to say without displays', () => {
    expect(clampToDisplays({ x: 10, y: 10, width: 300, height: 200 }, [laptop])).toEqual({ x: 10, y: 10, width: 900, height: 600 });
    expect(clampToDisplays({ x: 10, y: 10, width: 1000, height: 700 }, [])).toBeNull();
  });
});

describe('WindowStateFile', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes durably and reads back; a damaged file reads as none', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ivlp-window-'));
    const file = new WindowStateFile(dir);
    expect(await file.read()).toBeNull();
    await file.write({ bounds: { x: 10.4, y: 20, width: 1200, height: 800.6 }, maximized: true });
    expect(await file.read()).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 801 }, maximized: true });
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE]);
    await writeFile(file.path, '{"bounds": {"x": "left"}}');
    expect(await file.read()).toBeNull();
  });
});
