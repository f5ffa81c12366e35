/**
 * Storage open and save against their limits, measured in the same run (G1, G2 in
 * docs/performance.md).
 *
 * Open limit (G1): read + JSON.parse + the cheapest possible validation. That validator is structuralCheck:
 * every key and type of every object, nothing more, generated from the schema into plain closures.
 * Any real validator must at least do that, so it is a floor, not a competitor: it checks no string
 * limits, patterns, dates, time zones or references. The read is the same single read + decode our
 * loader uses, so the ratio shows only what our open adds. G1 is judged against this limit; the
 * ratio to bare read + JSON.parse is printed too, as the floor of all floors.
 * Ours: readProgramFile with the time-zone caches cleared first, as on the first open after start.
 *
 * Save limit (G2): JSON.stringify + write a temp file + fsync + close + rename + folder fsync. Ours:
 * ProgramFileStore.save, which also validates (incrementally), hashes, checks the file on disk is
 * unchanged, reads the temp back, and keeps the backup (docs/reliability.md §1-§4).
 * The program saved is what a planner's edit produces: the loaded program with one activity moved by
 * a command (so untouched entities are the loaded, already validated objects), plus a title change.
 * Saves reuse the encoded bytes of entities they wrote before (program-bytes.ts), so the first save
 * after opening a file pays the whole serialization: it has its own row, against the same limit.
 * Both tables of steps below show where each side's time goes (steady-state saves).
 *
 * Alternating ABAB after three warm-up pairs, medians. The warm-up lets both sides reach optimized
 * code: our open runs far more code than the limit (compiled schemas, freezing, reference checks) and
 * with one warm-up pair the first size measured it half-optimized. The first open in a fresh process
 * also pays one-time costs (z.compile of the schemas, Temporal's zone data) that these medians leave
 * out on purpose. A missed ratio is printed, not failed; a failed save or load throws.
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/storage-open-save.bench.test.ts
 */
import { Buffer, isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { applyCommand } from '../src/shared/commands/apply';
import { loadProgramText, serializeProgram, validateProgram } from '../src/shared/program/load';
import { programSchema, type Program } from '../src/shared/program/schema';
import { programIssues } from '../src/shared/program/validate';
import { addMinutes, resetTimeCaches } from '../src/shared/time';
import { decodeProgramBytes } from '../src/main/storage/decode';
import { readWhole } from '../src/main/storage/durable';
import { hashBytes, readProgramFile, type SaveTimings } from '../src/main/storage/program-file';
import { ProgramFileStore } from '../src/main/storage/program-file-store';
import { generateProgram } from './generate-program';
import { structuralCheck } from './structural-check';

const SIZES = [
  { activities: 500, pairs: 9 },
  { activities: 5_000, pairs: 7 },
  { activities: 20_000, pairs: 5 },
];
const G1 = 1.5;
const G2 = 1.3;

const rows: string[][] = [];
const openSteps: string[][] = [];
const saveSteps: { size: string; limit: Record<string, number>; ours: Record<string, number> }[] = [];
let folder = '';
const isValidShape = structuralCheck(programSchema);

/** A right-aligned text table. */
function table(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) => `| ${r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`).join('\n');
}

afterAll(async () => {
  console.log(`\nStorage open/save vs limits (medians of ABAB pairs; lower ratio is better)\n${table(['size', 'MB', 'step', 'limit ms', 'ours ms', 'ratio', 'goal', 'result'], rows)}`);
  console.log(
    `\nWhere open time goes (each step alone, medians, ms; sha256 runs on the thread pool during parse)\n${table(
      ['size', 'read', 'decode', 'sha256', 'JSON.parse', 'structural (limit)', 'ours: schema+freeze', 'ours: programIssues'],
      openSteps,
    )}`,
  );
  for (const side of ['limit', 'ours'] as const) {
    const names = [...new Set(saveSteps.flatMap((s) => Object.keys(s[side])))];
    const body = saveSteps.map((s) => [s.size, ...names.map((n) => (s[side][n] ?? 0).toFixed(1))]);
    console.log(`\nWhere save time goes: ${side === 'limit' ? 'the save limit' : 'ProgramFileStore.save'} (medians per step, ms)\n${table(['size', ...names], body)}`);
  }
  console.log(`\nzod: jitless=${String(z.config().jitless ?? false)} (false: zod compiles parsers with new Function; validateProgram uses z.compile)`);
  if (folder) await rm(folder, { recursive: true, force: true });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Median of each step over several runs. */
function medianSteps(runs: SaveTimings[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(names.map((n) => [n, median(runs.map((r) => r[n] ?? 0))]));
}

async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** The bytes of a file in one read, as readProgramFile reads them. */
async function readBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    return await readWhole(handle, (await handle.stat()).size, Number.MAX_SAFE_INTEGER);
  } finally {
    await handle.close();
  }
}

/** The cheapest decode of those bytes (the same ASCII shortcut ours takes, without its strictness). */
const decodeFast = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

/** The open floor: the bytes into memory and parsed, nothing else. */
async function openFloor(path: string): Promise<unknown> {
  return JSON.parse(decodeFast(await readBytes(path)));
}

/** The open limit: read + parse + the cheapest validation there is (see the top of this file). */
async function openLimit(path: string): Promise<unknown> {
  const value: unknown = JSON.parse(decodeFast(await readBytes(path)));
  if (!isValidShape(value)) throw new Error('structural check failed on a valid file');
  return value;
}

/** The save limit: serialize, temp file, fsync, rename, folder fsync; returns its steps. */
async function saveLimit(path: string, program: Program): Promise<SaveTimings> {
  const steps: SaveTimings = {};
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    steps[step] = now - last;
    last = now;
  };
  const text = `${JSON.stringify(program, null, 2)}\n`;
  lap('serialize');
  const temp = join(folder, `.limit.${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  lap('encode + write temp + fsync');
  await rename(temp, path);
  lap('rename');
  const dir = await open(folder, 'r');
  await dir.sync();
  await dir.close();
  lap('folder fsync');
  return steps;
}

const WARM_UP_PAIRS = 3;

/** Alternates A and B `pairs` times after unmeasured warm-up pairs; returns both series. */
async function abab(pairs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < WARM_UP_PAIRS; i++) {
    await a();
    await b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < pairs; i++) {
    out.a.push(await timed(a));
    out.b.push(await timed(b));
  }
  return out;
}

function row(size: number, mb: number, step: string, limit: number, ours: number, goal: number | null): void {
  const ratio = ours / limit;
  const verdict = goal === null ? '' : ratio <= goal ? 'PASS' : 'FAIL';
  rows.push([size.toLocaleString('en-US'), mb.toFixed(1), step, limit.toFixed(1), ours.toFixed(1), `${ratio.toFixed(2)}x`, goal === null ? '(info)' : `<= ${goal}x`, verdict]);
}

/** The program after one planner edit: an activity moved by half an hour (a real command) and a new title. */
function edited(program: Program, n: number): Program {
  const index = (n * 7919) % program.activities.length;
  const activity = program.activities[index];
  if (activity?.timing.kind !== 'scheduled') return { ...program, title: `Benchmark program, edit ${n}` };
  const start = addMinutes(activity.timing.start, n % 2 ? 30 : -30);
  const moved = applyCommand(program, { type: 'activity/move', id: activity.id, start }).program;
  return { ...moved, title: `Benchmark program, edit ${n}` };
}

it('open and save, 500 / 5,000 / 20,000 activities', async () => {
  folder = await mkdtemp(join(tmpdir(), 'ivlp-bench-'));
  for (const { activities, pairs } of SIZES) {
    const generated = generateProgram(activities);
    const checked = validateProgram(generated);
    if (!checked.ok) throw new Error(`generated program is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
    const path = join(folder, `bench-${activities}.ivlp.json`);
    const limitPath = join(folder, `limit-${activities}.json`);
    await ProgramFileStore.create(path, generated);
    // Edits start from the program as opened, as in the app: its entities are the validated ones.
    const store = await ProgramFileStore.open(path);
    const program = store.program;
    const bytes = await readFile(path);
    const mb = bytes.length / 1024 / 1024;
    const size = activities.toLocaleString('en-US');

    const ours = async () => {
      resetTimeCaches();
      const opened = await readProgramFile(path);
      if (opened.program.activities.length !== activities) throw new Error('open returned the wrong program');
    };
    const opens = await abab(pairs, () => openLimit(path), ours);
    row(activities, mb, 'open (G1) vs read+parse+structural', median(opens.a), median(opens.b), G1);
    const floors = await abab(pairs, () => openFloor(path), ours);
    row(activities, mb, 'open vs read+parse only', median(floors.a), median(floors.b), null);

    let edit = 0;
    const limitRuns: SaveTimings[] = [];
    const ourRuns: SaveTimings[] = [];
    let lastSaved = program;
    const saves = await abab(
      pairs,
      async () => limitRuns.push(await saveLimit(limitPath, edited(program, ++edit))),
      async () => {
        lastSaved = edited(program, ++edit);
        await store.save(lastSaved);
        if (store.lastSaveTimings) ourRuns.push(store.lastSaveTimings);
      },
    );
    row(activities, mb, 'save (G2)', median(saves.a), median(saves.b), G2);

    // The first save after an open: nothing encoded yet. A fresh store per pair; the open is not timed.
    const firstLimit: number[] = [];
    const firstOurs: number[] = [];
    for (let i = 0; i < WARM_UP_PAIRS + pairs; i++) {
      const fresh = await ProgramFileStore.open(path);
      const a = await timed(() => saveLimit(limitPath, edited(program, ++edit)));
      const next = edited(fresh.program, ++edit);
      const b = await timed(() => fresh.save(next));
      lastSaved = next;
      if (i < WARM_UP_PAIRS) continue;
      firstLimit.push(a);
      firstOurs.push(b);
    }
    row(activities, mb, 'first save after open', median(firstLimit), median(firstOurs), null);
    // The file holds exactly the last program saved, and the store knows its hash.
    const onDisk = await readFile(path);
    expect(hashBytes(onDisk)).toBe(hashBytes(serializeProgram((validateProgram(lastSaved) as { program: Program }).program)));
    expect(onDisk.toString('utf8')).toBe(serializeProgram((validateProgram(lastSaved) as { program: Program }).program));
    saveSteps.push({ size, limit: medianSteps(limitRuns.slice(WARM_UP_PAIRS)), ours: medianSteps(ourRuns.slice(WARM_UP_PAIRS)) });

    // Where open time goes, each step alone (same medians). Validation runs on a fresh parse each
    // time with cold time caches, as in `ours`.
    const parts = { read: [] as number[], decode: [] as number[], hash: [] as number[], parse: [] as number[], structural: [] as number[], schema: [] as number[], issues: [] as number[] };
    for (let i = 0; i < pairs; i++) {
      let raw: Buffer = Buffer.alloc(0);
      let text = '';
      let parsed: unknown;
      let validated: Program | null = null;
      parts.read.push(await timed(async () => (raw = await readBytes(path))));
      parts.decode.push(await timed(() => (text = decodeProgramBytes(raw, 'bench'))));
      parts.hash.push(await timed(() => hashBytes(raw)));
      parts.parse.push(await timed(() => (parsed = JSON.parse(text))));
      parts.structural.push(await timed(() => isValidShape(parsed)));
      const fresh: unknown = JSON.parse(text); // the objects validateProgram sees on open: never validated yet
      resetTimeCaches();
      const whole = await timed(() => {
        const result = validateProgram(fresh);
        validated = result.ok ? result.program : null;
      });
      if (!validated) throw new Error('validation failed');
      const issues = await timed(() => programIssues(validated as Program));
      parts.issues.push(issues);
      parts.schema.push(Math.max(0, whole - issues));
    }
    openSteps.push([size, ...Object.values(parts).map((v) => median(v).toFixed(1))]);
    expect(loadProgramText(serializeProgram(program)).ok).toBe(true);
  }
});
