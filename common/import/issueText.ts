/**
 * The words for an import's row issues and a dossier's stored warnings, at the edges (interface, CLI): the message
 * in the language asked, after its column when it has one ("Code INSEE : code INSEE « 99999 » absent…").
 */
import type { DossierWarning, Language } from '../domain/types.ts';
import { messageText } from '../i18n/translateMessage.ts';
import { CHANGED_AFTER_SCORING_CODE, CORRECTION_CODES } from './types.ts';

type Coded = Pick<DossierWarning, 'code' | 'params'>;

export const issueText = (issue: Coded, language: Language = 'fr'): string => messageText(issue, language);

export function warningText(w: DossierWarning, language: Language = 'fr'): string {
  const text = messageText(w, language);
  if (!w.column) return text;
  return language === 'fr' ? `${w.column} : ${text}` : `${w.column}: ${text}`;
}

/** A correction the import made that a person should confirm (an échelon taken from the INSEE code, a code proposed). */
export const isCorrection = (issue: Coded): boolean => CORRECTION_CODES.has(issue.code);

export const isChangedAfterScoringWarning = (w: Coded): boolean => w.code === CHANGED_AFTER_SCORING_CODE;
