/**
 * Where the window was: its size and position (and whether it was maximized) when it last closed,
 * kept in window-state.json in the app data folder and written through the durable writer. On the
 * next start the bounds are fitted to the displays there are now (a laptop without its second
 * screen, a smaller resolution): clampToDisplays is pure and unit-tested; the shell feeds it
 * Electron's screen.getAllDisplays().
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../storage/durable';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectSchema = z.strictObject({ x: z.int(), y: z.int(), width: z.int().min(1), height: z.int().min(1) });
const stateSchema = z.strictObject({ bounds: rectSchema, maximized: z.boolean() });
export type WindowState = z.infer<typeof stateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';
/** At least this much of the title bar must be on a display for the window to count as visible. */
const MIN_VISIBLE = 80;

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The saved bounds made to fit the displays' work areas: kept when enough of the window's top is
 * on a display (it can be grabbed and moved); otherwise moved onto the display it overlaps most
 * (or the first), shrunk to that display's work area if larger, and centred there. Null without
 * displays (then the window opens at its default size).
 */
export function clampToDisplays(saved: Rect, workAreas: readonly Rect[], minSize = { width: 900, height: 600 }): Rect | null {
  if (!workAreas.length) return null;
  const width = Math.max(saved.width, minSize.width);
  const height = Math.max(saved.height, minSize.height);
  const bounds = { ...saved, width, height };
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 30 };
  for (const area of workAreas) {
    const seen = overlap(titleBar, area);
    if (seen && seen.width >= MIN_VISIBLE && bounds.y >= area.y) return fitInside(bounds, area, false);
  }
  const best = [...workAreas].sort((a, b) => area(overlap(bounds, b)) - area(overlap(bounds, a)))[0] as Rect;
  return fitInside(bounds, best, true);
}

function area(rect: Rect | null): number {
  return rect ? rect.width * rect.height : 0;
}

function fitInside(bounds: Rect, area: Rect, centre: boolean): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  if (centre) return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
  // Still on this display, but larger than it: keep the position as far as the size allows.
  return { x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width), y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height), width, height };
}

export class WindowStateFile {
  constructor(private readonly folder: string) {}

  get path(): string {
    return join(this.folder, WINDOW_STATE_FILE);
  }

  /** The saved state, or null when there is none or it is damaged (it is only a convenience). */
  async read(): Promise<WindowState | null> {
    try {
      return stateSchema.parse(JSON.parse(await readFile(this.path, 'utf8')));
    } catch {
      return null;
    }
  }

  async write(state: WindowState): Promise<void> {
    const checked = stateSchema.parse({ ...state, bounds: roundRect(state.bounds) });
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await writeFileDurably(this.path, new TextEncoder().encode(`${JSON.stringify(checked)}\n`), 0o600);
  }
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
}
