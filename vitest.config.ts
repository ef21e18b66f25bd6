import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Bulk and property tests do real work; on a busy two-core machine the 5 s default is too tight.
    testTimeout: 30_000,
  },
});
