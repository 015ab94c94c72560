#!/usr/bin/env node
// Electronegativity (Doyensec's static checker of Electron apps, https://github.com/doyensec/electronegativity) on
// the desktop shell, the preload and the renderer's page. The tool reports and always exits 0, so this script reads
// its findings and fails on any that security/electronegativity-exceptions.json does not list with a reason: a
// new finding is either fixed or reviewed and written down there. Part of `npm test`; about a second.
//
// The tool fetches translations and Electron's release list over the network: `got` is replaced by a refusal
// before it loads, so the scan is offline and the same on every machine (the release check is also excluded).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const EXCEPTIONS_FILE = join(root, 'security', 'electronegativity-exceptions.json');

/** What is scanned: the built renderer when there is one (npm test builds it later), else its source page. */
function targets() {
  const renderer = existsSync(join(root, 'out', 'renderer', 'index.html')) ? join(root, 'out', 'renderer') : join(root, 'renderer', 'index.html');
  return [
    ['main/shell', join(root, 'main', 'shell')],
    ['preload', join(root, 'preload')],
    ['renderer', renderer],
  ];
}

function offlineRequire(id) {
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === 'got') return () => Promise.reject(new Error('offline: electronegativity runs without network here'));
    return load.call(this, request, ...rest);
  };
  try {
    return require(id);
  } finally {
    Module._load = load;
  }
}

/** Runs the scan on one folder holding every target (so that its global checks see the whole app). */
export async function scan() {
  const run = offlineRequire('@doyensec/electronegativity');
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const folder = mkdtempSync(join(tmpdir(), 'comitia-electronegativity-'));
  const quiet = console.log;
  try {
    for (const [name, path] of targets()) cpSync(path, join(folder, name, path.endsWith('.html') ? 'index.html' : ''), { recursive: true });
    console.log = () => undefined; // the tool's own progress lines
    const result = await run({
      input: folder,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    return {
      parseErrors: result.errors,
      findings: result.issues.map((i) => ({
        id: i.id,
        file: i.file,
        line: i.location?.line ?? 0,
        severity: i.severity.name,
        confidence: i.confidence.name,
        sample: String(i.sample ?? '').slice(0, 160),
        description: i.description,
      })),
    };
  } finally {
    console.log = quiet;
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Findings not covered by an exception (same check id and file), and exceptions that no longer match anything. */
export function compare(findings, exceptions) {
  const covered = (f) => exceptions.some((e) => e.id === f.id && e.file === f.file);
  const unexpected = findings.filter((f) => !covered(f));
  const stale = exceptions.filter((e) => !findings.some((f) => f.id === e.id && f.file === e.file));
  return { unexpected, stale };
}

export function readExceptions() {
  const list = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8')).exceptions;
  for (const e of list) {
    if (!e.id || !e.file || typeof e.reason !== 'string' || e.reason.trim().length < 20) {
      throw new Error(`${EXCEPTIONS_FILE}: every exception needs an id, a file and a reason (${JSON.stringify(e)})`);
    }
  }
  return list;
}

async function main() {
  const started = Date.now();
  const { findings, parseErrors } = await scan();
  const { unexpected, stale } = compare(findings, readExceptions());
  let failed = false;
  if (parseErrors.length) {
    failed = true;
    console.error(`electronegativity could not parse ${parseErrors.length} file(s):`, parseErrors);
  }
  for (const f of unexpected) {
    failed = true;
    console.error(`NEW FINDING ${f.id} (${f.severity}/${f.confidence}) in ${f.file}:${f.line}: ${f.sample}\n  ${f.description}`);
  }
  for (const e of stale) console.warn(`exception no longer needed (remove it): ${e.id} in ${e.file}`);
  console.log(`electronegativity: ${findings.length} finding(s), ${findings.length - unexpected.length} reviewed, ${unexpected.length} new (${Date.now() - started} ms)`);
  if (failed) {
    console.error(`Fix them, or review them and add each to ${EXCEPTIONS_FILE} with its reason.`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
