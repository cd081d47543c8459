/** Types and units of the policy language. */
export type Period = 'month' | 'year' | 'once';
export type IntUnit = 'years' | 'months' | 'none';

export type Ty =
  | { readonly k: 'money'; readonly period: Period; readonly exact: boolean }
  | { readonly k: 'rate' }
  | { readonly k: 'int'; readonly unit: IntUnit }
  | { readonly k: 'month' }
  | { readonly k: 'bool' }
  | { readonly k: 'enum'; readonly name: string; readonly members: readonly string[] }
  | { readonly k: 'error' };

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
      return `one of ${t.members.join(', ')}`;
    case 'error':
      return 'an error';
  }
}

/** Same type, ignoring exactness when `loose`. Error types are compatible with everything (no cascades). */
export function sameType(a: Ty, b: Ty, loose = false): boolean {
  if (a.k === 'error' || b.k === 'error') return true;
  if (a.k !== b.k) return false;
  if (a.k === 'money' && b.k === 'money') return a.period === b.period && (loose || a.exact === b.exact);
  if (a.k === 'int' && b.k === 'int') return a.unit === b.unit;
  if (a.k === 'enum' && b.k === 'enum') return a.members.join() === b.members.join();
  return true;
}

export function isNumeric(t: Ty): boolean {
  return t.k === 'money' || t.k === 'rate' || t.k === 'int';
}

/** Named types an author can write, for resolution and "did you mean". */
export const typeNames = ['money', 'rate', 'years', 'months', 'integer', 'month', 'boolean'] as const;
