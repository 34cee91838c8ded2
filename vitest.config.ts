import { defineConfig } from 'vitest/config';

// `npm test`: everything that needs only Node. The real clients (LibreOffice, Chromium) are in tests/clients/,
// run by `npm run test:clients` (vitest.clients.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/clients/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
