/**
 * Storage open and save against their limits, measured in the same run (PERFORMANCE.md G1, G2).
 *   open limit:  read the file + JSON.parse (no validation)            vs readProgramFile
 *                (also shown: the limit as PERFORMANCE.md's table defines it, read + parse + validate)
 *   save limit:  JSON.stringify + temp write + fsync + rename + folder fsync  vs ProgramStore.save
 * Each save writes a new program object with one field changed, as a command would produce.
 * Alternating ABAB, medians. A missed ratio is printed, not failed; a failed save or load throws.
 * Run: npx vitest run --config bench/vitest.bench.config.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadProgramText, serializeProgram, validateProgram } from '../src/shared/program/load';
import type { Program } from '../src/shared/program/schema';
import { decodeProgramBytes } from '../src/main/storage/decode';
import { hashBytes, readProgramFile } from '../src/main/storage/program-file';
import { ProgramStore } from '../src/main/storage/program-store';
import { generateProgram } from './generate-program';

const SIZES = [
  { activities: 500, pairs: 9 },
  { activities: 5_000, pairs: 7 },
  { activities: 20_000, pairs: 5 },
];
const G1 = 1.5;
const G2 = 1.3;

const rows: string[][] = [];
const breakdown: string[][] = [];
let folder = '';

/** A right-aligned text table. */
function table(header: string[], body: string[][]): string {
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  return all.map((r) => `| ${r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`).join('\n');
}

afterAll(async () => {
  console.log(`\nStorage open/save vs limits (medians of ABAB pairs; lower ratio is better)\n${table(['size', 'MB', 'step', 'limit ms', 'ours ms', 'ratio', 'goal', 'result'], rows)}`);
  console.log(`\nWhere our open/save time goes (medians, ms)\n${table(['size', 'read', 'utf8+decode', 'sha256', 'JSON.parse', 'validate', 'stringify'], breakdown)}`);
  if (folder) await rm(folder, { recursive: true, force: true });
});

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function timed(action: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** The floor for opening: the bytes into memory and parsed, nothing else. */
async function openLimit(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** PERFORMANCE.md's open limit: read + parse + the schema validation any loader must do. */
async function openLimitValidated(path: string): Promise<unknown> {
  const result = validateProgram(JSON.parse(await readFile(path, 'utf8')));
  if (!result.ok) throw new Error('invalid');
  return result.program;
}

/** The floor for a crash-safe save: serialize, temp file, fsync, rename, folder fsync. */
async function saveLimit(path: string, program: Program): Promise<void> {
  const temp = join(folder, `.limit.${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o600);
  await handle.writeFile(`${JSON.stringify(program, null, 2)}\n`);
  await handle.sync();
  await handle.close();
  await rename(temp, path);
  const dir = await open(folder, 'r');
  await dir.sync();
  await dir.close();
}

/** Alternates A and B `pairs` times after one unmeasured warm-up pair; returns both series. */
async function abab(pairs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number[]; b: number[] }> {
  await a();
  await b();
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < pairs; i++) {
    out.a.push(await timed(a));
    out.b.push(await timed(b));
  }
  return out;
}

function row(size: number, mb: number, step: string, limit: number, ours: number, goal: number): void {
  const ratio = ours / limit;
  rows.push([size.toLocaleString('en-US'), mb.toFixed(1), step, limit.toFixed(1), ours.toFixed(1), `${ratio.toFixed(2)}x`, `<= ${goal}x`, ratio <= goal ? 'PASS' : 'FAIL']);
}

it('open and save, 500 / 5,000 / 20,000 activities', async () => {
  folder = await mkdtemp(join(tmpdir(), 'ivlp-bench-'));
  for (const { activities, pairs } of SIZES) {
    const program = generateProgram(activities);
    const checked = validateProgram(program);
    if (!checked.ok) throw new Error(`generated program is invalid: ${JSON.stringify(checked.issues.slice(0, 3))}`);
    const path = join(folder, `bench-${activities}.ivlp.json`);
    const limitPath = join(folder, `limit-${activities}.json`);
    const store = await ProgramStore.create(path, program);
    const bytes = await readFile(path);
    const mb = bytes.length / 1024 / 1024;

    const opens = await abab(
      pairs,
      () => openLimit(path),
      async () => {
        const opened = await readProgramFile(path);
        if (opened.program.activities.length !== activities) throw new Error('open returned the wrong program');
      },
    );
    row(activities, mb, 'open (G1)', median(opens.a), median(opens.b), G1);
    const validatedOpens = await abab(pairs, () => openLimitValidated(path), () => readProgramFile(path));
    row(activities, mb, 'open vs read+parse+validate', median(validatedOpens.a), median(validatedOpens.b), G1);

    let edit = 0;
    const edited = () => ({ ...program, title: `Benchmark program, edit ${++edit}` });
    const saves = await abab(
      pairs,
      () => saveLimit(limitPath, edited()),
      () => store.save(edited()),
    );
    expect(hashBytes(await readFile(path))).toBe(store.hash);
    row(activities, mb, 'save (G2)', median(saves.a), median(saves.b), G2);

    // Where the time goes, for profiling (each step alone, same medians).
    const parts = { read: [] as number[], decode: [] as number[], hash: [] as number[], parse: [] as number[], validate: [] as number[], stringify: [] as number[] };
    for (let i = 0; i < pairs; i++) {
      let raw: Buffer = Buffer.alloc(0);
      let text = '';
      let parsed: unknown;
      parts.read.push(await timed(async () => (raw = await readFile(path))));
      parts.decode.push(await timed(() => (text = decodeProgramBytes(raw, 'bench'))));
      parts.hash.push(await timed(() => hashBytes(raw)));
      parts.parse.push(await timed(() => (parsed = JSON.parse(text))));
      parts.validate.push(await timed(() => validateProgram(parsed)));
      parts.stringify.push(await timed(() => serializeProgram(program)));
    }
    breakdown.push([activities.toLocaleString('en-US'), ...Object.values(parts).map((v) => median(v).toFixed(1))]);
    expect(loadProgramText(serializeProgram(program)).ok).toBe(true);
  }
});
