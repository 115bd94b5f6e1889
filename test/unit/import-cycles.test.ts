// No import cycle in src/: every relative import, export-from, require and import() (type-only ones too) is an edge of one graph, and that graph has no cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

/** Every `.ts` file under a directory, as absolute paths, sorted. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tsFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** The file a relative specifier names (`./x` is `./x.ts` or `./x/index.ts`), or null when it names none under src/. */
function resolveSpecifier(from: string, specifier: string): string | null {
  const target = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The relative specifiers a text imports: import and export-from declarations (with or without `type`), require() and import(). */
function relativeSpecifiers(text: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((ref) => ref.fileName)
    .filter((specifier) => specifier.startsWith('.'));
}

/** The files under src/ that a file imports. */
function importsOf(file: string): string[] {
  const targets = relativeSpecifiers(readFileSync(file, 'utf8'))
    .map((specifier) => resolveSpecifier(file, specifier))
    .filter((target): target is string => target !== null);
  return [...new Set(targets)].sort();
}

/** The strongly connected components with more than one file, or one file importing itself (Tarjan). */
function cyclicComponents(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

/** The shortest path from one file to another inside a set of files (breadth-first), as the files it passes. */
function shortestPath(graph: Map<string, string[]>, from: string, to: string, within: Set<string>): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) break;
    for (const next of graph.get(node) ?? []) {
      if (within.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  const path = [to];
  while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
  return path;
}

/**
 * Each cycle, written `a.ts → b.ts → a.ts` with paths relative to src/: for every import inside a cyclic component, the shortest cycle through it,
 * rotated to start at its smallest file, once each. (Every import that takes part in a cycle appears in at least one line.)
 */
function cyclesOf(graph: Map<string, string[]>): string[] {
  const name = (file: string) => relative(SRC, file);
  const cycles = new Set<string>();
  for (const component of cyclicComponents(graph)) {
    const within = new Set(component);
    for (const from of component) {
      for (const to of graph.get(from) ?? []) {
        if (!within.has(to)) continue;
        const loop = [from, ...shortestPath(graph, to, from, within).slice(0, -1)].map(name);
        const start = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...rotated, rotated[0]].join(' → '));
      }
    }
  }
  return [...cycles].sort();
}

describe('the import graph of src/', () => {
  const graph = new Map(tsFiles(SRC).map((file) => [file, importsOf(file)]));

  it('reads every kind of import: multi-line, type-only, export-from, require() and import()', () => {
    const text = [
      "import {\n  a,\n  type B,\n} from './multi-line';",
      "import type { C } from '../type-only';",
      "export { d } from './re-exported';",
      "export * from './all';",
      "const e = require('./required');",
      "const f = () => import('./dynamic');",
      "import DataLoader from 'dataloader';",
    ].join('\n');
    expect(relativeSpecifiers(text).sort()).toEqual(['../type-only', './all', './dynamic', './multi-line', './re-exported', './required']);
    expect(graph.get(join(SRC, 'repo/data.ts'))).toContain(join(SRC, 'store/graph-store.ts'));
  });

  it('finds a cycle when there is one', () => {
    const [a, b, c] = [join(SRC, 'a.ts'), join(SRC, 'b.ts'), join(SRC, 'c.ts')] as const;
    const sample = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ]);
    expect(cyclesOf(sample)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
    expect(
      cyclesOf(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('has no cycle', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });
});
