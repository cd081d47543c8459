import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/golden/**/*.golden.ts', 'bench/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
