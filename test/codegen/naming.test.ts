/**
 * Policy text reaches generated code only through `stringLiteral` and
 * `commentText`: neither lets a control character through (a NUL made git
 * treat a generated file as binary; terminal escapes reached the terminal),
 * and both keep the text otherwise readable.
 */
import { describe, expect, it } from 'vitest';
import { camel, commentText, Names, propertyKey, stringLiteral } from '../../src/codegen/naming.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const all = Array.from({ length: 0xa0 }, (_, k) => String.fromCharCode(k)).join('') + '\u2028\u2029';

describe('text from policies in generated code', () => {
  it('string literals escape every control character and mean the same text', () => {
    const lit = stringLiteral(`a${all}b 中文`);
    expect(lit).not.toMatch(CONTROL);
    expect(JSON.parse(lit)).toBe(`a${all}b 中文`);
  });

  it('comments drop control characters and cannot be closed', () => {
    const c = commentText(`x${all}*/ y 中文`);
    expect(c).not.toMatch(CONTROL);
    expect(c).not.toContain('*/');
    expect(c).toContain('中文');
  });
});

describe('identifiers', () => {
  it('camel case of any policy name is a valid identifier', () => {
    for (const n of ['_1', '_', '__', '__proto__', 'a_b', 'aB', '9'.padStart(2, '_')]) expect(camel(n)).toMatch(/^[A-Za-z_$][\w$]*$/);
  });

  it('names the generator uses are never handed out again', () => {
    const names = new Names();
    expect(names.take('first')).toBe('first2');
    expect(names.take('Math')).toBe('Math2');
    expect(names.take('delete')).toBe('delete2');
    expect(names.take('credit')).toBe('credit');
    expect(names.take('credit')).toBe('credit2');
  });

  it('`__proto__` is a computed key in object literals', () => {
    expect(propertyKey('__proto__')).toBe('["__proto__"]');
    expect(propertyKey('credit')).toBe('credit');
  });
});
