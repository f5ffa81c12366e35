import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Two files at a time on two cores: many files mostly wait (printing in Chromium, a sync server's
    // timers), and the default (cores - 1) ran them one by one. Every test must pass under this load.
    maxWorkers: 2,
  },
});
