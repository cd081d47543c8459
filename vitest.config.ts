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
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
