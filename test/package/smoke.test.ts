/**
 * Smoke test of the packed package: `npm pack`, install the tarball into a fresh project in a
 * temporary folder, then load every door from ESM and from CommonJS, type-check it under each of
 * TypeScript's resolvers (node16 from ESM and from CJS, node10, bundler), compile and run a
 * `module: commonjs` project with `tsc`, and run the CLI.
 *
 * The tarball is `$ISMAP_LIU_TARBALL` when set (scripts/test-package.sh packs once after the
 * build); otherwise this test packs the working tree itself (`npm pack` builds it first, through
 * the package's lifecycle scripts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const doors = ['ismap-liu', 'ismap-liu/calendar', 'ismap-liu/rules', 'ismap-liu/machines'] as const;

/** What the probe scripts print, one object per module system. */
interface Probe {
  /** For each door, the names of its exports that are functions (classes included). */
  functions: Record<string, string[]>;
  /** For each door, the names of all its exports. */
  exports: Record<string, string[]>;
  /** Results of known calls, present only when the function is exported. */
  calls: Record<string, unknown>;
  /** Version read through `ismap-liu/package.json`. */
  version: string;
}

/**
 * The body shared by the two probes. `load` is `await import` in ESM and `require` in CJS.
 * Plain JavaScript, written into the temporary project. (`package.json` is read with `require`
 * in both: an ESM import of JSON needs an import attribute.)
 */
const probeBody = (load: string): string => `${load === 'require' ? '' : "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n"}
const doors = ${JSON.stringify(doors)};
const out = { functions: {}, exports: {}, calls: {}, version: '' };
for (const door of doors) {
  const m = ${load}(door);
  const names = Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort();
  out.exports[door] = names;
  out.functions[door] = names.filter((k) => typeof m[k] === 'function');
}
const calendar = ${load}('ismap-liu/calendar');
const main = ${load}('ismap-liu');
if (typeof calendar.isGovernmentBusinessDay === 'function') {
  out.calls.isGovernmentBusinessDay = calendar.isGovernmentBusinessDay('2025-01-01');
}
if (typeof calendar.addGovernmentBusinessDays === 'function') {
  out.calls.addGovernmentBusinessDays = calendar.addGovernmentBusinessDays('2024-12-27', 1);
  // An impossible date is refused with an IsmapLiuError; the class must be the same object
  // whichever door it is imported from (one copy of each module per format).
  if (typeof main.IsmapLiuError === 'function') {
    try {
      calendar.addGovernmentBusinessDays('2024-02-30', 3);
      out.calls.sameErrorClass = 'did not throw';
    } catch (error) {
      out.calls.sameErrorClass = error instanceof main.IsmapLiuError;
    }
  }
}
out.version = require('ismap-liu/package.json').version;
process.stdout.write(JSON.stringify(out));
`;

/** The environment for child npm/node processes, without the parent npm run's settings. */
function childEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_cafile', 'npm_config_registry']);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.has(key.toLowerCase())) continue;
    if (key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The tsconfig of a CommonJS TypeScript project as `tsc --init` (5.x) starts one, with the legacy
 * resolution spelled out: `module: commonjs` implies it, and it ignores the `exports` map.
 */
const NODE10_TSCONFIG = {
  compilerOptions: {
    module: 'commonjs',
    moduleResolution: 'node10',
    target: 'es2022',
    strict: true,
    esModuleInterop: true,
    skipLibCheck: false,
    outDir: 'out',
    types: [],
  },
  files: ['consumer.ts'],
};

/** A consumer of every door: typed uses, compiled with tsc under node10 and run with Node. */
const NODE10_CONSUMER = `import { IsmapLiuError } from 'ismap-liu';
import { addGovernmentBusinessDays } from 'ismap-liu/calendar';
import { getClause, type ClauseId } from 'ismap-liu/rules';
import { EVENT_TYPES } from 'ismap-liu/machines';

const next: string = addGovernmentBusinessDays('2024-12-27', 1);
const clause: ClauseId = getClause('13.2').id;
let refused = 'did not throw';
try {
  addGovernmentBusinessDays('2024-02-30', 3);
} catch (error) {
  refused = error instanceof IsmapLiuError ? 'IsmapLiuError' : String(error);
}
console.log(JSON.stringify({ next, clause, events: EVENT_TYPES.length > 0, refused }));

/** Never called: the type checker must refuse each line (it would not if a door were untyped). */
export function refusedByTheTypeChecker(): void {
  // @ts-expect-error -- the number of days is a number
  addGovernmentBusinessDays('2024-12-27', '1');
  // @ts-expect-error -- a clause id is a string
  getClause(13);
  // @ts-expect-error -- the list of event types is read-only
  EVENT_TYPES.push('x');
  // @ts-expect-error -- an error code is one of the library's
  new IsmapLiuError('no_such_code', 'x');
}
`;

let work = '';
let project = '';
let tarball = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ismap-liu-smoke-'));
  const given = process.env.ISMAP_LIU_TARBALL;
  if (given) {
    tarball = resolve(given);
  } else {
    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
    const [file] = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    if (!file) throw new Error(`npm pack left no tarball in ${packDir}`);
    tarball = join(packDir, file);
  }
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'ismap-liu-smoke', version: '0.0.0', private: true }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], project);
  writeFileSync(join(project, 'probe.mjs'), probeBody('await import'));
  writeFileSync(join(project, 'probe.cjs'), probeBody('require'));
  const consumer = doors.map((door, i) => `import * as door${i} from '${door}';\nvoid door${i};\n`).join('');
  writeFileSync(join(project, 'consumer.mts'), consumer);
  writeFileSync(join(project, 'consumer.cts'), consumer);
  writeFileSync(join(project, 'consumer.ts'), consumer);
  mkdirSync(join(project, 'node10'));
  writeFileSync(join(project, 'node10', 'tsconfig.json'), JSON.stringify(NODE10_TSCONFIG, null, 2));
  writeFileSync(join(project, 'node10', 'consumer.ts'), NODE10_CONSUMER);
});

afterAll(() => {
  if (work && !process.env.ISMAP_LIU_KEEP_SMOKE) rmSync(work, { recursive: true, force: true });
});

/**
 * TypeScript's module resolvers as a consumer's tsconfig selects them: the consumer file (its
 * extension makes it ESM or CJS under node16, `mode`), the options, the run-time build it gets
 * (`format`, the probe that loads it) and the extension of the declaration files its doors must
 * resolve to.
 */
const RESOLVERS = [
  { label: 'node16, from ESM', file: 'consumer.mts', mode: ts.ModuleKind.ESNext, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, format: 'probe.mjs', declarations: '.d.ts' },
  { label: 'node16, from CJS', file: 'consumer.cts', mode: ts.ModuleKind.CommonJS, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, format: 'probe.cjs', declarations: '.d.cts' },
  // `module: commonjs` implies node10 (TypeScript's legacy resolution, which ignores `exports`):
  // the subpaths are found through `typesVersions`.
  { label: 'node10 (module: commonjs)', file: 'consumer.ts', mode: undefined, module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, format: 'probe.cjs', declarations: '.d.cts' },
  { label: 'bundler', file: 'consumer.ts', mode: undefined, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, format: 'probe.mjs', declarations: '.d.ts' },
] as const;
type Resolver = (typeof RESOLVERS)[number];

const optionsOf = (resolver: Resolver): ts.CompilerOptions => ({
  module: resolver.module,
  moduleResolution: resolver.moduleResolution,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  exactOptionalPropertyTypes: true,
  esModuleInterop: true,
  noEmit: true,
  types: [],
});

/** The declaration file `door` resolves to under `resolver`, relative to the installed package, or `null`. */
function resolvedDeclaration(door: string, resolver: Resolver): string | null {
  const resolved = ts.resolveModuleName(door, join(project, resolver.file), optionsOf(resolver), ts.sys, undefined, undefined, resolver.mode).resolvedModule;
  const installed = join(project, 'node_modules', 'ismap-liu') + '/';
  return resolved?.resolvedFileName.startsWith(installed) ? resolved.resolvedFileName.slice(installed.length) : (resolved?.resolvedFileName ?? null);
}

/**
 * Type-checks the consumer of `resolver` in the temporary project, and lists, for each door, the
 * exports its declaration files say are values.
 */
function typesOf(resolver: Resolver): { errors: string[]; values: Record<string, string[]> } {
  const path = join(project, resolver.file);
  const program = ts.createProgram([path], optionsOf(resolver));
  const ours = (name: string) => name === path || name.includes('/node_modules/ismap-liu/');
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || ours(d.file.fileName))
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(path);
  const values: Record<string, string[]> = {};
  for (const statement of source?.statements ?? []) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    values[statement.moduleSpecifier.text] = moduleSymbol
      ? checker
          .getExportsOfModule(moduleSymbol)
          .filter((symbol) => {
            const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
            return (target.flags & ts.SymbolFlags.Value) !== 0;
          })
          .map((symbol) => symbol.name)
          .sort()
      : [];
  }
  return { errors, values };
}

const probe = (file: string): Probe => JSON.parse(run(process.execPath, [file], project)) as Probe;

describe('the packed tarball', () => {
  it('holds the built files and no sources or source maps', () => {
    const files = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    for (const door of ['index', 'calendar/index', 'rules/index', 'machines/index']) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(files).toContain(`package/dist/${door}.${ext}`);
    }
    expect(files).toContain('package/dist/cli.js');
    expect(files).toContain('package/package.json');
    expect(files.filter((f) => /^package\/(src|test|bench|scripts)\//.test(f) || f.endsWith('.map'))).toEqual([]);
  });

  describe.each([
    ['ESM (import)', 'probe.mjs'],
    ['CommonJS (require)', 'probe.cjs'],
  ])('from %s', (_label, file) => {
    let result: Probe;
    beforeAll(() => {
      result = probe(file);
    });

    it.each(doors)('loads %s, which exports at least one function', (door) => {
      expect(result.functions[door]?.length ?? 0).toBeGreaterThan(0);
    });

    it('re-exports every subpath function from the root', () => {
      const rootFunctions = new Set(result.functions['ismap-liu']);
      for (const door of doors.slice(1)) {
        expect(result.functions[door]?.filter((name) => !rootFunctions.has(name))).toEqual([]);
      }
    });

    it('answers known calendar questions (when exported)', () => {
      if ('isGovernmentBusinessDay' in result.calls) expect(result.calls.isGovernmentBusinessDay).toBe(false);
      if ('addGovernmentBusinessDays' in result.calls) expect(result.calls.addGovernmentBusinessDays).toBe('2025-01-06');
      if ('sameErrorClass' in result.calls) expect(result.calls.sameErrorClass).toBe(true);
    });

    it('exposes package.json', () => {
      expect(result.version).toMatch(/^\d+\.\d+\.\d+/);
    });
  });

  describe.each(RESOLVERS)('under TypeScript\'s $label resolution', (resolver) => {
    it('resolves every door to its declaration file', () => {
      const resolved = Object.fromEntries(doors.map((door) => [door, resolvedDeclaration(door, resolver)]));
      const wanted = Object.fromEntries(doors.map((door) => [door, `dist/${door === 'ismap-liu' ? '' : `${door.slice('ismap-liu/'.length)}/`}index${resolver.declarations}`]));
      expect(resolved).toEqual(wanted);
    });

    it('declares exactly the values the build it gets exports at run time', () => {
      const { errors, values } = typesOf(resolver);
      expect(errors).toEqual([]);
      expect(values).toEqual(probe(resolver.format).exports);
    });
  });

  it('compiles and runs a `module: commonjs`, `moduleResolution: node10` project with tsc', () => {
    // The TypeScript of this repository (5.9) spells the legacy resolution `node10` (`node` is its
    // old name). The consumer's `@ts-expect-error` lines fail the compilation if a door's types
    // are missing or `any`; skipLibCheck is off, so the package's declarations (and those of
    // xstate and zod they import) are checked under node10 too.
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const compiled = spawnSync(process.execPath, [tsc, '-p', 'node10'], { cwd: project, env: childEnv(), encoding: 'utf8' });
    expect(compiled.stdout + compiled.stderr, `tsc exited ${compiled.status}`).toBe('');
    expect(compiled.status).toBe(0);
    const output = JSON.parse(run(process.execPath, [join('node10', 'out', 'consumer.js')], project)) as unknown;
    expect(output).toEqual({ next: '2025-01-06', clause: '13.2', events: true, refused: 'IsmapLiuError' });
  });

  it('declares no class with private members (each door has its own copy of shared declarations)', () => {
    // tsup rolls up the declarations one door at a time (tsup.config.ts), so a class reachable
    // from two doors is declared twice. Copies are compatible only while they are structural:
    // a `private` or `#private` member would make `ismap-liu/calendar`'s copy unassignable to
    // `ismap-liu/machines`'s.
    const dist = join(project, 'node_modules', 'ismap-liu', 'dist');
    const offenders = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.d\.c?ts$/.test(file))
      .flatMap((file) =>
        readFileSync(join(dist, file), 'utf8')
          .split('\n')
          .filter((line) => /^\s+(private|protected)\s|#private;/.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('has the same exports from ESM and CommonJS', () => {
    expect(probe('probe.cjs').exports).toEqual(probe('probe.mjs').exports);
  });

  it('runs the CLI bin: `npx ismap-liu --help` exits 0', () => {
    const result = spawnSync('npx', ['--no', '--', 'ismap-liu', '--help'], { cwd: project, env: childEnv(), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ismap-liu/);
  });
});
