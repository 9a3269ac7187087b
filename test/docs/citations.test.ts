/**
 * No file of the repository cites a file the repository does not contain: every relative
 * Markdown link and every path such as `docs/…` or `examples/…` resolves, and nothing names the
 * internal documents the project was specified from. Comments and messages cite a clause of the
 * rules, an article of a statute or a page of docs/reference/ instead.
 *
 * The files are those git tracks or would track (`git ls-files --cached --others
 * --exclude-standard`), except the lockfile and the golden evaluations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './_support/scripts.js';

/** One finding: where, and what is wrong. */
interface Problem {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** What a scan needs to know about the repository. */
interface Repository {
  /** Whether a repository-relative path (a file or a folder, no trailing slash) exists. */
  readonly exists: (rel: string) => boolean;
  /** Whether a file exists whose name is the path plus an extension (a module named without its extension). */
  readonly hasStem: (rel: string) => boolean;
  /** Folders that are build output (in .gitignore): paths under them are not checked. */
  readonly outputs: readonly string[];
}

/** Documents the project was specified from; the repository has none of them unless a path ending in one resolves. */
const DOCUMENTS = ['calendar', 'clauses', 'lifecycle', 'interpretations'];
const DOCUMENT_NAMES = new RegExp(String.raw`(?<![\w./-])(?:[\w.-]+\/)*(?:${DOCUMENTS.join('|')})\.md\b`, 'g');
/**
 * Phrases that name something outside the repository wherever they appear: the folder of those
 * documents, the folder beside the repository, and the machine the project was developed on.
 * (Written in parts, so that this file does not cite them.)
 */
const OUTSIDE: readonly string[] = [['shared', 'spec'].join('/'), ['..', 'shared'].join('/'), ['2-core', 'machine'].join(' ')];
/** The target of a Markdown link or image (the part in parentheses after the closing bracket). */
const MD_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
/** A repository path in prose or code, e.g. `docs/…` or `examples/…`: one of the top-level folders, then a path. */
const PATH = /(?<=^|[\s`'"([{,=:])((?:\.\.?\/)*(?:docs|examples|src|test|scripts|bench)\/[\w./-]*)/g;
/** A comment line of code (JSDoc and `//`), where TypeDoc and readers follow Markdown links. */
const COMMENT = /^\s*(?:\*|\/\/|\/\*)/;
/** Characters after a path that make it a pattern or a placeholder rather than a path. */
const PATTERN_AFTER = /^[*<{$…[]/;

/** Whether `target` (as written in `file`) resolves: relative to the file's folder, or to the root. */
function resolves(repo: Repository, file: string, target: string): boolean {
  const clean = target.replace(/[#?].*$/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return true;
  const candidates = clean.startsWith('./') || clean.startsWith('../') ? [posix.join(posix.dirname(file), clean)] : [posix.join(posix.dirname(file), clean), posix.normalize(clean)];
  // A TypeScript import names the emitted `.js`: the source is the `.ts` beside it.
  const withSources = candidates.flatMap((rel) => (rel.endsWith('.js') ? [rel, rel.replace(/\.js$/, '.ts')] : [rel]));
  return withSources.some((rel) => !rel.startsWith('../') && (repo.outputs.some((o) => rel === o || rel.startsWith(`${o}/`)) || repo.exists(rel) || repo.hasStem(rel)));
}

const external = (target: string): boolean => /^(?:[a-z][\w+.-]*:|\/\/|#|\/)/i.test(target);

/**
 * Every citation in `text` (the content of repository-relative `file`) of a file the repository
 * does not contain.
 */
export function findProblems(repo: Repository, file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const report = (what: string): void => {
      problems.push({ file, line: i + 1, text: what });
    };
    for (const phrase of OUTSIDE) if (line.includes(phrase)) report(`names something outside the repository ("${phrase}"): ${line.trim().slice(0, 160)}`);
    const paths = [...line.matchAll(PATH)].map((m) => m[1] as string);
    for (const m of line.matchAll(DOCUMENT_NAMES)) if (!paths.some((p) => p.startsWith(m[0])) && !resolves(repo, file, m[0])) report(`cites ${m[0]}, which the repository does not contain`);
    if (/\.(md|ipynb)$/.test(file) || COMMENT.test(line)) {
      for (const m of line.matchAll(MD_LINK)) {
        const target = m[1] as string;
        if (!external(target) && !target.includes('${') && !resolves(repo, file, target)) report(`links to ${target}, which does not exist`);
      }
    }
    for (const m of line.matchAll(PATH)) {
      const path = (m[1] as string).replace(/[.,:;]+$/, '');
      const after = line.slice((m.index ?? 0) + (m[1] as string).length);
      if (PATTERN_AFTER.test(after)) continue;
      if (!resolves(repo, file, path)) report(`names the path ${path}, which does not exist`);
    }
  }
  return problems;
}

/** The files git tracks or would track. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(out.split('\0').filter((f) => f !== ''))].filter((f) => existsSync(`${ROOT}${f}`)).sort();
}

/** The build-output folders of .gitignore (`dist/`, `docs/api/` …). */
function outputFolders(): string[] {
  return readFileSync(`${ROOT}.gitignore`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[\w./-]+\/$/.test(l))
    .map((l) => l.replace(/\/$/, ''));
}

const SCANNED = (f: string): boolean =>
  f !== 'package-lock.json' && !f.startsWith('test/machines/golden/') && /\.(md|ts|mts|cts|mjs|cjs|js|json|ipynb|sh|mmd|svg|yml|yaml|txt)$|(^|\/)(\.gitignore|run|LICENSE)$/.test(f);

describe('citations', () => {
  const files = repositoryFiles();
  const folders = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const repo: Repository = {
    exists: (rel) => folders.has(rel) || files.includes(rel),
    hasStem: (rel) => !/\.\w+$/.test(rel) && files.some((f) => f.startsWith(`${rel}.`) && !f.slice(rel.length + 1).includes('/')),
    outputs: outputFolders(),
  };

  it('scans the repository (sources, tests, docs, examples, README)', () => {
    const scanned = files.filter(SCANNED);
    expect(scanned).toEqual(expect.arrayContaining(['README.md', 'src/index.ts', 'docs/case-file.md', 'examples/README.md', 'docs/reference/calendar.md']));
    expect(scanned.length).toBeGreaterThan(300);
  });

  it('no file cites a file the repository does not contain', () => {
    const problems = files.filter(SCANNED).flatMap((f) => findProblems(repo, f, readFileSync(`${ROOT}${f}`, 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.text}`)).toEqual([]);
  });

  it('catches what it looks for (self-check)', () => {
    // A repository of a few files; the names are built so that this file itself cites nothing.
    const [docs, examples] = ['docs', 'examples'];
    const [calendar, clauses] = DOCUMENTS.map((d) => `${d}.md`);
    const present = [docs, `${docs}/reference`, `${docs}/reference/${calendar}`, `${docs}/guide.md`, examples, `${examples}/a.json`];
    const fake: Repository = { exists: (rel) => present.includes(rel), hasStem: (rel) => rel === `${examples}/a`, outputs: [`${docs}/api`] };
    const [spec, beside, machine] = OUTSIDE;
    const text = [
      `See [the guide](guide.md), [the calendar](reference/${calendar}) and [the API](api/index.html).`, // fine
      'As [missing](missing.md#x) says.', // 2: a broken link
      ` * Worked examples (${calendar} §4).`, // 3: a document the repository does not contain
      `Read ${docs}/reference/${calendar}, \`${examples}/a.json\` (\`${examples}/a\`), \`${examples}/<file>\` and ${docs}/**.`, // fine
      `  const f = '${examples}/b.json';`, // 5: no such file
      `Copied from ${beside}/${spec?.split('/')[1]}/${clauses}.`, // 6: outside, and a document
      `Copied from the ${spec} folder.`, // 7: outside
      `Measured on the ${machine}.`, // 8: outside
      `Measured on a 2-core Linux machine; [web](https://example.org/${calendar}); see ${docs}/api/index.html.`, // fine
    ].join('\n');
    const found = findProblems(fake, `${docs}/page.md`, text);
    expect(found.map((p) => p.line)).toEqual([2, 3, 5, 6, 6, 6, 7, 8]);
    expect(found.map((p) => p.text).join('\n')).toMatch(/missing\.md#x[\s\S]*calendar\.md[\s\S]*examples\/b\.json[\s\S]*shared[\s\S]*clauses\.md[\s\S]*spec[\s\S]*machine/);
    // In code, links are read in comments only: a bracket then a parenthesis in a regular expression is no link.
    const code = ['src', 'x.ts'].join('/');
    expect(findProblems(fake, code, 'const re = /[a](b|c)/;')).toEqual([]);
    expect(findProblems(fake, code, ' * See [the page](nowhere.md).').map((p) => p.text)).toEqual(['links to nowhere.md, which does not exist']);
  });
});
