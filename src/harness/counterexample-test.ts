/**
 * A failing history printed as a timeline test, ready to paste under the
 * region in its policy file:
 *
 *   test "I09 counterexample" cite I09
 *     over 2024-12 to 2025-01
 *     given opening_current_year = 0.00, opening_prior_years = 500.00
 *     given credit = 2024-12: 100.00, 2025-01: 0.00
 *     expect at 2025-01: balance = 600.00
 *
 * Inputs constant over the history are given once; the others as a series,
 * equal consecutive months merged. Money is in yuan with two decimals, rates
 * as percentages. Where the claim is `name = expr`, the expectation is the
 * value the claim needed (so the test fails until the policy is fixed); else
 * comments say what failed, and the expectation is the value now.
 */
import type { IrInvariant, IrRegion } from '../ir/ir.js';
import type { Ty } from '../ir/types.js';
import { formatMonth } from '@policyc/runtime';
import { showTyped, type Value } from '../interpret/interpret.js';
import type { History } from './histories.js';
import { showApi } from './invariants.js';
import type { HistoryFailure } from './timeline-invariants.js';

export const monthName = (m: number): string => formatMonth(m);

export function historyText(h: History): string {
  const n = h.months.length;
  return n === 1
    ? `the history of one month, ${monthName(h.start)}`
    : `the history ${monthName(h.start)} to ${monthName(h.start + n - 1)} (${n} months)`;
}

const span = (from: number, to: number): string => (from === to ? monthName(from) : `${monthName(from)}..${monthName(to)}`);

/** `given` lines: constant inputs on one line, each varying input as a series. */
function givens(r: IrRegion, h: History): string[] {
  const constant: string[] = [];
  const series: string[] = [];
  for (const i of r.inputs) {
    if (i.name === r.monthInput) continue;
    const texts = h.months.map((m) => showApi(r, i.name, m[i.name]));
    if (texts.every((t) => t === texts[0])) {
      constant.push(`${i.name} = ${texts[0]}`);
      continue;
    }
    const parts: string[] = [];
    let from = 0;
    for (let k = 1; k <= texts.length; k++) {
      if (k < texts.length && texts[k] === texts[from]) continue;
      parts.push(`${span(h.start + from, h.start + k - 1)}: ${texts[from]}`);
      from = k;
    }
    series.push(`given ${i.name} = ${parts.join(', ')}`);
  }
  return [...(constant.length ? [`given ${constant.join(', ')}`] : []), ...series];
}

/** A value as a test's expectation writes it, or undefined when it has no exact literal (a fraction of a fen). */
function literal(v: Value, ty: Ty | undefined): string | undefined {
  if (v.k === 'num' && ty?.k !== 'rate' && v.value.den !== 1n) return undefined;
  const t = showTyped(v, ty);
  return /[…/]/.test(t) || t === 'not applicable' ? undefined : t;
}

export function counterexampleTest(r: IrRegion, inv: IrInvariant, f: HistoryFailure): string {
  const h = f.history;
  const at = monthName(h.start + f.k);
  const ty = (name: string): Ty | undefined => r.decls.find((d) => d.name === name)?.ty;
  const ids = inv.cites.filter((c) => /^[A-Z]\d+$/.test(c));
  const label = ids.find((c) => c.startsWith('I')) ?? inv.name;
  const where = f.claim ? `the claim at ${f.claim.source.file}:${f.claim.source.line}` : `invariant "${inv.name}"`;
  const lines = [
    `test "${label} counterexample"${ids.length ? ` cite ${ids.join(', ')}` : ''}`,
    `  over ${monthName(h.start)} to ${monthName(h.start + h.months.length - 1)}`,
    ...givens(r, h).map((g) => `  ${g}`),
  ];
  const needed = f.needed && literal(f.needed.value, ty(f.needed.name));
  const now = f.now && literal(f.now.value, ty(f.now.name));
  if (f.needed && needed !== undefined) {
    lines.push(`  # ${where} needs this (${f.now ? `it is ${showTyped(f.now.value, ty(f.now.name))} now` : 'see the claim'})`);
    lines.push(`  expect at ${at}: ${f.needed.name} = ${needed}`);
  } else {
    lines.push(`  # in ${at}: ${f.message}`);
    if (f.other) {
      const y = f.other.history.months;
      const changed = y
        .map((m, k) => `${monthName(h.start + k)}: ${showApi(r, f.other!.input, m[f.other!.input])}`)
        .filter((_, k) => showApi(r, f.other!.input, y[k]![f.other!.input]) !== showApi(r, f.other!.input, h.months[k]![f.other!.input]));
      lines.push(
        `  # with ${f.other.input} = ${changed.join(', ')} instead, ${f.now?.name ?? 'the output'} = ${showTyped(f.other.value, ty(f.now?.name ?? ''))} in ${at}`,
      );
    }
    if (f.now && now !== undefined) lines.push(`  expect at ${at}: ${f.now.name} = ${now}   # the value now`);
  }
  return lines.map((l) => `  ${l}`).join('\n');
}
