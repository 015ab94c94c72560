/**
 * The journal's filters as auditList takes them (main/db/auditRepo.ts): an action prefix, an actor, a dossier, and
 * a date range whose days are whole (`at` is an ISO instant; the last day runs to its last millisecond), paged.
 * And the kind an entry is shown under: the first segment of its action, singular.
 */
import type { ComitiaApi } from '../../../../common/api/contract.ts';
import type { fr } from '../../../../common/i18n/interface/decisions.ts';

export type AuditKind = keyof (typeof fr)['audit']['kinds'];

/** The kinds offered in the filter, each an action prefix (`score` also matches `scores.import`). */
export const AUDIT_FILTER_KINDS: readonly AuditKind[] = [
  'decision', 'vote', 'score', 'conflict', 'attendance', 'meeting', 'note', 'session', 'postlock', 'motivation_phrases',
];

export const AUDIT_PAGE_SIZE = 50;

export interface AuditForm {
  kind: AuditKind | '';
  actor: string;
  dossier: string;
  /** YYYY-MM-DD or empty. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditForm = { kind: '', actor: '', dossier: '', from: '', to: '' };

/** auditList's argument, as the contract declares it. */
export type AuditQuery = Parameters<ComitiaApi['auditList']>[0];

export function auditQuery(form: AuditForm, page: number): AuditQuery {
  const q: AuditQuery = { offset: page * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE };
  if (form.kind) q.actionPrefix = form.kind;
  if (form.actor.trim()) q.actor = form.actor.trim();
  if (form.dossier.trim()) q.dossier = form.dossier.trim();
  if (form.from) q.from = form.from;
  if (form.to) q.to = `${form.to}T23:59:59.999Z`;
  return q;
}

const SINGULAR: Readonly<Record<string, AuditKind>> = { conflicts: 'conflict', scores: 'score' };

/** The kind an action is listed under, or null for an action this list does not name. */
export function auditKind(action: string, known: readonly string[]): AuditKind | null {
  const head = action.split('.')[0]!;
  const kind = SINGULAR[head] ?? head;
  return known.includes(kind) ? (kind as AuditKind) : null;
}

export type AuditActionKey = keyof (typeof fr)['audit']['actions'];

/** The catalogue key of an action that has its own words (`decision.promote` → `decision_promote`), else null. */
export function auditActionKey(action: string, known: readonly string[]): AuditActionKey | null {
  const key = action.replaceAll('.', '_');
  return known.includes(key) ? (key as AuditActionKey) : null;
}

/** What an entry concerns, read from its payload: the dossier and the member it names at its top level. */
export function auditSubject(payload: unknown): { dossier: string | null; member: string | null } {
  const p = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  return {
    dossier: typeof p.dossier === 'string' ? p.dossier : null,
    member: typeof p.member === 'string' ? p.member : null,
  };
}
