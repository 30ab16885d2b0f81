import { defineConfig } from 'vitest/config';

// The end-to-end suite drives the built extension in Debian's Chromium; one browser at a time
// on a 2-core machine, so files run one after another.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
