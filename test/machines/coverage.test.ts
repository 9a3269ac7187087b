/**
 * The clause coverage report: which clauses of the catalogue the machines implement. Every
 * clause of the procedures of Chapters 3–19 (docs/reference/lifecycle.md) must be among them.
 */
import { describe, expect, it } from 'vitest';
import { getClause } from '../../src/rules/catalogue/index.js';
import { machineClauseCoverage } from '../../src/machines/coverage.js';

const items = (parent: string, n: number) => Array.from({ length: n }, (_, i) => `${parent}(${i + 1})`);

/** The procedures of the rules (Chapters 3–19), clause by clause. */
const SECTION_3 = [
  // Prior Application (Ch. 3–6)
  '3.1', '3.3', '3.4', '4.1', '7.10', '4.4', '4.5', '4.5(1)', '4.5(2)', ...items('5.1', 4), '5.2', '5.3', '5.4', '5.5', '6.1', '6.2', '12.2',
  // Requirements (Ch. 7)
  '7.1', '7.2', '7.3', '7.4', ...items('7.5', 4), ...items('7.6', 7), '7.14',
  // Application (Ch. 8–9)
  ...items('8.1', 9), '8.2', ...items('9.1', 5), '9.4', '9.5', '9.6(1)',
  // Review (Ch. 10)
  ...items('10.1', 8), '10.2', '10.3', '10.4', '10.5', '10.6', '10.8', '10.8(1)', '10.8(2)', '10.8(3)', '10.8(4)', '10.9', '10.11',
  // Registration (Ch. 11)
  '11.1', '11.2', '11.4', ...items('11.5', 13),
  // Renewal (Ch. 12)
  '12.1', 'BR3.5',
  // Incidents (Ch. 13)
  '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8', '13.9', '13.10', '13.11', '13.12', '13.13',
  // Changes (Ch. 14)
  '14.1', '14.2', '14.3', '14.4', '14.5', '14.6',
  // Monitoring (Ch. 15)
  ...items('15.1', 3), ...items('15.2', 5), '15.2(5)(a)', '15.2(5)(b)',
  // Re-auditing (Ch. 16)
  '16.1', '16.2', '16.3', '16.4', '16.5', '16.6', '16.7', '16.8',
  // Re-application, deletion, appeals (Ch. 17–19)
  '17.1', '18.1', ...items('18.2', 7), '18.3', '19.1', '19.2',
];

describe('clause coverage', () => {
  const coverage = machineClauseCoverage();

  it('cites no clause outside the catalogue', () => {
    expect(coverage.unknown).toEqual([]);
  });

  it('covers every procedural clause of the rules', () => {
    const implemented = new Set(coverage.implemented.map((u) => u.id));
    expect(SECTION_3.filter((id) => !implemented.has(id))).toEqual([]);
  });

  it('reports what it implements', () => {
    const lines = coverage.implemented.map((u) => `${u.id.padEnd(12)} ${getClause(u.id).title.slice(0, 48).padEnd(48)} ${u.where.length} use(s), e.g. ${u.where[0] ?? ''}`);
    console.info(`Clause coverage: ${coverage.implemented.length} clauses implemented; not implemented: ${coverage.notImplemented.join(', ')}\n${lines.join('\n')}`);
    expect(coverage.implemented.length).toBeGreaterThanOrEqual(SECTION_3.length);
  });
});

describe('acts owed without a fixed period', () => {
  it('every act the rules require without a number of days is owed by an obligation of some state', () => {
    const acts = machineClauseCoverage().openEndedActs;
    expect(acts).toHaveLength(15);
    expect(acts.filter((a) => a.owedIn.length === 0).map((a) => a.clause)).toEqual([]);
    expect(acts.find((a) => a.clause === '7.6(3)')?.owedIn).toEqual(['change.occurred']);
    expect(acts.find((a) => a.clause === '9.5')?.owedIn).toEqual(['procedure.application.inquiry']);
  });
});
