import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // The site build and browser suites start Astro and Chromium: give them room.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
