import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit and golden tests mirror src/ under test/; quality gates live beside the evaluations in eval/.
    include: ['test/**/*.test.ts', 'eval/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores on the reference machine: the gates are CPU-bound.
    maxWorkers: 2,
  },
});
