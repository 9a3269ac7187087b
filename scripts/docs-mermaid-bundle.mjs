// Mermaid's self-contained browser bundle (dist/mermaid.min.js) for the docs site, fetched on
// demand instead of being a dev dependency (mermaid and its dependencies are ~100 MB installed;
// the docs need one 3.5 MB file). The first call packs the pinned version from the npm registry
// (`npm pack`: the tarball alone, no dependencies, checked against the registry's integrity and
// kept in npm's cache), extracts that one file, checks its SHA-256 against the pin, and keeps it
// in .tmp/tools/mermaid@<version>/ (git-ignored; or $ISMAP_LIU_TOOLS_DIR). Later calls use the
// cached file, offline. A fetch goes to a scratch folder first and is renamed into place, so an
// interrupted or concurrent fetch never leaves half a file.
//
//   node scripts/docs-mermaid-bundle.mjs     prints the bundle's path (fetching it if needed)
//
// To move the pin: change MERMAID.version and MERMAID.sha256 (the script says the new digest
// when it does not match).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The pinned bundle: the package version, the file in its tarball and that file's SHA-256. */
export const MERMAID = {
  version: '11.17.2',
  entry: 'package/dist/mermaid.min.js',
  sha256: '581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8',
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Where the bundle is cached. */
export function mermaidBundlePath(toolsDir = process.env.ISMAP_LIU_TOOLS_DIR || join(ROOT, '.tmp', 'tools')) {
  return join(toolsDir, `mermaid@${MERMAID.version}`, 'mermaid.min.js');
}

/**
 * The content of the file `wanted` in a tar archive (ustar, with pax or GNU long names), or
 * `null` when the archive has no such regular file.
 *
 * @param {Buffer} tar - the uncompressed archive
 * @param {string} wanted - e.g. `package/dist/mermaid.min.js`
 */
export function readTarEntry(tar, wanted) {
  const text = (block, from, length) => block.subarray(from, from + length).toString('utf8').replace(/\0[\s\S]*$/, '');
  let longName = null;
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = path ? path[1] : longName;
      continue;
    }
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0[\s\S]*$/, '');
      continue;
    }
    const prefix = text(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    longName = null;
    if ((type === '0' || type === '\0') && name === wanted) return Buffer.from(body);
  }
  return null;
}

/** `npm pack <spec>` into `dir`; the tarball's path. */
function npmPack(spec, dir) {
  // Not the settings of an enclosing `npm run` (its prefix is this project).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config|lifecycle|package)_/i.test(key) && key !== 'NODE_OPTIONS'));
  const run = spawnSync('npm', ['pack', spec, '--pack-destination', dir, '--prefer-offline', '--silent', '--ignore-scripts'], { cwd: dir, env, encoding: 'utf8', shell: process.platform === 'win32' });
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (run.status !== 0 || tarball === undefined) {
    throw new Error(`npm pack ${spec} failed (exit ${run.status ?? run.error?.message}): ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  }
  return join(dir, tarball);
}

/**
 * The path of the pinned mermaid bundle, fetched first when it is not cached (or its digest does
 * not match the pin).
 *
 * @param {{ log?: (line: string) => void, toolsDir?: string }} [options]
 */
export function mermaidBundle({ log = (line) => console.error(line), toolsDir } = {}) {
  const target = mermaidBundlePath(toolsDir);
  if (existsSync(target) && sha256(readFileSync(target)) === MERMAID.sha256) return target;
  const dir = join(target, '..');
  mkdirSync(join(dir, '..'), { recursive: true });
  const scratch = mkdtempSync(join(dir, '..', `.fetch-mermaid@${MERMAID.version}-`));
  try {
    const started = Date.now();
    log(`docs: fetching mermaid@${MERMAID.version} (${MERMAID.entry} only) from the npm registry`);
    const bundle = readTarEntry(gunzipSync(readFileSync(npmPack(`mermaid@${MERMAID.version}`, scratch))), MERMAID.entry);
    if (bundle === null) throw new Error(`mermaid@${MERMAID.version}: no ${MERMAID.entry} in its tarball`);
    const digest = sha256(bundle);
    if (digest !== MERMAID.sha256) throw new Error(`mermaid@${MERMAID.version}: ${MERMAID.entry} has SHA-256 ${digest}, the pin says ${MERMAID.sha256}`);
    mkdirSync(join(scratch, 'out'));
    writeFileSync(join(scratch, 'out', 'mermaid.min.js'), bundle);
    rmSync(dir, { recursive: true, force: true }); // a stale or damaged copy
    try {
      renameSync(join(scratch, 'out'), dir);
    } catch (error) {
      // Another fetch got there first: fine if what it left is the pinned file.
      if (!existsSync(target) || sha256(readFileSync(target)) !== MERMAID.sha256) throw error;
    }
    log(`docs: mermaid@${MERMAID.version} cached in ${dir} (${(bundle.length / 1e6).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) console.log(mermaidBundle());
