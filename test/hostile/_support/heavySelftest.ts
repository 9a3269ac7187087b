/**
 * Cases for the self-test of the heavy runner (`harness.test.ts`): one that answers, one that
 * kills its process, one that never returns, one that answers after them.
 */

/** The cases' ids, in order. */
export const SELFTEST_IDS = ['answers', 'exits', 'hangs', 'answers again'] as const;

/** The cases of the self-test (the `suite` argument is ignored). */
export function heavyCases(_suite: string): { id: string; run: () => unknown[] }[] {
  return [
    { id: 'answers', run: () => [] },
    { id: 'exits', run: () => process.exit(7) },
    {
      id: 'hangs',
      run: () => {
        for (;;) {
          // never returns
        }
      },
    },
    { id: 'answers again', run: () => [{ door: 'selftest', name: 'answers again', position: '-', value: '-', problem: 'reported' }] },
  ];
}
