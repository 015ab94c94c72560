/**
 * The minutes end to end through the command line and the api, on a real session file: generate, create two
 * self-issued certificates, sign as chair then secretary, verify (our verdicts and pdfsig's), the fingerprint command
 * against the one printed, versions kept, and the certificate password nowhere in the session file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../main/api.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { ConfSettingsStore } from '../../../main/settings/userSettings.ts';
import { cli } from '../../fixtures/cli.ts';
import { scoredDemoSession } from './sessionFixture.ts';

const PASSWORD = 'Sésame, ouvre-toi ! € œ 7f3a';
let dir: string;
let session: string;
const at = (name: string) => join(dir, name);
const pdfsig = (path: string) => spawnSync('pdfsig', ['-nocert', path], { encoding: 'utf8' }).stdout;
const pdftotext = (path: string) => spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-minutes-cli-'));
  session = (await scoredDemoSession(at('session.comitia'))).path;
  process.env.COMITIA_P12_PASSWORD = PASSWORD;
}, 60_000);

afterAll(() => {
  delete process.env.COMITIA_P12_PASSWORD;
  rmSync(dir, { recursive: true, force: true });
});

describe('comitia minutes, cert new, sign, verify, fingerprint', () => {
  it('round-trips: two signatures valid for verify --json and for pdfsig, accented names intact', async () => {
    const minutes = await cli('minutes', session, '--out', at('pv.pdf'), '--annexes', 'anonymous');
    expect(minutes.code, minutes.err).toBe(0);
    expect(minutes.out).toContain('PROJET');
    for (const [name, org, file] of [
      ['Hélène Dupré', "Délégation à l'action extérieure des collectivités territoriales", 'chair.p12'],
      ['Mathieu Kerbrat', 'France Volontaires', 'secretary.p12'],
    ] as const) {
      const made = await cli('cert', 'new', '--name', name, '--org', org, '--out', at(file));
      expect(made.code, made.err).toBe(0);
    }
    expect((await cli('sign', at('pv.pdf'), '--p12', at('chair.p12'), '--role', 'chair', '--out', at('pv1.pdf'))).code).toBe(0);
    const second = await cli('sign', at('pv1.pdf'), '--p12', at('secretary.p12'), '--role', 'secretary', '--out', at('pv2.pdf'));
    expect(second.code, second.err).toBe(0);

    const verify = await cli('verify', at('pv2.pdf'), '--json');
    expect(verify.code).toBe(0);
    const report = JSON.parse(verify.out) as { valid: boolean; modifiedAfterLastSignature: boolean; signatures: Record<string, unknown>[] };
    expect(report.valid).toBe(true);
    expect(report.modifiedAfterLastSignature).toBe(false);
    expect(report.signatures.map((s) => Object.keys(s))).toEqual(
      Array(2).fill(['signer', 'role', 'signedAt', 'intact', 'coversWholeDocument', 'selfIssued', 'trusted']),
    );
    expect(report.signatures.map((s) => [s.signer, s.role, s.intact, s.coversWholeDocument, s.selfIssued, s.trusted])).toEqual([
      ["CN=Hélène Dupré, O=Délégation à l'action extérieure des collectivités territoriales", 'chair', true, false, true, false],
      ['CN=Mathieu Kerbrat, O=France Volontaires', 'secretary', true, true, true, false],
    ]);

    const sig = pdfsig(at('pv2.pdf'));
    expect([...sig.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1])).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(sig).toContain('Signer Certificate Common Name: Hélène Dupré');
    const text = pdftotext(at('pv2.pdf'));
    expect(text).toContain('Hélène Dupré');
    expect(text).toContain('Membre A');
    expect(text).toContain('s’est déporté');
    expect(spawnSync('qpdf', ['--check', at('pv2.pdf')]).status).toBe(0);
  }, 120_000);

  it('verify exits 1 on a byte changed in a signed range and on content appended after the last signature', async () => {
    const signed = readFileSync(at('pv2.pdf'));
    const flipped = Buffer.from(signed);
    const middle = flipped.indexOf('stream\n', 2000) + 20;
    flipped[middle] = (flipped[middle] ?? 0) ^ 0x01;
    writeFileSync(at('flipped.pdf'), flipped);
    writeFileSync(at('appended.pdf'), Buffer.concat([signed, Buffer.from('\n% ajout\n1 0 obj\n<< >>\nendobj\n')]));
    const flippedRun = await cli('verify', at('flipped.pdf'), '--json');
    expect(flippedRun.code).toBe(1);
    expect((JSON.parse(flippedRun.out) as { valid: boolean }).valid).toBe(false);
    expect(pdfsig(at('flipped.pdf'))).not.toMatch(/Signature Validation: Signature is Valid\.[\s\S]*Signature Validation: Signature is Valid\./);
    const appendedRun = await cli('verify', at('appended.pdf'), '--json');
    expect(appendedRun.code).toBe(1);
    expect((JSON.parse(appendedRun.out) as { modifiedAfterLastSignature: boolean }).modifiedAfterLastSignature).toBe(true);
  });

  it('prints the fingerprint the minutes carry, and a change to a decisive datum changes it', async () => {
    const run = await cli('fingerprint', session);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^[0-9a-f]{64}$/);
    expect(pdftotext(at('pv.pdf'))).toContain(`Empreinte des données : ${run.out}`);
    const db = await openSessionDb(session);
    db.prepare('UPDATE scores SET value = 3 - value WHERE rowid = (SELECT min(rowid) FROM scores)').run();
    db.close();
    const after = await cli('fingerprint', session);
    expect(after.out).not.toBe(run.out);
  });
});

describe('minutes stored in the session', () => {
  it('keeps every version, signs one chair then secretary, and the password never reaches the file', async () => {
    const current = new CurrentSession();
    const api = createApi({ session: current, settings: new ConfSettingsStore(at('settings')), rememberSessions: false });
    try {
      expect((await api.invoke('sessionOpen', { path: session })).ok).toBe(true);
      const progress: number[] = [];
      const stop = api.events.listen((e) => {
        if (e.kind === 'progress' && e.progress.task === 'minutes') progress.push(e.progress.done);
      });
      const first = await api.invoke('minutesGenerate', { annexes: 'none' });
      stop();
      expect(first.ok).toBe(true);
      expect(progress.at(-1)).toBe(4);
      const listed = await api.invoke('minutesList', {});
      const versions = listed.ok ? (listed.value as { version: number; fingerprint: string }[]) : [];
      // The CLI test above generated version 1; this one is the next, and the earlier one is kept.
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
      expect(versions[0]!.fingerprint).not.toBe(versions[1]!.fingerprint);

      const secretaryFirst = await api.invoke('minutesSign', { p12: at('secretary.p12'), password: PASSWORD, role: 'secretary' });
      expect(secretaryFirst.ok ? null : secretaryFirst.error.code).toBe('minutes.chair_first');
      const wrong = await api.invoke('minutesSign', { p12: at('chair.p12'), password: 'faux', role: 'chair' });
      expect(wrong.ok ? null : wrong.error.code).toBe('signing.p12_wrong_password');
      expect((await api.invoke('minutesSign', { p12: at('chair.p12'), password: PASSWORD, role: 'chair' })).ok).toBe(true);
      const both = await api.invoke('minutesSign', { p12: at('secretary.p12'), password: PASSWORD, role: 'secretary' });
      expect(both.ok && (both.value as { signatures: unknown[] }).signatures.length).toBe(2);
      const verified = await api.invoke('minutesVerify', { version: 2 });
      expect(verified.ok && (verified.value as { valid: boolean }).valid).toBe(true);

      expect((await api.invoke('minutesExport', { version: 2, out: at('export.pdf') })).ok).toBe(true);
      const chairFingerprint = verified.ok ? (verified.value as { signatures: { certificateFingerprint: string }[] }).signatures[0]!.certificateFingerprint : '';
      expect((await api.invoke('minutesTrustAdd', { fingerprint: chairFingerprint.toUpperCase() })).ok).toBe(true);
      const trusted = await api.invoke('minutesVerify', { pdf: at('export.pdf') });
      expect(trusted.ok && (trusted.value as { signatures: { trusted: boolean }[] }).signatures.map((s) => s.trusted)).toEqual([true, false]);
    } finally {
      current.close();
    }
    const bytes = readFileSync(session);
    for (const form of [Buffer.from(PASSWORD, 'utf8'), Buffer.from('Sésame', 'utf8'), Buffer.from('Sésame', 'utf16le')]) expect(bytes.includes(form)).toBe(false);
    const db = await openSessionDb(session);
    const audit = (db.prepare('SELECT action, payload FROM audit_log').all() as { action: string; payload: string }[]);
    db.close();
    expect(audit.filter((a) => a.action === 'minutes.sign')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('Sésame');
  }, 120_000);
});

describe('the audit anchor the minutes carry', () => {
  it('is the chain head when generated, reached by the chain, and no longer once the row is rewritten', async () => {
    const { chainReachesMinutes, minutesAuditAnchor } = await import('../../../main/minutes/auditAnchor.ts');
    const pdf = readFileSync(at('pv2.pdf'));
    const anchor = await minutesAuditAnchor(pdf);
    expect(anchor).toMatch(/^[0-9a-f]{64}$/);
    const db = await openSessionDb(session);
    try {
      expect(await chainReachesMinutes(db, pdf)).toBe(true);
      db.prepare('UPDATE audit_log SET hash = ? WHERE hash = ?').run('f'.repeat(64), anchor);
      expect(await chainReachesMinutes(db, pdf)).toBe(false);
    } finally {
      db.close();
    }
  });
});
