/** The diagnostic catalogue: unique well-formed codes, both languages, and a bad/ fixture per code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../../src/diagnostics/codes.js';
import { discoverFixtures, goldenPathOf, repoRoot } from '../../support/golden.js';

const entries = Object.entries(Diagnostics);
const placeholders = (s: string): string[] => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

/**
 * Covered elsewhere: PD1013 by test/check/citations.test.ts (FACTS.md is always found here), PD9001 by test/cli
 * (unreadable path), PD9002 is internal, PD9003 by io/bad/more-errors-than-the-cap;
 * PD9004–PD9008 (empty policy folder, unsafe output files) by test/cli/build-files.test.ts;
 * PD9011–PD9015 are about `explain --input` JSON files, not policies: test/cli/explain-input.test.ts.
 */
const coveredElsewhere = ['PD9001', 'PD9002', 'PD1013', 'PD9004', 'PD9005', 'PD9006', 'PD9007', 'PD9008', 'PD9011', 'PD9012', 'PD9013', 'PD9014', 'PD9015'];

/**
 * In the catalogue but emitted by no call site today. When one becomes reachable, add its bad/ fixture and
 * remove it here (the last test below fails until you do).
 * PD1007: the parser always reports PD1002/PD1003 first. PD4004/PD4005: no call site in src/check.
 */
const notEmittedYet: string[] = [];

const stageOf: Record<string, string> = {
  '1': 'syntax',
  '2': 'names',
  '3': 'units',
  '4': 'dates',
  '5': 'coverage',
  '6': 'tests',
  '9': 'io',
};

function codesInBadGoldens(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const f of discoverFixtures().filter((p) => p.includes('/bad/'))) {
    const golden = readFileSync(join(repoRoot, goldenPathOf(f)), 'utf8');
    for (const [, code] of golden.matchAll(/^\S+:\d+:\d+: (?:error|warning|note) (PD\d{4}):/gm)) {
      found.set(code!, [...(found.get(code!) ?? []), f]);
    }
  }
  return found;
}

describe('diagnostic catalogue', () => {
  it('codes match /^PD\\d{4}$/ and are unique', () => {
    const codes = entries.map(([, e]) => e.code);
    for (const c of codes) expect(c).toMatch(/^PD\d{4}$/);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it.each(entries)('%s has English and Chinese text with the same placeholders', (_name, e) => {
    expect(e.en.trim()).not.toBe('');
    expect(e.zh.trim()).not.toBe('');
    expect(e.zh, 'zh text should contain Chinese').toMatch(/\p{Script=Han}/u);
    expect(placeholders(e.zh)).toEqual(placeholders(e.en));
    expect(e.en, 'messages start lowercase and have no final period').toMatch(/^[^A-Z].*[^.]$/s);
  });

  it('every code has a bad/ fixture in its stage folder whose golden shows it', () => {
    const found = codesInBadGoldens();
    const missing = entries
      .map(([, e]) => e.code)
      .filter((c) => !coveredElsewhere.includes(c) && !notEmittedYet.includes(c))
      .filter((c) => !(found.get(c) ?? []).some((f) => f.split('/')[2] === stageOf[c[2]!]));
    expect(missing).toEqual([]);
  });

  it('codes listed as not emitted yet really appear in no golden', () => {
    const found = codesInBadGoldens();
    expect(notEmittedYet.filter((c) => found.has(c))).toEqual([]);
  });
});
