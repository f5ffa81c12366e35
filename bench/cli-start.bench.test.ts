/**
 * G10 (PERFORMANCE.md): `ivlp check` on the bundled sample (0.4 MB) as a ratio to a bare Node start
 * (`node -e 0`), both as whole processes on the same Node, alternating A and B (ABAB) after warm-up
 * pairs, medians. The ratio is taken pair by pair, so a machine that speeds up or slows down during
 * the run moves both sides of a pair alike. `ivlp --help` is measured too: the command line's own
 * start with no command loaded, which shows what the commands' lazy imports leave to pay.
 * Warm-up runs also fill Node's compile cache (bin/ivlp.mjs enables it), as a user's earlier runs do.
 * Needs `npm run build` (npm run bench builds). A missed goal is printed, not failed; a check that
 * fails or prints something else throws.
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/cli-start.bench.test.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  const lines = [
    `Command-line start on Node ${process.versions.node} (${PAIRS} ABAB pairs after ${WARMUP_PAIRS} warm-up, medians; ratio = median of per-pair ratios)`,
    '| goal | ours | limit | ours (median) | limit (median) | ratio | met |',
    '|---|---|---|---|---|---|---|',
    `| G10 <= ${GOAL}x | ivlp check ${sample} | node -e 0 | ${ms(check.ours)} | ${ms(check.bare)} | ${check.ratio.toFixed(2)}x | ${check.ratio <= GOAL ? 'yes' : 'NO'} |`,
    `| (none) | ivlp --help | node -e 0 | ${ms(help.ours)} | ${ms(help.bare)} | ${help.ratio.toFixed(2)}x | |`,
  ];
  console.log(lines.join('\n'));
});
