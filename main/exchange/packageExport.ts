/**
 * Making a member's review package (secretariat → member): a fresh Ed25519 key pair for the member (the private
 * key travels in the package, the public key stays in the session's issued_packages), the member's view of the
 * session (packageContent.ts), sealed with the passphrase (packageCipher.ts) and written atomically.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { PackageIssued } from '../../common/exchange/records.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { insertIssuedPackage, nextPackageSequence, readSessionUuid, writeSessionUuid } from '../db/exchangeRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { stageFile } from '../files/atomicWrite.ts';
import { refuseInMemberMode } from './memberMode.ts';
import { sealPackage } from './packageCipher.ts';
import { memberContent } from './packageContent.ts';
import { checkPassphraseStrength, suggestPassphrase } from './passphrase.ts';

export interface PackageRequest {
  member: string;
  out: string;
  /** Given by the caller (COMITIA_PASSPHRASE), or null: a passphrase is proposed and returned once. */
  passphrase: string | null;
}

export async function exportPackage(db: Db, request: PackageRequest, actor: string | null, now = new Date().toISOString()): Promise<PackageIssued> {
  refuseInMemberMode(db, 'exchange.member_mode_no_package');
  const member = listMembers(db).find((m) => m.id === request.member);
  if (!member) throw new AppError('exchange.unknown_member', { member: request.member });
  if (member.role === 'observer') throw new AppError('exchange.observer', { member: request.member });
  if (request.passphrase !== null) checkPassphraseStrength(request.passphrase);
  const passphrase = request.passphrase ?? suggestPassphrase();

  const sessionUuid = readSessionUuid(db) ?? randomUUID();
  const packageId = randomUUID();
  const keys = generateKeyPairSync('ed25519');
  const privateKey = keys.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
  const publicKey = keys.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

  const content = memberContent(db, { member: member.id, packageId, sessionUuid, privateKey, issuedAt: now });
  const sealed = await sealPackage(content.bytes, passphrase);
  // The package appears under its name only once the session has recorded it: a package the session does not know
  // could never come back, and the member's work on it would be lost. A kill between the commit and the rename
  // leaves a package recorded but not written, which a new export replaces (the crash tests count both).
  const staged = stageFile(request.out, sealed);
  try {
    db.transaction(() => {
      if (!readSessionUuid(db)) writeSessionUuid(db, sessionUuid, now);
      const sequence = nextPackageSequence(db);
      insertIssuedPackage(db, { packageId, member: member.id, publicKey, issuedAt: now, sequence, dossiers: content.dossiers });
      appendAudit(db, 'package.export', { packageId, member: member.id, sequence, dossiers: content.dossiers, publicKey }, actor);
    })();
  } catch (error) {
    staged.abort();
    throw error;
  }
  staged.commit();
  return {
    packageId,
    member: member.id,
    out: request.out,
    issuedAt: now,
    dossiers: content.dossiers,
    passphrase: request.passphrase === null ? passphrase : null,
  };
}
