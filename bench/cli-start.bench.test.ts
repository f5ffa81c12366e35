/**
 * G10 (docs/performance.md): `ivlp check` on the bundled sample (0.4 MB) as a ratio to a bare Node start
 * (`node -e 0`), both as whole processes on the same Node, alternating A and B (ABAB) after warm-up
 * pairs, medians. The ratio is taken pair by pair, so a machine that speeds up or slows down during
 * the run moves both sides of a pair alike. Two more rows split the time: `ivlp --help` (the command
 * line's own start, no command loaded) and a process that only imports the chunk `check` runs
 * (zod, Temporal, the schemas, the conflict rules) and does no work.
 * Warm-up runs also fill Node's compile cache (bin/ivlp.mjs enables it), as a user's earlier runs do.
 * Needs `npm run build` (npm run bench builds). A missed goal is printed, not failed; a check that
 * fails or prints something else throws.
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/cli-start.bench.test.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const WARMUP_PAIRS = 2;
const PAIRS = 9;
const GOAL = 2;
const root = fileURLToPath(new URL('..', import.meta.url));
const sample = 'resources/samples/tmssw-2024.ivlp.json';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Runs `node ...args` to its end; returns the wall time in ms, the exit code and stdout. */
function run(args: readonly string[]): { ms: number; status: number | null; stdout: string } {
  const t = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { ms: performance.now() - t, status: result.status, stdout: result.stdout };
}

/** ABAB pairs of `ours` and a bare Node start; `check` validates each run of ours. */
function pairs(ours: readonly string[], check: (r: ReturnType<typeof run>) => void) {
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
    const bare = run(['-e', '0']);
    const mine = run(ours);
    check(mine);
    if (i < WARMUP_PAIRS) continue;
    b.push(bare.ms);
    a.push(mine.ms);
    ratios.push(mine.ms / bare.ms);
  }
  return { ours: median(a), bare: median(b), ratio: median(ratios) };
}

it('G10: ivlp check on the sample vs a bare node start', () => {
  expect(existsSync(`${root}/out/main/cli.js`), 'run `npm run build` first').toBe(true);
  const check = pairs(['bin/ivlp.mjs', 'check', sample], (r) => {
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^tmssw-2024\.ivlp\.json: valid program: 56 participants/);
  });
  const help = pairs(['bin/ivlp.mjs', '--help'], (r) => {
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ivlp/);
  });
  const chunk = readdirSync(`${root}/out/main/chunks`).find((name) => name.startsWith('check-'));
  expect(chunk, 'the build names the chunk of the check command check-*.js').toBeDefined();
  const url = pathToFileURL(`${root}/out/main/chunks/${chunk}`).href;
  // With the compile cache on, as bin/ivlp.mjs runs it.
  const loadOnly = `const { enableCompileCache } = await import('node:module'); enableCompileCache(); await import(${JSON.stringify(url)});`;
  const modules = pairs(['--input-type=module', '-e', loadOnly], (r) => expect(r.status).toBe(0));
  const lines = [
    `Command-line start on Node ${process.versions.node} (${PAIRS} ABAB pairs after ${WARMUP_PAIRS} warm-up, medians; ratio = median of per-pair ratios)`,
    '| goal | ours | limit | ours (median) | limit (median) | ratio | met |',
    '|---|---|---|---|---|---|---|',
    `| G10 <= ${GOAL}x | ivlp check ${sample} | node -e 0 | ${ms(check.ours)} | ${ms(check.bare)} | ${check.ratio.toFixed(2)}x | ${check.ratio <= GOAL ? 'yes' : 'NO'} |`,
    `| (none) | ivlp --help | node -e 0 | ${ms(help.ours)} | ${ms(help.bare)} | ${help.ratio.toFixed(2)}x | |`,
    `| (none) | import check's modules, no work | node -e 0 | ${ms(modules.ours)} | ${ms(modules.bare)} | ${modules.ratio.toFixed(2)}x | |`,
  ];
  console.log(lines.join('\n'));
});
