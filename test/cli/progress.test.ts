/** The progress bar of `policyc test`: drawn on a terminal once a run passes a second; never off a terminal or under CI. */
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const stream = {
    isTTY,
    columns: 100,
    write: (s: string) => ((out += s), true),
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  } as unknown as NodeJS.WriteStream;
  return { stream, text: () => out };
}

/** Ticks through `n` steps, the clock moving `stepMs` per step. */
async function run(stream: NodeJS.WriteStream, n: number, stepMs: number): Promise<void> {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const p = await startProgress(n, false, stream);
  for (let i = 0; i < n; i++) {
    now += stepMs;
    await p.tick(`step ${i}`);
  }
  p.stop();
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('progress bar', () => {
  it('appears on a terminal once the run passes a second, with the count and the current test', async () => {
    vi.stubEnv('CI', '');
    const t = fakeStream(true);
    await run(t.stream, 10, 400);
    expect(t.text()).toMatch(/\d+\/10 {2}step \d/);
  });

  it('stays silent for a short run', async () => {
    vi.stubEnv('CI', '');
    const t = fakeStream(true);
    await run(t.stream, 10, 50);
    expect(t.text()).toBe('');
  });

  it('stays silent off a terminal and under CI', async () => {
    vi.stubEnv('CI', '');
    const pipe = fakeStream(false);
    await run(pipe.stream, 10, 400);
    expect(pipe.text()).toBe('');
    vi.stubEnv('CI', 'true');
    const ci = fakeStream(true);
    await run(ci.stream, 10, 400);
    expect(ci.text()).toBe('');
  });
});
