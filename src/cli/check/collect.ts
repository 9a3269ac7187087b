/**
 * Finding the fixture files: the files named on the command line, and every `*.fixture.json`
 * under the folders named, in a fixed order whatever the file system lists first.
 *
 * @module
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { quote } from '../../_lib/text.js';

/** The suffix of a fixture file's name. */
export const FIXTURE_SUFFIX = '.fixture.json';

/** How deep folders are searched below a folder named on the command line. */
export const MAX_FOLDER_DEPTH = 32;

/** What the search found: the files in order, and the paths that gave a problem. */
export interface Collected {
  readonly files: readonly string[];
  readonly problems: readonly string[];
}

/** Code-unit order: the same on every system and in every locale. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The `dev:ino` of a folder, to visit each folder once (a symbolic link loop ends there); `null` when it cannot be read. */
function identity(path: string): string | null {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}` : null;
  } catch {
    return null;
  }
}

/**
 * The fixture files of `paths`, in order: a path that is a folder gives every `*.fixture.json`
 * below it, sorted by name at each level, its subfolders searched in the same order (names
 * starting with `.` and `node_modules` skipped; a folder reached twice, as through a symbolic
 * link loop, is searched once); any other path is taken as a fixture file as it is, so that the
 * reader refuses it if it is missing, a FIFO or a device. A file reached twice is listed once.
 *
 * @param paths - the paths named on the command line
 * @returns the files, and a problem for a folder that holds no fixture or goes too deep
 */
export function collectFixtures(paths: readonly string[]): Collected {
  const files: string[] = [];
  const problems: string[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push(file);
  };
  /** Searches `folder`; returns how many fixture files it holds (each counted once, listed or not), or -1 when it was searched before. */
  const walk = (folder: string, depth: number): number => {
    const id = identity(folder);
    if (id === null || seenFolders.has(id)) return -1;
    seenFolders.add(id);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort(byName);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      problems.push(`cannot read the folder ${quote(folder)} (${typeof code === 'string' ? code : 'unreadable'}); expected a readable folder of *${FIXTURE_SUFFIX} files`);
      return -1;
    }
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && identity(path) !== null);
      if (isFolder) {
        if (depth >= MAX_FOLDER_DEPTH) problems.push(`${quote(path)} is more than ${MAX_FOLDER_DEPTH} folders deep; expected fixtures at most ${MAX_FOLDER_DEPTH} levels below the folder named`);
        else found += Math.max(0, walk(path, depth + 1));
      } else if (entry.name.endsWith(FIXTURE_SUFFIX)) {
        add(path);
        found += 1;
      }
    }
    return found;
  };
  for (const path of paths) {
    if (identity(path) === null) {
      add(path);
      continue;
    }
    if (walk(path, 0) === 0) problems.push(`found no *${FIXTURE_SUFFIX} file in the folder ${quote(path)}; expected fixture files (see docs/guides/conformance.md)`);
  }
  return { files, problems };
}
