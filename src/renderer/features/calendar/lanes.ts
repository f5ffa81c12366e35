/**
 * The Groups view's layout, as pure data: one lane per group for a day, each activity in the lanes
 * of the groups that attend it, side by side where they overlap. An activity for everyone (or for
 * several neighbouring groups) is drawn once across its lanes when it can be, that is when nothing
 * else shares its time in those lanes; otherwise it is drawn in each lane. Members of no shown group
 * (a staff member's own errand, a visitor) go to an "Others" lane that exists only when something happens there at a time.
 *
 * Times are the calendar's wall-as-UTC milliseconds (wall-time.ts), so the same rules as the week
 * view apply: every block at its own place's clock, or all at home time.
 */
import type { Activity, Group } from '../../../shared/program/schema';
import type { EventMeta, ProjectedEvent } from './projection';
import { DAY_MS } from '../../model/wall-time';

export const OTHERS_LANE = 'others';

export interface Lane {
  /** The group's id, or OTHERS_LANE. */
  id: string;
  name: string;
  color: string | null;
}

export interface LaneBlock {
  id: string;
  event: ProjectedEvent;
  meta: EventMeta;
  /** First lane index and how many lanes the block spans (1 unless drawn across lanes). */
  lane: number;
  span: number;
  /** Side-by-side position within its lane(s): column `column` of `columns`. */
  column: number;
  columns: number;
  /** Minutes from the day's midnight, clipped to the day. */
  startMin: number;
  endMin: number;
  /** The block starts before or ends after this day (drawn with a cut edge, not resizable there). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface DayLayout {
  lanes: readonly Lane[];
  blocks: readonly LaneBlock[];
  /** Hotel stays per lane index (all-day events covering this day). */
  hotels: readonly (readonly ProjectedEvent[])[];
}

/** Which lanes an activity belongs in: its groups, its people's groups, or everyone's. */
export function laneIdsOf(activity: Activity, lanes: readonly Lane[], groups: readonly Group[]): string[] {
  const a = activity.attendees;
  if (a.everyone) return lanes.filter((l) => l.id !== OTHERS_LANE).map((l) => l.id);
  const shown = new Set(lanes.map((l) => l.id));
  const ids = new Set<string>();
  for (const id of a.groupIds) if (shown.has(id)) ids.add(id);
  for (const group of groups) {
    if (!shown.has(group.id) || ids.has(group.id)) continue;
    if (a.participantIds.some((p) => group.participantIds.includes(p)) || a.staffIds.some((s) => group.staffIds.includes(s))) ids.add(group.id);
  }
  // Lane order, so a span is a run of neighbouring lanes.
  return lanes.filter((l) => ids.has(l.id)).map((l) => l.id);
}

interface Piece {
  event: ProjectedEvent;
  lanes: number[];
  startMin: number;
  endMin: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Lays out one day. `events` are the day's events from the index (timed and all-day, in start
 * order); `activityOf` finds each one's activity.
 */
export function layoutDay(
  dayStartMs: number,
  groupsShown: readonly Group[],
  allGroups: readonly Group[],
  events: readonly ProjectedEvent[],
  activityOf: (id: string) => Activity | undefined,
): DayLayout {
  const groupLanes: Lane[] = groupsShown.map((g) => ({ id: g.id, name: g.name, color: g.color }));
  const dayEndMs = dayStartMs + DAY_MS;
  const pieces: Piece[] = [];
  const hotelsByLane = new Map<string, ProjectedEvent[]>();
  let needsOthers = false;
  const assignments: { event: ProjectedEvent; ids: string[] }[] = [];
  for (const event of events) {
    if (event.endMs <= dayStartMs || event.startMs >= dayEndMs) continue;
    const activity = activityOf(event.id);
    if (!activity) continue;
    const ids = laneIdsOf(activity, groupLanes, allGroups);
    // Others is a lane for what happens at a time; a hotel alone (a staff member's room) does not open it.
    if (!ids.length && !event.input.allDay) needsOthers = true;
    assignments.push({ event, ids: ids.length ? ids : [OTHERS_LANE] });
  }
  const lanes = needsOthers ? [...groupLanes, { id: OTHERS_LANE, name: 'Others', color: null }] : groupLanes;
  const indexOf = new Map(lanes.map((l, i) => [l.id, i]));
  for (const { event, ids } of assignments) {
    if (!ids.every((id) => indexOf.has(id))) continue;
    const laneIndexes = ids.map((id) => indexOf.get(id) as number);
    if (event.input.allDay) {
      for (const id of ids) {
        const list = hotelsByLane.get(id);
        if (list) list.push(event);
        else hotelsByLane.set(id, [event]);
      }
      continue;
    }
    pieces.push({
      event,
      lanes: laneIndexes,
      startMin: Math.max(0, (event.startMs - dayStartMs) / 60_000),
      endMin: Math.min(24 * 60, (event.endMs - dayStartMs) / 60_000),
      clippedStart: event.startMs < dayStartMs,
      clippedEnd: event.endMs > dayEndMs,
    });
  }
  return { lanes, blocks: placeBlocks(pieces, lanes.length), hotels: lanes.map((l) => hotelsByLane.get(l.id) ?? []) };
}

interface Slot {
  column: number;
  columns: number;
}

/** Packs each lane's pieces into columns, then joins a piece's per-lane slots into one span where they agree. */
function placeBlocks(pieces: readonly Piece[], laneCount: number): LaneBlock[] {
  const slots = new Map<Piece, Map<number, Slot>>();
  for (let lane = 0; lane < laneCount; lane++) {
    const inLane = pieces.filter((p) => p.lanes.includes(lane));
    for (const [piece, slot] of packColumns(inLane)) {
      let bySlot = slots.get(piece);
      if (!bySlot) slots.set(piece, (bySlot = new Map()));
      bySlot.set(lane, slot);
    }
  }
  const blocks: LaneBlock[] = [];
  for (const piece of pieces) {
    const bySlot = slots.get(piece) as Map<number, Slot>;
    const { event } = piece;
    const base = {
      id: event.id,
      event,
      meta: event.input.extendedProps as EventMeta,
      startMin: piece.startMin,
      endMin: piece.endMin,
      clippedStart: piece.clippedStart,
      clippedEnd: piece.clippedEnd,
    };
    // Runs of neighbouring lanes where the block is alone in its time: one block across them.
    let run: number[] = [];
    const flushRun = () => {
      if (run.length) blocks.push({ ...base, lane: run[0] as number, span: run.length, column: 0, columns: 1 });
      run = [];
    };
    for (const lane of piece.lanes) {
      const slot = bySlot.get(lane) as Slot;
      if (slot.columns === 1) {
        if (run.length && run.at(-1) !== lane - 1) flushRun();
        run.push(lane);
      } else {
        flushRun();
        blocks.push({ ...base, lane, span: 1, column: slot.column, columns: slot.columns });
      }
    }
    flushRun();
  }
  return blocks;
}

/**
 * The usual calendar packing: overlapping pieces form a cluster; each takes the first column free
 * at its start, and every piece of a cluster shares the cluster's column count.
 */
function packColumns(pieces: readonly Piece[]): Map<Piece, Slot> {
  const sorted = [...pieces].sort((a, b) => a.startMin - b.startMin || b.endMin - a.endMin);
  const out = new Map<Piece, Slot>();
  let cluster: { piece: Piece; column: number }[] = [];
  let clusterEnd = -1;
  let columnEnds: number[] = [];
  const close = () => {
    const columns = columnEnds.length;
    for (const { piece, column } of cluster) out.set(piece, { column, columns });
    cluster = [];
    columnEnds = [];
  };
  for (const piece of sorted) {
    // A zero-length block still takes room on screen.
    const end = Math.max(piece.endMin, piece.startMin + 1);
    if (piece.startMin >= clusterEnd) close();
    let column = columnEnds.findIndex((e) => e <= piece.startMin);
    if (column < 0) column = columnEnds.push(end) - 1;
    else columnEnds[column] = end;
    cluster.push({ piece, column });
    clusterEnd = Math.max(clusterEnd, end);
  }
  close();
  return out;
}

/** The lane index under an x offset within the lanes' width. */
export function laneAt(x: number, width: number, laneCount: number): number {
  if (laneCount <= 0 || width <= 0) return 0;
  return Math.min(laneCount - 1, Math.max(0, Math.floor((x / width) * laneCount)));
}

/** Minutes snapped to the grid's 15-minute snap, kept within the day. */
export function snapMinutes(minutes: number, snap = 15, max = 24 * 60): number {
  return Math.min(max, Math.max(0, Math.round(minutes / snap) * snap));
}

/**
 * What moving a block from one lane to another means. Only a group's own activity can change group
 * (Border's site visit becomes Maritime's); everyone's activity, a person's own and a block drawn
 * across lanes only change time.
 */
export function laneChange(activity: Activity, from: Lane, to: Lane): { groupIds: string[] } | null {
  if (from.id === to.id || from.id === OTHERS_LANE || to.id === OTHERS_LANE) return null;
  const a = activity.attendees;
  if (a.everyone || !a.groupIds.includes(from.id) || a.groupIds.includes(to.id)) return null;
  return { groupIds: a.groupIds.map((id) => (id === from.id ? to.id : id)) };
}
