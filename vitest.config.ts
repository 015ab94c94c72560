import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // electron-store imports 'electron' itself: inlined, it sees the fake of tests/unit/shell/mainProcess.test.ts
    // (vi.mock reaches only modules Vite transforms) instead of the real package, which has no binary here.
    server: { deps: { inline: ['electron-store'] } },
  },
});
