/**
 * Folders depend downward only. Reads every import (static, type-only, re-export, dynamic) of the
 * product code in utils/, components/ and entrypoints/, groups files by folder (each `utils/<name>`,
 * `components`, `entrypoints`) and fails on any cycle between folders, naming a file on each edge.
 * Type-only imports count: a cycle of types is still two folders that can't be understood apart.
 * A folder with an `index.ts` (utils/domain, utils/verdict) is entered only through it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PRODUCT_FOLDERS = ['utils', 'components', 'entrypoints'];

/** Static imports and re-exports (`import x from`, `import type`, `export * from`), bare imports and `import()`. */
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"]([^'"]+)['"]/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file));
}

/** The folder a repository-relative path belongs to, or null outside the product code. */
function folderOf(path: string): string | null {
  const parts = path.split(/[\\/]/);
  if (parts[0] === 'utils') return parts.length > 2 ? `utils/${parts[1]}` : 'utils';
  return PRODUCT_FOLDERS.includes(parts[0] ?? '') ? (parts[0] as string) : null;
}

/** The relative imports of a file's text, as repository-relative paths. */
function relativeImports(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT_SPECIFIER)]
    .map((match) => match[1] as string)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => normalize(join(dirname(file), specifier)));
}

/** Folder → folders it imports, each edge with one file that makes it. */
type FolderGraph = Map<string, Map<string, string>>;

function productGraph(): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of PRODUCT_FOLDERS.flatMap(sourceFiles)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const target of relativeImports(file, readFileSync(join(ROOT, file), 'utf8'))) {
      const to = folderOf(relative(ROOT, join(ROOT, target)));
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, file);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every cycle's folders (Tarjan's strongly connected components of more than one folder). */
function folderCycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node)?.keys() ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** "utils/a → utils/b (utils/a/x.ts)" for every edge inside a cycle. */
function describeCycle(graph: FolderGraph, cycle: string[]): string {
  const members = new Set(cycle);
  return cycle
    .flatMap((from) =>
      [...(graph.get(from) ?? new Map<string, string>())]
        .filter(([to]) => members.has(to))
        .map(([to, file]) => `${from} → ${to} (${file})`),
    )
    .join('; ');
}

describe('folder dependencies', () => {
  const graph = productGraph();

  it('reads the imports it checks', () => {
    // If the parser broke, an empty graph would pass every test below.
    expect(graph.get('entrypoints')?.has('components')).toBe(true);
    expect(graph.get('utils/background')?.has('utils/cache')).toBe(true);
    expect(graph.get('components')?.has('utils/messaging')).toBe(true);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(graph).map((cycle) => describeCycle(graph, cycle))).toEqual([]);
  });

  it('keeps the domain and the status vocabulary at the bottom', () => {
    // The status words are message ids read through the i18n folder, which depends on nothing of ours.
    expect([...(graph.get('utils/i18n')?.keys() ?? [])]).toEqual([]);
    expect([...(graph.get('utils/status')?.keys() ?? [])]).toEqual(['utils/i18n']);
    expect([...(graph.get('utils/domain')?.keys() ?? [])]).toEqual(['utils/status']);
  });

  it('enters a folder that has an index.ts only through it', () => {
    const faced = ['utils/domain', 'utils/verdict'];
    const pastTheFace: string[] = [];
    for (const file of PRODUCT_FOLDERS.flatMap(sourceFiles)) {
      for (const target of relativeImports(file, readFileSync(join(ROOT, file), 'utf8'))) {
        const folder = folderOf(target);
        if (folder && faced.includes(folder) && folderOf(file) !== folder && target !== folder) {
          pastTheFace.push(`${file} → ${target}`);
        }
      }
    }
    expect(pastTheFace).toEqual([]);
  });

  it('never imports the UI or the entrypoints from utils/', () => {
    for (const [from, edges] of graph) {
      if (!from.startsWith('utils')) continue;
      expect(
        [...edges.keys()].filter((to) => !to.startsWith('utils')),
        from,
      ).toEqual([]);
    }
  });
});

describe('the cycle check itself', () => {
  it('reads every kind of import', () => {
    const text = [
      "import { a } from '../a/x';",
      "import type { B } from '../b/y';",
      "export { c } from './c';",
      "export * from '../d';",
      "import '../e/side-effect';",
      "const f = await import('../f/lazy');",
      "import { g } from 'preact';",
    ].join('\n');
    expect(relativeImports('utils/z/file.ts', text)).toEqual([
      'utils/a/x',
      'utils/b/y',
      'utils/z/c',
      'utils/d',
      'utils/e/side-effect',
      'utils/f/lazy',
    ]);
  });

  it('finds a two-folder cycle and a longer one, and passes a chain', () => {
    const graph = (edges: [string, string][]): FolderGraph => {
      const result: FolderGraph = new Map();
      for (const [from, to] of edges) result.set(from, (result.get(from) ?? new Map()).set(to, `${from}/file.ts`));
      return result;
    };
    expect(
      folderCycles(
        graph([
          ['components', 'utils/messaging'],
          ['utils/messaging', 'components'],
        ]),
      ),
    ).toEqual([['components', 'utils/messaging']]);
    expect(
      folderCycles(
        graph([
          ['utils/a', 'utils/b'],
          ['utils/b', 'utils/c'],
          ['utils/c', 'utils/a'],
          ['utils/c', 'utils/d'],
        ]),
      ),
    ).toEqual([['utils/a', 'utils/b', 'utils/c']]);
    expect(
      folderCycles(
        graph([
          ['utils/a', 'utils/b'],
          ['utils/b', 'utils/c'],
        ]),
      ),
    ).toEqual([]);
  });
});
