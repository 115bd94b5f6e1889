// jose (an ES module) loaded through Node's own require (Node 20.19+ requires ES modules), also under jest, whose module registry cannot.
import type * as Jose from 'jose';

let loaded: typeof Jose | undefined;

/** The jose module. process.getBuiltinModule reaches Node's real `module` where jest would hand out its own require. */
export function loadJose(): typeof Jose {
  loaded ??= process.getBuiltinModule('node:module').createRequire(__filename)('jose') as typeof Jose;
  return loaded;
}
