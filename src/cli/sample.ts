/**
 * `policyc sample`: evaluates a small sample population through the
 * generated evaluators (the library applications import) and prints a table.
 */
import { formatFen, PolicyError } from '@policyc/runtime';
import type { Lang } from '../diagnostics/diagnostic.js';
import { displayWidth } from '../diagnostics/span.js';
import { EXIT_OK } from './io.js';
import { messages, type Messages } from './messages.js';

interface Person {
  readonly label: (m: Messages) => string;
  readonly input: Record<string, unknown>;
}

const people: Person[] = [
  { label: (m) => m.samplePerson('employed', 30, 'base', '5000.00'), input: { status: 'employed', age: 30, base: 500000, pension: 0 } },
  { label: (m) => m.samplePerson('employed', 50, 'base', '10000.00'), input: { status: 'employed', age: 50, base: 1000000, pension: 0 } },
  { label: (m) => m.samplePerson('retired', 65, 'pension', '5000.00'), input: { status: 'retired', age: 65, base: 0, pension: 500000 } },
  { label: (m) => m.samplePerson('flexible', 40, 'base', '6000.00'), input: { status: 'flexible', age: 40, base: 600000, pension: 0 } },
  { label: (m) => m.samplePerson('resident', 40, 'none', ''), input: { status: 'resident', age: 40, base: 0, pension: 0 } },
];
const months = ['2022-12', '2023-01'];
// the regional average wage (社平工资) and a flexible worker's chosen rate, for regions that take them (T17)
const flexibleInputs = { average_wage: 800000, flexible_rate: { num: 10, den: 100 } };

type Evaluate = (input: Record<string, unknown>) => Record<string, unknown>;

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof PolicyError) return undefined;
    throw e;
  }
}

export async function sampleCommand(lang: Lang = 'en'): Promise<number> {
  const m = messages(lang);
  const lib = (await import('../../generated/index.js')) as unknown as { regions: Record<string, { evaluate: Evaluate }> };
  const rows: string[][] = [[...m.sampleColumns]];
  for (const [name, mod] of Object.entries(lib.regions)) {
    // the sample population is of employee insurance: regions with other inputs (residents)
    // or without a personal-account credit (contribution-only ones) are left out
    const probe = safely(() => mod.evaluate({ ...people[0]!.input, ...flexibleInputs, month: months[0]! }));
    if (!probe || !('credit' in probe)) continue;
    for (const p of people) {
      for (const month of months) {
        // an output the policy leaves unspecified throws when read: each column shows its own outcome
        const show = (read: () => unknown): string => {
          try {
            const v = read();
            return typeof v === 'number' ? formatFen(v) : '-';
          } catch (e) {
            if (!(e instanceof PolicyError)) throw e;
            // a range shows its exact bounds (money in fen over den 1), never one end
            if (e.kind === 'range' && e.range?.den === 1) return `${formatFen(e.range.low)}..${formatFen(e.range.high)}`;
            return e.kind;
          }
        };
        let out: Record<string, unknown> | undefined;
        const row = show(() => (out = mod.evaluate({ ...p.input, ...flexibleInputs, month })));
        const credit = out ? show(() => out!.credit) : row;
        const pooled = out ? show(() => out!.pooled) : row;
        rows.push([name, p.label(m), month, credit, pooled]);
      }
    }
  }
  // Chinese headings and labels are two columns wide
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
  const pad = (c: string, i: number): string => ' '.repeat(widths[i]! - displayWidth(c));
  const line = (r: string[]): string => r.map((c, i) => (i >= 3 ? pad(c, i) + c : c + pad(c, i))).join('  ');
  process.stdout.write(`${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`);
  process.stdout.write(`${m.sampleFooter}\n`);
  return EXIT_OK;
}
