/** Types and units of the policy language. */
import type { Rational } from './rational.js';
export type Period = 'month' | 'year' | 'once';
export type IntUnit = 'years' | 'months' | 'none';

export type Ty =
  | { readonly k: 'money'; readonly period: Period; readonly exact: boolean }
  | { readonly k: 'rate' }
  | { readonly k: 'int'; readonly unit: IntUnit }
  | { readonly k: 'month' }
  | { readonly k: 'bool' }
  /** `ordered`: declared `one of a < b < c`, so `<`, `<=`, `>`, `>=` compare member positions */
  | { readonly k: 'enum'; readonly name: string; readonly members: readonly string[]; readonly ordered?: boolean }
  /**
   * A set of members of a list (`set of relation`): a parameter's value, tested with `in`. A closed set holds
   * exactly the members it lists; an `open` set lists the members the sources name, and asking about another
   * answers `unknown` (FACTS T35). At run time a set is a bitmask (bit i = the list's i-th member).
   */
  | { readonly k: 'set'; readonly of: Extract<Ty, { k: 'enum' }>; readonly open: boolean }
  /** `list of member`: a list input whose items are records (inputs only; aggregates read it) */
  | { readonly k: 'list'; readonly record: RecordTy }
  | { readonly k: 'error' };

/** A record: the fields of each item of a list input, each with its type and (numbers) inclusive domain. */
export interface RecordTy {
  readonly name: string;
  readonly fields: readonly FieldTy[];
}
export interface FieldTy {
  readonly name: string;
  readonly ty: Ty;
  /** inclusive bounds for a numeric field (fen for money) */
  readonly low?: Rational;
  readonly high?: Rational;
}

export const T = {
  money: (period: Period, exact = false): Ty => ({ k: 'money', period, exact }),
  rate: { k: 'rate' } as Ty,
  int: (unit: IntUnit = 'none'): Ty => ({ k: 'int', unit }),
  month: { k: 'month' } as Ty,
  bool: { k: 'bool' } as Ty,
  error: { k: 'error' } as Ty,
};

export function show(t: Ty): string {
  switch (t.k) {
    case 'money':
      return `${t.exact ? 'unrounded ' : ''}money${t.period === 'once' ? '' : ` per ${t.period}`}`;
    case 'rate':
      return 'a rate';
    case 'int':
      return t.unit === 'none' ? 'a whole number' : `whole ${t.unit}`;
    case 'month':
      return 'a month';
    case 'bool':
      return 'true/false';
    case 'enum':
      return `one of ${t.members.join(t.ordered ? ' < ' : ', ')}`;
    case 'set':
      return `${t.open ? 'open ' : ''}set of ${t.of.name}`;
    case 'list':
      return `a list of ${t.record.name}`;
    case 'error':
      return 'an error';
  }
}

/** The type in both languages, for diagnostics. */
export function showL(t: Ty): { en: string; zh: string } {
  const per = (p: Period): string => (p === 'month' ? '每月' : p === 'year' ? '每年' : '');
  const zh = ((): string => {
    switch (t.k) {
      case 'money':
        return `${t.exact ? '未取整的' : ''}${per(t.period)}金额`;
      case 'rate':
        return '比例';
      case 'int':
        return t.unit === 'none' ? '整数' : t.unit === 'years' ? '周岁' : '月数';
      case 'month':
        return '月份';
      case 'bool':
        return '真/假';
      case 'enum':
        return `${t.members.join(t.ordered ? ' < ' : '、')} 之一`;
      case 'set':
        return `${t.of.name} 的${t.open ? '开放' : ''}集合`;
      case 'list':
        return `${t.record.name} 列表`;
      case 'error':
        return '错误';
    }
  })();
  return { en: show(t), zh };
}

/** Same type, ignoring exactness when `loose`. Error types are compatible with everything (no cascades). */
export function sameType(a: Ty, b: Ty, loose = false): boolean {
  if (a.k === 'error' || b.k === 'error') return true;
  if (a.k !== b.k) return false;
  if (a.k === 'money' && b.k === 'money') return a.period === b.period && (loose || a.exact === b.exact);
  if (a.k === 'int' && b.k === 'int') return a.unit === b.unit;
  if (a.k === 'enum' && b.k === 'enum') return a.members.join() === b.members.join() && !a.ordered === !b.ordered;
  if (a.k === 'set' && b.k === 'set') return a.open === b.open && sameType(a.of, b.of);
  if (a.k === 'list' && b.k === 'list') return a.record.name === b.record.name;
  return true;
}

/** Named types an author can write, for resolution and "did you mean". */
/** The position of a member in an ordered list (what `<` compares); -1 if it is not one. */
export function memberRank(t: Ty, member: string): number {
  return t.k === 'enum' ? t.members.indexOf(member) : -1;
}

export const typeNames = ['money', 'rate', 'years', 'months', 'integer', 'month', 'boolean'] as const;
