/**
 * The entry points of a stateful region's module (a region with `state`
 * declarations, `isStateful` in src/ir/ir.ts): one month's rules as functions
 * of that month's inputs and of the states of the month before
 * (`previous(…)`, parameters of the rule functions: src/codegen/context.ts
 * `prevKey`), and a person's consecutive months in one pass.
 *
 * - `stepMonth(inputs…, previous…)`: every rule the outputs and states need,
 *   the plain path; a rule that failed retries the month lazily
 *   (`stepMonthLazy`, where the states of the month before may be failures:
 *   a rule reading a failed one fails with the same error, as in the
 *   interpreter); `stepMonthTraced` records every rule, each step that read
 *   `previous(…)` citing those values.
 * - `openX(inputs…)`: state X's `initially` value, from the first month's inputs.
 * - `compute`/`computeTraced` (what `evaluate` calls, src/codegen/entry.ts):
 *   a one-month timeline.
 * - `evaluateTimeline(months)`: validated month by month; months must be
 *   consecutive; states carried in locals; each state's declared domain is
 *   checked every month (`out_of_domain` at the state's line).
 * - `evaluateMonths(person, from, to)`: a timeline over constant inputs.
 *
 * The columnar form is src/codegen/timeline-columnar.ts.
 */
import type { IrDecl } from '../ir/ir.js';
import { rescale, type Num, type Range } from '../analysis/numeric.js';
import { readsOfExpr } from '../ir/visit.js';
import type { ColumnarPlan } from './columnar.js';
import { prevKey, unitOf, type Gen } from './context.js';
import { lazyDeclCall } from './decl-fn.js';
import { inputTests } from './entry.js';
import { emitExpr, scaleTo } from './expr.js';
import type { ModuleBuilder } from './module.js';
import { camel, commentText, pascal, propertyKey, stringLiteral } from './naming.js';

/** Runtime helpers of stateful regions' evaluators (src/runtime/timeline.ts). */
export const TIMELINE_RUNTIME = ['atRow', 'stateIn', 'unwrap', 'stateOf', 'monthStateOf', 'citePrevious', 'timelineLength', 'badTimeline', 'timelineCount', 'timelineRows'];

/** `code` checked against a numeric state's declared domain (others have none to check). */
export function inDomain(g: Gen, d: IrDecl, code: string, range?: Range): string {
  const bounds = domainBounds(g, d, range);
  return bounds ? `stateIn(${code}, ${bounds.lo}, ${bounds.hi}, ${stringLiteral(d.name)}, ${g.loc(d.source)})` : code;
}

/**
 * A state's domain when its value must be checked, or undefined when it need not: not a number, or the
 * numeric analysis proves the value (of the whole rule, or `range` of one expression) stays inside
 * (a saturating counter, an opening input whose domain lies inside the state's).
 */
export function domainBounds(g: Gen, d: IrDecl, range?: Range): { lo: string; hi: string } | undefined {
  if (d.declKind !== 'state' || (d.ty.k !== 'money' && d.ty.k !== 'int')) return undefined;
  const den = g.infos.get(d.name)!.den;
  if (den !== 1n || (d.low && d.low.den !== 1n) || (d.high && d.high.den !== 1n)) throw new Error(`internal: state ${d.name} is not a whole value`);
  const n = range ?? g.num.decl(d.name);
  if (d.low && d.high && n.lo >= d.low.num && n.hi <= d.high.num) return undefined;
  return { lo: d.low ? String(d.low.num) : '-Infinity', hi: d.high ? String(d.high.num) : 'Infinity' };
}

/** The field that errors about a whole timeline name: the month input, else the first input, else the first state. */
export function timelineField(g: Gen): { readonly name: string; readonly source: { file: string; line: number; col: number } } {
  const r = g.r;
  return r.inputs.find((i) => i.name === r.monthInput) ?? r.inputs[0] ?? statesOf(g)[0]!;
}

/** The states of a stateful region, in declaration order. */
export const statesOf = (g: Gen): IrDecl[] => g.r.decls.filter((d) => d.declKind === 'state');

/** Reading state `d` of a month's output `o` for the month after (values or, with `lazy`, failures). */
export function nextPrevious(g: Gen, d: IrDecl, o: string, lazy: boolean): string {
  const key = stringLiteral(d.name);
  if (lazy) return d.ty.k === 'month' ? `monthStateOf(${o}, ${key})` : `stateOf<${g.localType(d.name, g.prevAbsent.has(d.name))}>(${o}, ${key})`;
  const v = `${o}[${key}]`;
  return d.ty.k === 'month' ? (g.prevAbsent.has(d.name) ? `${v} === null ? null : parseMonth(${v})` : `parseMonth(${v})`) : v;
}

/** One `openX` function per state: its `initially` value from the first month's inputs. Returns name and inputs, by state. */
function addOpenings(sf: ModuleBuilder, g: Gen, plan: ColumnarPlan): void {
  for (const s of statesOf(g)) {
    if (!s.initially) throw new Error(`internal: state ${s.name} has no initially value`);
    // the parameters it reads, and what they read in turn, in dependency order
    const need = readsOfExpr(s.initially);
    for (const d of [...g.r.decls].reverse()) if (need.has(d.name)) for (const p of plan.calls.get(d.name)?.get(undefined)?.params ?? []) need.add(p);
    const decls = g.r.decls.filter((d) => need.has(d.name) && plan.calls.get(d.name)?.get(undefined));
    const lines = decls.map((d) => {
      const c = plan.calls.get(d.name)!.get(undefined)!;
      return `const ${g.infos.get(d.name)!.local} = ${c.plain(c.params.map((n) => g.valueOf(n)))};`;
    });
    const ctx = g.ctx((n) => plan.variants.get(n)?.get(undefined)?.absent ?? false);
    const value = scaleTo(emitExpr(s.initially, ctx), g.infos.get(s.name)!.den).code;
    const inputs = g.r.inputs.filter((i) => need.has(i.name)).map((i) => i.name);
    const fn = g.names.take(`open${pascal(s.name)}`);
    sf.addFunction({
      name: fn,
      docs: [`State \`${commentText(s.name)}\` before the first month (\`initially\`), from that month's inputs.`],
      parameters: inputs.map((n) => ({ name: g.inputLocal.get(n)!, type: g.localType(n, false) })),
      returnType: g.localType(s.name, false),
      statements: [...lines, `return ${inDomain(g, s, value, rescaleRange(g.num.of(s.initially), g.infos.get(s.name)!.den))};`].map((x) => g.items.link(x)),
    });
    g.openings.set(s.name, { fn, inputs });
  }
}

export function addTimeline(sf: ModuleBuilder, g: Gen, plan: ColumnarPlan): void {
  const r = g.r;
  const link = (s: string): string => g.items.link(s);
  const states = statesOf(g);
  const { calls, variants, outputs } = plan;
  addOpenings(sf, g, plan);
  // the inputs each function reads: the plain and lazy paths what the outputs and states need, the traced path every rule's
  const inputsOf = (ds: readonly IrDecl[]): string[] => {
    const used = new Set(ds.flatMap((d) => calls.get(d.name)?.get(undefined)?.params ?? []));
    return r.inputs.filter((i) => used.has(i.name)).map((i) => i.name);
  };
  const liveIn = inputsOf(plan.liveDecls(undefined));
  const tracedIn = inputsOf(r.decls);
  const openIn = new Set([...g.openings.values()].flatMap((o) => o.inputs));
  g.computeInputs = r.inputs.filter((i) => liveIn.includes(i.name) || tracedIn.includes(i.name) || openIn.has(i.name)).map((i) => i.name);
  const argsOf = (ns: readonly string[]): string[] => ns.map((n) => g.inputLocal.get(n)!);
  const paramsOf = (ns: readonly string[]) => ns.map((n) => ({ name: g.inputLocal.get(n)!, type: g.localType(n, false) }));
  const prevArgs = states.map((s) => g.prevLocal.get(s.name)!);
  const prevParams = (lazy: boolean) => states.map((s) => ({ name: g.prevLocal.get(s.name)!, type: g.localType(prevKey(s.name), false) + (lazy ? ' | Failed' : '') }));
  const absent = (n: string): boolean => variants.get(n)?.get(undefined)?.absent ?? false;

  /** One output field: literal values substituted; months as `YYYY-MM`, rates as `{ num, den }`; failures kept when lazy. */
  const field = (d: IrDecl, vals: ReadonlyMap<string, string>, lazy: boolean): string => {
    const info = g.infos.get(d.name)!;
    const v = vals.get(d.name) ?? info.ref ?? info.local;
    const literal = vals.has(d.name) || info.ref !== undefined;
    const key = propertyKey(d.name);
    if (v === 'null') return `${key}: null`;
    const guard = (x: string): string => (!literal && absent(d.name) ? `${v} === null ? null : ${x}` : x);
    const orFailed = (x: string): string => (lazy && !literal ? `${v} instanceof Failed ? ${v} : ${x}` : x);
    if (d.ty.k === 'month') return `${key}: ${orFailed(guard(`formatMonth(${v})`))}`;
    if (d.ty.k === 'rate') return `${key}: ${orFailed(guard(`{ num: ${v}, den: ${info.den} }`))}`;
    return key === v ? key : `${key}: ${v}`;
  };
  /** The rules of one month: `plain` (throws), `lazy` (failures flow to what reads them) or `traced` (every rule, recorded). */
  const block = (mode: 'plain' | 'lazy' | 'traced'): string[] => {
    const lines: string[] = [];
    const vals = new Map<string, string>();
    const mark = mode === 'traced' ? g.names.take('mark') : '';
    if (mode === 'traced') {
      lines.push(`let ${mark} = 0;`);
      for (const d of r.decls) {
        const info = g.infos.get(d.name)!;
        if (!info.ref) continue;
        const value = d.ty.k === 'month' ? `formatMonth(${info.ref})` : info.ref;
        lines.push(`record(t, ${g.step(d.name, '=', d.source, d.cites, unitOf(d.ty), [])}, ${value}${d.ty.k === 'rate' ? `, ${info.den}` : ''});`);
      }
    }
    for (const d of mode === 'traced' ? r.decls : plan.liveDecls(undefined)) {
      const c = calls.get(d.name)?.get(undefined);
      if (!c) continue;
      const args = c.params.map((n) => vals.get(n) ?? g.valueOf(n));
      const local = g.infos.get(d.name)!.local;
      if (c.literal && d.declKind !== 'state') {
        vals.set(d.name, c.plain(args));
        if (mode === 'traced') lines.push(`${c.traced(args)};`);
        continue;
      }
      if (mode === 'lazy') {
        // a failed rule, or state of the month before, fails a rule only where it reads it (`unwrap`), as in the interpreter
        const lazy = c.params.some((p) => !g.inputLocal.has(p) && !vals.has(p)) ? lazyDeclCall(g, d, plan.variants, undefined) : c;
        lines.push(`const ${local} = attempt(() => ${inDomain(g, d, lazy.plain(args))});`);
      } else if (mode === 'traced' && d.prevReads.length) {
        // the steps of this rule cite the states of the month before it read
        const cited = d.prevReads.map((n) => {
          const p = g.prevLocal.get(n)!;
          const ty = g.decls.get(n)!.ty;
          const shown = ty.k === 'month' ? `formatMonth(${p})` : p;
          return `{ name: ${stringLiteral(n)}, value: ${g.prevAbsent.has(n) ? `${p} === null ? "not applicable" : ${shown}` : shown} }`;
        });
        lines.push(`${mark} = t.length;`, `const ${local} = ${inDomain(g, d, c.traced(args))};`, `citePrevious(t, ${mark}, [${cited.join(', ')}]);`);
      } else lines.push(`const ${local} = ${inDomain(g, d, mode === 'traced' ? c.traced(args) : c.plain(args))};`);
    }
    const fields = outputs.map((d) => field(d, vals, mode === 'lazy')).join(', ');
    lines.push(mode === 'lazy' ? `return settle<Output>({ ${fields} });` : `return { ${fields} };`);
    return lines;
  };

  const stepArgs = [...argsOf(liveIn), ...prevArgs].join(', ');
  const tracedArgs = [...argsOf(tracedIn), ...prevArgs].join(', ');
  sf.addFunction({
    name: 'stepMonth',
    docs: ['One month: every rule the outputs and states need, from validated inputs and the states of the month before.'],
    parameters: [...paramsOf(liveIn), ...prevParams(false)],
    returnType: 'Output',
    statements: [`try {\n${block('plain').join('\n')}\n} catch {\nreturn stepMonthLazy(${stepArgs});\n}`].map(link),
  });
  sf.addFunction({
    name: 'stepMonthLazy',
    docs: ['`stepMonth` after a rule failed, or after a state of the month before failed: what does not depend on a failure is still computed.'],
    parameters: [...paramsOf(liveIn), ...prevParams(true)],
    returnType: 'Output',
    statements: block('lazy').map(link),
  });
  sf.addFunction({
    name: 'stepMonthTraced',
    docs: ['`stepMonth`, recording every rule and branch taken; steps that read `previous(…)` cite those values.'],
    parameters: [...paramsOf(tracedIn), ...prevParams(false), { name: 't', type: 'TraceStep[]' }],
    returnType: 'Output',
    statements: block('traced').map(link),
  });
  const open = (s: IrDecl): string => {
    const o = g.openings.get(s.name)!;
    return `${o.fn}(${o.inputs.map((n) => g.inputLocal.get(n)!).join(', ')})`;
  };
  const anyFailed = prevArgs.map((p) => `${p} instanceof Failed`).join(' || ');
  const choose = `return ${anyFailed} ? stepMonthLazy(${stepArgs}) : stepMonth(${stepArgs});`;
  sf.addFunction({
    name: 'compute',
    docs: ['One month as a one-month timeline: each state of the month before is its `initially` value.'],
    parameters: paramsOf(g.computeInputs),
    returnType: 'Output',
    statements: [...states.map((s) => `const ${g.prevLocal.get(s.name)!} = attempt(() => ${open(s)});`), choose],
  });
  sf.addFunction({
    name: 'computeTraced',
    docs: ['`compute`, recording every rule and branch taken.'],
    parameters: [...paramsOf(g.computeInputs), { name: 't', type: 'TraceStep[]' }],
    returnType: 'Output',
    statements: [`return stepMonthTraced(${[...argsOf(tracedIn), ...states.map(open), 't'].join(', ')});`],
  });

  // ---- the object timeline
  const { read, tests } = inputTests(g, undefined);
  const monthIn = r.inputs.find((i) => i.name === r.monthInput);
  const lenField = timelineField(g);
  const lenArgs = `${stringLiteral(lenField.name)}, ${g.loc(lenField.source)}`;
  const [monthsN, nN, oN, lastN, isFirstN, stepsN] = ['months', 'n', 'o', 'last', 'isFirst', 'steps'].map((x) => (x === 'last' ? x : g.names.take(x))) as [string, string, string, string, string, string];
  sf.addFunction({
    name: 'runMonth',
    docs: ['One validated month of a timeline; the first month opens each state from its input.'],
    parameters: [{ name: 'input', type: 'Input' }, { name: isFirstN, type: 'boolean' }, ...prevParams(true)],
    returnType: 'Output',
    statements: [
      ...(tests.length ? [`if (input == null) return invalid(input);`, ...r.inputs.map(read), `if (${tests.join(' || ')}) return invalid(input);`] : []),
      ...(states.length ? [`if (${isFirstN}) {\n${states.map((s) => `${g.prevLocal.get(s.name)!} = attempt(() => ${open(s)});`).join('\n')}\n}`] : []),
      choose,
    ].map(link),
  });
  const mv = monthIn ? g.inputLocal.get(monthIn.name)! : undefined;
  const consecutive = (month: string): string[] =>
    monthIn ? [`if (k > 0 && ${month} !== ${lastN} + 1) badTimeline(${stringLiteral(monthIn.name)}, ${month}, ${lastN} + 1, k, ${g.loc(monthIn.source)});`, `${lastN} = ${month};`] : [];
  // each state's local is set by the first month (from its `initially` value) before it is read
  const carried = (lazy: boolean): string[] => states.map((s) => `let ${g.prevLocal.get(s.name)!}!: ${g.localType(prevKey(s.name), false)}${lazy ? ' | Failed' : ''};`);
  sf.addFunction({
    name: 'timelineTraced',
    docs: ['`evaluateTimeline` with a trace of every month (eager: the first failure throws).'],
    parameters: [{ name: monthsN, type: 'readonly Input[]' }],
    returnType: 'Traced<Output>[]',
    statements: [
      `const ${nN} = timelineLength(${monthsN}, ${lenArgs});`,
      `const out: Traced<Output>[] = [];`,
      ...carried(false),
      `let ${lastN} = 0;`,
      `let k = 0;`,
      `try {`,
      `for (; k < ${nN}; k++) {`,
      `const input = ${monthsN}[k]!;`,
      ...(tests.length ? [`check(input);`] : []),
      ...r.inputs.filter((i) => i === monthIn || g.computeInputs.includes(i.name)).map(read),
      ...(mv ? consecutive(mv) : []),
      ...(states.length ? [`if (k === 0) {\n${states.map((s) => `${g.prevLocal.get(s.name)!} = ${open(s)};`).join('\n')}\n}`] : []),
      `const ${stepsN}: TraceStep[] = [];`,
      `const value = stepMonthTraced(${tracedArgs}, ${stepsN});`,
      `out.push({ value, steps: ${stepsN} });`,
      ...states.map((s) => `${g.prevLocal.get(s.name)!} = ${nextPrevious(g, s, 'value', false)};`),
      `}`,
      `} catch (e) {\nthrow atRow(e, k);\n}`,
      `return out;`,
    ].map(link),
  });
  const monthOf = monthIn ? g.names.take(`${camel(monthIn.name).replace(/_$/, '')}Index`) : '';
  const name = commentText(r.name);
  sf.addFunction({
    name: 'evaluateTimeline',
    isExported: true,
    docs: [
      `Evaluates region \`${name}\` over one person's consecutive months, in order (each input carries its \`${commentText(monthIn?.name ?? 'month')}\`): month k reads the states of month k − 1 through \`previous(…)\`; the first month reads each state's \`initially\` value. ` +
        `Returns one output per month, states included. An empty or non-consecutive history, or an invalid month, throws a \`PolicyError\` (\`invalid_input\`) with \`row\` = the month's index. ` +
        `Outputs are lazy as \`evaluate\`'s: a failed one throws when read, and a failed state fails every later reader of \`previous(…)\` with the same error; a state outside its declared domain fails as \`out_of_domain\` at the state's line.\n` +
        `With \`{ trace: true }\` each month comes with its trace (eager: the first failure throws).`,
    ],
    overloads: [
      { parameters: [{ name: monthsN, type: 'readonly Input[]' }], returnType: 'Output[]' },
      { parameters: [{ name: monthsN, type: 'readonly Input[]' }, { name: 'options', type: 'EvaluateOptions & { readonly trace: true }' }], returnType: 'Traced<Output>[]' },
      { parameters: [{ name: monthsN, type: 'readonly Input[]' }, { name: 'options', type: 'EvaluateOptions' }], returnType: 'Output[] | Traced<Output>[]' },
    ],
    parameters: [{ name: monthsN, type: 'readonly Input[]' }, { name: 'options', type: 'EvaluateOptions', hasQuestionToken: true }],
    returnType: 'Output[] | Traced<Output>[]',
    statements: [
      `if (options !== undefined && options.trace === true) return timelineTraced(${monthsN});`,
      `const ${nN} = timelineLength(${monthsN}, ${lenArgs});`,
      `const out = new Array<Output>(${nN});`,
      ...carried(true),
      `let ${lastN} = 0;`,
      `let k = 0;`,
      `try {`,
      `for (; k < ${nN}; k++) {`,
      `const input = ${monthsN}[k]!;`,
      `const ${oN} = runMonth(input, k === 0, ${prevArgs.join(', ')});`,
      ...(monthIn ? [`const ${monthOf} = parseMonth(input.${monthIn.name});`, ...consecutive(monthOf)] : []),
      `out[k] = ${oN};`,
      ...states.map((s) => `${g.prevLocal.get(s.name)!} = ${nextPrevious(g, s, oN, true)};`),
      `}`,
      `} catch (e) {\nthrow atRow(e, k);\n}`,
      `return out;`,
    ].map(link),
  });
  if (monthIn) {
    const f = stringLiteral(monthIn.name);
    const L = g.loc(monthIn.source);
    const person = r.inputs.filter((i) => i !== monthIn);
    sf.addFunction({
      name: 'evaluateMonths',
      isExported: true,
      docs: [
        `One person's timeline over months \`from\` to \`to\` inclusive (\`YYYY-MM\`), the person's inputs the same every month: \`evaluateTimeline\` of those months (states carried from month to month, not ${'`'}evaluate${'`'} of each month alone). An empty range throws \`invalid_input\`.`,
      ],
      parameters: [
        { name: 'person', type: `Omit<Input, ${f}>` },
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ],
      returnType: 'Output[]',
      statements: [
        `badShape(person, [${person.map((i) => stringLiteral(i.name)).join(', ')}], [${person.map((i) => g.loc(i.source)).join(', ')}], "person");`,
        `const first = parseMonth(from);\nif (first < H_START || first > H_END) badMonth(${f}, from, first, H_START, H_END, ${L});`,
        `const last = parseMonth(to);\nif (last < H_START || last > H_END) badMonth(${f}, to, last, H_START, H_END, ${L});`,
        `const rows: Input[] = [];`,
        `for (let k = first; k <= last; k++) rows.push({ ...person, ${propertyKey(monthIn.name)}: formatMonth(k) });`,
        `return evaluateTimeline(rows);`,
      ].map(link),
    });
  }
}

/** An expression's range over the state's denominator. */
function rescaleRange(n: Num, den: bigint): Range {
  return rescale(n, den);
}
