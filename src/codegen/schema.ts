/**
 * A JSON Schema (draft 2020-12) of each region's input, written next to its
 * module as `<region>.input.schema.json`. It says what the generated
 * `evaluate` accepts: every input required, no other property, integers
 * (money in fen) within the declared bounds, enum members, `YYYY-MM` months
 * and booleans. Whether a month lies inside the region's horizon is left to
 * the evaluator (it is in the description). The schema uses only the keywords
 * that `src/cli/input-schema.ts` validates. No ts-morph: `explain` loads this.
 */
import { formatMonth } from '@policyc/runtime';
import type { IrInput, IrRegion } from '../ir/ir.js';
import type { GeneratedModule } from './from-ir.js';

/** `YYYY-MM` with a month 01–12, as the runtime's parseMonth accepts. */
export const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/** One property: the subset of JSON Schema emitted (and validated by the CLI). */
export interface PropertySchema {
  readonly description?: string;
  readonly type?: 'integer' | 'string' | 'boolean' | 'object' | 'array';
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  /** for an exact rate `{ num, den }` */
  readonly properties?: Readonly<Record<string, PropertySchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: false;
  /** for a list input: its items (objects of the record's fields) and its length's domain */
  readonly items?: PropertySchema;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface InputSchema {
  readonly $schema: 'https://json-schema.org/draft/2020-12/schema';
  readonly $comment: string;
  readonly title: string;
  readonly description: string;
  readonly type: 'object';
  readonly properties: Readonly<Record<string, PropertySchema>>;
  readonly required: readonly string[];
  readonly additionalProperties: false;
}

function where(i: IrInput): string {
  return `${i.source.file}:${i.source.line}${i.cites.length ? ` (${i.cites.join(', ')})` : ''}`;
}

function property(i: IrInput, horizon: string): PropertySchema {
  const t = i.ty;
  switch (t.k) {
    case 'enum':
      return { description: `one of ${t.members.join(', ')} — ${where(i)}`, type: 'string', enum: [...t.members] };
    case 'month':
      return { description: `calendar month YYYY-MM, within the horizon ${horizon} — ${where(i)}`, type: 'string', pattern: MONTH_PATTERN };
    case 'bool':
      return { description: `true or false — ${where(i)}`, type: 'boolean' };
    case 'money':
    case 'int': {
      const lo = Number(i.low!.num);
      const hi = Number(i.high!.num);
      const what =
        t.k === 'money'
          ? `money in integer fen${t.period === 'once' ? '' : ` per ${t.period}`}`
          : `whole ${t.unit === 'none' ? 'number' : t.unit}`;
      return { description: `${what}, ${lo}..${hi} — ${where(i)}`, type: 'integer', minimum: lo, maximum: hi };
    }
    case 'rate': {
      // exact, like rate outputs: the domain is a fraction, so it is stated in the description (the evaluator checks it)
      const pct = (q: { num: bigint; den: bigint }): string => `${Number((q.num * 1000000n) / q.den) / 10000}%`;
      return {
        description: `an exact rate { num, den } (whole numbers, den > 0), ${pct(i.low!)}..${pct(i.high!)} — ${where(i)}`,
        type: 'object',
        properties: { num: { type: 'integer' }, den: { type: 'integer', minimum: 1 } },
        required: ['num', 'den'],
        additionalProperties: false,
      };
    }
    case 'list': {
      const fields = t.record.fields;
      const field = (f: (typeof fields)[number]): PropertySchema =>
        f.ty.k === 'enum'
          ? { description: `one of ${f.ty.members.join(', ')}`, type: 'string', enum: [...f.ty.members] }
          : f.ty.k === 'bool'
            ? { description: 'true or false', type: 'boolean' }
            : { description: f.ty.k === 'money' ? 'money in integer fen' : `whole ${f.ty.k === 'int' && f.ty.unit !== 'none' ? f.ty.unit : 'number'}`, type: 'integer', minimum: Number(f.low?.num ?? 0n), maximum: Number(f.high?.num ?? 0n) };
      return {
        description: `a list of ${i.low!.num}..${i.high!.num} \`${t.record.name}\` items — ${where(i)}`,
        type: 'array',
        items: {
          description: `record ${t.record.name}`,
          type: 'object',
          properties: Object.fromEntries(fields.map((f) => [f.name, field(f)])),
          required: fields.map((f) => f.name),
          additionalProperties: false,
        },
        minItems: Number(i.low!.num),
        maxItems: Number(i.high!.num),
      };
    }
    default:
      // The checker admits no other input types; an unconstrained property keeps the schema honest if one appears.
      return { description: `${t.k} — ${where(i)}` };
  }
}

/** A stateful region's input is one month of a person's timeline. */
const timelineNote = (r: IrRegion): string => {
  const states = r.decls.filter((d) => d.declKind === 'state').map((d) => d.name);
  return states.length
    ? ` One month of a person's timeline (states ${states.join(', ')} carry over from month to month): evaluateTimeline takes an array of these, consecutive months in order; a single input is a one-month timeline, each state opening from its initially value.`
    : '';
};

export function inputSchema(r: IrRegion): InputSchema {
  const start = formatMonth(r.horizon.start);
  const horizon = r.horizon.end === undefined ? `${start} onwards` : `${start}..${formatMonth(r.horizon.end)}`;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: `Generated from ${r.file} by the policy compiler. Do not edit.`,
    title: `Input of region ${r.name}`,
    description: `${r.title ? `${r.title}. ` : ''}Money is integer fen (1 yuan = 100 fen); months are YYYY-MM; horizon ${horizon}.${timelineNote(r)}`,
    type: 'object',
    properties: Object.fromEntries(r.inputs.map((i) => [i.name, property(i, horizon)])),
    required: r.inputs.map((i) => i.name),
    additionalProperties: false,
  };
}

/** The file name of a region's input schema, next to its module. */
export const schemaFileName = (region: string): string => `${region}.input.schema.json`;

/** The schema of every region that has a generated module, as files for `writeModules`. */
export function schemaFiles(regions: readonly IrRegion[], mods: readonly GeneratedModule[]): GeneratedModule[] {
  const byName = new Map(regions.map((r) => [r.name, r]));
  return mods.flatMap((m) => {
    const r = byName.get(m.region);
    return r ? [{ region: m.region, fileName: schemaFileName(m.region), text: `${JSON.stringify(inputSchema(r), null, 2)}\n` }] : [];
  });
}
