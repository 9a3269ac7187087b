/**
 * Every ```ts block of a JSDoc `@example` in src/** runs, with the exports of its door in scope,
 * and every `//=>` and `// throws` in it holds (the conventions are in ./_support/examples.ts).
 * Each test is named after the block's file and line.
 */
import { describe, expect, it } from 'vitest';
import { compileSample, DOORS, jsDocExamples, loadSource, runSample } from './_support/examples.js';

const { examples, problems } = jsDocExamples();

describe('the JSDoc examples of src', () => {
  it('are all ```ts blocks, and none has gone missing', () => {
    expect(problems).toEqual([]);
    const checks = examples.map((e) => compileSample(e.code).checks.length);
    // Floors, so that the examples cannot shrink (or stop being found) silently.
    expect(examples.length).toBeGreaterThanOrEqual(140);
    expect(checks.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(230);
    // An example without a result shown runs, but says little: keep them few.
    expect(checks.filter((n) => n === 0).length).toBeLessThanOrEqual(5);
  }, 30_000);

  it('cover every door', () => {
    expect(new Set(examples.map((e) => e.door))).toEqual(new Set(Object.keys(DOORS)));
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.name}`, e] as const))('%s', async (_name, e) => {
    const scope = { ...(await loadSource(DOORS[e.door])), ...(e.internal ? await loadSource(e.file) : {}) };
    const made = await runSample(e.code, scope, e);
    expect(made).toBe(compileSample(e.code).checks.length);
  });
});

describe('the sample runner', () => {
  const origin = { file: 'sample.ts', line: 1 };
  const run = (code: string, scope: Record<string, unknown> = {}) => runSample(code, scope, origin);

  it('asserts //=> on the same line, on the next line, and over continued lines', async () => {
    expect(await run('1 + 1; //=> 2\n[1, 2].map((n) => n * 2);\n//=> [2,\n//    4]\nconst x = { a: 1 }; //=> { a: 1 }')).toBe(3);
    await expect(run('1 + 1; //=> 3')).rejects.toThrow('sample.ts:1: 1 + 1;');
    await expect(run("'a';\n\n//=> 'b'")).rejects.toThrow('follows no expression statement');
  });

  it('takes a parenthesised note after the value as a note, and a call as a value', async () => {
    expect(await run("'x'; //=> 'x' (a note (with parentheses))")).toBe(1);
    await expect(run("'x'; //=> 'y' (a note)")).rejects.toThrow();
    await expect(run('1; //=> not a value at all')).rejects.toThrow('is not a JavaScript expression');
  });

  it('reads … as an elision in arrays, objects and strings, and nowhere else', async () => {
    expect(await run("[1, 2, 3, 4]; //=> [1, …, 4]\n({ a: 1, b: [2] }); //=> { a: 1, … }\n'Invalid date: x'; //=> 'Invalid …'")).toBe(3);
    await expect(run('[1, 2, 3, 4]; //=> [2, …, 4]')).rejects.toThrow();
    await expect(run('[1, 2]; //=> [1, …, 2, 2]')).rejects.toThrow();
    await expect(run('({ a: 1, b: 2 }); //=> { a: 1 }')).rejects.toThrow();
    await expect(run("({ a: 1 }); //=> { b: 1, … }")).rejects.toThrow();
    await expect(run("'Invalid date'; //=> 'Valid …'")).rejects.toThrow();
  });

  it('asserts // throws by the name of the error or its export', async () => {
    class CustomError extends Error {}
    expect(await run("JSON.parse('{'); // throws SyntaxError (a note)\nfail(); // throws CustomError", { fail: () => { throw new CustomError('x'); }, CustomError })).toBe(2);
    await expect(run('1; // throws Error')).rejects.toThrow('should throw Error');
    await expect(run("JSON.parse('{'); // throws RangeError")).rejects.toThrow('not a RangeError');
  });

  it('checks inside blocks, and counts the checks it ran', async () => {
    const code = 'try {\n  JSON.parse("{");\n} catch (e) {\n  if (e instanceof SyntaxError) e.name; //=> \'SyntaxError\'\n}';
    expect(compileSample(code).checks.length).toBe(1);
    expect(await run(code)).toBe(1);
    expect(await run(code.replace('"{"', '"{}"'))).toBe(0);
  });

  it('resolves the imports of the doors from the sources, and refuses a name a door lacks', async () => {
    expect(await run("import { addGovernmentBusinessDays as add } from 'ismap-liu/calendar';\nadd('2024-12-27', 1); //=> '2025-01-06'")).toBe(1);
    await expect(run("import { evaluateCase } from 'ismap-liu/calendar';")).rejects.toThrow('ismap-liu/calendar has no export evaluateCase');
    await expect(run('isGovernmentBusinessDay("2025-01-06");')).rejects.toThrow('isGovernmentBusinessDay is not defined');
  });
});
