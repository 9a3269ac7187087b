/**
 * Runs documentation code as tests: the ```ts blocks of the JSDoc `@example` tags in src/** and
 * of the README.
 *
 * Conventions of a sample (the JSDoc examples and the README share them):
 *
 * * `expression; //=> value` asserts `expect(expression).toEqual(value)`; the `//=>` may also
 *   open the next line, and the value may go on over further `//` lines. After
 *   `const x = …; //=> value` the value of `x` is asserted.
 * * A note may follow the value in parentheses after a space: `//=> true (国民の休日)`.
 * * `…` elides: an element of an array (`['a', …, 'z']`: that prefix and that suffix), a
 *   property of an object (`{ ok: false, … }`: at least those properties), or the rest of a
 *   string (`'Invalid date …'`: that text, then anything).
 * * `statement; // throws ErrorName (note)` asserts that the statement throws a `ErrorName` (its
 *   `name`, or an instance of the export of that name).
 * * `import … from 'ismap-liu/<door>'` brings in a door's exports; the door of the file the
 *   example documents is in scope without one. Other imports are resolved from `base`.
 *
 * A sample is a function body run by `AsyncFunction` after `ts.transpileModule`, with the names
 * in scope passed as its parameters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { expect } from 'vitest';
import { ROOT } from './scripts.js';

/** A door of the package, and the source module that stands for it. */
export const DOORS = {
  'ismap-liu': 'src/index.ts',
  'ismap-liu/calendar': 'src/calendar/index.ts',
  'ismap-liu/rules': 'src/rules/index.ts',
  'ismap-liu/machines': 'src/machines/index.ts',
} as const;

/** A package door. */
export type Door = keyof typeof DOORS;

/** One ```ts block of a JSDoc `@example`. */
export interface JsDocExample {
  /** Repository-relative path of the source file. */
  readonly file: string;
  /** 1-based line of the block's first line of code. */
  readonly line: number;
  /** The documented declaration (`periodEnd`, `IsmapLiuError.is`, `…` when it has no name). */
  readonly name: string;
  /** The code, without the comment's ` * ` margin. */
  readonly code: string;
  /** The door whose exports are in scope. */
  readonly door: Door;
  /** The declaration is internal (`@internal`, or under a `_lib/` folder): the file's own exports are in scope too. */
  readonly internal: boolean;
}

/** An `@example` that holds no ```ts block, or a fenced block left open. */
export interface ExampleProblem {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly problem: string;
}

/** The door a source file belongs to. */
export function doorOf(file: string): Door {
  const m = /^src\/(calendar|rules|machines)\//.exec(file);
  return m === null ? 'ismap-liu' : (`ismap-liu/${m[1]}` as Door);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...sourceFiles(rel));
    else if (e.name.endsWith('.ts')) out.push(rel);
  }
  return out.sort();
}

function declarationName(node: ts.Node): string {
  const own = (n: ts.Node): string | undefined => {
    if (ts.isVariableStatement(n)) return n.declarationList.declarations.map((d) => d.name.getText()).join(', ');
    if (ts.isConstructorDeclaration(n)) return 'constructor';
    const name = (n as { name?: ts.Node }).name;
    return name === undefined ? undefined : name.getText();
  };
  const parts: string[] = [];
  for (let n: ts.Node | undefined = node; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    const name = own(n);
    if (name !== undefined && (n === node || ts.isClassLike(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n))) parts.unshift(name);
  }
  return parts.length === 0 ? '…' : parts.join('.');
}

/**
 * Every `@example` of `src/**` (except the CLI, which is no door): its ```ts blocks, and the
 * tags that hold none.
 *
 * @param dir - repository-relative folder to scan
 */
export function jsDocExamples(dir = 'src'): { examples: JsDocExample[]; problems: ExampleProblem[] } {
  const examples: JsDocExample[] = [];
  const problems: ExampleProblem[] = [];
  for (const file of sourceFiles(dir).filter((f) => !f.startsWith('src/cli/'))) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!text.includes('@example')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
        const internal = file.includes('/_lib/') || (doc.tags ?? []).some((t) => t.tagName.text === 'internal');
        for (const tag of doc.tags ?? []) {
          if (tag.tagName.text !== 'example') continue;
          const name = declarationName(node);
          const first = sf.getLineAndCharacterOfPosition(tag.tagName.getStart(sf)).line + 1;
          const lines = text
            .slice(tag.tagName.getStart(sf), tag.end)
            .split('\n')
            .map((l, i) => (i === 0 ? '' : l.replace(/^\s*\*( |$)/, '').replace(/\s*\*\/\s*$/, '')));
          let blocks = 0;
          for (let i = 0; i < lines.length; i += 1) {
            const fence = /^\s*```(\w*)\s*$/.exec(lines[i] as string);
            if (fence === null) continue;
            const close = lines.findIndex((l, j) => j > i && /^\s*```\s*$/.test(l));
            if (close < 0) {
              problems.push({ file, line: first + i, name, problem: 'a fenced block is not closed' });
              break;
            }
            if (fence[1] === 'ts' || fence[1] === 'typescript') {
              blocks += 1;
              examples.push({ file, line: first + i + 1, name, code: lines.slice(i + 1, close).join('\n'), door: doorOf(file), internal });
            }
            i = close;
          }
          if (blocks === 0) problems.push({ file, line: first, name, problem: 'the @example holds no ```ts block' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { examples, problems };
}

/** One `//=>` or `// throws` of a sample. */
export interface Check {
  /** 0-based line of the sample where the checked statement ends. */
  readonly line: number;
  /** The statement, as written. */
  readonly source: string;
  /** `equals`: the value; `throws`: the name of the error. */
  readonly kind: 'equals' | 'throws';
  readonly expected: string;
}

/** A name a sample imports. */
export interface SampleImport {
  /** The name in the sample. */
  readonly local: string;
  /** The module: a door (`ismap-liu/rules`), a path relative to the sample, or a package. */
  readonly from: string;
  /** The name there: an export, `default`, or `*` for the namespace. */
  readonly name: string;
  /** 0-based line of the import. */
  readonly line: number;
}

/** A sample turned into a function body. */
export interface CompiledSample {
  /** JavaScript: the sample with its imports taken out and its checks made calls. */
  readonly body: string;
  readonly checks: readonly Check[];
  /** The names the sample imports: local name → door or module and the name there. */
  readonly imports: readonly SampleImport[];
}

/** How a sample is transpiled: types stripped, modern syntax kept. */
const TRANSPILE: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };

/** Whether `value` is a JavaScript expression (compiled, not run). */
function parses(value: string): boolean {
  try {
    new Function(`return (${value}\n);`);
    return true;
  } catch {
    return false;
  }
}

/** `…` outside string literals becomes the identifier `__ELLIPSIS__`. */
function markElisions(value: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i] as string;
    if (quote !== null) {
      if (c === '\\') {
        out += c + (value[i + 1] ?? '');
        i += 1;
        continue;
      }
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else out += c === '…' ? '__ELLIPSIS__' : c;
  }
  return out;
}

/** The value of a `//=>`, without a trailing `(note)`, with its elisions marked; or an error. */
export function parseExpected(text: string): { value: string } | { error: string } {
  const trimmed = text.trim();
  const noted = /^(.*?\S)\s+\((?:[^()]|\([^()]*\))*\)$/.exec(trimmed);
  for (const candidate of noted === null ? [trimmed] : [noted[1] as string, trimmed]) {
    const value = markElisions(candidate);
    if (parses(value)) return { value };
  }
  return { error: `the value after //=> is not a JavaScript expression: ${trimmed}` };
}

/**
 * Turns a sample into a function body: imports removed (and listed), every
 * `statement; //=> value` a call `__check(i, () => (expression), () => (value))`, every
 * `statement; // throws Name` a call `__throws(i, () => { statement })`.
 *
 * @param code - the sample
 */
export function compileSample(code: string): CompiledSample {
  let compiled = compiledSamples.get(code);
  if (compiled === undefined) {
    compiled = compile(code);
    compiledSamples.set(code, compiled);
  }
  return compiled;
}

const compiledSamples = new Map<string, CompiledSample>();

function compile(code: string): CompiledSample {
  const sf = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: SampleImport[] = [];
  const checks: Check[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  for (const stmt of sf.statements) {
    if (!ts.isImportDeclaration(stmt)) continue;
    const from = (stmt.moduleSpecifier as ts.StringLiteral).text;
    const line = lineOf(stmt.getStart(sf));
    const clause = stmt.importClause;
    if (clause !== undefined && !clause.isTypeOnly) {
      if (clause.name !== undefined) imports.push({ local: clause.name.text, from, name: 'default', line });
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) imports.push({ local: bindings.name.text, from, name: '*', line });
      if (bindings !== undefined && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (!el.isTypeOnly) imports.push({ local: el.name.text, from, name: (el.propertyName ?? el.name).text, line });
      }
    }
    edits.push({ start: stmt.getStart(sf), end: stmt.end, text: '' });
  }
  // The lines holding a `//=>` or `// throws` that a check has taken.
  const taken = new Set<number>();
  const visit = (stmt: ts.Node): void => {
    ts.forEachChild(stmt, visit);
    if (!ts.isExpressionStatement(stmt) && !ts.isVariableStatement(stmt)) return;
    const after = code.slice(stmt.end);
    const same = /^[ \t]*\/\/(=>| throws\b)(.*)/.exec(after);
    const next = same === null ? /^[ \t]*\r?\n[ \t]*\/\/(=>)(.*)/.exec(after) : null;
    const m = same ?? next;
    if (m === null) return;
    const start = stmt.getStart(sf);
    const source = code.slice(start, stmt.end);
    const line = lineOf(stmt.end);
    taken.add(lineOf(stmt.end + m[0].length));
    if (m[1] === ' throws') {
      const name = /^\s*([A-Za-z_$][\w$]*)/.exec(m[2] as string)?.[1];
      if (name === undefined) throw new Error(`line ${line + 1}: "// throws" names no error: ${m[0].trim()}`);
      edits.push({ start, end: stmt.end, text: `__throws(${checks.length}, () => { ${source} });` });
      checks.push({ line, source, kind: 'throws', expected: name });
      return;
    }
    // The value, continued over further `//` lines until it parses.
    let valueText = m[2] as string;
    const rest = after.slice(m[0].length).split('\n').slice(1);
    for (const [i, l] of rest.entries()) {
      if ('value' in parseExpected(valueText)) break;
      const more = /^[ \t]*\/\/(?!=>)(.*)$/.exec(l);
      if (more === null) break;
      valueText += `\n${more[1]}`;
      taken.add(lineOf(stmt.end + m[0].length) + i + 1);
    }
    const parsed = parseExpected(valueText);
    if ('error' in parsed) throw new Error(`line ${line + 1}: ${parsed.error}`);
    const declared = ts.isVariableStatement(stmt) ? stmt.declarationList.declarations : undefined;
    let text: string;
    if (ts.isExpressionStatement(stmt)) text = `__check(${checks.length}, () => (${stmt.expression.getText(sf)}), () => (${parsed.value}));`;
    else if (declared?.length === 1 && ts.isIdentifier(declared[0]!.name)) text = `${source}\n__check(${checks.length}, () => (${declared[0]!.name.text}), () => (${parsed.value}));`;
    else throw new Error(`line ${line + 1}: //=> follows a declaration of several names: ${source}`);
    edits.push({ start, end: stmt.end, text });
    checks.push({ line, source, kind: 'equals', expected: parsed.value });
  };
  visit(sf);
  const untaken = code.split('\n').flatMap((l, i) => (/\/\/=>|\/\/ throws\b/.test(l) && !taken.has(i) ? [`line ${i + 1}: ${l.trim()}`] : []));
  if (untaken.length > 0) throw new Error(`a //=> or // throws that follows no expression statement or declaration:\n${untaken.join('\n')}`);
  edits.sort((x, y) => y.start - x.start);
  for (const [i, e] of edits.entries()) {
    if (i > 0 && e.end > (edits[i - 1] as (typeof edits)[number]).start) throw new Error('checks nest (a //=> inside a statement that has one): write them apart');
  }
  let rewritten = code;
  for (const e of edits) rewritten = rewritten.slice(0, e.start) + e.text + rewritten.slice(e.end);
  // Syntax errors of the sample show here too (the rewriting keeps the text it does not touch).
  const out = ts.transpileModule(rewritten, { reportDiagnostics: true, compilerOptions: TRANSPILE });
  const errors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (errors.length > 0) throw new Error(`the sample does not compile: ${errors.join('; ')}\n${rewritten}`);
  return { body: out.outputText.replace(/^export \{\};\s*$/m, ''), checks, imports };
}

/** The elision marker, while a value is built. */
const ELLIPSIS = Symbol('…');

/** An asymmetric matcher: `actual` is an array that starts with `head` and ends with `tail`. */
function elidedArray(head: unknown[], tail: unknown[]) {
  return {
    asymmetricMatch(actual: unknown): boolean {
      if (!Array.isArray(actual) || actual.length < head.length + tail.length) return false;
      try {
        expect(actual.slice(0, head.length)).toEqual(head);
        expect(actual.slice(actual.length - tail.length)).toEqual(tail);
        return true;
      } catch {
        return false;
      }
    },
    toString: () => 'ElidedArray',
    toAsymmetricMatcher: () => `[${[...head.map((v) => JSON.stringify(v)), '…', ...tail.map((v) => JSON.stringify(v))].join(', ')}]`,
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A written value made a matcher: its elisions become asymmetric matchers. */
export function toMatcher(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('…') ? expect.stringMatching(new RegExp(`^${value.split('…').map(escapeRegExp).join('[\\s\\S]*')}$`)) : value;
  if (Array.isArray(value)) {
    const at = value.indexOf(ELLIPSIS);
    if (at < 0) return value.map(toMatcher);
    if (value.lastIndexOf(ELLIPSIS) !== at) throw new Error('an array value may elide (…) at one place only');
    return elidedArray(value.slice(0, at).map(toMatcher), value.slice(at + 1).map(toMatcher));
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).filter(([k]) => k !== '__ELLIPSIS__');
    const mapped = Object.fromEntries(entries.map(([k, v]) => [k, toMatcher(v)]));
    return '__ELLIPSIS__' in value ? expect.objectContaining(mapped) : mapped;
  }
  return value;
}

/** Where a sample's lines are in their file, for messages. */
export interface SampleOrigin {
  /** Repository-relative file. */
  readonly file: string;
  /** 1-based line of the sample's first line. */
  readonly line: number;
}

const doorModules = new Map<string, Promise<Record<string, unknown>>>();

/** The module namespace of a repository-relative source file (cached). */
export function loadSource(rel: string): Promise<Record<string, unknown>> {
  let loaded = doorModules.get(rel);
  if (loaded === undefined) {
    loaded = import(/* @vite-ignore */ pathToFileURL(join(ROOT, rel)).href) as Promise<Record<string, unknown>>;
    doorModules.set(rel, loaded);
  }
  return loaded;
}

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/**
 * Runs a sample: `scope` and its imports in scope, each check asserted with `file:line` in its
 * message. Resolves to the number of assertions made.
 *
 * @param code - the sample
 * @param scope - the names in scope without an import
 * @param origin - where the sample is written
 * @param base - the folder relative imports are resolved from (repository-relative)
 */
export async function runSample(code: string, scope: Record<string, unknown>, origin: SampleOrigin, base = ''): Promise<number> {
  const at = (line: number) => `${origin.file}:${origin.line + line}`;
  const compiled = compileSample(code);
  const names: Record<string, unknown> = { ...scope };
  for (const imp of compiled.imports) {
    let module: Record<string, unknown>;
    if (imp.from in DOORS) module = await loadSource(DOORS[imp.from as Door]);
    else if (imp.from.startsWith('.')) {
      const path = join(ROOT, base, imp.from);
      if (!existsSync(path)) throw new Error(`${at(imp.line)}: the sample imports ${imp.from}, which is not there`);
      module = (await import(/* @vite-ignore */ pathToFileURL(path).href, path.endsWith('.json') ? { with: { type: 'json' } } : undefined)) as Record<string, unknown>;
    } else module = (await import(/* @vite-ignore */ imp.from)) as Record<string, unknown>;
    if (imp.name !== '*' && !(imp.name in module)) throw new Error(`${at(imp.line)}: ${imp.from} has no export ${imp.name}`);
    names[imp.local] = imp.name === '*' ? module : module[imp.name];
  }
  let made = 0;
  const check = (i: number, actual: () => unknown, written: () => unknown) => {
    const c = compiled.checks[i] as Check;
    let expected: unknown;
    try {
      expected = written();
    } catch (e) {
      throw new Error(`${at(c.line)}: the value after //=> cannot be evaluated: ${String(e)}`, { cause: e });
    }
    expect(actual(), `${at(c.line)}: ${c.source}`).toEqual(toMatcher(expected));
    made += 1;
  };
  const throws = (i: number, run: () => void) => {
    const c = compiled.checks[i] as Check;
    let thrown: unknown = undefined;
    let threw = false;
    try {
      run();
    } catch (e) {
      thrown = e;
      threw = true;
    }
    expect(threw, `${at(c.line)}: ${c.source} should throw ${c.expected}`).toBe(true);
    const ctor = names[c.expected];
    const isIt = (thrown as { name?: unknown } | null)?.name === c.expected || (typeof ctor === 'function' && thrown instanceof ctor);
    expect(isIt, `${at(c.line)}: ${c.source} threw ${String(thrown)}, not a ${c.expected}`).toBe(true);
    made += 1;
  };
  const params = Object.keys(names).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== '__check' && n !== '__throws' && n !== '__ELLIPSIS__');
  const fn = new AsyncFunction(...params, '__check', '__throws', '__ELLIPSIS__', compiled.body);
  await fn(...params.map((n) => names[n]), check, throws, ELLIPSIS);
  return made;
}
