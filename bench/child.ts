/**
 * One benchmark arm in a fresh process. Spawned by bench/run.ts as
 *   node --import tsx bench/child.ts --arm A --variant V --rows N [--repeat R]
 * Generates the first N population rows (untimed), measures the arm, verifies
 * every row against the reference, and prints one line `@@RESULT <json>`.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildRows, generatePersons, personsFor, type Row } from './population.js';
import { evaluateReference } from './reference.js';
import { measureSafely, nowMs, type Columns, type VariantResult } from './harness.js';
import { DEFAULT_GENERATED_MODULE, generatedManyPass, generatedRowPass, loadGenerated } from './arms/generated.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    arm: { type: 'string' },
    variant: { type: 'string', default: 'row' },
    rows: { type: 'string' },
    repeat: { type: 'string', default: '3' },
    'generated-module': { type: 'string', default: DEFAULT_GENERATED_MODULE },
    'zen-chunk': { type: 'string', default: '10000' },
  },
});

function referenceRowPass(rows: readonly Row[], cols: Columns): void {
  for (let i = 0; i < rows.length; i++) {
    try {
      const o = evaluateReference(rows[i]!);
      cols.credit[i] = o.credit;
      cols.pooled[i] = o.pooled;
    } catch {
      // left NaN
    }
  }
}

function skipped(name: string, status: VariantResult['status'], reason: string, rows: number): VariantResult {
  return { name, status, reason, rows, timesMs: [], evalsPerSec: 0 };
}

async function runArm(name: string, rows: Row[], repeat: number): Promise<VariantResult> {
  switch (values.arm) {
    case 'reference':
      return measureSafely(name, rows, repeat, referenceRowPass);
    case 'generated': {
      const loaded = await loadGenerated(values['generated-module']!, repoRoot);
      if (!loaded.ok) return skipped(name, 'not built', loaded.reason, rows.length);
      const pass = values.variant === 'many' ? generatedManyPass(loaded.mod) : generatedRowPass(loaded.mod);
      return measureSafely(name, rows, repeat, pass);
    }
    case 'jre': {
      const { buildEngine, jrePass } = await import('./arms/jre.js');
      return measureSafely(name, rows, repeat, jrePass(buildEngine()));
    }
    case 'zen': {
      let zen;
      try {
        const arm = await import('./zen/arm.js');
        zen = { arm, decisions: arm.loadZen() };
      } catch (e) {
        return skipped(name, 'unavailable', e instanceof Error ? e.message.split('\n')[0]! : String(e), rows.length);
      }
      const pass =
        values.variant === 'batch'
          ? zen.arm.zenBatchPass(zen.decisions.batch, Number(values['zen-chunk']))
          : zen.arm.zenRowPass(zen.decisions.row);
      return measureSafely(name, rows, repeat, pass);
    }
    default:
      throw new Error(`unknown --arm ${String(values.arm)}`);
  }
}

const nRows = Number(values.rows);
if (!Number.isSafeInteger(nRows) || nRows <= 0) throw new Error('--rows N required');
const t0 = nowMs();
const rows = buildRows(generatePersons(personsFor(nRows)), nRows);
const populationMs = nowMs() - t0;
const name = `${values.arm}${values.variant === 'row' ? '' : `.${values.variant}`}`;
const result = await runArm(name, rows, Math.max(1, Number(values.repeat)));
process.stdout.write(`@@RESULT ${JSON.stringify({ ...result, populationMs })}\n`);
