/**
 * Issue 11's traceability test: `policyc facts --strict` over policies/ passes only when every FACTS
 * rule (F) is computed or declared out of scope, every worked test (T) is an example test and every
 * invariant (I) is checked by an `invariant` or guaranteed by the compiler. On failure it names them.
 */
import { describe, expect, it } from 'vitest';
import { policyc } from './run-cli.js';

describe('policyc facts --strict on policies/', () => {
  it('leaves no rule, worked test or invariant untraced', async () => {
    const r = await policyc(['facts', '--strict', 'policies']);
    const listed = /not traced: (.*)$/m.exec(r.stderr)?.[1]?.split(', ') ?? [];
    expect(listed, 'ids neither computed, out of scope, tested, checked nor guaranteed').toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
