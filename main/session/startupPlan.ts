/**
 * Which session file the desktop application opens at start, as a pure plan the shell executes step by step until
 * one succeeds (a file may be unreadable, locked or from a newer version: the next step is the fallback).
 */
import { errorText } from '../../common/i18n/translateMessage.ts';
import { join, resolve } from 'node:path';
import type { Api } from '../api.ts';

/** The embedded demo session, created in the user's application-data folder on first start. */
export const DEMO_SESSION_FILE = 'comitia-demo.comitia';
export const SESSION_EXTENSION = '.comitia';

export type StartupStep =
  | { action: 'open'; path: string; why: 'requested' | 'last' | 'demo' }
  | { action: 'createDemo'; path: string; why: 'demo' };

export interface StartupInput {
  /** A session file named on the command line (double-click on a *.comitia file), if any. */
  requested: string | null;
  /** Most recent first, as the settings store keeps them. */
  recentSessions: readonly string[];
  userDataDir: string;
  exists: (path: string) => boolean;
}

export function demoSessionPath(userDataDir: string): string {
  return join(userDataDir, DEMO_SESSION_FILE);
}

export function startupPlan(input: StartupInput): StartupStep[] {
  const steps: StartupStep[] = [];
  const demo = demoSessionPath(input.userDataDir);
  const seen = new Set<string>();
  const openIfPresent = (path: string | null | undefined, why: 'requested' | 'last') => {
    if (!path || seen.has(path) || !input.exists(path)) return;
    seen.add(path);
    steps.push({ action: 'open', path, why });
  };
  openIfPresent(input.requested, 'requested');
  openIfPresent(input.recentSessions[0], 'last');
  if (!seen.has(demo)) {
    steps.push(input.exists(demo) ? { action: 'open', path: demo, why: 'demo' } : { action: 'createDemo', path: demo, why: 'demo' });
  }
  return steps;
}

/**
 * The session file passed on a command line (the OS passes the file on a double-click; a second instance forwards
 * its argv): the last argument that is not a switch and names a *.comitia file, resolved against `cwd`.
 */
export function sessionPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') && arg.endsWith(SESSION_EXTENSION)) return resolve(cwd, arg);
  }
  return null;
}

/** A "save as" dialog may return a name typed without the extension; the API requires it. */
export function withSessionExtension(path: string): string {
  return path.endsWith(SESSION_EXTENSION) ? path : `${path}${SESSION_EXTENSION}`;
}

/**
 * Runs the plan through the api (so the session is remembered and the demo reports progress) until one step
 * succeeds. Never throws: returns the path opened (or null) and the failures met on the way, for the shell to show.
 */
export async function runStartupPlan(
  api: Pick<Api, 'invoke'>,
  steps: readonly StartupStep[],
): Promise<{ opened: string | null; failures: string[] }> {
  const failures: string[] = [];
  for (const step of steps) {
    const result =
      step.action === 'createDemo'
        ? await api.invoke('sessionCreate', { path: step.path, demo: true })
        : await api.invoke('sessionOpen', { path: step.path });
    if (result.ok) return { opened: step.path, failures };
    failures.push(`${step.path} : ${errorText(result.error)}`);
  }
  return { opened: null, failures };
}
