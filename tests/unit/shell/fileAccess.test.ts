/**
 * The pure rules both shells apply to files: names made safe, references instead of paths from the page, the
 * headers an attachment is served with, and the desktop's private copies of attachments it opens.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../../common/api/contract.ts';
import { PATH_ARGUMENTS, pathFieldsOf } from '../../../common/api/pathArguments.ts';
import { filePath } from '../../../common/api/paths.ts';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import { fail, ok } from '../../../common/result.ts';
import {
  attachmentHeaders,
  contentDisposition,
  isDisplayablePdf,
  parseAttachmentRequest,
} from '../../../main/files/attachmentResponse.ts';
import { FileRefs } from '../../../main/files/fileRefs.ts';
import { bindPathArguments, pageInvoker, referenceBinding, type PathBinder } from '../../../main/files/pathBinding.ts';
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
  it('gives out random references, resolves only those for their kind, and forgets them on demand', () => {
    const refs = new FileRefs('upload');
    const a = refs.register('importSource', '/tmp/x/a.xlsx', 'a.xlsx', 10);
    const b = refs.register('importSource', '/tmp/x/a.xlsx', 'a.xlsx', 10);
    expect(a.ref).toMatch(/^upload:[A-Za-z0-9_-]{24}$/);
    expect(a.ref).not.toBe(b.ref);
    expect(a.ref).not.toContain('/tmp');
    expect(refs.resolve(a.ref, 'importSource')).toBe('/tmp/x/a.xlsx');
    // A reference given for an import's spreadsheet does not open a session.
    expect(refs.resolve(a.ref, 'session')).toBeNull();
    expect(refs.resolve('upload:inventé', 'importSource')).toBeNull();
    refs.forget(a.ref);
    expect(refs.resolve(a.ref, 'importSource')).toBeNull();
  });
});

describe('path arguments, from the contract', () => {
  it('are found in the contract by their filePath() schema, not in a list kept by hand', () => {
    expect(Object.fromEntries(PATH_ARGUMENTS)).toEqual({
      sessionOpen: [{ field: 'path', kind: 'session' }],
      sessionCreate: [{ field: 'path', kind: 'newSession' }],
      importPreview: [{ field: 'source', kind: 'importSource' }],
      importRun: [
        { field: 'source', kind: 'importSource' },
        { field: 'attachments', kind: 'importAttachments' },
      ],
      scoresImport: [{ field: 'file', kind: 'importSource' }],
      auditVerify: [{ field: 'minutes', kind: 'pdfToVerify' }],
      packageExport: [{ field: 'out', kind: 'packageTarget' }],
      packageOpen: [
        { field: 'file', kind: 'reviewPackage' },
        { field: 'out', kind: 'newSession' },
      ],
      returnExport: [{ field: 'out', kind: 'returnTarget' }],
      returnImport: [{ field: 'file', kind: 'scoreReturn' }],
      minutesSign: [{ field: 'p12', kind: 'certificate' }],
      minutesSignFile: [
        { field: 'pdf', kind: 'pdfToSign' },
        { field: 'p12', kind: 'certificate' },
        { field: 'out', kind: 'exportTarget' },
      ],
      minutesCertificateCreate: [{ field: 'out', kind: 'newCertificate' }],
      minutesVerify: [{ field: 'pdf', kind: 'pdfToVerify' }],
      minutesExport: [{ field: 'out', kind: 'exportTarget' }],
      minutesLetters: [{ field: 'out', kind: 'lettersTarget' }],
    });
  });

  it('cover every argument whose name says it is a file (a new one without filePath() fails here)', () => {
    const looksLikeAFile = /^(path|source|attachments|file|folder|dir)$|(Path|File|Dir)$/;
    for (const name of methodNames) {
      const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      const declared = (PATH_ARGUMENTS.get(name) ?? []).map((a) => a.field);
      for (const field of Object.keys(shape).filter((f) => looksLikeAFile.test(f))) {
        expect(declared, `${name}.${field}`).toContain(field);
      }
    }
  });

  it('are found under optional and nullable wrappers', () => {
    const schema = z.strictObject({ a: filePath('importSource').nullable().optional(), b: z.string() });
    expect(pathFieldsOf(schema)).toEqual([{ field: 'a', kind: 'importSource' }]);
  });

  const refs = new FileRefs('fichier');
  const source = refs.register('importSource', '/home/u/export.xlsx', 'export.xlsx', 1).ref;
  const zip = refs.register('importAttachments', '/home/u/pj.zip', 'pj.zip', 1).ref;
  const session = refs.register('session', '/home/u/s.comitia', 's.comitia', 1).ref;
  const refused = ({ method, field }: { method: string; field: string }) => fail('shell.dialog_reference_expected', { method, field });
  const chosen = referenceBinding((ref, kind) => refs.resolve(ref, kind), refused);
  const binder: PathBinder = {
    session: chosen('session'),
    newSession: chosen('newSession'),
    importSource: chosen('importSource'),
    importAttachments: chosen('importAttachments'),
    exportTarget: chosen('exportTarget'),
    certificate: chosen('certificate'),
    newCertificate: chosen('newCertificate'),
    pdfToVerify: chosen('pdfToVerify'),
    pdfToSign: chosen('pdfToSign'),
    lettersTarget: chosen('lettersTarget'),
    reviewPackage: chosen('reviewPackage'),
    scoreReturn: chosen('scoreReturn'),
    packageTarget: chosen('packageTarget'),
    returnTarget: chosen('returnTarget'),
  };

  it('are swapped for the paths behind the references, and anything else is refused', async () => {
    expect(await bindPathArguments('importRun', { source, attachments: zip, dryRun: true }, binder)).toEqual({
      ok: true,
      value: { source: '/home/u/export.xlsx', attachments: '/home/u/pj.zip', dryRun: true },
    });
    expect(await bindPathArguments('importRun', { source, attachments: null }, binder)).toMatchObject({ ok: true, value: { attachments: null } });
    expect(await bindPathArguments('sessionOpen', { path: session }, binder)).toEqual({ ok: true, value: { path: '/home/u/s.comitia' } });
    for (const [method, arg] of [
      ['importRun', { source: '/home/u/export.xlsx' }],
      ['importRun', { source, attachments: '/etc/shadow' }],
      ['importRun', { source: zip }],
      ['importPreview', { source: '/etc/passwd' }],
      ['sessionOpen', { path: '/home/u/autre.comitia' }],
      ['sessionOpen', { path: source }],
      ['sessionCreate', { path: session, demo: false }],
    ] as const) {
      const r = await bindPathArguments(method, arg, binder);
      expect(r, JSON.stringify(arg)).toMatchObject({ ok: false, error: { code: 'shell.dialog_reference_expected' } });
      expect(!r.ok && errorText(r.error)).toContain(method);
    }
    expect(await bindPathArguments('importRun', { source: 42 }, binder)).toMatchObject({
      ok: false,
      error: { code: 'shell.path_reference_expected', params: { method: 'importRun', field: 'source' } },
    });
  });

  it('leave other methods, unknown names and malformed arguments to the API', async () => {
    expect(await bindPathArguments('dossierGet', { id: '/a' }, binder)).toEqual({ ok: true, value: { id: '/a' } });
    expect(await bindPathArguments('importRun', 'texte', binder)).toEqual({ ok: true, value: 'texte' });
    expect(await bindPathArguments('__proto__', { path: '/etc' }, binder)).toEqual({ ok: true, value: { path: '/etc' } });
  });

  it('reach the api only once bound: the page entrance refuses what the CLI may pass', async () => {
    const invoke = vi.fn(async (_name: string, arg: unknown) => ({ ok: true as const, value: arg }));
    const page = pageInvoker({ invoke }, binder);
    expect(await page.invoke('sessionOpen', { path: '/home/u/autre.comitia' })).toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
    expect(await page.invoke('sessionOpen', { path: session })).toEqual({ ok: true, value: { path: '/home/u/s.comitia' } });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('sessionOpen', { path: '/home/u/s.comitia' });
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
  const read = (id: number) => (files[id] ? ok(files[id]) : fail('session.attachment_not_found', { id }));
  const actions = createAttachmentActions({ read, openPath, tempParent: parent });

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
    expect(exe).toMatchObject({ ok: false, error: { code: 'shell.attachment_unsafe_type', params: { ext: 'EXE'.toLowerCase() } } });
    expect(!exe.ok && errorText(exe.error)).toMatch(/n'est pas ouvert par Comitia : les fichiers \.exe/);
    expect(await actions.open(4)).toMatchObject({ ok: false, error: { code: 'shell.attachment_unsafe_type' } });
    expect(openPath.mock.calls.length).toBe(calls);
    expect(openRefusal('script.sh')).not.toBeNull();
    expect(openRefusal('macro.docm')).not.toBeNull();
    expect(openRefusal('raccourci.lnk')).not.toBeNull();
    const none = openRefusal('sans-extension');
    expect(none && !none.ok && errorText(none.error)).toMatch(/sans extension/);
    expect(openRefusal('scan.JPG')).toBeNull();
  });

  it('refuses a malformed or unknown id, and reports a failure to open', async () => {
    expect(await actions.open('1')).toMatchObject({ ok: false, error: { code: 'shell.attachment_id_expected' } });
    expect(await actions.open(0)).toMatchObject({ ok: false, error: { code: 'shell.attachment_id_expected' } });
    expect(await actions.open(99)).toMatchObject({ ok: false, error: { code: 'session.attachment_not_found' } });
    openPath.mockResolvedValueOnce('aucune application associée');
    const failed = await actions.open(1);
    expect(failed).toMatchObject({ ok: false, error: { code: 'shell.attachment_open_failed', params: { detail: 'aucune application associée' } } });
    expect(!failed.ok && errorText(failed.error)).toContain('« rapport final.pdf » n\'a pas pu être ouvert');
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
