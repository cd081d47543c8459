/**
 * API docs: TypeDoc (typedoc.json) documents the generated library and its
 * runtime without warnings, and the output carries the doc comments that
 * codegen and src/runtime write: every region's `evaluate`, `Input` and
 * `Output`, and `PolicyError`.
 *
 * Runs the TypeDoc CLI with the repository's typedoc.json, writing HTML and
 * JSON to a temporary directory (not docs/api/).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const typedoc = join(repo, 'node_modules/typedoc/bin/typedoc');

/** The parts of TypeDoc's JSON output this test reads. */
interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly comment?: { readonly summary: readonly { readonly text: string }[] };
  readonly children?: readonly Reflection[];
  readonly signatures?: readonly Reflection[];
}

/** TypeDoc's ReflectionKind values used below. */
const Kind = { Module: 2, Namespace: 4, Function: 64, Class: 128, Interface: 256, Property: 1024, TypeAlias: 2097152 } as const;

function child(parent: Reflection | undefined, name: string): Reflection | undefined {
  return parent?.children?.find((c) => c.name === name);
}

function summary(r: Reflection | undefined): string {
  return (r?.comment?.summary ?? []).map((p) => p.text).join('');
}

/** Visible text of an HTML page (tags dropped, whitespace collapsed). */
function text(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#96;|&quot;|&amp;|&lt;|&gt;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('typedoc API docs', () => {
  let out = '';
  let code = 0;
  let log = '';
  let project: Reflection = { name: '', kind: 0 };

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'policyc-docs-'));
    try {
      const r = await run(
        process.execPath,
        [typedoc, '--out', join(out, 'html'), '--json', join(out, 'api.json'), '--treatWarningsAsErrors'],
        {
          cwd: repo,
          maxBuffer: 16 << 20,
        },
      );
      log = r.stdout + r.stderr;
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string; message: string };
      code = typeof err.code === 'number' ? err.code : 1;
      log = (err.stdout ?? '') + (err.stderr ?? err.message);
    }
    if (existsSync(join(out, 'api.json'))) project = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as Reflection;
  }, 300_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('runs with no warnings or errors', () => {
    expect(stripVTControlCharacters(log)).not.toMatch(/\[(warning|error)\]/);
    expect(code).toBe(0);
  });

  it('documents evaluate, evaluateMany, evaluateMonths, Input and Output of every generated region', () => {
    const generated = project.children?.find((c) => c.kind === Kind.Module && /generated/.test(c.name));
    expect(generated?.kind).toBe(Kind.Module);
    expect(child(generated, 'regions')).toBeDefined();
    expect(child(generated, 'RegionName')?.kind).toBe(Kind.TypeAlias);
    const regions = (generated?.children ?? []).filter((c) => c.kind === Kind.Namespace);
    expect(regions.map((r) => r.name)).toContain('national');
    for (const region of regions) {
      for (const fn of ['evaluate', 'evaluateMany', 'evaluateMonths']) {
        const f = child(region, fn);
        expect(f?.kind, `${region.name}.${fn}`).toBe(Kind.Function);
        expect(summary(f) || summary(f?.signatures?.at(-1)), `${region.name}.${fn}`).not.toBe('');
      }
      expect(summary(child(region, 'evaluate'))).toMatch(/^Evaluates region `\w+` for one input\. Throws a `PolicyError`/);
      // stateful regions (states carried month to month) have the timeline entry points
      if (region.name.startsWith('account_ledger')) {
        for (const fn of ['evaluateTimeline', 'evaluateTimelineColumnar']) {
          const f = child(region, fn);
          expect(f?.kind, `${region.name}.${fn}`).toBe(Kind.Function);
          expect(summary(f) || summary(f?.signatures?.at(-1)), `${region.name}.${fn}`).toMatch(/months/);
        }
      }
      for (const [name, lead] of [
        ['Input', 'Input of region'],
        ['Output', 'Output of region'],
      ] as const) {
        const i = child(region, name);
        expect(i?.kind, `${region.name}.${name}`).toBe(Kind.Interface);
        expect(summary(i), `${region.name}.${name}`).toContain(lead);
        const props = (i?.children ?? []).filter((c) => c.kind === Kind.Property);
        expect(props.length, `${region.name}.${name}`).toBeGreaterThan(0);
        for (const p of props) expect(summary(p), `${region.name}.${name}.${p.name}`).toMatch(/\S/);
      }
    }
    const national = child(generated, 'national');
    expect(national?.kind).toBe(Kind.Namespace);
    expect((child(national, 'Input')?.children ?? []).map((c) => c.name)).toEqual(['status', 'age', 'base', 'pension', 'month', 'average_wage', 'flexible_rate', 'average_pension']);
    expect(summary(child(child(national, 'Input'), 'base'))).toContain('money in integer fen');
  });

  it('documents the runtime: PolicyError with kind, field and location, and the trace types', () => {
    const runtime = project.children?.find((c) => c.kind === Kind.Module && /runtime/.test(c.name));
    const policyError = child(runtime, 'PolicyError');
    expect(policyError?.kind).toBe(Kind.Class);
    for (const m of ['kind', 'field', 'location']) expect(child(policyError, m), m).toBeDefined();
    expect(child(runtime, 'PolicyErrorKind')?.kind).toBe(Kind.TypeAlias);
    expect(summary(child(runtime, 'PolicyLocation'))).toMatch(/policy file/);
    expect(child(runtime, 'TraceStep')?.kind).toBe(Kind.Interface);
    expect(summary(child(child(runtime, 'TraceStep'), 'branch'))).toMatch(/branch taken/);
    expect(child(runtime, 'Traced')?.kind).toBe(Kind.Interface);
  });

  it('writes HTML pages for evaluate, Input and PolicyError with their doc text', () => {
    const html = join(out, 'html');
    const pages = readdirSync(html, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    // Page names are `<kind>/<module>.<namespace>.<name>.html`; the module part follows the entry's name.
    const page = (kind: string, name: string): string => {
      const p = pages
        .map((f) => f.replace(/\\/g, '/'))
        .find((f) => f.startsWith(`${kind}/`) && (f === `${kind}/${name}` || f.endsWith(`.${name}`)));
      expect(p, `${kind}/…${name}`).toBeDefined();
      return text(join(html, p!));
    };
    expect(page('functions', 'national.evaluate.html')).toMatch(/Evaluates region national for one input\s*\. Throws a PolicyError/);
    expect(page('interfaces', 'national.Input.html')).toMatch(
      /Input of region national\s*\..*Readonly status.*Readonly age.*Readonly base.*money in integer fen.*Readonly pension.*Readonly month/,
    );
    const pe = page('classes', 'PolicyError.html');
    expect(pe).toMatch(/Class PolicyError/);
    expect(pe).toMatch(/kind : PolicyErrorKind/);
    expect(pe).toMatch(/location : PolicyLocation/);
    expect(text(join(html, 'index.html'))).toMatch(/generated.*runtime/);
  });
});
