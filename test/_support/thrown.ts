/**
 * What a call throws, for assertions on the error itself; the test fails when it returns.
 */
import { expect } from 'vitest';

/** The value `call` throws; fails the test when it returns instead. */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return expect.fail('expected the call to throw');
}
