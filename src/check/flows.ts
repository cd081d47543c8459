/**
 * Declared destinations (FACTS I02, C05, C10, C30) and lint bounds (C12).
 *
 * Each contribution or add-on amount says where it goes: `destination amount to fund`, or a split
 * `destination amount: share to fund, rest to fund` whose remainder the compiler derives, so the
 * account share and the pool share can never disagree. `fund name: output for …` names the output
 * that reports what a fund receives. From these lines the compiler derives the I02 conservation
 * check as ordinary invariants (checked by the harness like authored ones, on every region that has
 * destinations): each share lies in [0, amount]; each reported fund's output equals what the
 * destinations send it; and the reported funds plus the unreported ones add up to the sources.
 *
 * Destinations are inherited along `extends` and replaced with `override destination`; the derived
 * invariants are derived again for every region from its merged lines, so they cannot be waived.
 */
import { Diagnostics, text, type Diagnostic, type DiagnosticSink } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import type { BoundDecl, Body, CaseValue, CiteItem, DestinationDecl, Expr, FundDecl, Ident, InputDecl, InvariantDecl, PolicyFile, TypeExpr, ValueDecl } from '../syntax/ast.js';
import { didYouMean, suggest } from './names.js';
import { typeText } from './scope.js';
import { constRates, percentText, rateOf, type Rate } from './flow-rates.js';

/** The funds an amount may go to. */
export const funds: readonly string[] = ['account', 'pooled_fund', 'local_fund', 'critical_illness_fund'];

export interface MergedFlows {
  readonly destinations: ReadonlyMap<string, DestinationDecl>;
  readonly funds: ReadonlyMap<string, FundDecl>;
  readonly bounds: readonly BoundDecl[];
}

/** Invariants this module derived (so a child region derives its own instead of inheriting them). */
export const derivedInvariants = new WeakSet<InvariantDecl>();

const reported = new WeakMap<DiagnosticSink, Set<string>>();
/**
 * Inherited lines are checked again in every extending region; each problem is reported once.
 * `failed` says whether this region's check found an error, reported now or for its parent.
 */
function once(sink: DiagnosticSink): { sink: DiagnosticSink; failed: () => boolean } {
  const seen = reported.get(sink) ?? new Set<string>();
  reported.set(sink, seen);
  let failed = false;
  const proxy = Object.create(sink) as DiagnosticSink;
  proxy.report = (d: Diagnostic): void => {
    if (d.severity === 'error') failed = true;
    const key = `${d.code}:${d.span.file}:${d.span.start}:${d.span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    sink.report(d);
  };
  return { sink: proxy, failed: () => failed };
}

/** Merges a region's own lines over its parent's: a destination or fund already inherited needs `override`. */
export function mergeFlows(f: PolicyFile, parent: MergedFlows | undefined, sink: DiagnosticSink): MergedFlows {
  const destinations = new Map(parent?.destinations ?? []);
  const fundLines = new Map(parent?.funds ?? []);
  const bounds = [...(parent?.bounds ?? [])];
  const own = new Set<string>();
  for (const d of f.flows) {
    if (d.kind === 'BoundDecl') {
      bounds.push(d);
      continue;
    }
    const isDest = d.kind === 'DestinationDecl';
    const name = isDest ? d.amount : d.fund;
    const map: Map<string, DestinationDecl | FundDecl> = isDest ? destinations : fundLines;
    const key = `${d.kind}:${name.name}`;
    const prev = map.get(name.name);
    const inherited = prev !== undefined && !own.has(key);
    if (prev && (!inherited || !d.override)) {
      const why = inherited
        ? text(`one is inherited; to replace it write \`override ${isDest ? 'destination' : 'fund'} ${name.name} …\``, `其一是继承的；如需替换请写 \`override ${isDest ? 'destination' : 'fund'} ${name.name} …\``)
        : text('this region declares it twice', '本地区声明了两次');
      if (isDest) sink.error(Diagnostics.TwoDestinations, name.span, [name.name, why], { related: [{ span: prev.span, message: text('the other destination', '另一个去向') }] });
      else sink.error(Diagnostics.DuplicateDeclaration, name.span, [name.name], { related: [{ span: prev.span, message: text('first declared here', '首次声明于此') }], notes: [why] });
      continue;
    }
    if (d.override && !prev) {
      sink.error(Diagnostics.OverrideUnknown, name.span, [name.name, text('no region it extends declares that line', '它所继承的地区中没有这一行')]);
      continue;
    }
    own.add(key);
    map.set(name.name, d as never);
  }
  return { destinations, funds: fundLines, bounds };
}

interface Scope {
  readonly region: string;
  readonly inputs: readonly InputDecl[];
  readonly values: readonly ValueDecl[];
  readonly flows: MergedFlows;
}

const isMoney = (t: TypeExpr | undefined): boolean => t?.kind === 'NamedType' && t.base.name === 'money';
const typeWords = (t: TypeExpr): string => (t.kind === 'EnumType' ? 'a list member' : t.kind === 'SetType' ? 'a set' : `\`${typeText(t)}\``);

/** The terms added or subtracted at the top of an expression; each a name, or undefined for anything else. */
function terms(e: Expr): ({ name: string; span: Span } | undefined)[] {
  if (e.kind === 'Binary' && (e.op === '+' || e.op === '-')) return [...terms(e.left), ...terms(e.right)];
  return [e.kind === 'NameRef' ? { name: e.name, span: e.span } : undefined];
}

/** The value expressions of a body; under `for` guards, only those naming one of `members` (all when empty). */
function valuesOf(b: Body, members: ReadonlySet<string>): Expr[] {
  const fromValue = (v: CaseValue): Expr[] => (v.kind === 'ValueExpr' ? [v.expr] : []);
  if (b.kind === 'ExprBody') return fromValue(b.value);
  return b.cases.flatMap((k) => (k.guard.kind === 'ForGuard' && members.size > 0 && !k.guard.members.some((m) => members.has(m.name)) ? [] : valuesOf(k.body, members)));
}

/** Checks a region's merged lines and derives its I02 invariants (none when a line is wrong). */
export function checkFlows(s: Scope, sinkIn: DiagnosticSink): InvariantDecl[] {
  const { sink, failed } = once(sinkIn);
  const values = new Map(s.values.map((v) => [v.name.name, v]));
  const inputs = new Map(s.inputs.map((i) => [i.name.name, i]));
  const typeOf = (n: string): TypeExpr | undefined => values.get(n)?.type ?? inputs.get(n)?.type;
  const { destinations, funds: fundLines } = s.flows;
  const known = (id: Ident, what: string, line: string): boolean => {
    const t = typeOf(id.name);
    if (!t) {
      sink.error(Diagnostics.BadFlow, id.span, [line, text(`\`${id.name}\` is not declared in region \`${s.region}\``, `地区 \`${s.region}\` 中没有声明 \`${id.name}\``)], didYouMean(suggest(id.name, [...values.keys(), ...inputs.keys()])));
      return false;
    }
    if (!isMoney(t)) {
      sink.error(Diagnostics.FlowNotMoney, id.span, [id.name, typeWords(t), what]);
      return false;
    }
    return true;
  };
  const fundOk = (id: Ident, line: string): void => {
    if (!funds.includes(id.name)) sink.error(Diagnostics.BadFlow, id.span, [line, text(`\`${id.name}\` is not a fund: the funds are ${funds.join(', ')}`, `\`${id.name}\` 不是基金：基金为 ${funds.join('、')}`)], didYouMean(suggest(id.name, funds)));
  };
  const shareOwner = new Map<string, DestinationDecl>();
  for (const d of destinations.values()) {
    known(d.amount, 'an amount with a destination', 'destination');
    if (d.whole) fundOk(d.whole, 'destination');
    if (d.rest) fundOk(d.rest, 'destination');
    for (const p of d.shares) {
      fundOk(p.fund, 'destination');
      if (!known(p.share, 'a share', 'destination')) continue;
      const other = shareOwner.get(p.share.name) ?? destinations.get(p.share.name);
      if (other) sink.error(Diagnostics.TwoDestinations, p.share.span, [p.share.name, text('it is declared here and on another destination line', '此处与另一去向声明中各有一个')], { related: [{ span: other.span, message: text('the other destination', '另一个去向') }] });
      shareOwner.set(p.share.name, d);
      mostlyToAccount(d, p, values, sink);
    }
  }
  const population = s.inputs.find((i) => i.type.kind === 'EnumType' && [...fundLines.values()].some((f) => f.members.length > 0 && f.members.every((m) => i.type.kind === 'EnumType' && i.type.members.some((x) => x.name === m.name))));
  for (const f of fundLines.values()) {
    fundOk(f.fund, 'fund');
    const o = values.get(f.output.name);
    if (o && o.declKind !== 'output' && o.declKind !== 'define') sink.error(Diagnostics.BadFlow, f.output.span, ['fund', text(`\`${f.output.name}\` is a ${o.declKind}; a fund is reported by an output or a define`, `\`${f.output.name}\` 是 ${o.declKind}；基金须由输出或定义报告`)]);
    else known(f.output, "a fund's output", 'fund');
    for (const m of f.members) {
      if (population?.type.kind !== 'EnumType' || !population.type.members.some((x) => x.name === m.name)) sink.error(Diagnostics.BadFlow, m.span, ['fund', text(`\`${m.name}\` is not a member of the population input`, `\`${m.name}\` 不是人群输入的成员`)]);
    }
  }
  // exactly one destination: a source folded into another source is counted twice (PD2048); a money
  // amount added into a source or a fund's output that is not itself routed has none (PD2047)
  const routed = new Set([...destinations.keys(), ...shareOwner.keys(), ...[...fundLines.values()].map((f) => f.output.name)]);
  const readers: { name: string; body: Body; members: ReadonlySet<string> }[] = [
    ...[...destinations.keys()].flatMap((n) => (values.has(n) ? [{ name: n, body: values.get(n)!.body, members: new Set<string>() }] : [])),
    ...[...fundLines.values()].flatMap((f) => (values.has(f.output.name) ? [{ name: f.output.name, body: values.get(f.output.name)!.body, members: new Set(f.members.map((m) => m.name)) }] : [])),
  ];
  for (const r of readers) {
    const isSource = destinations.has(r.name);
    for (const e of valuesOf(r.body, r.members)) {
      const ts = terms(e);
      // a value that is one term is that amount itself (`subsidy_to_account = government_subsidy`), not an add-on
      if (ts.length < 2) continue;
      for (const x of ts) {
        if (!x) continue;
        if (x.name === r.name || !isMoney(typeOf(x.name))) continue;
        if (isSource && destinations.has(x.name)) {
          sink.error(Diagnostics.TwoDestinations, x.span, [x.name, text(`its own, and \`${r.name}\`'s, which it is added into`, `它自己的，以及它被计入的 \`${r.name}\` 的`)], { related: [{ span: destinations.get(x.name)!.span, message: text('its own destination', '它自己的去向') }] });
        } else if (!routed.has(x.name)) {
          sink.error(Diagnostics.NoDestination, x.span, [x.name, `\`${r.name}\``]);
        }
      }
    }
  }
  checkBounds(s.flows.bounds, values, sink);
  if (failed() || destinations.size === 0) return [];
  return derive(s, population?.name.name);
}

function mostlyToAccount(d: DestinationDecl, p: { share: Ident; fund: Ident }, values: ReadonlyMap<string, ValueDecl>, sink: DiagnosticSink): void {
  if (p.fund.name !== 'account' || d.rest?.name !== 'pooled_fund') return;
  const share = values.get(p.share.name);
  if (!share) return;
  for (const { expr: e, cites } of valuesCited(share.body, share.cites)) {
    // `round(amount * rate)` with a constant rate above one half, unless the reading is named (cite C05)
    if (e.kind !== 'Call' || e.fn.name !== 'round' || e.args.length !== 1 || cites.some((c) => c.kind === 'fact' && c.id === 'C05')) continue;
    const m = e.args[0]!;
    if (m.kind !== 'Binary' || m.op !== '*') continue;
    const [a, r] = m.left.kind === 'NameRef' && m.left.name === d.amount.name ? [m.left, m.right] : [m.right, m.left];
    if (a.kind !== 'NameRef' || a.name !== d.amount.name) continue;
    for (const rate of constRates(r, values)) {
      if (rate.value * 2n > 100n * rate.scale) {
        sink.error(Diagnostics.ShareMostlyToAccount, e.span, [p.share.name, percentText(rate), d.amount.name], { related: [{ span: p.share.span, message: text('the destination it is the account share of', '其所属的去向声明') }] });
      }
    }
  }
}

/** The value expressions of a body, each with the citations of its declaration and enclosing cases. */
function valuesCited(b: Body, cites: readonly CiteItem[]): { expr: Expr; cites: readonly CiteItem[] }[] {
  if (b.kind === 'ExprBody') return b.value.kind === 'ValueExpr' ? [{ expr: b.value.expr, cites }] : [];
  return b.cases.flatMap((k) => valuesCited(k.body, [...cites, ...k.cites]));
}

function checkBounds(bounds: readonly BoundDecl[], values: ReadonlyMap<string, ValueDecl>, sink: DiagnosticSink): void {
  for (const b of bounds) {
    const parts: { rate: Rate; span: Span }[][] = [];
    for (const n of b.names) {
      const v = values.get(n.name);
      if (!v) {
        sink.error(Diagnostics.BadFlow, n.span, ['bound', text(`\`${n.name}\` is not declared here`, `此处没有声明 \`${n.name}\``)], didYouMean(suggest(n.name, values.keys())));
        parts.length = 0;
        break;
      }
      parts.push(ratesOfDecl(v, values));
    }
    if (parts.length !== b.names.length) continue;
    // every combination of the rates' (dated) values, at the first rate's value
    const sums = parts.length === 1 ? parts[0]! : parts.reduce<{ rate: Rate; span: Span }[]>(
      (acc, xs) => acc.flatMap((a) => xs.map((x) => ({ rate: { value: a.rate.value * x.rate.scale + x.rate.value * a.rate.scale, scale: a.rate.scale * x.rate.scale }, span: a.span }))).slice(0, 16),
      [{ rate: { value: 0n, scale: 1n }, span: parts[0]?.[0]?.span ?? b.span }],
    );
    const lo: Rate = rateOf(b.low.text);
    const hi: Rate = rateOf(b.high.text);
    const what = b.names.map((n) => n.name).join(' + ');
    for (const { rate, span } of parts.some((p) => p.length === 0) ? [] : sums) {
      const below = rate.value * lo.scale < lo.value * rate.scale;
      const above = rate.value * hi.scale > hi.value * rate.scale;
      const at = b.names.length > 1 ? b.span : span;
      const extras = at === b.span ? {} : { related: [{ span: b.span, message: text('the bound', '范围') }] };
      const args = [what, percentText(rate), `${b.low.text}%`, `${b.high.text}%`];
      // `in`: a value outside is a warning; `outside`: the region said so, and a value inside is the warning
      if (!b.outside && (below || above)) sink.error(Diagnostics.OutsideBound, at, args, extras);
      if (b.outside && !below && !above) sink.error(Diagnostics.InsideBound, at, args, extras);
    }
  }
}

/** Every constant value a rate declaration takes (each dated value), with where it is written. */
function ratesOfDecl(v: ValueDecl, values: ReadonlyMap<string, ValueDecl>): { rate: Rate; span: Span }[] {
  return valuesOf(v.body, new Set()).flatMap((e) => constRates(e, values).map((rate) => ({ rate, span: e.span })));
}

// ── the derived invariants ─────────────────────────────────────────────────

function derive(s: Scope, populationInput: string | undefined): InvariantDecl[] {
  const { destinations, funds: fundLines } = s.flows;
  const out: InvariantDecl[] = [];
  const name = (n: string, at: Span): Expr => ({ kind: 'NameRef', name: n, span: at });
  const zero = (at: Span): Expr => ({ kind: 'NumberLiteral', text: '0', negative: false, span: at });
  const sum = (xs: Expr[], at: Span): Expr => (xs.length === 0 ? zero(at) : xs.reduce((a, b) => ({ kind: 'Binary', op: '+', left: a, right: b, span: at })));
  const cmp = (op: '=' | '>=' | '<=', l: Expr, r: Expr, at: Span): Expr => ({ kind: 'Compare', ops: [op], operands: [l, r], span: at });
  const i02 = (at: Span): CiteItem => ({ kind: 'fact', id: 'I02', span: at });
  const add = (label: string, at: Span, cites: readonly CiteItem[], when: Expr[], claims: Expr[]): void => {
    const inv: InvariantDecl = { kind: 'InvariantDecl', name: `I02 ${label} (derived from the destinations)`, nameSpan: at, cites: [i02(at), ...cites], when, claims: claims.map((c) => ({ kind: 'Holds', expr: c, span: at })), span: at };
    derivedInvariants.add(inv);
    out.push(inv);
  };
  /** what the destinations send to `fund`, as summands */
  const inflow = (fund: string): Expr[] =>
    [...destinations.values()].flatMap((d) => {
      const at = d.span;
      if (d.whole?.name === fund) return [name(d.amount.name, at)];
      const own = d.shares.filter((p) => p.fund.name === fund).map((p) => name(p.share.name, at));
      if (d.rest?.name !== fund) return own;
      const rest = d.shares.reduce<Expr>((a, p) => ({ kind: 'Binary', op: '-', left: a, right: name(p.share.name, at), span: at }), name(d.amount.name, at));
      return [...own, rest];
    });
  for (const d of destinations.values()) {
    if (d.shares.length === 0) continue;
    const at = d.span;
    const shares = d.shares.map((p) => name(p.share.name, at));
    add(`the declared shares of ${d.amount.name} lie within it`, at, d.cites, [], [...shares.map((x) => cmp('>=', x, zero(at), at)), cmp('<=', sum(shares, at), name(d.amount.name, at), at)]);
  }
  const whenOf = (f: FundDecl): Expr[] => {
    if (f.members.length === 0 || !populationInput) return [];
    const is = f.members.map((m): Expr => ({ kind: 'Is', operand: name(populationInput, f.span), negated: false, member: m, span: f.span }));
    return [is.length === 1 ? is[0]! : { kind: 'Logic', op: 'or', operands: is, span: f.span }];
  };
  const reported = [...fundLines.values()].filter((f) => funds.includes(f.fund.name));
  for (const f of reported) add(`${f.output.name} is what ${f.fund.name} receives`, f.span, f.cites, whenOf(f), [cmp('=', name(f.output.name, f.span), sum(inflow(f.fund.name), f.span), f.span)]);
  if (reported.length > 0) {
    const at = reported[0]!.span;
    const unreported = funds.filter((x) => !fundLines.has(x)).flatMap(inflow);
    const total = sum([...reported.map((f) => name(f.output.name, at)), ...unreported], at);
    const sources = sum([...destinations.keys()].map((n) => name(n, at)), at);
    const whens = reported.flatMap(whenOf);
    add('every amount reaches a fund, to the fen', at, [], whens, [cmp('=', total, sources, at)]);
  }
  return out;
}
