/**
 * Compile-time rejection: every line after a `@ts-expect-error` must be a
 * type error. If the published types were too loose (e.g. `any`), tsc would
 * report the directive as unused (TS2578) and the consumer test would fail.
 * The code after each directive is the error expected there: the test also
 * compiles a copy without the directives and checks each line fails with it.
 * This module is compiled, never run.
 */
import { national, regions, type RegionName } from '@policyc/evaluators';
import type { PolicyErrorKind } from '@policyc/runtime';

const ok: national.Input = { status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 };

// @ts-expect-error TS2322 -- 'student' is not a member of Status
national.evaluate({ status: 'student', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 });

// @ts-expect-error TS2345 -- `month` is required
national.evaluate({ status: 'employed', age: 40, base: 500000, pension: 0, average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 });

// @ts-expect-error TS2322 -- money is a number of fen, not a string
national.evaluate({ status: 'employed', age: 40, base: '5000.00', pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 });

// @ts-expect-error TS2353 -- unknown input fields are rejected
national.evaluate({ status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000, bonus: 1 });

// @ts-expect-error TS2353 -- evaluateMonths takes the person without `month`
national.evaluateMonths({ status: 'employed', age: 40, base: 500000, pension: 0, month: '2023-06', average_wage: 800000, flexible_rate: { num: 10, den: 100 }, average_pension: 350000 }, '2023-01', '2023-06');

// @ts-expect-error TS2322 -- a rate input is an exact { num, den }, never a float
national.evaluate({ ...ok, flexible_rate: 0.1 });

const out = national.evaluate(ok);
// @ts-expect-error TS2551 -- misspelt output field
export const typo: number = out.credits;

// @ts-expect-error TS2540 -- outputs are readonly
out.credit = 0;

// @ts-expect-error TS2339 -- without `{ trace: true }` the result is a plain Output
export const noSteps = national.evaluate(ok).steps;

// @ts-expect-error TS2339 -- with `{ trace: true }` the output is under `.value`
export const tracedCredit: number = national.evaluate(ok, { trace: true }).credit;

// @ts-expect-error TS2339 -- no such region
export const atlantis = regions.atlantis;

// @ts-expect-error TS2322 -- not a region name
export const badName: RegionName = 'atlantis';

// @ts-expect-error TS2322 -- not a PolicyError kind
export const badKind: PolicyErrorKind = 'oops';
