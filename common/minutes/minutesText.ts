/**
 * The French words of the minutes and letters: the `minutes` catalogue (common/i18n/messages/minutes.ts) through
 * the core's translator, then French typography (frenchTypography.ts), so that catalogue texts and the data typed
 * by the secretariat (motivations, reasons) are printed with the same spaces.
 */
import type { MessageCode, ParamValue } from '../i18n/messageCode.ts';
import { messageText } from '../i18n/translateMessage.ts';
import { frenchPunctuation } from './frenchTypography.ts';
import type { AttendanceStatus, DecisionCode } from './types.ts';

/** The catalogue's French text for a `minutes.*` code, typographed. */
export function minutesText(code: MessageCode & `minutes.${string}`, params?: Record<string, ParamValue>): string {
  return frenchPunctuation(messageText(params ? { code, params } : { code }, 'fr'));
}

/** Free text typed by people (motivations, reasons), typographed. */
export function typeset(text: string): string {
  return frenchPunctuation(text.trim());
}

export function decisionLabel(decision: DecisionCode | undefined): string {
  return minutesText(decision ? `minutes.d_${decision}` : 'minutes.d_pending');
}

export function attendanceLabel(status: AttendanceStatus): string {
  return minutesText(`minutes.s_${status}`);
}
