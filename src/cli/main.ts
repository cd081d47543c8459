#!/usr/bin/env node
/**
 * policyc — the policy compiler's command line.
 * Exit codes: 0 clean, 1 errors reported, 2 usage or internal failure.
 * No stack trace ever reaches the user.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { argParsers, langOf, wantColor } from './args.js';
import { messages } from './messages.js';
import { EXIT_USAGE, type GlobalOptions } from './options.js';

// Each command loads its own module when it runs: `check` never loads the code
// generator (ts-morph) nor fast-check, and `--version` loads neither.

function globals(cmd: Command): GlobalOptions {
  const o = cmd.optsWithGlobals<{ format: 'pretty' | 'short' | 'json'; lang: 'en' | 'zh'; color?: boolean; maxPerFile: number }>();
  const color = wantColor(o.color, process.env, process.stderr);
  return { format: o.format, lang: o.lang, color, maxPerFile: o.maxPerFile };
}

interface TestFlags {
  runs: number;
  seed?: number;
  reporter?: 'pretty' | 'junit' | 'json' | 'tap';
  output?: string;
  region?: string[];
  grep?: RegExp;
  coverage?: boolean;
  minCoverage?: number;
  watch?: boolean;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const { pattern, percent, seed, wholeNumber } = argParsers(langOf(argv));
  const program = new Command('policyc')
    .description('Compile, check and test personal-account policy rules (职工医保个人账户)')
    .version('0.1.0')
    .addOption(new Option('--format <format>', 'diagnostic format').choices(['pretty', 'short', 'json']).default('pretty'))
    .addOption(new Option('--lang <lang>', 'message language').choices(['en', 'zh']).default('en'))
    .option('--color', 'force colored output')
    .option('--no-color', 'disable colored output')
    .option('--max-per-file <n>', 'show at most n diagnostics per file', wholeNumber(1), 50)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .description('parse and check policy files; report every error')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .action(async (paths: string[], _o, cmd: Command) => {
      const { checkCommand } = await import('./check.js');
      code = checkCommand(paths, globals(cmd));
    });
  program
    .command('build')
    .description('check policies and generate TypeScript evaluators')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .option('--out <dir>', 'output directory', 'generated')
    .option('--check', 'write nothing; fail if the output directory is stale')
    .action(async (paths: string[], o: { out: string; check?: boolean }, cmd: Command) => {
      const { buildCommand } = await import('./build.js');
      code = buildCommand(paths, { out: o.out, check: !!o.check }, globals(cmd));
    });
  program
    .command('test')
    .description('run the example tests and check the invariants written in policy files')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .option('--runs <n>', 'random inputs per invariant', wholeNumber(1), 200)
    .option('--seed <n>', 'fast-check seed, to replay a failure', seed)
    .addOption(new Option('--reporter <name>', 'result format for CI (default: pretty; json with --format json)').choices(['pretty', 'junit', 'json', 'tap']))
    .option('--output <file>', 'write the --reporter document to a file instead of stdout')
    .option('--region <name>', 'only this region (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--grep <pattern>', 'only tests and invariants whose name matches this regular expression', pattern)
    .option('--coverage', 'print which case of which declaration no example test reaches')
    .option('--min-coverage <percent>', 'exit 1 when decision coverage is below this percentage', percent)
    .option('--watch', 'run again whenever a policy file changes')
    .action(async (paths: string[], o: TestFlags, cmd: Command) => {
      const { testCommand } = await import('./test.js');
      const g = globals(cmd);
      const t = {
        runs: o.runs,
        ...(o.seed !== undefined ? { seed: o.seed } : {}),
        ...(o.reporter ? { reporter: o.reporter } : {}),
        ...(o.output ? { output: o.output } : {}),
        ...(o.region ? { regions: o.region } : {}),
        ...(o.grep ? { grep: o.grep } : {}),
        coverage: !!o.coverage,
        ...(o.minCoverage !== undefined ? { minCoverage: o.minCoverage } : {}),
      };
      if (!o.watch) {
        code = await testCommand(paths, t, g);
        return;
      }
      const { watchPolicies } = await import('./watch.js');
      code = await watchPolicies(paths, () => testCommand(paths, t, g), undefined, g.lang);
    });
  program
    .command('explain')
    .description('explain how a region computes its outputs for one input (JSON)')
    .requiredOption('--region <name>', 'region to evaluate')
    .requiredOption('--input <file>', 'JSON input; money as integer fen or a yuan string "5000.00"')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .action(async (paths: string[], o: { region: string; input: string }, cmd: Command) => {
      const { explainCommand } = await import('./explain.js');
      code = explainCommand(paths, o.region, o.input, globals(cmd));
    });
  program
    .command('explain-region')
    .description('show what a region changes relative to its parent, with citations')
    .argument('<region>', 'region name')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .action(async (region: string, paths: string[], _o, cmd: Command) => {
      const { explainRegionCommand } = await import('./explain-region.js');
      code = explainRegionCommand(paths, region, globals(cmd));
    });
  program
    .command('facts')
    .description('trace every FACTS id to the policy lines that cite it, or to its out-of-scope declaration')
    .argument('[paths...]', 'policy files or directories', ['policies'])
    .option('--strict', 'exit 1 when a rule, worked test or invariant is not traced')
    .action(async (paths: string[], o: { strict?: boolean }, cmd: Command) => {
      const { factsCommand } = await import('./facts.js');
      code = factsCommand(paths, !!o.strict, globals(cmd));
    });
  program
    .command('mutate')
    .description('mutation check: do the example tests and invariants of a policy file notice small changes?')
    .argument('<file>', 'the policy file to mutate')
    .argument('[paths...]', 'all policy files or directories', ['policies'])
    .option('--runs <n>', 'random inputs per invariant', wholeNumber(1), 100)
    .option('--min-score <percent>', 'exit 1 below this mutation score', percent, 0)
    .action(async (file: string, paths: string[], o: { runs: number; minScore: number }, cmd: Command) => {
      const { mutateCommand } = await import('./mutate.js');
      code = mutateCommand(file, paths, o.runs, o.minScore, globals(cmd).lang);
    });
  program
    .command('sample')
    .description('evaluate a sample population with the generated evaluators and print a table')
    .action(async (_o, cmd: Command) => {
      const { sampleCommand } = await import('./sample.js');
      code = await sampleCommand(globals(cmd).lang);
    });

  // help in Chinese (loaded only then: `--version` stays fast)
  if (langOf(argv) === 'zh') (await import('./messages-help.js')).translateHelp(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : EXIT_USAGE;
    }
    process.stderr.write(`${messages(langOf(argv)).internalError(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT_USAGE;
  }
  return code;
}

/** A reader that stops early (`policyc test | head -1`) closes the pipe: stop quietly, no stack trace. */
function exitQuietlyOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

/** True when this module is the program node runs (directly, or through the npm bin link), not imported by a test. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  exitQuietlyOnEpipe(process.stdout);
  exitQuietlyOnEpipe(process.stderr);
  main(process.argv.slice(2)).then(
    (c) => (process.exitCode = c),
    (e: unknown) => {
      process.stderr.write(`${messages(langOf(process.argv.slice(2))).internalError(e instanceof Error ? e.message : String(e))}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
