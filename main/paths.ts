import { existsSync } from 'node:fs';
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

export function projectVersion(): string {
  return process.env.npm_package_version ?? '0.1.0';
}
