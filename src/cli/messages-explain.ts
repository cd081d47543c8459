/**
 * The words of `policyc explain` and `policyc explain-region`, in English and
 * Chinese: labels, units, branch words and rounding modes. Part of the CLI
 * catalogue (src/cli/messages.ts merges it).
 */
const s = (n: number): string => (n === 1 ? '' : 's');

export const explainEn = {
  explainTitle: (region: string, title: string | undefined) => `How region \`${region}\`${title ? ` (${title})` : ''} computed this:`,
  inputsTitle: (file: string) => `inputs (${file}):`,
  stepsTitle: (shown: number, omitted: number) =>
    `steps (${shown} step${s(shown)}${omitted ? `; ${omitted} that do${omitted === 1 ? 'es' : ''} not contribute to an output omitted` : ''}):`,
  because: 'because',
  reads: 'reads',
  /** the states of the month before a step read through `previous(…)` */
  previousMonth: 'month before',
  /** a state's value at the end of the month before, in the language's own words */
  previousValue: (name: string, value: string) => `previous(${name}) = ${value}`,
  rounds: 'rounds',
  rule: 'rule',
  cited: 'cited',
  unrounded: 'unrounded',
  roundHow: (mode: string, unit: string) => `${mode} to the ${unit}`,
  /** as the author writes it (`half_up`) */
  modeName: (mode: string) => mode,
  unitName: (unit: string) => unit,
  kindName: (kind: string) => kind,
  /** a guard as the author wrote it: the language's own keywords */
  branch: (label: string) => label,
  branchJoin: ' › ',
  yes: 'true',
  no: 'false',
  years: (n: string) => `${n} year${n === '1' ? '' : 's'}`,
  months: (n: string) => `${n} month${n === '1' ? '' : 's'}`,
  // explain-region
  extendsParent: (region: string, parent: string) => `region \`${region}\` extends \`${parent}\` and changes:`,
  extendsNothing: (region: string) => `region \`${region}\` extends nothing; it declares:`,
  overrides: 'overrides',
  adds: 'adds',
  was: 'was',
  horizon: 'horizon',
  rounding: 'rounding',
  roundingNone: 'none',
  // explain's own errors
  error: (message: string) => `error: ${message}`,
  cannotReadInput: (file: string, reason: string) => `error: cannot read input ${file}: ${reason}`,
  missingInput: (name: string) => `missing input \`${name}\``,
  inputMustBe: (name: string, type: string, money: boolean, got: string) =>
    `\`${name}\` must be ${type}${money ? ' (integer fen, or a yuan string like "5000.00")' : ''}, got ${got}`,
  unknownInput: (name: string) => `unknown input \`${name}\``,
  evalFailed: (where: string, kind: string, field: string, detail?: string) =>
    `${where}: ${kind}: ${
      kind === 'unresolved'
        ? `\`${field}\` is unresolved: ${detail}`
        : kind === 'range'
          ? `\`${field}\` lies in ${detail}: the source gives a range, not the value`
          : kind === 'no_applicable_rule'
        ? `no case of \`${field}\` applies`
        : kind === 'not_applicable'
          ? `\`${field}\` is not applicable to this input but is needed here`
          : kind === 'unspecified'
            ? `\`${field}\` is unspecified in the sources`
            : kind === 'unknown'
              ? `\`${field}\` is unknown: the sources name only some of its members`
              : `\`${field}\` is not a valid input`
    }`,
};

/** Chinese for the DSL's guard keywords: `for employed` → `适用于 employed`, `from 2024-01` → `自 2024-01 起`. */
function branchZh(label: string): string {
  let m: RegExpExecArray | null;
  if (label === 'otherwise') return '其他情形';
  if ((m = /^for (.*)$/.exec(label))) return `适用于 ${m[1]!.replace(/, /g, '、')}`;
  if ((m = /^from (\S+) to (\S+)$/.exec(label))) return `${m[1]} 至 ${m[2]}`;
  if ((m = /^from (.*)$/.exec(label))) return `自 ${m[1]} 起`;
  if ((m = /^before (.*)$/.exec(label))) return `${m[1]} 之前`;
  if ((m = /^when (.*)$/.exec(label))) return `当 ${m[1]}`;
  return label;
}

export const explainZh: typeof explainEn = {
  explainTitle: (region, title) => `地区 \`${region}\`${title ? `（${title}）` : ''} 的计算说明：`,
  inputsTitle: (file) => `输入（${file}）：`,
  stepsTitle: (shown, omitted) => `计算步骤（共 ${shown} 步${omitted ? `；省略 ${omitted} 个不影响输出的步骤` : ''}）：`,
  because: '适用情形',
  reads: '读取',
  previousMonth: '上月',
  previousValue: (name, value) => `previous(${name}) = ${value}`,
  rounds: '取整',
  rule: '依据',
  cited: '引用',
  unrounded: '未取整',
  roundHow: (mode, unit) => `${mode}，到${unit}`,
  modeName: (mode) => (mode === 'half_up' ? '四舍五入' : mode === 'half_even' ? '四舍六入五成双' : mode === 'truncate' ? '截尾舍去' : mode),
  unitName: (unit) => (unit === 'fen' ? '分' : unit === 'yuan' ? '元' : unit),
  kindName: (kind) => (kind === 'parameter' ? '参数' : kind === 'output' ? '输出' : kind === 'define' ? '中间值' : kind),
  branch: branchZh,
  branchJoin: ' › ',
  yes: '是',
  no: '否',
  years: (n) => `${n} 年`,
  months: (n) => `${n} 个月`,
  extendsParent: (region, parent) => `地区 \`${region}\` 继承 \`${parent}\`，改动如下：`,
  extendsNothing: (region) => `地区 \`${region}\` 没有上级地区；全部声明：`,
  overrides: '覆盖',
  adds: '新增',
  was: '原为',
  horizon: '期间',
  rounding: '取整',
  roundingNone: '无',
  error: (message) => `错误：${message}`,
  cannotReadInput: (file, reason) => `错误：无法读取输入文件 ${file}：${reason}`,
  missingInput: (name) => `缺少输入 \`${name}\``,
  inputMustBe: (name, type, money, got) => `\`${name}\` 应为${type}${money ? '（整数分，或如 "5000.00" 的元字符串）' : ''}，实际为 ${got}`,
  unknownInput: (name) => `未知输入 \`${name}\``,
  evalFailed: (where, kind, field, detail) =>
    `${where}: ${kind}: ${
      kind === 'unresolved'
        ? `\`${field}\` 尚无定论：${detail}`
        : kind === 'range'
          ? `\`${field}\` 位于 ${detail}：来源只给出区间，没有给出取值`
          : kind === 'no_applicable_rule'
        ? `\`${field}\` 没有适用的情形`
        : kind === 'not_applicable'
          ? `\`${field}\` 对此输入不适用，但这里需要它`
          : kind === 'unspecified'
            ? `来源中未规定 \`${field}\``
            : kind === 'unknown'
              ? `\`${field}\` 未知：来源只列出了部分成员`
              : `\`${field}\` 不是有效的输入`
    }`,
};

