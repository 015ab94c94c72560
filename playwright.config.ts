import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/check-prerequisites.js';

// Debian's Chromium here (never `playwright install`); elsewhere Playwright's own browser or COMITIA_CHROMIUM.
const executablePath = chromiumPath() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath,
      // The closed network refuses Chromium's background connections; root needs --no-sandbox.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
});
