/**
 * `ismap-liu clauses [id] [--json]`: the catalogue, or one clause.
 */
import { describe, expect, test } from 'vitest';
import { getClause, listClauses } from '../../src/rules/catalogue/index.js';
import { cli, expectSuccess, expectUsageError } from './fakeIo.js';

describe('clauses', () => {
  test('lists the whole catalogue, one clause a line, with a count', () => {
    const stdout = expectSuccess(cli('clauses'));
    const all = listClauses();
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(all.length + 1);
    for (const [i, clause] of all.entries()) expect(lines[i]?.startsWith(clause.id)).toBe(true);
    expect(lines.at(-1)).toContain(String(all.length));
    for (const id of ['13.2', '10.8(1)(a)', 'BR3.5', '5.3']) expect(stdout).toContain(id);
  });

  test('--json prints the catalogue as JSON', () => {
    expect(JSON.parse(expectSuccess(cli('clauses', '--json')))).toEqual(JSON.parse(JSON.stringify(listClauses())));
  });

  test.each(['13.2', '10.8(1)(a)', 'BR3.5', '4.5(1)'])('clauses %s prints that clause', (id) => {
    const stdout = expectSuccess(cli('clauses', id));
    const clause = getClause(id);
    expect(stdout.split('\n')[0]).toContain(id);
    expect(stdout).toContain(clause.title);
    expect(stdout).toContain(clause.summary);
  });

  test('clauses 13.2 --json prints the clause as JSON', () => {
    expect(JSON.parse(expectSuccess(cli('clauses', '13.2', '--json')))).toEqual(JSON.parse(JSON.stringify(getClause('13.2'))));
  });

  test.each(['99.9', '13.2 ', '__proto__', 'constructor', 'toString', ''])('unknown id %j → exit 2, one line', (id) => {
    expectUsageError(cli('clauses', id), JSON.stringify(id));
  });

  test('two ids → exit 2, one line', () => {
    expectUsageError(cli('clauses', '13.2', '13.3'), '13.3', /expected/);
  });

  test('an unknown option → exit 2, one line', () => {
    expectUsageError(cli('clauses', '--bogus'), '--bogus');
  });
});
