import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `resources/` is. Sources run from `main/…` and the bundle from `out/main/`, both two levels below the
 * project root; a packaged build sets COMITIA_RESOURCES (the shell points it at the unpacked resources).
 */
export function resourcesDir(): string {
  const fromEnv = process.env.COMITIA_RESOURCES;
  if (fromEnv) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i += 1) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'reference-data'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('resourcesDir: resources/reference-data not found above ' + fileURLToPath(import.meta.url));
}

let version: string | null = null;

/** The application's version, from the package.json above this file (sources, bundle and packaged app alike). */
export function projectVersion(): string {
  if (version) return version;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i += 1) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'comitia' && pkg.version) return (version = pkg.version);
    }
    dir = resolve(dir, '..');
  }
  throw new Error('projectVersion: package.json of comitia not found above ' + fileURLToPath(import.meta.url));
}
