/** `policyc test --watch`: runs again whenever a `.policy` file under the given paths changes, until Ctrl-C. */
import { watch, statSync, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { messages } from './messages.js';

export async function watchPolicies(paths: readonly string[], run: () => Promise<number>, signal?: AbortSignal, lang: 'en' | 'zh' = 'en'): Promise<number> {
  let code = await run();
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const rerun = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    process.stdout.write(`\n${messages(lang).changed}\n`);
    try {
      code = await run();
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      current = rerun();
    }
  };
  const schedule = (file: string | null): void => {
    if (file && !file.endsWith('.policy')) return;
    clearTimeout(timer);
    timer = setTimeout(() => (current = rerun()), 150);
  };
  const watchers: FSWatcher[] = [];
  for (const p of paths) {
    let dir = false;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      continue; // reported by the run itself
    }
    // a single file is watched through its folder: editors replace files by renaming
    if (dir) watchers.push(watch(p, { recursive: true }, (_e, f) => schedule(f)));
    else watchers.push(watch(dirname(resolve(p)), (_e, f) => f === basename(p) && schedule(f)));
  }
  process.stdout.write(`${messages(lang).watching}\n`);
  await new Promise<void>((done) => {
    if (signal) signal.addEventListener('abort', () => done(), { once: true });
    else process.once('SIGINT', () => done());
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await current; // a run in progress finishes first
  return code;
}
