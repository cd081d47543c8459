/** `policyc facts`: statuses, site descriptions and the summary line, in English and Chinese. */
import type { Site, Status, Tally, Trace } from './facts-trace.js';

const kindZh: Record<Site['kind'], string> = {
  region: '地区',
  rounding: '取整',
  input: '输入',
  parameter: '参数',
  output: '输出',
  define: '中间值',
  state: '状态',
  case: '情形',
  test: '测试',
  invariant: '不变式',
  waive: '放弃',
};

const statusEn: Record<Status, string> = {
  computed: 'computed',
  out_of_scope: 'out of scope',
  modelled: 'modelled',
  tested: 'tested',
  checked: 'checked',
  not_traced: 'not traced',
};
const statusZh: Record<Status, string> = {
  computed: '已计算',
  out_of_scope: '不在范围内',
  modelled: '已建模',
  tested: '已测试',
  checked: '已检查',
  not_traced: '未追溯',
};

const quoted = (kind: Site['kind'], name: string): string => (kind === 'test' || kind === 'invariant' || kind === 'waive' ? `"${name}"` : name);

export const factsEn = {
  factsStatus: (s: Status) => statusEn[s],
  factsSite: (s: Site) =>
    s.kind === 'case' ? `case \`${s.guard ?? ''}\` of ${s.name}` : s.kind === 'region' || s.kind === 'rounding' ? `${s.kind} ${s.name}` : `${s.kind} ${quoted(s.kind, s.name)}`,
  factsOutOfScope: (region: string, reason: string) => `out of scope in region ${region}: "${reason}"`,
  factsSummary: ({ F, C, T, I }: Trace['summary']) =>
    `F: ${F.traced} computed, ${F.outOfScope} out of scope, ${F.notTraced} not traced of ${F.total}; ` +
    `C: ${C.traced} modelled, ${C.notTraced} not traced of ${C.total}; ` +
    `T: ${T.traced} tested, ${T.notTraced} not traced of ${T.total}; ` +
    `I: ${I.traced} checked, ${I.notTraced} not traced of ${I.total}`,
  factsNotFound: 'error: FACTS.md not found: put shared/domain/FACTS.md beside the policies or the working folder, or set POLICYC_FACTS to its path',
  factsStrict: (n: number) => `error: --strict: ${n} rule, test or invariant id${n === 1 ? ' is' : 's are'} not traced`,
};

const tallyZh = (t: Tally, done: string): string => `${done} ${t.traced}，未追溯 ${t.notTraced}，共 ${t.total}`;

export const factsZh: typeof factsEn = {
  factsStatus: (s) => statusZh[s],
  factsSite: (s) =>
    s.kind === 'case' ? `${s.name} 的情形 \`${s.guard ?? ''}\`` : `${kindZh[s.kind]} ${quoted(s.kind, s.name)}`,
  factsOutOfScope: (region, reason) => `在地区 ${region} 中声明不在范围内：“${reason}”`,
  factsSummary: ({ F, C, T, I }) =>
    `F：已计算 ${F.traced}，不在范围内 ${F.outOfScope}，未追溯 ${F.notTraced}，共 ${F.total}；` +
    `C：${tallyZh(C, '已建模')}；T：${tallyZh(T, '已测试')}；I：${tallyZh(I, '已检查')}`,
  factsNotFound: '错误：未找到 FACTS.md：请将 shared/domain/FACTS.md 放在策略文件或工作目录旁，或用 POLICYC_FACTS 指定其路径',
  factsStrict: (n) => `错误：--strict：${n} 个规则、测试或不变式编号未追溯`,
};
