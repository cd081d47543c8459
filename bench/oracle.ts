/**
 * Exactness oracle over the whole population (persons × 12 months).
 *
 * For every product the policy performs on a row (employed: base × 2 %,
 * base × 9.5 % and, before 2023-01, base × the age band's rate; retired
 * before 2023-01: pension × 4.5 %), it compares
 *   - src/runtime roundHalfUp(fen × k, 1000)  (what generated code does), and
 *   - a naive yuan-double encoding Math.round(yuan × rate × 100) / 100
 * against the BigInt oracle (bench/decimal-oracle.ts). It also evaluates the
 * whole policy naively in yuan doubles and counts rows whose (credit, pooled)
 * differ from the reference after rounding to the fen.
 *
 *   npx tsx bench/oracle.ts --persons 1000000
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { roundHalfUp } from '../src/runtime/money.js';
import { parseMonth } from '../src/runtime/month.js';
import { oracleRound, percentFraction } from './decimal-oracle.js';
import { generatePersons, MONTHS, STATUSES } from './population.js';
import { BASE_CEILING, BASE_FLOOR, evaluateReference, REFORM_MONTH } from './reference.js';

interface Rate {
  readonly pct: string;
  /** per-mille numerator used by the runtime path */
  readonly k: number;
  /** binary double used by the naive path */
  readonly dbl: number;
  readonly num: bigint;
  readonly den: bigint;
}

function rate(pct: string, k: number, dbl: number): Rate {
  return { pct, k, dbl, ...percentFraction(pct) };
}

const R2 = rate('2', 20, 0.02);
const R95 = rate('9.5', 95, 0.095);
const R45 = rate('4.5', 45, 0.045);
const BANDS = [rate('2.3', 23, 0.023), rate('1.5', 15, 0.015), rate('1.7', 17, 0.017)] as const;
const ALL = [R2, R95, ...BANDS, R45];

export interface OracleReport {
  rows: number;
  products: number;
  runtimeMismatches: number;
  naiveProductMismatches: number;
  /** per rate: [products, naive mismatches] */
  byRate: Record<string, [number, number]>;
  naiveRowMismatches: number;
  ms: number;
}

const naive = (yuan: number, r: number): number => Math.round(yuan * r * 100) / 100;

export function runOracle(persons: number): OracleReport {
  const t0 = performance.now();
  const p = generatePersons(persons);
  const months = MONTHS.map((m) => parseMonth(m));
  const byRate: Record<string, [number, number]> = Object.fromEntries(ALL.map((r) => [`${r.pct}%`, [0, 0]]));
  let products = 0;
  let runtimeMismatches = 0;
  let naiveProductMismatches = 0;
  let naiveRowMismatches = 0;

  /** Checks one product both ways; returns the exact fen. */
  const product = (fen: number, r: Rate): number => {
    const exact = Number(oracleRound(BigInt(fen) * r.num, r.den, 'half_up'));
    const tally = byRate[`${r.pct}%`]!;
    products++;
    tally[0]++;
    if (roundHalfUp(fen * r.k, 1000) !== exact) runtimeMismatches++;
    if (Math.round(naive(fen / 100, r.dbl) * 100) !== exact) {
      naiveProductMismatches++;
      tally[1]++;
    }
    return exact;
  };

  for (let i = 0; i < p.count; i++) {
    const status = STATUSES[p.status[i]!]!;
    const age = p.age[i]!;
    const base = p.base[i]!;
    const pension = p.pension[i]!;
    const clamped = Math.min(Math.max(base, BASE_FLOOR), BASE_CEILING);
    const band = age < 35 ? BANDS[0] : age < 45 ? BANDS[1] : BANDS[2];
    for (let m = 0; m < months.length; m++) {
      const before = months[m]! < REFORM_MONTH;
      // The naive yuan-double encoding of the whole policy for this row.
      let credit = 0;
      let pooled = 0;
      if (status === 'employed') {
        product(clamped, R2);
        product(clamped, R95);
        if (before) product(clamped, band);
        const y = Math.min(Math.max(base / 100, 7310), 36549);
        const employee = naive(y, 0.02);
        credit = before ? employee + naive(y, band.dbl) : employee;
        pooled = employee + naive(y, 0.095) - credit;
      } else if (status === 'retired') {
        if (before) product(pension, R45);
        credit = before ? naive(pension / 100, 0.045) : 70;
      }
      const ref = evaluateReference({ status, age, base, pension, month: MONTHS[m]! });
      if (Math.round(credit * 100) !== ref.credit || Math.round(pooled * 100) !== ref.pooled) naiveRowMismatches++;
    }
  }
  return {
    rows: p.count * months.length,
    products,
    runtimeMismatches,
    naiveProductMismatches,
    byRate,
    naiveRowMismatches,
    ms: performance.now() - t0,
  };
}

export function formatOracle(r: OracleReport): string {
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(3) : '0.000');
  const lines = [
    `exactness oracle: ${r.rows} person-months, ${r.products} rounded products (${(r.ms / 1000).toFixed(1)} s)`,
    `  src/runtime roundHalfUp vs BigInt oracle: ${r.runtimeMismatches} mismatches`,
    `  naive yuan-double Math.round(yuan*rate*100)/100: ${r.naiveProductMismatches} wrong products (${pct(r.naiveProductMismatches, r.products)} %)`,
  ];
  for (const [name, [n, bad]] of Object.entries(r.byRate)) {
    lines.push(`    ${name.padEnd(5)} ${String(bad).padStart(9)} wrong of ${String(n).padStart(9)} (${pct(bad, n)} %)`);
  }
  lines.push(
    `  naive yuan-double whole policy: ${r.naiveRowMismatches} rows with wrong (credit, pooled) (${pct(r.naiveRowMismatches, r.rows)} %)`,
  );
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url;
if (isMain) {
  const { values } = parseArgs({ options: { persons: { type: 'string', default: '1000000' }, json: { type: 'boolean' } } });
  const report = runOracle(Number(values.persons));
  process.stdout.write(values.json ? `@@RESULT ${JSON.stringify(report)}\n` : `${formatOracle(report)}\n`);
}
