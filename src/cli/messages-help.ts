/**
 * `policyc --lang zh --help`: the command, option and argument descriptions
 * and commander's help headings in Chinese. main.ts declares everything in
 * English; `translateHelp` replaces each description by its entry here (a
 * description without one stays English, and a test fails on it).
 */
import { Help, type Argument, type Command, type Option } from 'commander';

/** English description → Chinese */
export const helpZh: Readonly<Record<string, string>> = {
  'Compile, check and test personal-account policy rules (职工医保个人账户)': '编译、检查和测试职工医保个人账户划账规则',
  'output the version number': '输出版本号',
  'display help for command': '显示命令帮助',
  'diagnostic format': '诊断信息格式',
  'message language': '消息语言',
  'force colored output': '强制彩色输出',
  'disable colored output': '关闭彩色输出',
  'show at most n diagnostics per file': '每个文件最多显示 n 条诊断',
  'parse and check policy files; report every error': '解析并检查策略文件，报告全部错误',
  'policy files or directories': '策略文件或目录',
  'check policies and generate TypeScript evaluators': '检查策略并生成 TypeScript 计算器',
  'output directory': '输出目录',
  'write nothing; fail if the output directory is stale': '不写入任何文件；输出目录过期时失败',
  'run the example tests and check the invariants written in policy files': '运行策略文件中的示例测试并检查不变式',
  'random inputs per invariant': '每个不变式的随机输入数',
  'fast-check seed, to replay a failure': 'fast-check 随机种子，用于重现失败',
  'result format for CI (default: pretty; json with --format json)': '供 CI 使用的结果格式（默认 pretty；--format json 时为 json）',
  'write the --reporter document to a file instead of stdout': '将 --reporter 文档写入文件而不是标准输出',
  'only this region (repeatable)': '只测试此地区（可重复）',
  'only tests and invariants whose name matches this regular expression': '只运行名称匹配此正则表达式的测试和不变式',
  'print which case of which declaration no example test reaches': '列出示例测试未到达的声明情形',
  'exit 1 when decision coverage is below this percentage': '决策覆盖率低于此百分比时以 1 退出',
  'run again whenever a policy file changes': '策略文件更改时重新运行',
  'explain how a region computes its outputs for one input (JSON)': '说明地区如何根据一份输入（JSON）算出各项输出',
  'region to evaluate': '要计算的地区',
  'JSON input; money as integer fen or a yuan string "5000.00"': 'JSON 输入；金额为整数分或如 "5000.00" 的元字符串',
  'show what a region changes relative to its parent, with citations': '显示地区相对上级地区的改动及引用',
  'region name': '地区名称',
  'trace every FACTS id to the policy lines that cite it, or to its out-of-scope declaration': '将每个 FACTS 编号追溯到引用它的策略行，或其“不在范围内”声明',
  'exit 1 when a rule, worked test or invariant is not traced': '有规则、示例测试或不变式未追溯时以 1 退出',
  'mutation check: do the example tests and invariants of a policy file notice small changes?': '变异检查：策略文件的示例测试和不变式能否发现微小改动？',
  'the policy file to mutate': '要变异的策略文件',
  'all policy files or directories': '全部策略文件或目录',
  'exit 1 below this mutation score': '变异得分低于此值时以 1 退出',
  'evaluate a sample population with the generated evaluators and print a table': '用生成的计算器计算一组样本人员并打印表格',
  'display help for a command': '显示某个命令的帮助',
};

const titlesZh: Readonly<Record<string, string>> = {
  'Usage:': '用法:',
  'Options:': '选项:',
  'Commands:': '命令:',
  'Arguments:': '参数:',
};

/** commander's `(choices: "a", "b", default: "a")` after a description, in Chinese. */
export function extrasZh(description: string): string {
  return description.replace(/ \((choices: .*|default: .*|preset: .*)\)$/s, (_, extras: string) =>
    `（${extras.replace(/\bchoices: /, '可选值：').replace(/, default: |^default: /, (m) => (m.startsWith(',') ? '，默认：' : '默认：')).replace(/\bpreset: /, '预设：')}）`,
  );
}

/** commander's own error sentences, in Chinese (what follows them, our argument messages, already is). */
const errorsZh: readonly [RegExp, string][] = [
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, "错误：选项 '$1' 的值 '$2' 无效。"],
  [/Allowed choices are ([^\n]*)\./, '可选值为 $1。'],
  [/^error: unknown option '([^']*)'/, "错误：未知选项 '$1'"],
  [/^error: unknown command '([^']*)'/, "错误：未知命令 '$1'"],
  [/^error: missing required argument '([^']*)'/, "错误：缺少必需的参数 '$1'"],
  [/^error: option '([^']*)' argument missing/, "错误：选项 '$1' 缺少值"],
  [/^error: required option '([^']*)' not specified/, "错误：未指定必需的选项 '$1'"],
  [/^error: too many arguments( for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\./, '错误：参数过多$1：应为 $2 个，实际为 $3 个。'],
  [/\(Did you mean one of ([^?]*)\?\)/, '（是否想用以下之一：$1？）'],
  [/\(Did you mean ([^?]*)\?\)/, '（是否想用 $1？）'],
];

export function commanderErrorZh(message: string): string {
  return errorsZh.reduce((m, [re, zh]) => m.replace(re, zh), message);
}

/** Puts the Chinese descriptions and headings on `program` and its subcommands. */
export function translateHelp(program: Command): void {
  const zh = (s: string): string => helpZh[s] ?? s;
  for (const cmd of [program, ...program.commands]) {
    cmd.description(zh(cmd.description()));
    cmd.helpOption('-h, --help', zh('display help for command'));
    cmd.configureOutput({ outputError: (message, write) => write(commanderErrorZh(message)) });
    for (const o of cmd.options) o.description = zh(o.description);
    for (const a of cmd.registeredArguments) a.description = zh(a.description);
    cmd.configureHelp({
      styleTitle: (t) => titlesZh[t] ?? t,
      optionDescription(this: Help, o: Option) {
        return extrasZh(Help.prototype.optionDescription.call(this, o));
      },
      argumentDescription(this: Help, a: Argument) {
        return extrasZh(Help.prototype.argumentDescription.call(this, a));
      },
    });
  }
  program.helpCommand('help [command]', zh('display help for a command'));
}
