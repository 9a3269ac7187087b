/**
 * deadlineTimeline / deadlineTimelineSvg on the sample incident case, checked by hand: the 13.2
 * Urgent Report of an incident recognized on 2024-12-27 15:00 JST is due on 2025-01-08, and
 * 2024-12-28 … 2025-01-05 (a weekend, 29 Dec – 3 Jan, a weekend) are shaded.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { deadlineTimeline, deadlineTimelineSvg, evaluateCase } from '../../src/machines/index.js';
import { isWellFormedXml } from './_support/xml.js';

const file = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/tsuuchi-mail-incident-suspension.json', import.meta.url)), 'utf8')) as unknown;
const evaluation = evaluateCase(file, { asOf: '2025-01-05' });
const window = { processes: ['incident'], from: '2024-12-23', to: '2025-01-31' } as const;

describe('deadlineTimeline (Mermaid gantt)', () => {
  it('gives the incident section, hand-checked', () => {
    expect(deadlineTimeline(evaluation, { processes: ['incident'] })).toBe(
      [
        'gantt',
        '  title Tsuuchi Mail: deadlines as of 2025-01-05',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %m-%d',
        '  inclusiveEndDates',
        '  todayMarker off',
        '  excludes weekends, 2024-12-30, 2024-12-31, 2025-01-01, 2025-01-02, 2025-01-03, 2025-01-13',
        '  as of 2025-01-05 :vert, asOf, 2025-01-05, 0d',
        '  section incident INC-2024-01',
        '  13.2 Make the Urgent Report to OSO (Appendix 3) :o1, 2024-12-27, 2025-01-08',
        '  13.3 [Form 2-8] Make the Confirmed Report on Form 2-8 to the Steering Committee through OSO :o2, 2024-12-27, 2025-01-26',
        '  13.3 if extended (I2) :milestone, o2x, 2025-01-27, 0d',
        '',
      ].join('\n'),
    );
  });

  it('marks overdue obligations crit and lists undated ones as comments', () => {
    const late = evaluateCase({ ...(file as object), events: (file as { events: unknown[] }).events.slice(0, 13) }, { asOf: '2025-01-09' });
    const text = deadlineTimeline(late, { processes: ['incident'] });
    expect(text).toContain('13.2 Make the Urgent Report to OSO (Appendix 3) :crit, o1, 2024-12-27, 2025-01-08');
    const suspended = deadlineTimeline(evaluateCase(file, { asOf: '2025-02-01' }));
    expect(suspended).toContain('  %% undated: 13.9 [Form 2-9] Satisfy the Suspension Lifting Conditions and apply for reinstatement (promptly) (incident INC-2024-01)');
    expect(suspended).toContain('axisFormat %Y-%m');
  });

  it('refuses a malformed window', () => {
    expect(() => deadlineTimeline(evaluation, { from: '2025-02-30' })).toThrow(/from/);
    expect(() => deadlineTimeline(evaluation, { from: '2025-02-01', to: '2025-01-01' })).toThrow(/on or after/);
  });
});

describe('deadlineTimelineSvg', () => {
  const svg = deadlineTimelineSvg(evaluation, window);

  it('is well-formed, self-contained SVG', () => {
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });

  it('shades 2024-12-28 … 2025-01-05 as one run, 24 px per day from 2024-12-23', () => {
    expect(svg).toContain('<rect class="holiday" x="450" y="34" width="216" height="110"><title>2024-12-28 … 2025-01-05: government holidays');
    expect(svg).toContain('2025-01-01 元日 (national, year-end)');
    expect(svg).toContain('<rect class="holiday" x="786" y="34" width="72" height="110"><title>2025-01-11 … 2025-01-13');
  });

  it('draws the 13.2 bar from 2024-12-27 to 2025-01-08 inclusive, and 13.3 with its extension', () => {
    expect(svg).toContain('<rect class="bar" x="426" y="80" width="312" height="16" rx="2"/>');
    expect(svg).toContain('<text class="due" x="742" y="92">2025-01-08</text>');
    expect(svg).toContain('<tspan class="clause">13.3 Form 2-8</tspan> · incident INC-2024-01');
    expect(svg).toContain('<rect class="extension" x="1170" y="116" width="24" height="16" rx="2"/>');
    expect(svg).toContain('2025-01-26 (extended: 2025-01-27)');
  });

  it('escapes text and shades a custom calendar', () => {
    const custom = deadlineTimelineSvg(evaluation, { ...window, title: 'A & <B>', calendar: createCalendar({ addHolidays: ['2025-01-07'] }) });
    expect(custom).toContain('A &amp; &lt;B&gt;');
    expect(custom).toContain('<title>2025-01-07 … 2025-01-07');
    expect(isWellFormedXml(custom)).toBe(true);
  });

  it('refuses a bad dayWidth', () => {
    expect(() => deadlineTimelineSvg(evaluation, { dayWidth: 0 })).toThrow(/dayWidth/);
  });
});
