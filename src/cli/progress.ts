/**
 * A progress bar on stderr for `policyc test` runs longer than a second, drawn
 * by cli-progress (loaded only then). Silent when stderr is not a terminal,
 * under CI (`CI` set) or with JSON output.
 */
import { performance } from 'node:perf_hooks';
import type { SingleBar } from 'cli-progress';

export interface Progress {
  tick(label: string): Promise<void>;
  stop(): void;
}

const AFTER_MS = 1000;

export async function startProgress(total: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  const enabled = !quiet && stream.isTTY === true && !process.env['CI'] && total > 1;
  const started = performance.now();
  let done = 0;
  let bar: SingleBar | undefined;
  return {
    async tick(label) {
      done++;
      if (!enabled) return;
      if (!bar && performance.now() - started > AFTER_MS && done < total) {
        const { SingleBar, Presets } = await import('cli-progress');
        bar = new SingleBar({ stream, format: ' {bar} {value}/{total}  {label}', clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done, { label });
      }
      bar?.update(done, { label });
    },
    stop() {
      bar?.stop();
    },
  };
}
