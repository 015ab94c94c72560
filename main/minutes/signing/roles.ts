/**
 * Who signs the minutes: the chair first, then the secretary (shared/design/domain.md). The role is recorded in
 * the signature dictionary's /Reason as its French label ("Président de séance", "Secrétaire de séance"), which
 * every PDF reader shows as the reason for signing; the verifier reads it back from there (and accepts the English
 * label and the bare code as well, for files made with another interface language).
 */
import { messagesEn, messagesFr } from '../../../common/i18n/messages/index.ts';

export const SIGNER_ROLES = ['chair', 'secretary'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** The French label of a role, written in /Reason and in the visible signature box. */
export function roleLabel(role: SignerRole): string {
  return role === 'chair' ? messagesFr.signing.role_chair : messagesFr.signing.role_secretary;
}

/** The role a signature's /Reason names, or null when it names none of ours (a signature made elsewhere). */
export function roleFromReason(reason: string | undefined): SignerRole | null {
  const text = reason?.trim().toLowerCase();
  if (!text) return null;
  for (const role of SIGNER_ROLES) {
    const key = role === 'chair' ? 'role_chair' : 'role_secretary';
    if ([role, messagesFr.signing[key], messagesEn.signing[key]].some((label) => label.toLowerCase() === text)) return role;
  }
  return null;
}
