/**
 * Where a refusal of the core belongs in the room's forms, so its message shows next to the field at fault: the core's
 * attendance rules name the member (`params.member`, or the proxy `holder` who holds too many), zod's issues name a
 * path (`entries[3].by`, `guests[0].name`, `date`). Pure: words come from messageText in the given language.
 */
import type { Language } from '../../../../common/domain/types.ts';
import { errorIssues, messageText } from '../../../../common/i18n/translateMessage.ts';
import type { AppErrorShape } from '../../../../common/result.ts';

export interface RefusalPlaces {
  /** By member id: the message for that row of the attendance sheet. */
  members: Map<string, string>;
  /** By form field (`date`, `place`, `guests[0].name`…): the message for that field. */
  fields: Map<string, string>;
  /** What belongs to no row or field (shown above the form), or null. */
  general: string | null;
}

const add = (map: Map<string, string>, key: string, text: string) => map.set(key, map.has(key) ? `${map.get(key)!} ; ${text}` : text);

export function refusalPlaces(error: AppErrorShape, language: Language, entryMembers: readonly string[] = []): RefusalPlaces {
  const members = new Map<string, string>();
  const fields = new Map<string, string>();
  const issues = errorIssues(error);
  if (issues.length === 0) {
    const text = messageText(error, language);
    const params = error.params ?? {};
    // too_many_proxies names the holder only; the others name the member whose line is wrong.
    const who = typeof params.member === 'string' ? params.member : typeof params.holder === 'string' ? params.holder : null;
    if (who !== null && entryMembers.includes(who)) {
      add(members, who, text);
      return { members, fields, general: null };
    }
    return { members, fields, general: text };
  }
  const left: string[] = [];
  for (const issue of issues) {
    const text = messageText(issue, language);
    const entry = /^entries\[(\d+)\]/.exec(issue.field);
    const member = entry ? entryMembers[Number(entry[1])] : undefined;
    if (member !== undefined) add(members, member, text);
    else if (issue.field) add(fields, issue.field, text);
    else left.push(text);
  }
  return { members, fields, general: left.length ? left.join(' ; ') : null };
}
