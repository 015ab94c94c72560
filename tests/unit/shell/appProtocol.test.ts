import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, isInside, resolveAppPath } from '../../../main/shell/appProtocolPath.ts';
import { respondToAppRequest } from '../../../main/shell/appProtocolResponse.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/shell/policy.ts';

const root = join(sep, 'opt', 'comitia', 'out', 'renderer');

describe('resolveAppPath', () => {
  it('serves index.html for the bare origin and files below the renderer folder', () => {
    expect(resolveAppPath('app://comitia/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://comitia', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://comitia/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://comitia/assets/index-C0Y.js?v=1#x', root)).toBe(join(root, 'assets', 'index-C0Y.js'));
    expect(resolveAppPath('app://comitia/assets/ma%20police.woff2', root)).toBe(join(root, 'assets', 'ma police.woff2'));
  });

  it('never resolves outside the renderer folder, whatever the traversal', () => {
    const attempts = [
      'app://comitia/../../etc/passwd',
      'app://comitia/assets/../../../etc/passwd',
      'app://comitia/%2e%2e/%2e%2e/etc/passwd',
      'app://comitia/%2E%2E/%2E%2E/etc/passwd',
      'app://comitia/..%2f..%2f..%2fetc%2fpasswd',
      'app://comitia/assets%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://comitia/..%5c..%5cwindows%5cwin.ini',
      'app://comitia/%2fetc%2fpasswd',
      'app://comitia//etc/passwd',
      'app://comitia/C:/Windows/win.ini',
      'app://comitia/C:%5CWindows%5Cwin.ini',
      'app://comitia/index.html%00.js',
      'app://comitia/%E0%A4%A',
    ];
    for (const url of attempts) {
      const resolved = resolveAppPath(url, root);
      // The URL parser itself folds plain `..` segments (`/../../etc/passwd` becomes `/etc/passwd`): what matters
      // is that the result, if any, stays inside the root. Encoded traversals are refused outright.
      if (resolved !== null) expect(isInside(root, resolved), `${url} → ${resolved}`).toBe(true);
      expect(resolved, url).not.toBe(join(sep, 'etc', 'passwd'));
    }
  });

  it('refuses encoded traversal, absolute paths, backslashes and NUL bytes outright', () => {
    for (const url of [
      'app://comitia/..%2f..%2fetc%2fpasswd',
      'app://comitia/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://comitia/%2fetc%2fpasswd',
      'app://comitia//etc/passwd',
      'app://comitia/C:/Windows/win.ini',
      'app://comitia/assets%5C..%5C..%5Cx',
      'app://comitia/index.html%00',
      'app://comitia/%E0%A4%A',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('refuses other schemes, other hosts and credentials', () => {
    for (const url of [
      'file:///etc/passwd',
      'https://comitia/index.html',
      'app://evil/index.html',
      'app://comitia.evil/index.html',
      'app://user@comitia/index.html',
      'not a url',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('gives module scripts a JavaScript type and unknown files an opaque one', () => {
    expect(contentTypeFor('a/index.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a/x.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('a/x.exe')).toBe('application/octet-stream');
  });
});

describe('respondToAppRequest, on a real folder', () => {
  let dir: string;
  let renderer: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'comitia-protocol-'));
    renderer = join(dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Comitia</title>');
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page with its type and the Content-Security-Policy', async () => {
    const response = await respondToAppRequest({ url: 'app://comitia/', method: 'GET' }, renderer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Comitia</title>');
  });

  it('serves a module script as JavaScript', async () => {
    const response = await respondToAppRequest({ url: 'app://comitia/assets/app.js', method: 'GET' }, renderer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers 404, with the CSP, for a traversal, a missing file, a folder or a link leading out', async () => {
    for (const url of [
      'app://comitia/..%2fsecret.txt',
      'app://comitia/../secret.txt',
      'app://comitia/missing.js',
      'app://comitia/assets',
      'app://comitia/assets/link.txt',
    ]) {
      const response = await respondToAppRequest({ url, method: 'GET' }, renderer);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('accepts GET and HEAD only', async () => {
    expect((await respondToAppRequest({ url: 'app://comitia/', method: 'POST' }, renderer)).status).toBe(405);
    const head = await respondToAppRequest({ url: 'app://comitia/', method: 'HEAD' }, renderer);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
