/**
 * Just enough static analysis of our TypeScript sources for the security and layer tests: strip comments, list the
 * modules a file loads at run time, and follow relative imports. Under `verbatimModuleSyntax` (and Node's type
 * stripping), only `import type` / `export type` disappear at run time: `import { type X } from 'm'` still loads m.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export function read(path: string): string {
  return readFileSync(join(projectRoot, path), 'utf8');
}

/** Source without comments (a comment may quote what the code must not do). URLs in strings survive. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

/** Files below `dir` (relative to the project root) whose name matches `pattern`, as project-relative paths. */
export function listFiles(dir: string, pattern = /\.(ts|tsx|js|mjs|cjs)$/): string[] {
  const base = join(projectRoot, dir);
  if (!existsSync(base)) return [];
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs)) {
      if (entry === 'node_modules') continue;
      const full = join(abs, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (pattern.test(entry)) out.push(relative(projectRoot, full));
    }
  };
  walk(base);
  return out.sort();
}

const STATIC = /(?:^|[;}\n])\s*(import|export)\s+(type\s+)?(?:[\w$*\s{},]*?\s*from\s*)?['"]([^'"\n]+)['"]/g;
const DYNAMIC = /\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The module specifiers a source loads when it runs (type-only imports and re-exports excluded). */
export function runtimeImports(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  for (const m of code.matchAll(STATIC)) if (!m[2]) found.push(m[3]!);
  for (const m of code.matchAll(DYNAMIC)) found.push(m[1]!);
  return found;
}

/** Packages whose loading starts Electron (electron 45's index.js even downloads its binary under Node). */
export const loadsElectron = (specifier: string) =>
  specifier === 'electron' || specifier.startsWith('electron/') || specifier === 'electron-store';

/**
 * Every module loaded at run time from `entry` (project-relative), following relative imports through our own
 * files. Returns the chain that reaches each bare specifier, so a failure says which import brought it in.
 */
export function runtimeClosure(entry: string): Map<string, string[]> {
  const bare = new Map<string, string[]>();
  const seen = new Set<string>();
  const entrySource = existsSync(join(projectRoot, entry)) ? readFileSync(join(projectRoot, entry), 'utf8') : '';
  // A test that replaces a module with `vi.mock('m', factory)` never loads the real one, wherever it is imported.
  const mocked = new Set([...stripComments(entrySource).matchAll(/\bvi\.mock\(\s*['"]([^'"]+)['"]\s*,/g)].map((m) => m[1]!));
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const abs = join(projectRoot, file);
    if (!existsSync(abs)) return;
    for (const spec of runtimeImports(readFileSync(abs, 'utf8'))) {
      if (mocked.has(spec)) continue;
      // electron-store loads 'electron' itself; vitest.config.ts inlines it, so a mocked 'electron' reaches it too.
      if (spec === 'electron-store' && mocked.has('electron')) continue;
      if (spec.startsWith('.')) {
        visit(relative(projectRoot, resolve(dirname(abs), spec)), [...chain, file]);
      } else if (!bare.has(spec)) {
        bare.set(spec, [...chain, file]);
      }
    }
  };
  visit(entry, []);
  return bare;
}
