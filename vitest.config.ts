import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run the runtime's sources, so an edit there needs no rebuild; generated code, the
    // compiler and the tests then share one module instance (one PolicyError class). tsx does
    // the same through tsconfig.json's `paths`; plain node loads the package's built dist/.
    alias: { '@policyc/runtime': fileURLToPath(new URL('./src/runtime/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/golden/**/*.golden.ts', 'bench/**'],
    // vitest's default is one worker fewer than the cores, which on a 2-core machine runs every file in
    // one worker; the main process only coordinates, so use them all (no two files share a writable path)
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
