/**
 * The pure rules both shells apply to files: names made safe, references instead of paths from the page, the
 * headers an attachment is served with, and the desktop's private copies of attachments it opens.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import {
  attachmentHeaders,
  contentDisposition,
  isDisplayablePdf,
  parseAttachmentRequest,
} from '../../../main/files/attachmentResponse.ts';
import { bindFileArguments, FILE_ARGUMENTS, FileRefs } from '../../../main/files/fileRefs.ts';
import { extensionOf, safeFileName } from '../../../main/files/safeName.ts';
import { createAttachmentActions, openRefusal } from '../../../main/shell/attachmentActions.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

describe('safeFileName', () => {
  it('keeps an ordinary name, accents and spaces included', () => {
    expect(safeFileName('Délibération du conseil (2022).pdf')).toBe('Délibération du conseil (2022).pdf');
  });

  it('keeps only the last segment of a path, whichever the separator', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('/abs/olu.csv')).toBe('olu.csv');
  });

  it('removes control characters and replaces characters Windows forbids', () => {
    expect(safeFileName('a\u0000b\u001f.pdf')).toBe('ab.pdf');
    // The right-to-left override would show "rapport\u202Efdp.exe" as "rapportexe.pdf".
    expect(safeFileName('rapport\u202Efdp.exe')).toBe('rapportfdp.exe');
    expect(safeFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
  });

  it('never yields a hidden file, a device name, an empty name or a trailing dot', () => {
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('com1.pdf')).toBe('_com1.pdf');
    expect(safeFileName('..')).toBe('fichier');
    expect(safeFileName('', 'dossiers')).toBe('dossiers');
    expect(safeFileName('rapport. . .')).toBe('rapport');
  });

  it('shortens a very long name and keeps its extension', () => {
    const name = safeFileName(`${'x'.repeat(300)}.xlsx`);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('reads extensions in lower case', () => {
    expect(extensionOf('A.PDF')).toBe('pdf');
    expect(extensionOf('sans')).toBe('');
    expect(extensionOf('.cache')).toBe('');
  });
});

describe('file references instead of paths', () => {
  it('gives out random references, resolves only those, and forgets them on demand', () => {
    const refs = new FileRefs('upload');
    const a = refs.register('/tmp/x/a.xlsx', 'a.xlsx', 10);
    const b = refs.register('/tmp/x/a.xlsx', 'a.xlsx', 10);
    expect(a.ref).toMatch(/^upload:[A-Za-z0-9_-]{24}$/);
    expect(a.ref).not.toBe(b.ref);
    expect(a.ref).not.toContain('/tmp');
    expect(refs.resolve(a.ref)).toBe('/tmp/x/a.xlsx');
    expect(refs.resolve('upload:inventé')).toBeNull();
    refs.forget(a.ref);
    expect(refs.resolve(a.ref)).toBeNull();
  });

  it('swaps references for paths in the arguments that name files, and refuses anything else', () => {
    const refs = new FileRefs('fichier');
    const source = refs.register('/home/u/export.xlsx', 'export.xlsx', 1).ref;
    const zip = refs.register('/home/u/pj.zip', 'pj.zip', 1).ref;
    expect(bindFileArguments('importRun', { source, attachments: zip, dryRun: true }, refs)).toEqual({
      ok: true,
      value: { source: '/home/u/export.xlsx', attachments: '/home/u/pj.zip', dryRun: true },
    });
    expect(bindFileArguments('importRun', { source, attachments: null }, refs)).toMatchObject({ ok: true, value: { attachments: null } });
    for (const arg of [{ source: '/home/u/export.xlsx' }, { source: 42 }, { source, attachments: '/etc/shadow' }]) {
      const r = bindFileArguments('importRun', arg, refs);
      expect(r, JSON.stringify(arg)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(bindFileArguments('importPreview', { source: '/etc/passwd' }, refs)).toMatchObject({ ok: false });
  });

  it('leaves other methods, and malformed arguments, to the API', () => {
    const refs = new FileRefs('x');
    expect(bindFileArguments('sessionOpen', { path: '/a.comitia' }, refs)).toEqual({ ok: true, value: { path: '/a.comitia' } });
    expect(bindFileArguments('importRun', 'texte', refs)).toEqual({ ok: true, value: 'texte' });
    expect(Object.keys(FILE_ARGUMENTS).sort()).toEqual(['importPreview', 'importRun', 'scoresImport']);
  });
});

const info = (over: Partial<AttachmentInfo> = {}): AttachmentInfo => ({
  id: 3,
  dossierId: '10001',
  path: 'pieces_justificatives/délibération.pdf',
  fileName: 'délibération.pdf',
  category: 'pieces_justificatives',
  mediaType: 'application/pdf',
  size: 9,
  sha256: 'a'.repeat(64),
  addedAt: '2022-04-01T10:00:00Z',
  ...over,
});

describe('serving an attachment', () => {
  const pdf = Buffer.from('%PDF-1.4\n');

  it('parses /api/attachments/<id> and nothing else', () => {
    const q = new URLSearchParams('download=1');
    expect(parseAttachmentRequest('/api/attachments/12', new URLSearchParams())).toEqual({ id: 12, download: false });
    expect(parseAttachmentRequest('/api/attachments/12', q)).toEqual({ id: 12, download: true });
    for (const bad of ['/api/attachments/', '/api/attachments/0', '/api/attachments/-1', '/api/attachments/1.5', '/api/attachments/1/..', '/api/attachments/99999999999999999', '/api/other/1']) {
      expect(parseAttachmentRequest(bad, q), bad).toBeNull();
    }
  });

  it('shows inline only a PDF that is one', () => {
    expect(isDisplayablePdf(info(), pdf)).toBe(true);
    expect(isDisplayablePdf(info(), Buffer.from('<html>'))).toBe(false);
    expect(isDisplayablePdf(info({ mediaType: 'text/html' }), pdf)).toBe(false);
  });

  it('sends a sandboxing CSP, nosniff and no-store, inline for a PDF and as a download otherwise', () => {
    const inline = attachmentHeaders(info(), pdf, { download: false, frameAncestors: "'self'" });
    expect(inline).toMatchObject({
      'Content-Type': 'application/pdf',
      'Content-Length': '9',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'; frame-ancestors 'self'",
      'Cache-Control': 'no-store',
    });
    expect(inline['Content-Disposition']).toMatch(/^inline;/);
    const html = attachmentHeaders(info({ mediaType: 'text/html', fileName: 'x.html' }), Buffer.from('<script>'), { download: false });
    expect(html['Content-Disposition']).toMatch(/^attachment;/);
    expect(html['Content-Security-Policy']).toBe("sandbox; default-src 'none'");
    expect(attachmentHeaders(info(), pdf, { download: true })['Content-Disposition']).toMatch(/^attachment;/);
  });

  it('names the file for old and new clients, without letting the name break the header', () => {
    expect(contentDisposition('inline', 'délibération n°2.pdf')).toBe(
      `inline; filename="deliberation n_2.pdf"; filename*=UTF-8''d%C3%A9lib%C3%A9ration%20n%C2%B02.pdf`,
    );
    const hostile = contentDisposition('attachment', 'a";\r\nSet-Cookie: x=1.pdf');
    expect(hostile).not.toMatch(/[\r\n]/);
    expect(hostile.split('"').length).toBe(3);
  });
});

describe('opening an attachment on the desktop', () => {
  const parent = mkdtempSync(join(tmpdir(), 'comitia-open-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));
  const files: Record<number, { info: AttachmentInfo; data: Buffer }> = {
    1: { info: info({ id: 1, fileName: '../../rapport final.pdf' }), data: Buffer.from('%PDF-1.4 a') },
    2: { info: info({ id: 2, fileName: 'rapport final.pdf', sha256: 'b'.repeat(64) }), data: Buffer.from('%PDF-1.4 b') },
    3: { info: info({ id: 3, fileName: 'setup.EXE', mediaType: 'application/octet-stream' }), data: Buffer.from('MZ') },
    4: { info: info({ id: 4, fileName: 'page.html', mediaType: 'text/html' }), data: Buffer.from('<script>') },
  };
  const openPath = vi.fn(async (_path: string) => '');
  const actions = createAttachmentActions({ read: (id) => files[id] ?? null, openPath, tempParent: parent });

  it('writes a private copy under a sanitised name, one folder per attachment, and opens it', async () => {
    expect(await actions.open(1)).toEqual({ ok: true, value: { fileName: 'rapport final.pdf' } });
    expect(await actions.open(2)).toEqual({ ok: true, value: { fileName: 'rapport final.pdf' } });
    const [first, second] = openPath.mock.calls.map((c) => c[0]);
    expect(first).not.toBe(second);
    expect(basename(first!)).toBe('rapport final.pdf');
    expect(dirname(dirname(first!))).toBe(actions.folder());
    expect(actions.folder()!.startsWith(join(parent, 'comitia-pieces-'))).toBe(true);
    expect(readFileSync(first!, 'utf8')).toBe('%PDF-1.4 a');
    expect(readFileSync(second!, 'utf8')).toBe('%PDF-1.4 b');
    expect(statSync(actions.folder()!).mode & 0o777).toBe(0o700);
    expect(statSync(first!).mode & 0o777).toBe(0o600);
  });

  it('refuses to open types that can run code, and says so in French', async () => {
    const calls = openPath.mock.calls.length;
    const exe = await actions.open(3);
    expect(exe).toMatchObject({ ok: false, error: { code: 'unsafe_type' } });
    expect(!exe.ok && errorText(exe.error)).toMatch(/n'est pas ouvert par Comitia : les fichiers \.exe/);
    expect(await actions.open(4)).toMatchObject({ ok: false, error: { code: 'unsafe_type' } });
    expect(openPath.mock.calls.length).toBe(calls);
    expect(openRefusal('script.sh')).not.toBeNull();
    expect(openRefusal('macro.docm')).not.toBeNull();
    expect(openRefusal('raccourci.lnk')).not.toBeNull();
    expect(openRefusal('sans-extension')).toMatch(/sans extension/);
    expect(openRefusal('scan.JPG')).toBeNull();
  });

  it('refuses a malformed or unknown id, and reports a failure to open', async () => {
    expect(await actions.open('1')).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await actions.open(0)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(await actions.open(99)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    openPath.mockResolvedValueOnce('aucune application associée');
    expect(await actions.open(1)).toMatchObject({ ok: false, error: { code: 'open_failed', params: { text: expect.stringContaining('aucune application') } } });
  });

  it('saves any type where the user chooses, suggesting its sanitised name', async () => {
    const ask = vi.fn(async (name: string) => join(parent, `copie-${name}`));
    expect(await actions.save(3, ask)).toEqual({ ok: true, value: { path: join(parent, 'copie-setup.EXE') } });
    expect(ask).toHaveBeenCalledWith('setup.EXE');
    expect(readFileSync(join(parent, 'copie-setup.EXE'), 'utf8')).toBe('MZ');
    expect(await actions.save(3, async () => null)).toEqual({ ok: true, value: null });
  });

  it('removes every copy when asked (at exit)', () => {
    const folder = actions.folder()!;
    actions.cleanup();
    expect(() => statSync(folder)).toThrow();
  });
});
