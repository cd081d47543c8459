/**
 * Symbol ids: every input and declaration of a region has one, stable for the
 * same sources, and every reference in the IR carries the id of the symbol it
 * names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPolicies } from '../../src/cli/io.js';
import { compile } from '../../src/index.js';
import type { IrRegion } from '../../src/ir/ir.js';
import { forEachBodyExpr, forEachExpr } from '../../src/ir/visit.js';
import { compilePolicies } from '../support/policies.js';

const { regions } = compilePolicies();

describe('symbol ids', () => {
  it('index the region’s symbols: inputs first, each name once', () => {
    for (const r of regions) {
      expect(r.symbols.map((s) => s.id)).toEqual(r.symbols.map((_, k) => k));
      expect(new Set(r.symbols.map((s) => s.name)).size).toBe(r.symbols.length);
      expect(r.symbols.slice(0, r.inputs.length).map((s) => s.name)).toEqual(r.inputs.map((i) => i.name));
      for (const i of r.inputs) expect(r.symbols[i.sym]!.name).toBe(i.name);
      for (const d of r.decls) expect([r.symbols[d.sym]!.name, r.symbols[d.sym]!.kind]).toEqual([d.name, d.declKind]);
    }
  });

  it('every reference carries the id of the symbol it names', () => {
    const refs = (r: IrRegion): number => {
      let n = 0;
      for (const d of r.decls)
        forEachBodyExpr(d.body, (e) =>
          forEachExpr(e, (x) => {
            if (x.op !== 'input' && x.op !== 'ref') return;
            n++;
            expect(r.symbols[x.sym]!.name).toBe(x.name);
          }),
        );
      return n;
    };
    expect(regions.map(refs).reduce((a, b) => a + b)).toBeGreaterThan(100);
  });

  it('are the same when the same sources are compiled again', () => {
    const again = compile(findPolicies('policies').map((p) => ({ path: p, text: readFileSync(p, 'utf8') }))).regions;
    expect(again).not.toBe(regions);
    expect(again.map((r) => r.symbols.map((s) => `${s.id}:${s.name}`))).toEqual(regions.map((r) => r.symbols.map((s) => `${s.id}:${s.name}`)));
  });
});
