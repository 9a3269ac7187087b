/**
 * What the tests of `ismap-liu check` share: the sample cases, fixtures built from them, and
 * runs of `check` through `run()` with a fake or a real file system.
 */
import { readFileSync } from 'node:fs';
import { readCaseFile } from '../../src/cli/files.js';
import type { CommandResult, Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { FAKE_NOW, fakeIo } from './fakeIo.js';

/** The text of `examples/<name>`. */
export const example = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

/** The four sample cases, by the name the fake file system knows them under. */
export const CASES = {
  'registration.json': example('kintai-cloud-registration.json'),
  'incident.json': example('tsuuchi-mail-incident-suspension.json'),
  'rejected.json': example('hyoka-forms-suspended-registration-rejected.json'),
  'renewal.json': example('kintai-cloud-renewal.json'),
} as const;

/** A fixture of the registration sample as of 2025-03-01 with `expect`. */
export function fixture(expect: Record<string, unknown>, rest: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'sample', case: 'registration.json', asOf: '2025-03-01', expect, ...rest };
}

/** `check` with the sample cases and `files` (name → JSON value, or text as it is) in a fake file system. */
export function checkWith(files: Readonly<Record<string, unknown>>, ...args: string[]): CommandResult {
  const texts = Object.fromEntries(Object.entries(files).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  return run(['check', ...Object.keys(files).filter((f) => f.endsWith('.fixture.json')), ...args], fakeIo({ ...CASES, ...texts }));
}

/** An `Io` on the real file system, as the command has it. */
export const realIo: Io = { version: 'x', readFile: readCaseFile, now: () => new Date(FAKE_NOW) };

/** `check` on the real file system. */
export const checkReal = (...args: string[]): CommandResult => run(['check', ...args], realIo);
