/**
 * Playwright configuration of the Electron spec (tests/electron): the built desktop application, one instance at a
 * time. Separate from playwright.config.ts (web shell in Chromium) because it needs Electron's binary; without it,
 * the spec reports itself skipped, with the reason.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.electron.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One Electron app per file, shared by its tests (beforeAll): no parallelism inside a file, one worker overall.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
