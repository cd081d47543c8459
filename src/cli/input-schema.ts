/**
 * Validates an input file (JSON) against a region's input JSON Schema, as
 * emitted by src/codegen/schema.ts: exactly the keywords emitted there (an
 * object with `properties`, `required`, `additionalProperties: false`; per
 * property `type` integer|string|boolean|object|array, `enum`, `minimum`, `maximum`,
 * `pattern`, and for lists `items`, `minItems`, `maxItems`). Each bad field becomes one diagnostic at its place in the file.
 */
import { Diagnostics, diag, text, type Diagnostic, type LocalText } from '../diagnostics/diagnostic.js';
import { span, type Span } from '../diagnostics/span.js';
import type { InputSchema, PropertySchema } from '../codegen/schema.js';

/** Offsets of a top-level JSON object's members: key start and the value's range. Assumes `text` parses as JSON. */
export function memberSpans(text: string): Map<string, { key: number; start: number; end: number }> {
  const out = new Map<string, { key: number; start: number; end: number }>();
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const skipString = (): void => {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const skipValue = (): void => {
    let depth = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') skipString();
      else if (c === '{' || c === '[') {
        depth++;
        i++;
      } else if (c === '}' || c === ']') {
        if (depth === 0) return;
        depth--;
        i++;
      } else if (c === ',' && depth === 0) return;
      else i++;
    }
  };
  ws();
  if (text[i] !== '{') return out;
  i++;
  for (;;) {
    ws();
    if (text[i] !== '"') return out;
    const key = i;
    skipString();
    const name = JSON.parse(text.slice(key, i)) as string;
    ws();
    i++; // ':'
    ws();
    const start = i;
    skipValue();
    let end = i;
    while (end > start && ' \t\r\n'.includes(text[end - 1]!)) end--;
    out.set(name, { key, start, end });
    if (text[i] !== ',') return out;
    i++;
  }
}

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

/** What a property accepts, in both languages. */
function expectation(p: PropertySchema): LocalText {
  if (p.type === 'array') return text(`a list of ${p.minItems} to ${p.maxItems} items, each ${p.items?.description ?? 'a record'} with its fields`, `${p.minItems} 到 ${p.maxItems} 项的列表，每项为${p.items?.description ?? '记录'}，含其全部字段`);
  if (p.enum) return text(`one of ${p.enum.join(', ')}`, `以下之一：${p.enum.join('、')}`);
  if (p.type === 'object') return text('an exact rate { "num": whole number, "den": whole number > 0 }', '精确比例 { "num": 整数, "den": 大于 0 的整数 }');
  if (p.type === 'integer') return text(`a whole number from ${p.minimum} to ${p.maximum}`, `${p.minimum} 到 ${p.maximum} 之间的整数`);
  if (p.type === 'boolean') return text('true or false', 'true 或 false');
  if (p.pattern) return text('a month written YYYY-MM', '写作 YYYY-MM 的月份');
  if (p.type === 'string') return text('a string', '字符串');
  return text('a value', '一个值');
}

/** Whether `v` satisfies the property's keywords. */
export function accepts(p: PropertySchema, v: unknown): boolean {
  if (p.type === 'array') {
    if (!Array.isArray(v)) return false;
    if ((p.minItems !== undefined && v.length < p.minItems) || (p.maxItems !== undefined && v.length > p.maxItems)) return false;
    return !p.items || v.every((x) => accepts(p.items!, x));
  }
  if (p.type === 'object') {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const o = v as Record<string, unknown>;
    const props = p.properties ?? {};
    if ((p.required ?? []).some((k) => !Object.hasOwn(o, k))) return false;
    if (p.additionalProperties === false && Object.keys(o).some((k) => !(k in props))) return false;
    return Object.entries(props).every(([k, q]) => !Object.hasOwn(o, k) || accepts(q, o[k]));
  }
  if (p.type === 'integer' && !(typeof v === 'number' && Number.isInteger(v))) return false;
  if (p.type === 'string' && typeof v !== 'string') return false;
  if (p.type === 'boolean' && typeof v !== 'boolean') return false;
  if (p.enum && !p.enum.includes(v as string)) return false;
  if (p.minimum !== undefined && (v as number) < p.minimum) return false;
  if (p.maximum !== undefined && (v as number) > p.maximum) return false;
  if (p.pattern !== undefined && !new RegExp(p.pattern, 'u').test(v as string)) return false;
  return true;
}

/**
 * Parses `source` (the text of `file`) and checks it against `schema`; returns the parsed input and one
 * diagnostic per problem (none when it is valid).
 */
export function checkInputFile(
  file: string,
  source: string,
  schema: InputSchema,
): { value: Record<string, unknown>; problems: Diagnostic[] } {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    const offset = at ? Number(at[1]) : source.length;
    return { value: {}, problems: [diag(Diagnostics.InputNotJson, span(file, offset, offset + 1), [(e as Error).message])] };
  }
  const whole = span(file, 0, source.length);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { value: {}, problems: [diag(Diagnostics.InputNotObject, whole, [Array.isArray(value) ? 'an array' : show(value)])] };
  }
  const json = value as Record<string, unknown>;
  const at = memberSpans(source);
  const problems: Diagnostic[] = [];
  const note = (p: PropertySchema): LocalText[] => (p.description === undefined ? [] : [text(p.description)]);
  const props = schema.properties;
  for (const name of schema.required) {
    const p = props[name]!;
    if (!Object.hasOwn(json, name)) {
      problems.push(diag(Diagnostics.InputMissing, span(file, 0, 1), [name, expectation(p)], { notes: note(p) }));
    }
  }
  for (const [name, v] of Object.entries(json)) {
    const where: Span = at.has(name) ? span(file, at.get(name)!.start, at.get(name)!.end) : whole;
    const p = Object.hasOwn(props, name) ? props[name] : undefined;
    if (p === undefined) {
      const key = at.get(name);
      problems.push(
        diag(Diagnostics.InputUnknown, key ? span(file, key.key, key.key + JSON.stringify(name).length) : whole, [
          name,
          Object.keys(props).join(', '),
        ]),
      );
    } else if (!accepts(p, v)) {
      problems.push(diag(Diagnostics.InputInvalid, where, [name, expectation(p), show(v)], { notes: note(p) }));
    }
  }
  return { value: json, problems };
}
