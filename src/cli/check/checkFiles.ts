/**
 * Running the fixtures of a list of files: each file read and validated, each case read (once
 * per file) and evaluated, each expectation compared. A file that cannot be used does not stop
 * the others: its problems are collected, so that one run names every broken file.
 *
 * @module
 */
import { dirname, isAbsolute, join } from 'node:path';
import { evaluateCase, type Evaluation } from '../../machines/index.js';
import { isValidationError, safeParseInput, type InputIssue } from '../../rules/index.js';
import { isIsmapLiuError } from '../../errors.js';
import { problemLines } from '../commands/evaluate.js';
import { UsageError, type Io } from '../io.js';
import { errorLine } from '../output.js';
import { readJson } from './readJson.js';
import type { FixtureResult } from './result.js';
import { checkExpectations } from './runFixture.js';
import { FixtureSchema, FixturesSchema, type Fixture } from './schema.js';

/** What running the files gave: the results of the fixtures that ran, and the problems (lines for stderr). */
export interface CheckRun {
  readonly results: readonly FixtureResult[];
  /** One text per file or case that could not be used, each one or more lines ending with a newline. */
  readonly problems: readonly string[];
}

const FIXTURE_FILE = 'a fixture file: one fixture { "name", "case" | "caseFile", "asOf", "expect" } or an array of them (see docs/guides/conformance.md)';
const CASE_FILE = 'a case file { "service": …, "events": […] } (see docs/case-file.md)';

/** A case as read for a fixture file: its parsed JSON, or the problem text already reported. */
type CaseRead = { readonly ok: true; readonly data: unknown } | { readonly ok: false };

/** `issues` of a case given inline, with paths from the fixture file's root. */
function inlineIssues(issues: readonly InputIssue[], at: string): InputIssue[] {
  return issues.map((issue) => ({ ...issue, pathText: issue.code === 'too_many_issues' ? issue.pathText : `${at}.caseFile${issue.pathText.slice(1)}` }));
}

/**
 * Runs every fixture of `files` (see the module comment).
 *
 * @param files - the fixture files, in the order to report them
 * @param io - the CLI's access to files
 * @param limit - the most bytes read of any one file
 * @returns the results and the problems
 */
export function checkFiles(files: readonly string[], io: Io, limit: number): CheckRun {
  const results: FixtureResult[] = [];
  const problems: string[] = [];
  /** Case files whose problems were listed already (several fixtures may name one). */
  const reported = new Set<string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = readJson(io, file, limit, FIXTURE_FILE);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(errorLine(error.message));
      continue;
    }
    const parsed = Array.isArray(data) ? safeParseInput(FixturesSchema, data) : safeParseInput(FixtureSchema, data);
    if (!parsed.ok) {
      problems.push(problemLines(file, parsed.issues));
      continue;
    }
    const raw: readonly unknown[] = Array.isArray(data) ? data : [data];
    const fixtures: readonly Fixture[] = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    const cases = new Map<string, CaseRead>();
    fixtures.forEach((fixture, i) => {
      const at = Array.isArray(data) ? `$[${i}]` : '$';
      const inline = (raw[i] as { caseFile?: unknown }).caseFile;
      const casePath = fixture.case === undefined ? null : isAbsolute(fixture.case) ? fixture.case : join(dirname(file), fixture.case);
      let caseData: unknown = inline;
      if (casePath !== null) {
        const read = cases.get(casePath) ?? readCase(io, casePath, limit, problems);
        cases.set(casePath, read);
        if (!read.ok) return;
        caseData = read.data;
      }
      let evaluation: Evaluation;
      try {
        evaluation = evaluateCase(caseData, { asOf: fixture.asOf });
      } catch (error) {
        if (isValidationError(error)) {
          if (casePath === null) problems.push(problemLines(file, inlineIssues(error.issues, at)));
          else if (!reported.has(casePath)) problems.push(problemLines(casePath, error.issues));
          if (casePath !== null) reported.add(casePath);
        } else if (isIsmapLiuError(error)) problems.push(errorLine(`${file}: ${at}: ${error.message}`));
        else throw error;
        return;
      }
      results.push({ file, at, name: fixture.name, asOf: fixture.asOf, expectations: checkExpectations(fixture.expect, evaluation, at) });
    });
  }
  return { results, problems };
}

/** Reads a case file named by a fixture; a problem is reported once, here. */
function readCase(io: Io, path: string, limit: number, problems: string[]): CaseRead {
  try {
    return { ok: true, data: readJson(io, path, limit, CASE_FILE) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(errorLine(error.message));
    return { ok: false };
  }
}
