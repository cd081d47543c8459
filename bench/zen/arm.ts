/**
 * GoRules ZEN arm. The decision graph is policy.jdm.json (open it in the JDM
 * editor): an expression node computes monthIndex and the clamped base, a
 * first-hit decision table picks the branch (rates as exact decimals), and an
 * expression node does the money with ZEN's decimal arithmetic and round()
 * (half away from zero = half-up for these non-negative amounts), in fen.
 *
 * Two variants: `row` awaits decision.evaluate() per row; `batch` uses the
 * graph's loop execution mode (each node runs over an array field), one
 * evaluate() per chunk of rows.
 *
 * @gorules/zen-engine lives in this folder's own package.json (native
 * optional binaries), so it is resolved from bench/zen/node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Columns } from '../harness.js';
import type { Row } from '../population.js';

interface ZenDecision {
  evaluate(context: unknown): Promise<{ result: unknown }>;
}
interface ZenModule {
  ZenEngine: new () => { createDecision(content: object): ZenDecision; dispose(): void };
}
interface JdmNode {
  id: string;
  content?: Record<string, unknown>;
}
interface Jdm {
  nodes: JdmNode[];
}

const graph = JSON.parse(readFileSync(new URL('./policy.jdm.json', import.meta.url), 'utf8')) as Jdm;

/** The same graph with every node in loop mode: rows → prepared → branched → results. */
function loopGraph(): Jdm {
  const g = structuredClone(graph);
  const chain: [string, string, string][] = [
    ['prepare', 'rows', 'prepared'],
    ['branch', 'prepared', 'branched'],
    ['money', 'branched', 'results'],
  ];
  for (const [id, inputField, outputPath] of chain) {
    const node = g.nodes.find((n) => n.id === id);
    if (!node?.content) throw new Error(`policy.jdm.json: no node ${id}`);
    Object.assign(node.content, { executionMode: 'loop', inputField, outputPath });
  }
  return g;
}

/** Loads the native engine; throws (→ "unavailable") when it is not installed here. */
export function loadZen(): { row: ZenDecision; batch: ZenDecision } {
  const require = createRequire(import.meta.url);
  const zen = require('@gorules/zen-engine') as ZenModule;
  const engine = new zen.ZenEngine();
  return { row: engine.createDecision(graph), batch: engine.createDecision(loopGraph()) };
}

function store(cols: Columns, i: number, o: unknown): void {
  const r = o as { credit?: unknown; pooled?: unknown } | null;
  cols.credit[i] = typeof r?.credit === 'number' ? r.credit : Number.NaN;
  cols.pooled[i] = typeof r?.pooled === 'number' ? r.pooled : Number.NaN;
}

/** Sequential (awaited) per-row evaluation. */
export function zenRowPass(decision: ZenDecision) {
  return async (rows: readonly Row[], cols: Columns): Promise<void> => {
    for (let i = 0; i < rows.length; i++) {
      try {
        store(cols, i, (await decision.evaluate(rows[i])).result);
      } catch {
        // left NaN: counted as a mismatch
      }
    }
  };
}

/** Loop-mode batches of `chunk` rows per evaluate() call. */
export function zenBatchPass(decision: ZenDecision, chunk: number) {
  return async (rows: readonly Row[], cols: Columns): Promise<void> => {
    for (let start = 0; start < rows.length; start += chunk) {
      const slice = rows.slice(start, start + chunk);
      const res = (await decision.evaluate({ rows: slice })).result as { results?: unknown[] };
      const outs = res.results ?? [];
      for (let j = 0; j < slice.length; j++) store(cols, start + j, outs[j]);
    }
  };
}
