/**
 * The public surface is pinned: the export names of every door must be exactly those of
 * test/runtimes/exports.json, which test/runtimes/smoke.mjs also checks in every runtime against
 * the built package. Here the same list is checked against the sources, so a changed export fails
 * in the unit tests too, even on a machine that skips the runtime stage. To change the API on
 * purpose: `npm run build && node test/runtimes/pin-exports.mjs`, and commit the new list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as rules from '../../src/rules/index.js';
import * as machines from '../../src/machines/index.js';

const pinned = JSON.parse(readFileSync(new URL('./exports.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const doors: [string, object][] = [
  ['ismap-liu', root],
  ['ismap-liu/calendar', calendar],
  ['ismap-liu/rules', rules],
  ['ismap-liu/machines', machines],
];

describe('the pinned export names (test/runtimes/exports.json)', () => {
  it('pins exactly the four doors, each a sorted list without duplicates', () => {
    expect(Object.keys(pinned).filter((k) => k !== '//')).toEqual(doors.map(([door]) => door));
    for (const [door] of doors) {
      const names = pinned[door] as string[];
      expect(names.length).toBeGreaterThan(0);
      expect([...new Set(names)].sort()).toEqual(names);
    }
  });

  it.each(doors)('%s exports exactly the pinned names', (door, module) => {
    expect(Object.keys(module).sort()).toEqual(pinned[door]);
  });

  it('the root door is the union of the three others', () => {
    const union = [...new Set(doors.slice(1).flatMap(([door]) => pinned[door] as string[]))].sort();
    expect(pinned['ismap-liu']).toEqual(union);
  });
});
