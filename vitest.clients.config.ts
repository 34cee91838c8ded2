import { defineConfig } from 'vitest/config';

// `npm run test:clients`: the workbooks opened, recalculated and rendered by LibreOffice, and (tests/clients/)
// pages loaded by headless Chromium. A missing program fails the suite with how to install it.
export default defineConfig({
  test: {
    include: ['tests/clients/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // one LibreOffice at a time: the machines have 2 cores and each conversion starts a whole office
    fileParallelism: false,
  },
});
