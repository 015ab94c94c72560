/**
 * The packages of all members at once (issue 11, « pour un membre ou pour tous »), through the api with the loop the
 * interface runs (renderer/src/exchange/allPackages.ts): one package per scoring member, each with its own
 * passphrase that opens it and opens no other member's; a recusal strips that member's package only; a member whose
 * file cannot be written fails alone and the members after it still get theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../../common/domain/types.ts';
import { packageFileName } from '../../../common/exchange/fileNames.ts';
import type { PackageIssued } from '../../../common/exchange/records.ts';
import type { Result } from '../../../common/result.ts';
import { scoresInSession } from '../../../common/scoring/input.ts';
import { openPackage } from '../../../main/exchange/packageCipher.ts';
import { exportEach, type MemberOutcome } from '../../../renderer/src/exchange/allPackages.ts';
import { call, cli, newApi, tempDir } from './fixture.ts';

let dir: string;
let scorers: Member[];
let observers: Member[];
let outcomes: MemberOutcome<PackageIssued>[];
let steps: MemberOutcome<PackageIssued>[][];
let dossierCount: number;
let recusedMember: string;
let failing: string;

beforeAll(async () => {
  dir = tempDir();
  const session = join(dir, 's.comitia');
  expect((await cli('demo', session)).code).toBe(0);
  const api = newApi(dir);
  await call(api, 'sessionOpen', { path: session });
  const members = await call<Member[]>(api, 'membersList', {});
  scorers = members.filter((m) => scoresInSession(m.role));
  observers = members.filter((m) => !scoresInSession(m.role));
  const dossiers = await call<{ id: string }[]>(api, 'dossiersList', {});
  dossierCount = dossiers.length;
  recusedMember = scorers[0]!.id;
  await call(api, 'conflictSet', { member: recusedMember, dossier: dossiers[0]!.id, reason: 'Élu de la commune' });
  // The second member's package is asked in a folder that does not exist: that one write fails.
  failing = scorers[1]!.id;
  const outs = scorers.map((m) => join(m.id === failing ? join(dir, 'absent') : dir, packageFileName(m.id, '2026-12-02')));
  steps = [];
  outcomes = await exportEach<PackageIssued>(
    scorers.map((m) => m.id),
    (member, i) => api.invoke('packageExport', { member, out: outs[i] }) as Promise<Result<PackageIssued>>,
    (list) => steps.push(list),
  );
  api.context.session.close();
});

describe('the packages of all members', () => {
  it('are one per scoring member, in order, the observers left out', () => {
    expect(scorers.length).toBeGreaterThanOrEqual(3);
    expect(observers.length).toBeGreaterThan(0);
    expect(outcomes.map((o) => o.member)).toEqual(scorers.map((m) => m.id));
    // Progress: every member is said running, then settled (2 steps per member).
    expect(steps).toHaveLength(2 * scorers.length);
    expect(steps[0]![0]!.state).toBe('running');
    expect(steps[0]![1]!.state).toBe('waiting');
  });

  it('fail for one member alone: the members after it still get their package', () => {
    const failed = outcomes.filter((o) => o.state === 'failed');
    expect(failed.map((o) => o.member)).toEqual([failing]);
    expect(outcomes.filter((o) => o.state === 'done')).toHaveLength(scorers.length - 1);
    expect(outcomes.at(-1)!.state).toBe('done');
  });

  it('each open with their own passphrase and not with another member’s', async () => {
    const done = outcomes.flatMap((o) => (o.state === 'done' ? [o.value] : []));
    const passphrases = done.map((p) => p.passphrase!);
    expect(passphrases.every((p) => p.split(' ').length === 6)).toBe(true);
    expect(new Set(passphrases).size).toBe(done.length);
    for (const [i, pkg] of done.entries()) {
      const bytes = readFileSync(pkg.out);
      await expect(openPackage(bytes, pkg.passphrase!, pkg.out)).resolves.toBeInstanceOf(Buffer);
      const other = passphrases[(i + 1) % passphrases.length]!;
      await expect(openPackage(bytes, other, pkg.out)).rejects.toMatchObject({ code: 'exchange.wrong_passphrase' });
    }
  });

  it('strip a recused dossier from that member’s package only', () => {
    const dossiersOf = (member: string) => outcomes.flatMap((o) => (o.state === 'done' && o.member === member ? [o.value.dossiers] : []));
    expect(dossiersOf(recusedMember)).toEqual([dossierCount - 1]);
    for (const m of scorers.slice(2)) expect(dossiersOf(m.id)).toEqual([dossierCount]);
  });
});
