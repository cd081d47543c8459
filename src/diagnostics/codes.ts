/**
 * The diagnostic catalogue. Every message the compiler can print lives here,
 * in English and Chinese; call sites pass an entry plus arguments, never a string.
 *
 * Code ranges follow the pipeline stage:
 *   PD1xxx syntax · PD2xxx names and types · PD3xxx units, money and rounding ·
 *   PD4xxx dates and time coverage · PD5xxx band/condition coverage ·
 *   PD6xxx example tests · PD9xxx internal and I/O.
 */
export type Severity = 'error' | 'warning' | 'note';

export interface DiagnosticEntry {
  readonly code: string;
  readonly severity: Severity;
  readonly en: string;
  readonly zh: string;
}

function entry(code: string, severity: Severity, en: string, zh: string): DiagnosticEntry {
  return { code, severity, en, zh };
}

export const Diagnostics = {
  // ── PD1xxx syntax ────────────────────────────────────────────────────────
  UnexpectedCharacter: entry('PD1001', 'error', 'unexpected character `{0}`', '无法识别的字符 `{0}`'),
  UnexpectedToken: entry('PD1002', 'error', 'expected {0} but found {1}', '此处应为 {0}，但遇到 {1}'),
  UnexpectedEnd: entry('PD1003', 'error', 'expected {0} but the file ended', '此处应为 {0}，但文件已结束'),
  BadCitation: entry(
    'PD1004',
    'error',
    'cannot read citation `{0}`: expected a FACTS id (F001, C02, T03, I04), a seed line (000:95) or a "note"',
    '无法识别引用 `{0}`：应为 FACTS 编号（F001、C02、T03、I04）、种子行号（000:95）或 "说明"',
  ),
  BadMonth: entry('PD1005', 'error', '`{0}` is not a calendar month (expected YYYY-MM with month 01..12)', '`{0}` 不是有效月份（应为 YYYY-MM，月份 01..12）'),
  BadAmount: entry('PD1006', 'error', 'amount `{0}` has more than two decimals; money is exact to the fen', '金额 `{0}` 超过两位小数；金额精确到分'),
  ControlCharacter: entry('PD1008', 'error', 'control character {0} is not allowed in policy text, not even in a comment or a string', '政策文本中不允许出现控制字符 {0}（注释和字符串中也不允许）'),
  TooDeep: entry('PD1009', 'error', 'expression nested more than {0} levels deep; split it into named `define`s', '表达式嵌套超过 {0} 层；请拆分为具名的 `define`'),
  TableShape: entry('PD1016', 'error', 'in table `{0}`: {1}', '表格 `{0}` 有误：{1}'),
  MixedSeparators: entry(
    'PD1015',
    'error',
    'the members of a list are separated by `,` or, when they are ordered, by `<` between every two: not both',
    '列表成员用 `,` 分隔；有顺序时每两个成员之间都用 `<`：二者不能混用',
  ),
  MissingRegion: entry('PD1007', 'error', 'a policy file must start with `region <name>`', '政策文件必须以 `region <名称>` 开头'),
  BadIndentation: entry(
    'PD1012',
    'error',
    'this case is not indented deeper than {0}: a case belongs to the nearest declaration to its left; indent it under its declaration',
    '此情形的缩进不深于{0}：情形属于其左侧最近的声明；请将其缩进到所属声明之下',
  ),
  FactsNotFound: entry(
    'PD1013',
    'warning',
    'citations are not checked: no shared/domain/FACTS.md beside the policies, the working folder or the compiler (set POLICYC_FACTS to its path)',
    '未检查引用：在政策文件、工作目录或编译器所在位置旁未找到 shared/domain/FACTS.md（可用 POLICYC_FACTS 指定其路径）',
  ),
  UnknownFact: entry('PD1010', 'error', 'citation `{0}` names no entry of FACTS.md', '引用 `{0}` 不是 FACTS.md 中的条目'),
  OutOfScope: entry('PD1014', 'error', 'in `out of scope`: {0}', '`out of scope` 有误：{0}'),
  Guarantee: entry('PD1027', 'error', 'in `guarantee`: {0}', '`guarantee` 有误：{0}'),
  BadSeedLine: entry('PD1011', 'error', 'seed line `{0}` does not exist: {1}', '种子行 `{0}` 不存在：{1}'),
  EmptyUnresolved: entry('PD1017', 'error', '`unresolved` needs the question the source leaves open, e.g. `unresolved "每年多报3800元: a cap, a payment or something else?"`', '`unresolved` 需要写明来源未说明的问题，例如 `unresolved "每年多报3800元：是上限、支付还是其他？"`'),
  // ── PD2xxx names and types ───────────────────────────────────────────────
  UnknownName: entry('PD2001', 'error', 'unknown name `{0}`', '未知名称 `{0}`'),
  DuplicateDeclaration: entry('PD2002', 'error', '`{0}` is declared twice', '`{0}` 被重复声明'),
  TypeMismatch: entry('PD2003', 'error', 'expected {0} but this is {1}', '此处应为 {0}，实际为 {1}'),
  ConditionNotBoolean: entry('PD2004', 'error', 'a condition must be true/false, but this is {0}', '条件必须为真/假，实际为 {0}'),
  UnknownType: entry('PD2005', 'error', 'unknown type `{0}`', '未知类型 `{0}`'),
  WrongArity: entry('PD2006', 'error', '`{0}` takes {1} argument(s) but was given {2}', '`{0}` 需要 {1} 个参数，实际给出 {2} 个'),
  UnknownMember: entry('PD2007', 'error', '`{0}` is not one of {1}', '`{0}` 不是 {1} 之一'),
  OverrideUnknown: entry('PD2008', 'error', '`{0}` overrides nothing: {1}', '`{0}` 没有可覆盖的对象：{1}'),
  MissingOverride: entry('PD2009', 'error', '`{0}` is already declared in region `{1}`; write `override {2} {0}` to replace it', '`{0}` 已在地区 `{1}` 中声明；如需替换请写 `override {2} {0}`'),
  OverrideIncompatible: entry('PD2010', 'error', 'override of `{0}` changes its type from {1} to {2}', '覆盖 `{0}` 时类型由 {1} 变为 {2}'),
  CyclicDefinition: entry('PD2011', 'error', '`{0}` depends on itself: {1}', '`{0}` 依赖自身：{1}'),
  UnknownRegion: entry('PD2012', 'error', 'unknown region `{0}`', '未知地区 `{0}`'),
  CyclicExtends: entry('PD2013', 'error', 'region `{0}` extends itself through {1}', '地区 `{0}` 经由 {1} 继承自身'),
  UnknownTestField: entry('PD2014', 'error', '`{0}` is not an {1} of region `{2}`', '`{0}` 不是地区 `{2}` 的{1}'),
  MissingTestInput: entry('PD2015', 'error', 'test gives no value for input `{0}`', '测试未给出输入 `{0}` 的值'),
  ParameterDependsOnInput: entry('PD2016', 'error', 'parameter `{0}` may depend only on the month, but reads input `{1}`', '参数 `{0}` 只能依赖月份，但读取了输入 `{1}`'),
  NotCallable: entry('PD2017', 'error', '`{0}` is not a function; functions are {1}', '`{0}` 不是函数；可用函数为 {1}'),
  AmbiguousMember: entry('PD2018', 'error', '`{0}` is a member of several inputs: {1}', '`{0}` 同时属于多个输入：{1}'),
  OverrideKindMismatch: entry('PD2019', 'error', '`{0}` is declared as `{1}` in region `{2}`, so it cannot be overridden as `{3}`', '`{0}` 在地区 `{2}` 中声明为 `{1}`，不能作为 `{3}` 覆盖'),
  UnknownInvariant: entry('PD2021', 'error', '`{0}` waives nothing: region `{1}` inherits no invariant of that name', '`{0}` 没有可放弃的对象：地区 `{1}` 未继承此名称的不变式'),
  BadClaim: entry('PD2022', 'error', '`{0} {1} …` needs {2}, but `{3}` is {4}', '`{0} {1} …` 需要{2}，但 `{3}` 是{4}'),
  DomainTooLarge: entry(
    'PD2023',
    'error',
    'the domain bound {0} of `{1}` is beyond exact whole-number arithmetic; the safe limit is {2}',
    '`{1}` 的取值范围边界 {0} 超出精确整数运算范围；安全界限为 {2}',
  ),
  NameClash: entry(
    'PD2024',
    'error',
    '`{0}` and `{1}` are the same name in generated TypeScript (`{2}`); rename one of them',
    '`{0}` 与 `{1}` 在生成的 TypeScript 中是同一个名称（`{2}`）；请重命名其中之一',
  ),
  RequiredNotSet: entry(
    'PD2025',
    'error',
    'region `{0}` must set `{1}`: region `{2}` declares it `required`, so every region extending it gives its own value',
    '地区 `{0}` 必须设定 `{1}`：地区 `{2}` 将其声明为 `required`，每个继承它的地区都须给出自己的取值',
  ),
  RequiredNotParameter: entry('PD2026', 'error', '`required` applies to parameters only, but `{0}` is {1}', '`required` 只适用于参数，但 `{0}` 是 {1}'),
  PreviousNotState: entry('PD2027', 'error', '`previous(…)` reads a `state` from the month before, but `{0}` is {1}', '`previous(…)` 读取上月的 `state`，但 `{0}` 是{1}'),
  PreviousNotAllowed: entry('PD2028', 'error', '{0} may read {1} only, but reads {2}', '{0} 只能读取{1}，但读取了 {2}'),
  StateInitially: entry('PD2029', 'error', 'in a `state` declaration: {0}', '`state` 声明有误：{0}'),
  TimelineTest: entry('PD2030', 'error', 'in a timeline test: {0}', '时间线测试有误：{0}'),
  OutOfScopeButComputed: entry(
    'PD2031',
    'warning',
    '`{0}` is declared out of scope, but {1} cites it as computed; choose one: drop the citation or the declaration',
    '`{0}` 已声明不在范围内，但 {1} 引用它作为计算依据；请二选一：删除该引用或该声明',
  ),
  GuaranteeCode: entry(
    'PD2050',
    'error',
    '`{0}` cannot guarantee {1}: {2}; a guarantee names the errors that stop a policy breaking it from compiling',
    '`{0}` 不能保证 {1}：{2}；保证须列出使违反它的策略无法编译的错误',
  ),
  NotRefuted: entry(
    'PD2051',
    'error',
    '`{0}` is declared not graded {1} in `{2}`, but it is: every cell is {3} the previous member\'s; drop `not` and declare it `graded`, or correct the cells',
    '`{0}` 声明为不随 `{2}` {1}，但实际上是：每个取值都{3}前一成员的取值；请去掉 `not` 改为声明 `graded`，或更正取值',
  ),
  GuaranteedTwice: entry('PD2052', 'error', '{0} is already guaranteed at {1}; state a guarantee once', '{0} 已在 {1} 处声明保证；保证只需声明一次'),
  // destinations (FACTS I02, C05): every amount has exactly one; see src/check/flows.ts
  NoDestination: entry(
    'PD2047',
    'error',
    '`{0}` is added into {1} but has no destination of its own: declare `destination {0} to <fund>` (account, pooled_fund, local_fund or critical_illness_fund)',
    '`{0}` 被计入{1}，但没有自己的去向：请声明 `destination {0} to <基金>`（account、pooled_fund、local_fund 或 critical_illness_fund）',
  ),
  TwoDestinations: entry('PD2048', 'error', '`{0}` has two destinations: {1}', '`{0}` 有两个去向：{1}'),
  BadFlow: entry('PD2049', 'error', 'in a `{0}` line: {1}', '`{0}` 声明有误：{1}'),
  BadDomain: entry('PD2020', 'error', 'the domain of `{0}` is empty: {1} > {2}', '`{0}` 的取值范围为空：{1} > {2}'),
  RangeNotAllowed: entry('PD2032', 'error', 'a range is one unknown number, so it cannot stand here: {0}', '区间表示一个未知的数，不能用在此处：{0}'),
  RangeReversed: entry('PD2033', 'error', 'the range {0} to {1} is empty: write the lower bound first', '区间 {0} 到 {1} 为空：请先写下界'),
  RangeTwoSources: entry(
    'PD2034',
    'error',
    '`{0}` depends on two ranges, `{1}` and `{2}`: each output may depend on one range only (its bounds are computed at that range\'s two ends)',
    '`{0}` 依赖两个区间 `{1}` 和 `{2}`：每个输出只能依赖一个区间（其上下界按该区间的两端计算）',
  ),
  // ── PD3xxx units, money and rounding ─────────────────────────────────────
  UnroundedInSum: entry('PD3001', 'error', 'a money × rate product must be rounded before it is combined with money; wrap it in `round(…)`', '金额 × 比例的乘积必须先取整再与金额运算；请用 `round(…)` 包裹'),
  UnitMismatch: entry('PD3002', 'error', 'cannot {0} {1} and {2}', '不能将{1}与{2}{0}'),
  PeriodMismatch: entry('PD3003', 'error', 'cannot {0} money {1} and money {2}; convert with `per_year(…)` or `per_month(…)`', '不能将{1}金额与{2}金额{0}；请用 `per_year(…)` 或 `per_month(…)` 换算'),
  DoubleRounding: entry('PD3004', 'error', 'this amount is already rounded; rounding it again is double rounding', '此金额已取整；再次取整属于重复取整'),
  MissingRounding: entry(
    'PD3005',
    'error',
    'region `{0}` declares no rounding; every region must (FACTS I01): add `rounding <mode> to fen` with the mode its sources give (half_up, half_even or truncate)',
    '地区 `{0}` 未声明取整方式；每个地区都必须声明（FACTS I01）：请按其来源添加 `rounding <方式> to fen`（half_up、half_even 或 truncate）',
  ),
  AmountNeedsUnit: entry('PD3006', 'error', 'amount `{0}` needs a unit here: write e.g. `{0} yuan per month`', '金额 `{0}` 在此处需要单位：例如写作 `{0} yuan per month`'),
  MustRound: entry('PD3007', 'error', '{0} is unrounded money; wrap it in `round(…)` in the region\'s declared mode', '{0}是未取整的金额；请用 `round(…)` 按地区声明的方式取整'),
  RangeTooLarge: entry('PD3008', 'error', 'this value may reach {0}, beyond exact integer range; declare a smaller domain for {1}', '此值可能达到 {0}，超出精确整数范围；请缩小 {1} 的取值范围'),
  BadRounding: entry('PD3009', 'error', 'unknown rounding {0} `{1}`: expected {2}', '未知的取整{0} `{1}`：应为 {2}'),
  NonConstantDivisor: entry('PD3010', 'error', 'division is only by a whole-number constant, so the result stays exact', '只能除以整数常量，以保证结果精确'),
  FlowNotMoney: entry('PD3013', 'error', '`{0}` is {1}, but {2} must be an amount of money', '`{0}` 是{1}，但{2}必须是金额'),
  OutsideBound: entry(
    'PD3014',
    'warning',
    '`{0}` is {1}, outside the bound {2} to {3} that this region cites; a bound is a lint, never a value',
    '`{0}` 为 {1}，超出本地区所引用的范围 {2} 至 {3}；范围只用于提示，从不作为取值',
  ),
  InsideBound: entry(
    'PD3016',
    'warning',
    '`{0}` is {1}, inside {2} to {3}, but this region declares it `outside` that range; write `in` or correct the rate',
    '`{0}` 为 {1}，位于 {2} 至 {3} 之内，但本地区声明它在该范围之外（`outside`）；请改为 `in` 或更正比例',
  ),
  ShareMostlyToAccount: entry(
    'PD3015',
    'warning',
    '`{0}` credits {1} of `{2}` to the account and leaves only the rest to the pool; every other source gives the pool the larger part (F024: about 70%-80%), so this is the literal reading C of C05 (F040), which readings A and B contradict: if it is meant, cite C05 where the share is computed',
    '`{0}` 将 `{2}` 的 {1} 划入个人账户，只把其余部分留给统筹基金；其他来源都是统筹基金占大头（F024：约70%-80%），这是 C05 的字面读法 C（F040），与读法 A、B 相矛盾：如确属此意，请在计算该份额处引用 C05',
  ),
  // ── PD4xxx dates and time coverage ───────────────────────────────────────
  TimeGap: entry('PD4001', 'error', 'no value of `{0}` for {1}', '`{0}` 在 {1} 期间没有取值'),
  TimeOverlap: entry('PD4002', 'error', '`{0}` has two values for {1}', '`{0}` 在 {1} 期间有两个取值'),
  MissingHorizon: entry('PD4003', 'error', 'region `{0}` declares no horizon; add e.g. `horizon from 2020-01`', '地区 `{0}` 未声明时间范围；请添加如 `horizon from 2020-01`'),
  NotConstantMonth: entry('PD4004', 'error', 'a date boundary must be a month known when compiling (a literal or a month parameter with one value)', '日期边界必须在编译时确定（月份字面量或单一取值的月份参数）'),
  OutsideHorizon: entry('PD4005', 'error', 'month {0} is outside the horizon of region `{1}` ({2})', '月份 {0} 超出地区 `{1}` 的时间范围（{2}）'),
  EmptyPeriod: entry('PD4006', 'error', 'the period {0}..{1} is empty', '期间 {0}..{1} 为空'),
  // ── PD5xxx band and condition coverage ───────────────────────────────────
  CoverageGap: entry('PD5001', 'error', 'no case of `{0}` applies when {1}', '当 {1} 时，`{0}` 没有适用的情形'),
  CoverageOverlap: entry('PD5002', 'error', 'two cases of `{0}` both apply when {1}', '当 {1} 时，`{0}` 有两个情形同时适用'),
  UnprovableCoverage: entry('PD5003', 'error', 'cannot prove the cases of `{0}` cover every input: this condition is not a comparison of an input with a constant; add an `otherwise` case', '无法证明 `{0}` 的情形覆盖所有输入：该条件不是输入与常量的比较；请添加 `otherwise` 情形'),
  NotGraded: entry('PD5005', 'error', '`{0}` is declared graded {1} in `{2}`, but {3}', '`{0}` 声明为随 `{2}` {1}，但{3}'),
  UnreachableOtherwise: entry('PD5004', 'error', '`otherwise` is never reached: the cases above already cover every input', '`otherwise` 永远不会被使用：上面的情形已覆盖所有输入'),
  // ── records and lists (issue 11): PD1023–PD1026, PD2040–PD2046, PD5008 ──
  RecordSyntax: entry('PD1023', 'error', 'in record `{0}`: {1}', '记录 `{0}` 有误：{1}'),
  EachSyntax: entry('PD1024', 'error', '`for each` in `{0}`: {1}', '`{0}` 中的 `for each` 有误：{1}'),
  ListValueSyntax: entry('PD1025', 'error', 'in the list given for `{0}`: {1}', '为 `{0}` 给出的列表有误：{1}'),
  WhereNotAggregate: entry('PD1026', 'error', '`where` belongs to an aggregate (`count`, `sum`, `all`, `any`), not to `{0}`', '`where` 只能用于聚合（`count`、`sum`、`all`、`any`），不能用于 `{0}`'),
  UnknownRecord: entry('PD2040', 'error', 'unknown record `{0}`: `list of …` names a `record` declared in the region', '未知记录 `{0}`：`list of …` 必须指向本地区声明的 `record`'),
  UnknownField: entry('PD2041', 'error', 'record `{0}` has no field `{1}`; its fields are {2}', '记录 `{0}` 没有字段 `{1}`；其字段为 {2}'),
  NotAnItem: entry('PD2042', 'error', '`{0}.{1}` reads a field, but `{0}` is {2}', '`{0}.{1}` 读取字段，但 `{0}` 是{2}'),
  AggregateNotList: entry('PD2043', 'error', '`{0}(…)` aggregates over a list, but {1}', '`{0}(…)` 对列表聚合，但{1}'),
  AggregateElement: entry('PD2044', 'error', '`{0}(…)` needs {1} for each item, but `{2}` is {3}', '`{0}(…)` 需要每项为{1}，但 `{2}` 是{3}'),
  ListLength: entry('PD2045', 'error', 'the length of list `{0}`: {1}', '列表 `{0}` 的长度有误：{1}'),
  ListInTimeline: entry('PD5008', 'error', 'region `{0}` carries states from month to month, so its inputs are one month of a person\'s timeline; list input `{1}` cannot be one: {2}', '地区 `{0}` 逐月结转 state，其输入是个人时间线中的一个月；列表输入 `{1}` 不能作为其中之一：{2}'),
  ItemScope: entry('PD2046', 'error', '`{0}` has one value per item of `{1}`: {2}', '`{0}` 对 `{1}` 的每一项各有一个值：{2}'),
  RangeNotMonotone: entry(
    'PD5006',
    'error',
    'cannot prove that `{0}` moves one way as `{1}` moves through its range, so its bounds cannot be computed at the range\'s two ends: {2}',
    '无法证明 `{0}` 随 `{1}` 在其区间内单调变化，因此不能用区间两端计算其上下界：{2}',
  ),
  // ── PD6xxx example tests ─────────────────────────────────────────────────
  TestFailed: entry('PD6001', 'error', 'test {0}: expected `{1}` = {2} but got {3}', '测试 {0}：期望 `{1}` = {2}，实际为 {3}'),
  TestRaised: entry('PD6002', 'error', 'test {0}: evaluation failed: {1}', '测试 {0}：求值失败：{1}'),
  NonValueGiven: entry('PD6004', 'error', '`is {0}` can only be expected of an output, define or parameter; give the input `{1}` a value', '`is {0}` 只能用于期望输出、定义或参数；请给输入 `{1}` 一个值'),
  InvariantFailed: entry('PD6003', 'error', 'invariant {0} fails for {1}', '不变式 {0} 在 {1} 时不成立'),
  // ── sets of list members, open sets and `unknown` (grammar/README.md "Sets") ──
  SetRepeats: entry('PD1020', 'error', 'the set lists `{0}` twice', '集合两次列出 `{0}`'),
  SetNotElement: entry('PD2035', 'error', '`set of {0}`: {1}', '`set of {0}` 有误：{1}'),
  UnknownSetMember: entry('PD2036', 'error', '`{0}` is not a member of `{1}` ({2})', '`{0}` 不是 `{1}` 的成员（{2}）'),
  MembershipMismatch: entry('PD2037', 'error', '`in {0}`: {1}', '`in {0}` 有误：{1}'),
  OpenWhereClosed: entry(
    'PD2038',
    'error',
    '`{0}` is declared an open set here, but region `{1}` declares it closed (`{2}`): its rules count on an answer for every member; an extending region may close an open set, never open a closed one',
    '`{0}` 在此声明为开放集合，但地区 `{1}` 声明为封闭集合（`{2}`）：其规则依赖每个成员都有确定答案；扩展地区可以把开放集合改为封闭集合，不能把封闭集合改为开放集合',
  ),
  SetMisplaced: entry('PD2039', 'error', 'misplaced set: {0}', '集合位置有误：{0}'),
  UnknownNeverRaised: entry(
    'PD6006',
    'error',
    'test {0}: `{1} is unknown` can never hold: no open set and no `unknown` case is reached by `{1}`',
    '测试 {0}：`{1} is unknown` 永远不会成立：`{1}` 不依赖任何开放集合或 `unknown` 情形',
  ),
  BadRangeExpectation: entry('PD6005', 'error', '`{0} in … to …`: {1}', '`{0} in … to …` 有误：{1}'),
  // ── PD9xxx I/O and internal ──────────────────────────────────────────────
  CannotRead: entry('PD9001', 'error', 'cannot read `{0}`: {1}', '无法读取 `{0}`：{1}'),
  Internal: entry('PD9002', 'error', 'internal compiler error: {0}', '编译器内部错误：{0}'),
  TooMany: entry('PD9003', 'note', '{0} more diagnostics in this file were not shown', '此文件还有 {0} 条诊断未显示'),
  NoPolicies: entry('PD9004', 'error', 'no `.policy` files in `{0}`', '`{0}` 中没有 `.policy` 文件'),
  NotGenerated: entry('PD9005', 'error', 'refusing to overwrite `{0}`: it has no do-not-edit header, so policyc did not write it', '拒绝覆盖 `{0}`：该文件没有“请勿编辑”文件头，不是 policyc 生成的'),
  OutputIsLink: entry('PD9006', 'error', 'refusing to write `{0}`: it is a symbolic link or not a regular file', '拒绝写入 `{0}`：它是符号链接或不是普通文件'),
  NameTooLong: entry('PD9007', 'error', 'region name `{0}` is too long for a file name ({1} bytes; at most {2})', '地区名 `{0}` 作为文件名过长（{1} 字节；最多 {2}）'),
  CannotWrite: entry('PD9008', 'error', 'cannot write `{0}`: {1}', '无法写入 `{0}`：{1}'),
  // input files of `explain --input`, checked against the region's input JSON Schema
  InputNotJson: entry('PD9011', 'error', 'the input file is not valid JSON: {0}', '输入文件不是有效的 JSON：{0}'),
  InputNotObject: entry('PD9012', 'error', 'the input must be a JSON object of the region\'s inputs, got {0}', '输入必须是由该地区各输入项组成的 JSON 对象，实际为 {0}'),
  InputMissing: entry('PD9013', 'error', 'missing input `{0}`: {1}', '缺少输入 `{0}`：{1}'),
  InputUnknown: entry('PD9014', 'error', 'unknown input `{0}`; the inputs are {1}', '未知输入 `{0}`；输入项为 {1}'),
  InputInvalid: entry('PD9015', 'error', 'input `{0}` must be {1}, got {2}', '输入 `{0}` 必须是{1}，实际为 {2}'),
} as const;
