/** Helpers shared by the tests of generated code: strict type checks and typed errors. */
import ts from 'typescript';
import { PolicyError } from '../../src/runtime/errors.js';

/**
 * `tsc --strict` over generated modules, with the ES2022 library only (no DOM:
 * a stray global such as `status` must not type-check). Returns the messages.
 */
export function typeErrors(files: readonly string[], extra: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram(files, {
    lib: ['lib.es2022.d.ts'],
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: [],
    ...extra,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** The PolicyError `f` throws (any other error propagates; returning normally fails the test). */
export function thrown(f: () => unknown): PolicyError {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected a PolicyError, got a value');
}
