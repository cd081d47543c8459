/** `policyc facts`: statuses, site descriptions and the summary line, in English and Chinese. */
import type { Site, Status } from './facts-trace.js';

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
  refuted: '被表格否定的主张',
  scope: '不在范围内',
  destination: '去向',
  fund: '基金',
  bound: '范围',
};

const statusEn: Record<Status, string> = {
  computed: 'computed',
  out_of_scope: 'out of scope',
  modelled: 'modelled',
  tested: 'tested',
  checked: 'checked',
  guaranteed: 'guaranteed by the compiler',
  not_traced: 'not traced',
};
const statusZh: Record<Status, string> = {
  computed: '已计算',
  out_of_scope: '不在范围内',
  modelled: '已建模',
  tested: '已测试',
  checked: '已检查',
  guaranteed: '由编译器保证',
  not_traced: '未追溯',
};

const quoted = (kind: string, name: string): string => (kind === 'test' || kind === 'invariant' || kind === 'waive' ? `"${name}"` : name);

/** Every entry takes plain strings and numbers (the catalogue test calls each with numbers). */
export const factsEn = {
  factsStatus: (status: string) => statusEn[status as Status] ?? status,
  /** a citing line: `kind name`, or for a case its guard and declaration */
  factsSite: (kind: string, name: string, guard: string) =>
    kind === 'case' ? `case \`${guard}\` of ${name}` : kind === 'refuted' ? `\`not graded\` claim of table ${name}, proven false` : kind === 'scope' ? `out of scope ${name}` : `${kind} ${quoted(kind, name)}`,
  factsReadings: (regions: string) => `readings: ${regions}`,
  factsGuarantee: (region: string, codes: string, reason: string) => `guaranteed by the compiler (codes ${codes}) in region ${region}: "${reason}"`,
  factsOutOfScope: (region: string, reason: string) => `out of scope in region ${region}: "${reason}"`,
  factsSummaryF: (computed: number, outOfScope: number, notTraced: number, total: number) =>
    `F: ${computed} computed, ${outOfScope} out of scope, ${notTraced} not traced of ${total}`,
  factsSummaryC: (modelled: number, notTraced: number, total: number) => `C: ${modelled} modelled, ${notTraced} not traced of ${total}`,
  factsSummaryT: (tested: number, notTraced: number, total: number) => `T: ${tested} tested, ${notTraced} not traced of ${total}`,
  factsSummaryI: (checked: number, guaranteed: number, notTraced: number, total: number) =>
    `I: ${checked} checked, ${guaranteed} guaranteed by the compiler, ${notTraced} not traced of ${total}`,
  factsSummaryJoin: '; ',
  factsNotFound: 'error: FACTS.md not found: put shared/domain/FACTS.md beside the policies or the working folder, or set POLICYC_FACTS to its path',
  factsStrict: (n: number, ids: string) => `error: --strict: ${n} rule, test or invariant id${n === 1 ? ' is' : 's are'} not traced: ${ids}`,
};

export const factsZh: typeof factsEn = {
  factsStatus: (status) => statusZh[status as Status] ?? status,
  factsSite: (kind, name, guard) =>
    kind === 'case' ? `${name} 的情形 \`${guard}\`` : kind === 'refuted' ? `表格 ${name} 的 \`not graded\` 主张，已证明不成立` : `${kindZh[kind as Site['kind']] ?? kind} ${quoted(kind, name)}`,
  factsReadings: (regions) => `读法：${regions}`,
  factsGuarantee: (region, codes, reason) => `在地区 ${region} 中声明由编译器保证（代码 ${codes}）：“${reason}”`,
  factsOutOfScope: (region, reason) => `在地区 ${region} 中声明不在范围内：“${reason}”`,
  factsSummaryF: (computed, outOfScope, notTraced, total) => `F：已计算 ${computed}，不在范围内 ${outOfScope}，未追溯 ${notTraced}，共 ${total}`,
  factsSummaryC: (modelled, notTraced, total) => `C：已建模 ${modelled}，未追溯 ${notTraced}，共 ${total}`,
  factsSummaryT: (tested, notTraced, total) => `T：已测试 ${tested}，未追溯 ${notTraced}，共 ${total}`,
  factsSummaryI: (checked, guaranteed, notTraced, total) => `I：已检查 ${checked}，由编译器保证 ${guaranteed}，未追溯 ${notTraced}，共 ${total}`,
  factsSummaryJoin: '；',
  factsNotFound: '错误：未找到 FACTS.md：请将 shared/domain/FACTS.md 放在策略文件或工作目录旁，或用 POLICYC_FACTS 指定其路径',
  factsStrict: (n, ids) => `错误：--strict：${n} 个规则、测试或不变式编号未追溯：${ids}`,
};
