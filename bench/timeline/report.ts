/**
 * The timeline section of `npm run bench`'s report (bench/run.ts), from the
 * duel's result (bench/timeline/duel.ts). `failed` when the duel errored, an
 * arm errored, or any arm differs from the oracle or from the handwritten arm;
 * an unavailable generated entry point is reported, not failed, and gets no
 * number.
 */
import { formatMonth } from '../../src/runtime/month.js';
import { TIMELINE_FROM, TIMELINE_TO } from './data.js';
import type { MemoryResult } from '../memory.js';
import type { TimelineDuelResult } from './duel.js';

const n = (x: number): string => Math.round(x).toLocaleString('en-US');
const mps = (x: number): string => `${(x / 1e6).toFixed(1)}M person-months/s`;
const mb = (x: number): string => `${(x / 1048576).toFixed(0)} MB`;

export function formatTimeline(r: TimelineDuelResult | string, memory: readonly (MemoryResult | string)[] = []): { text: string; failed: boolean } {
  if (typeof r === 'string' || r.status !== 'ok') return { text: `timeline (issue 10): error: ${typeof r === 'string' ? r : r.reason}`, failed: true };
  const lines: string[] = [];
  let failed = false;
  lines.push(
    `timeline (issue 10), region bench_timeline, ${n(r.persons)} persons x ${r.months} months (${formatMonth(TIMELINE_FROM)}..${formatMonth(TIMELINE_TO)}) = ${n(r.rows)} person-months, ` +
      `fastest of ${r.rounds} interleaved rounds (by CPU time in brackets); data generated in ${(r.generateMs / 1000).toFixed(1)} s:`,
  );
  const hand = r.arms.find((a) => a.name === 'handwritten');
  const gen = r.arms.find((a) => a.name === 'generated');
  for (const a of r.arms) {
    if (a.status !== 'ok') {
      lines.push(`  ${a.name.padEnd(11)} ${a.status}: ${a.reason ?? ''}`);
      if (a.status === 'error') failed = true;
      continue;
    }
    const o = a.oracle!;
    const vs = a.vsHandwritten ? `; vs handwritten on every row: ${n(a.vsHandwritten.mismatches)}/${n(a.vsHandwritten.compared)} values differ` : '';
    lines.push(
      `  ${a.name.padEnd(11)} ${mps(a.perSec)} (${mps(a.cpuPerSec)}), median ${mps(a.medianPerSec)}; ` +
        `oracle: ${n(o.mismatches)}/${n(o.compared)} values differ (${n(o.persons)} persons, ${(o.ms / 1000).toFixed(1)} s)${vs}`,
    );
    for (const x of [...o.examples, ...(a.vsHandwritten?.examples ?? [])]) lines.push(`    ${x}`);
    if (o.mismatches > 0 || (a.vsHandwritten?.mismatches ?? 0) > 0) failed = true;
  }
  if (hand?.status === 'ok' && gen?.status === 'ok') {
    lines.push(`  generated/handwritten = ${(gen.perSec / hand.perSec).toFixed(2)}x (${(gen.cpuPerSec / hand.cpuPerSec).toFixed(2)}x by CPU time)`);
  } else lines.push(`  generated/handwritten: no ratio (${gen?.reason ?? 'generated arm missing'})`);
  const outs = r.arms.filter((a) => a.status === 'ok').map((a) => `${a.name} ${mb(a.outputBytes)}`);
  lines.push(`  arrays: input columns ${mb(r.inputBytes)}; output columns ${outs.join(', ')}`);
  for (const m of memory) {
    if (typeof m === 'string' || m.status !== 'ok') {
      lines.push(`  memory: error: ${typeof m === 'string' ? m : m.reason}`);
      failed = true;
      continue;
    }
    lines.push(
      `  memory ${m.name.replace(/^timeline\.|\.memory$/g, '')}: peak RSS ${mb(m.peakRssBytes)} - baseline ${mb(m.baselineRssBytes)} = ${mb(m.peakDeltaBytes)} ` +
        `for ${mb(m.arrayBytes)} of input and output arrays = ${(m.peakDeltaBytes / m.arrayBytes).toFixed(2)}x; spot check against the oracle ${n(m.mismatches)}/${n(m.checked)} values differ`,
    );
    if (m.mismatches > 0) failed = true;
  }
  if (failed) lines.push('  TIMELINE MISMATCH OR ERROR: the run fails');
  return { text: lines.join('\n'), failed };
}
