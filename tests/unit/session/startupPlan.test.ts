import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEMO_SESSION_FILE,
  demoSessionPath,
  sessionPathFromArgv,
  startupPlan,
  withSessionExtension,
} from '../../../main/session/startupPlan.ts';

const userData = join('/home', 'ada', '.config', 'Comitia');
const demo = join(userData, DEMO_SESSION_FILE);
const existing = (...paths: string[]) => (path: string) => paths.includes(path);

describe('the start-up plan', () => {
  it('creates the embedded demo session in the user data folder on first start', () => {
    expect(DEMO_SESSION_FILE).toBe('comitia-demo.comitia');
    expect(demoSessionPath(userData)).toBe(demo);
    expect(startupPlan({ requested: null, recentSessions: [], userDataDir: userData, exists: existing() })).toEqual([
      { action: 'createDemo', path: demo, why: 'demo' },
    ]);
  });

  it('opens the demo session when it already exists', () => {
    expect(startupPlan({ requested: null, recentSessions: [], userDataDir: userData, exists: existing(demo) })).toEqual([
      { action: 'open', path: demo, why: 'demo' },
    ]);
  });

  it('reopens the last session, with the demo as the fallback', () => {
    const last = '/data/comite-2026.comitia';
    expect(
      startupPlan({ requested: null, recentSessions: [last, '/data/old.comitia'], userDataDir: userData, exists: existing(last) }),
    ).toEqual([
      { action: 'open', path: last, why: 'last' },
      { action: 'createDemo', path: demo, why: 'demo' },
    ]);
  });

  it('skips a last session that no longer exists', () => {
    expect(
      startupPlan({ requested: null, recentSessions: ['/gone.comitia'], userDataDir: userData, exists: existing(demo) }),
    ).toEqual([{ action: 'open', path: demo, why: 'demo' }]);
  });

  it('puts a file named on the command line first, and never lists a file twice', () => {
    const file = '/data/a.comitia';
    expect(
      startupPlan({ requested: file, recentSessions: [file], userDataDir: userData, exists: existing(file, demo) }),
    ).toEqual([
      { action: 'open', path: file, why: 'requested' },
      { action: 'open', path: demo, why: 'demo' },
    ]);
    expect(
      startupPlan({ requested: null, recentSessions: [demo], userDataDir: userData, exists: existing(demo) }),
    ).toEqual([{ action: 'open', path: demo, why: 'last' }]);
  });
});

describe('the session file on a command line', () => {
  it('takes the last *.comitia argument, resolved against the working directory', () => {
    expect(sessionPathFromArgv(['/opt/Comitia/comitia', 'comite.comitia'], '/home/ada')).toBe(resolve('/home/ada', 'comite.comitia'));
    expect(sessionPathFromArgv(['comitia', '/a/x.comitia', '/b/y.comitia'], '/')).toBe(resolve('/b/y.comitia'));
  });

  it('ignores the executable, switches and other files', () => {
    expect(sessionPathFromArgv(['x.comitia'], '/')).toBeNull();
    expect(sessionPathFromArgv(['comitia', '--inspect=x.comitia', 'notes.txt', '.'], '/')).toBeNull();
  });
});

describe('a path typed in the save dialog', () => {
  it('gets the .comitia extension when it lacks it', () => {
    expect(withSessionExtension('/d/comite')).toBe('/d/comite.comitia');
    expect(withSessionExtension('/d/comite.comitia')).toBe('/d/comite.comitia');
  });
});
