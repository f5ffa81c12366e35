/**
 * The People table's per-keystroke work with a large roster: filter (accent-folded search) and
 * sort 5,000 participants, as the table does on every change of the search box. The table rows
 * are built once per program change (memoized), so that is measured apart. Reported against the
 * human budget for handling input (RAIL: 50 ms; docs/performance.md) and, as a ratio, against the
 * floor measured in the same run: the same number of plain strings filtered with `includes` and
 * sorted with the same collator. Misses are printed, not failed.
 * Run: npx vitest run --config bench/vitest.bench.config.ts bench/people.bench.test.ts
 */
import { it } from 'vitest';
import { buildRows, filterRows, sortRows } from '../src/renderer/features/people/people-rows';
import { compareText } from '../src/renderer/features/people/search-text';
import type { Program } from '../src/shared/program/schema';
import { buildTmssw2024Sample } from '../src/cli/sample/index';

const PEOPLE = 5_000;
const ROUNDS = 15;
const INPUT_BUDGET_MS = 50;
const QUERIES = ['s', 'sp', 'spa', 'spanish', 'pérez', 'costa', 'en'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

it('People table: search and sort 5,000 participants per keystroke', () => {
  const sample = buildTmssw2024Sample();
  const participants = Array.from({ length: PEOPLE }, (_, i) => ({ ...(sample.participants[i % sample.participants.length] as Program['participants'][number]), id: `p-${i}` }));
  const program = { ...sample, participants };

  let t = performance.now();
  const rows = buildRows(program, 'participants');
  const buildMs = performance.now() - t;
  const plain = participants.map((p) => `${p.familyName} ${p.givenName} ${p.country} ${p.languages.join(' ')}`.toLowerCase());

  const table: number[] = [];
  const floor: number[] = [];
  let shown = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      t = performance.now();
      shown += sortRows(filterRows(rows, query), { key: 'familyName', direction: 'ascending' }).length;
      table.push(performance.now() - t);
      t = performance.now();
      shown += plain.filter((s) => s.includes(query)).sort(compareText).length;
      floor.push(performance.now() - t);
    }
  }
  const a = median(table);
  const b = median(floor);
  console.log(
    `People table, ${PEOPLE.toLocaleString('en-US')} participants: rows built once in ${buildMs.toFixed(1)} ms; per keystroke (filter + sort) median ${a.toFixed(2)} ms, ` +
      `p95 ${[...table].sort((x, y) => x - y)[Math.floor(table.length * 0.95)]?.toFixed(2)} ms; floor (plain strings) ${b.toFixed(2)} ms = ${(a / b).toFixed(2)}x; ` +
      `budget ${INPUT_BUDGET_MS} ms -> ${a <= INPUT_BUDGET_MS ? 'PASS' : 'FAIL'} (${shown} rows shown in all)`,
  );
});
