import { defineConfig } from '@playwright/test';

// Debian's Chromium here; elsewhere CHROMIUM_PATH picks a browser (Playwright cannot download one on
// these machines). The flags keep it from reaching the network or a GPU it does not have.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  // Browser tests load out/renderer: run `npm run build` first (npm test and test:browser do).
  workers: 2,
  reporter: 'list',
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    viewport: { width: 1280, height: 800 },
    launchOptions: chromium,
  },
  projects: [
    { name: 'browser', testDir: 'tests/browser' },
    // Launches the real Electron app; the spec skips itself where the Electron binary is missing.
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
