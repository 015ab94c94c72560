/**
 * A static scan of the desktop shell, the preload and the packaging configuration against Electron's security
 * checklist (https://www.electronjs.org/docs/latest/tutorial/security), and of the layer rule that keeps Electron
 * out of everything but main/shell and the preload. It reads sources only: nothing here loads Electron.
 */
import { describe, expect, it } from 'vitest';
import { listFiles, loadsElectron, read, runtimeClosure, runtimeImports, stripComments } from './sourceScan.ts';

const shellFiles = listFiles('main/shell');
const preloadFiles = listFiles('preload');
const desktopFiles = [...shellFiles, ...preloadFiles];
const code = (path: string) => stripComments(read(path));

describe('the scan itself', () => {
  it('finds the shell and preload sources', () => {
    expect(shellFiles).toContain('main/shell/index.ts');
    expect(shellFiles).toContain('main/shell/policy.ts');
    expect(preloadFiles).toContain('preload/index.ts');
  });

  it('tells run-time imports from type-only ones', () => {
    const source = [
      "import type { App } from 'electron';",
      "export type { WebContents } from 'electron';",
      "import { type BrowserWindow } from 'a';",
      "import {\n  x,\n  y,\n} from 'b';",
      "import 'c';",
      "export * from 'd';",
      "const e = await import('e');",
      "const f = require('f');",
      "// import g from 'g';",
      "/* require('h') */",
    ].join('\n');
    expect(runtimeImports(source).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('Electron security checklist, in the sources', () => {
  const forbidden: Array<[RegExp, string]> = [
    [/\bnodeIntegration\s*:\s*true/, '#2 nodeIntegration: true'],
    [/\bnodeIntegrationInWorker\s*:\s*true/, '#2 nodeIntegrationInWorker: true'],
    [/\bnodeIntegrationInSubFrames\s*:\s*true/, '#2 nodeIntegrationInSubFrames: true'],
    [/\bcontextIsolation\s*:\s*false/, '#3 contextIsolation: false'],
    [/\bsandbox\s*:\s*false/, '#4 sandbox: false'],
    [/\bwebSecurity\s*:\s*false/, '#6 webSecurity: false'],
    [/unsafe-eval/, "#7 'unsafe-eval' in a CSP"],
    [/\ballowRunningInsecureContent\s*:\s*true/, '#8 allowRunningInsecureContent: true'],
    [/\bexperimentalFeatures\s*:\s*true/, '#9 experimentalFeatures: true'],
    [/\benableBlinkFeatures\b/, '#10 enableBlinkFeatures'],
    [/\bwebviewTag\s*:\s*true/, '#12 webviewTag: true'],
    [/\bloadFile\s*\(|['"`]file:\/\//, '#18 a page loaded from file://'],
    [/disable-web-security|--no-sandbox|ignore-certificate-errors/, 'a switch that weakens Chromium'],
  ];

  it.each(forbidden)('no source of main/, preload/ or the build config has %s (%s)', (pattern) => {
    const files = [...listFiles('main'), ...preloadFiles, 'electron.vite.config.ts'];
    const offenders = files.filter((f) => pattern.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it("the renderer's own CSP has no 'unsafe-eval' and no inline scripts", () => {
    const html = read('renderer/index.html');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp, 'renderer/index.html carries a CSP <meta>').toBeDefined();
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it('every window is built from the secure options of policy.ts', () => {
    const constructions = desktopFiles.flatMap((f) => [...code(f).matchAll(/new BrowserWindow\(([^)]*)/g)].map((m) => m[1]));
    expect(constructions.length).toBeGreaterThan(0);
    // The projector's options spread the main window's (policy.ts, tested in policy.test.ts).
    for (const args of constructions) expect(args).toMatch(/^(mainWindowOptions|projectorWindowOptions)\(/);
  });

  it('the preload exposes one object, window.comitia, and never ipcRenderer itself (#20)', () => {
    const calls = preloadFiles.flatMap((f) => [...code(f).matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1]!.trim()));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^'comitia',\s*\w+$/);
    expect(calls[0]).not.toMatch(/ipcRenderer/);
    expect(preloadFiles.some((f) => /exposeInIsolatedWorld|executeInMainWorld/.test(code(f)))).toBe(false);
    // ipcRenderer is named in preload/index.ts only, to be handed to buildBridge, which keeps it private.
    for (const f of preloadFiles) {
      const uses = [...code(f).matchAll(/\bipcRenderer\b/g)].length;
      if (f === 'preload/index.ts') expect(code(f)).toMatch(/buildBridge\(ipcRenderer\)/);
      else expect(uses, f).toBe(0);
    }
  });

  it('the bridge relays progress payloads, never the IPC event (whose sender is ipcRenderer)', () => {
    expect(code('preload/bridge.ts')).toMatch(/\(_event: unknown, payload: unknown\) => listener\(payload/);
  });

  it('IPC handlers are registered in ipc.ts only, each through the gate (#17)', () => {
    const registering = [...listFiles('main'), ...preloadFiles].filter((f) => /ipcMain\.(handle|on|once|handleOnce)\(/.test(code(f)));
    expect(registering).toEqual(['main/shell/ipc.ts']);
    const handlers = code('main/shell/ipc.ts').split(/ipcMain\.handle\(/).slice(1);
    // Two loops: one over the contract's methods, one over the DIALOGS table (common/api/bridge.ts).
    expect(handlers.length).toBe(2);
    for (const h of handlers) expect(h.slice(0, h.indexOf(';'))).toMatch(/gate\.(handle|checkSender)\(/);
    expect(code('main/shell/ipc.ts')).not.toMatch(/ipcMain\.on\(/);
  });

  it('shell.openExternal is only reached through the https allow-list (#15)', () => {
    const calls = desktopFiles.flatMap((f) =>
      code(f)
        .split('\n')
        .filter((line) => /openExternal\(/.test(line) && /shell\./.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const line of calls) expect(line).toMatch(/if \(isAllowedExternalUrl\(url\)\) void shell\.openExternal\(url\)/);
  });

  it('navigation, redirects, new windows, webviews and permissions are all handled (#5, #12, #13, #14)', () => {
    const hardening = code('main/shell/hardening.ts');
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(hardening).toMatch(new RegExp(`on\\('${event}', \\(event\\) => \\{?\\s*event\\.preventDefault\\(\\)`));
    }
    expect(hardening).toMatch(/setWindowOpenHandler\([\s\S]*?return \{ action: 'deny' \}/);
    expect(hardening).toMatch(/setPermissionRequestHandler/);
    expect(hardening).toMatch(/setPermissionCheckHandler/);
    const index = code('main/shell/index.ts');
    expect(index).toMatch(/app\.on\('web-contents-created', \(_event, contents\) => hardenWebContents\(/);
    expect(index).toMatch(/denyAllPermissions\(session\.defaultSession\)/);
    expect(index).toMatch(/app\.enableSandbox\(\)/);
  });

  it('the app:// scheme is privileged without CORS or CSP bypass (#18)', () => {
    const protocol = code('main/shell/protocol.ts');
    expect(protocol).toMatch(/registerSchemesAsPrivileged/);
    expect(protocol).not.toMatch(/corsEnabled|bypassCSP|allowServiceWorkers|stream\s*:/);
    expect(protocol).toMatch(/protocol\.handle\(APP_SCHEME, \(request\) => respondToAppRequest\(request, rendererDir, attachments, minutes\)\)/);
  });
});

describe('packaging (electron-builder.yml)', () => {
  const yml = read('electron-builder.yml');
  /** The `key: value` lines of a top-level block (enough for this flat file; no YAML library is a dependency). */
  const block = (name: string) => {
    const lines = yml.split('\n');
    const start = lines.findIndex((l) => l === `${name}:`);
    expect(start, `${name}: block present`).toBeGreaterThanOrEqual(0);
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (/^\S/.test(line)) break;
      body.push(line);
    }
    return body;
  };
  const scalars = (name: string) =>
    Object.fromEntries(
      block(name)
        .map((l) => /^\s+(\w+):\s*(\S+)\s*$/.exec(l))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2]]),
    );

  it('sets the Electron fuses (#19)', () => {
    expect(scalars('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('never rebuilds native modules and unpacks better-sqlite3 from the asar', () => {
    expect(yml).toMatch(/^npmRebuild: false$/m);
    expect(yml).toMatch(/^asar: true$/m);
    expect(block('asarUnpack').map((l) => l.trim())).toContain('- node_modules/better-sqlite3/**');
  });

  it('ships resources/ beside the asar and builds the three platforms', () => {
    expect(block('extraResources').join('\n')).toMatch(/from: resources\n\s+to: resources/);
    expect(yml).toMatch(/^productName: Comitia$/m);
    expect(block('linux').join('\n')).toMatch(/- AppImage\n\s+- deb/);
    expect(block('win').join('\n')).toMatch(/- nsis/);
    expect(block('mac').join('\n')).toMatch(/- dmg/);
  });
});

describe('layers: only main/shell and the preload load Electron at run time', () => {
  const electronImports = (file: string) => runtimeImports(read(file)).filter(loadsElectron);

  it.each(['main', 'common', 'renderer'])('no file of %s/ outside main/shell imports electron at run time', (dir) => {
    const offenders = listFiles(dir)
      .filter((f) => !f.startsWith('main/shell/'))
      .filter((f) => electronImports(f).length > 0);
    expect(offenders).toEqual([]);
  });

  it('no test loads electron, directly or through what it imports', () => {
    // Electron 45's index.js downloads the binary when required under Node: a test must never get there.
    const offenders: string[] = [];
    for (const test of listFiles('tests', /\.(ts|js)$/)) {
      for (const [spec, chain] of runtimeClosure(test)) {
        if (loadsElectron(spec)) offenders.push(`${[...chain].join(' → ')} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the pure shell modules unit-tested here load no electron', () => {
    for (const pure of ['policy', 'appProtocolPath', 'appProtocolResponse', 'attachmentActions', 'ipcGate', 'startup', 'menuTemplate', 'texts']) {
      const closure = runtimeClosure(`main/shell/${pure}.ts`);
      expect([...closure.keys()].filter(loadsElectron), pure).toEqual([]);
    }
  });

  it('the sandboxed preload needs nothing at run time but electron and zod, which the build bundles', () => {
    const bare = [...runtimeClosure('preload/index.ts').keys()].sort();
    expect(bare).toEqual(['electron', 'zod']);
  });
});

describe('build configuration (electron.vite.config.ts)', () => {
  const config = code('electron.vite.config.ts');

  it('builds the preload as one CommonJS file with its dependencies bundled', () => {
    const preload = config.slice(config.indexOf('preload: {'), config.indexOf('renderer: {'));
    expect(preload).toMatch(/externalizeDeps: false/);
    expect(preload).toMatch(/formats: \['cjs'\]/);
    expect(preload).toMatch(/entryFileNames: '\[name\]\.cjs'/);
    expect(preload).toMatch(/entry: resolve\(root, 'preload\/index\.ts'\)/);
  });

  it('loads the preload the build writes: out/preload/index.cjs', () => {
    expect(code('main/shell/index.ts')).toMatch(/join\(here, '\.\.\/preload\/index\.cjs'\)/);
  });

  it('builds main from main/shell/index.ts as an ES module, with dependencies external', () => {
    const main = config.slice(config.indexOf('main: {'), config.indexOf('preload: {'));
    expect(main).toMatch(/entry: resolve\(root, 'main\/shell\/index\.ts'\)/);
    expect(main).toMatch(/formats: \['es'\]/);
    expect(main).toMatch(/externalizeDeps: true/);
    expect(JSON.parse(read('package.json')).main).toBe('out/main/index.js');
  });
});
