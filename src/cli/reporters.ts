/**
 * `policyc test --reporter junit|json|tap`: the results of one run as a
 * document for CI. The JSON document is versioned (`policyc-test-results/1`,
 * README "Machine-readable output"); JUnit follows the Ant/Surefire format
 * CI servers read (checked against an XSD in test/cli/reporters.test.ts).
 */
import type { RegionCoverage } from './coverage.js';
import { percentOf } from './coverage.js';

export type ReporterName = 'pretty' | 'junit' | 'json' | 'tap';

export interface TestResult {
  readonly region: string;
  readonly name: string;
  readonly kind: 'example' | 'invariant';
  readonly passed: boolean;
  readonly durationMs: number;
  readonly file: string;
  readonly line: number;
  /** each failure as one short line (`file:line:col: error PDnnnn: …`) */
  readonly failures: readonly string[];
  /** each failure as diagnostics JSON */
  readonly failuresJson: readonly unknown[];
  /** each failure as pretty text, for report bodies */
  readonly details: string;
}

export interface RunReport {
  readonly results: readonly TestResult[];
  readonly durationMs: number;
  readonly diagnostics: readonly unknown[];
  readonly coverage: readonly RegionCoverage[] | undefined;
}

export const TEST_RESULTS_SCHEMA = 'policyc-test-results/1';

export function totals(results: readonly TestResult[]): { tests: number; passed: number; failed: number } {
  const failed = results.filter((r) => !r.passed).length;
  return { tests: results.length, passed: results.length - failed, failed };
}

function coverageJson(cov: readonly RegionCoverage[]): object {
  const cases = cov.reduce((n, c) => n + c.cases, 0);
  const reached = cov.reduce((n, c) => n + c.reached, 0);
  return {
    regions: cov.map((c) => ({ ...c, percent: Number(percentOf(c.reached, c.cases).toFixed(1)) })),
    total: { cases, reached, percent: Number(percentOf(reached, cases).toFixed(1)) },
  };
}

export function jsonReport(run: RunReport): string {
  return (
    JSON.stringify(
      {
        schema: TEST_RESULTS_SCHEMA,
        tests: run.results.map((r) => ({
          region: r.region,
          name: r.name,
          kind: r.kind,
          status: r.passed ? 'passed' : 'failed',
          durationMs: Math.round(r.durationMs),
          file: r.file,
          line: r.line,
          failures: r.failuresJson,
        })),
        totals: { ...totals(run.results), durationMs: Math.round(run.durationMs) },
        diagnostics: run.diagnostics,
        ...(run.coverage ? { coverage: coverageJson(run.coverage) } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

/** Text XML 1.0 can hold (no control characters but tab, newline, carriage return). */
function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

export function junitReport(run: RunReport, timestamp: Date = new Date()): string {
  const byRegion = new Map<string, TestResult[]>();
  for (const r of run.results) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
  const t = totals(run.results);
  const stamp = timestamp.toISOString().replace(/\.\d+Z$/, '');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="policyc" tests="${t.tests}" failures="${t.failed}" errors="0" time="${seconds(run.durationMs)}">`,
  ];
  for (const [region, rs] of byRegion) {
    const rt = totals(rs);
    const time = rs.reduce((n, r) => n + r.durationMs, 0);
    lines.push(
      `  <testsuite name="${xmlAttr(region)}" tests="${rt.tests}" failures="${rt.failed}" errors="0" skipped="0" time="${seconds(time)}" timestamp="${stamp}" file="${xmlAttr(rs[0]!.file)}">`,
    );
    for (const r of rs) {
      const open = `    <testcase name="${xmlAttr(r.name)}" classname="${xmlAttr(`policyc.${region}`)}" time="${seconds(r.durationMs)}" file="${xmlAttr(r.file)}" line="${r.line}"`;
      if (r.passed) {
        lines.push(`${open}/>`);
        continue;
      }
      lines.push(`${open}>`);
      const first = r.failures[0] ?? 'failed';
      const code = /\b(PD\d{4})\b/.exec(first)?.[1] ?? 'failure';
      lines.push(`      <failure message="${xmlAttr(first)}" type="${code}">${xmlText(r.details)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

export function tapReport(run: RunReport): string {
  const lines = ['TAP version 13', `1..${run.results.length}`];
  run.results.forEach((r, i) => {
    const title = `${r.region} › ${r.name}`.replace(/#/g, '\\#').replace(/\n/g, ' ');
    lines.push(`${r.passed ? 'ok' : 'not ok'} ${i + 1} - ${title}`);
    if (!r.passed) {
      lines.push('  ---', `  at: ${JSON.stringify(`${r.file}:${r.line}`)}`, '  failures:');
      for (const f of r.failures) lines.push(`    - ${JSON.stringify(f)}`);
      lines.push('  ...');
    }
  });
  const t = totals(run.results);
  lines.push(`# ${t.passed} passed, ${t.failed} failed`, '');
  return lines.join('\n');
}
