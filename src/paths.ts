// Locates the project root (the folder with package.json), from source or from dist/.
import fs from 'node:fs';
import path from 'node:path';

/** The project root: the nearest ancestor of this file holding package.json. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The project root folder. */
export const PROJECT_ROOT = findProjectRoot();
