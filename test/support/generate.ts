/** Compiles a policy text and loads its generated module from a temporary directory. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateRegion } from '../../src/codegen/from-ir.js';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.js';
import { compile } from '../../src/index.js';

export function generateText(path: string, text: string): string {
  const c = compile([{ path, text }]);
  if (c.diagnostics.length) throw new Error(c.diagnostics.map((d) => d.code).join(', '));
  const sink = new DiagnosticSink();
  const runtime = resolve('src/runtime/index.ts').replace(/\\/g, '/');
  const mod = generateRegion(c.regions[0]!, sink, undefined, { runtime });
  if (!mod) throw new Error(sink.items.map((d) => d.code).join(', '));
  return mod.text;
}

export async function loadGenerated<T>(name: string, path: string, text: string): Promise<T> {
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(resolve('node_modules/.cache'), 'gen-'));
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, generateText(path, text));
  return (await import(file)) as T;
}
