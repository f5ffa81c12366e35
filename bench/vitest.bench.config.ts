import { defineConfig } from 'vitest/config';

// Benchmarks run apart from `npm test` (vitest.config.ts includes only tests/unit):
//   npx vitest run --config bench/vitest.bench.config.ts
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    // One benchmark file at a time: two would compete for the same 2 cores and disk.
    fileParallelism: false,
  },
});
