/**
 * A refusal of the core, as the Réglages forms show it (issue 8): every problem it lists (details.issues), each
 * naming its field in the user's words (`members[8].id` → « Identifiant du membre n° 9 »), and the set of fields at
 * fault so that the form can mark them. Pure: the words come from the `t` it is given.
 */
import type { Language } from '../../../../common/domain/types.ts';
import { errorIssues, messageText } from '../../../../common/i18n/translateMessage.ts';
import type { AppErrorShape } from '../../../../common/result.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The key (namespace `scoringSettings`, under `field.`) and parameters naming a field path; null when unknown. */
export function fieldLabelKey(path: string): { key: string; params: Record<string, string> } | null {
  const n = (index: string | undefined) => String(Number(index) + 1);
  const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  let m: RegExpExecArray | null;
  if ((m = /^scale(?:\.(min|max|step))?$/.exec(path))) return { key: m[1] ? `scale${cap(m[1])}` : 'scale', params: {} };
  if ((m = /^criteria\[(\d+)\]\.levels\.(.+)$/.exec(path))) return { key: 'criterionLevel', params: { n: n(m[1]), level: m[2]! } };
  if ((m = /^criteria\[(\d+)\]\.scale\.(min|max|step)$/.exec(path))) return { key: `criterionScale${cap(m[2]!)}`, params: { n: n(m[1]) } };
  if ((m = /^criteria\[(\d+)\](?:\.(id|label|section|description|weight|scale|levels))?$/.exec(path))) {
    return { key: m[2] ? `criterion${cap(m[2])}` : 'criterion', params: { n: n(m[1]) } };
  }
  if ((m = /^eligibility\[(\d+)\](?:\.(id|label|description))?$/.exec(path))) {
    return { key: m[2] ? `check${cap(m[2])}` : 'check', params: { n: n(m[1]) } };
  }
  if ((m = /^tieBreak\[(\d+)\]$/.exec(path))) return { key: 'tieBreakRule', params: { n: n(m[1]) } };
  if ((m = /^members\[(\d+)\](?:\.(id|name|institution|role))?$/.exec(path))) {
    return { key: m[2] ? `member${cap(m[2])}` : 'member', params: { n: n(m[1]) } };
  }
  if (path === 'criteria' || path === 'tieBreak' || path === 'members' || path === 'rankBy' || path === 'blind' || path === 'divergenceThreshold') {
    return { key: path, params: {} };
  }
  if (path === 'eligibility') return { key: 'checks', params: {} };
  if ((m = /^weights\.(.+)$/.exec(path))) return { key: 'whatIfWeight', params: { label: m[1]! } };
  if (/^excludeMembers(\[\d+\])?$/.test(path)) return { key: 'whatIfExcluded', params: {} };
  return null;
}

export interface FieldProblem {
  /** The path as the core gave it ('' for the whole form). */
  field: string;
  /** Ready to read: « Poids du critère n° 2 : le poids doit être positif ou nul ». */
  text: string;
}

export interface RefusalView {
  headline: string;
  problems: FieldProblem[];
  /** Field paths at fault, for the form to mark its inputs. */
  fields: ReadonlySet<string>;
}

/**
 * Words for a refusal. With listed problems the headline is the form's own (`refusedKey`, counted): the core's
 * « membersSet : argument invalide » names a method, which the interface never shows. `relabel` may rename a
 * label's parameter (e.g. a criterion id into its label).
 */
export function refusalView(
  error: AppErrorShape,
  t: Translate,
  language: Language,
  refusedKey: string,
  relabel: (params: Record<string, string>) => Record<string, string> = (p) => p,
): RefusalView {
  const issues = errorIssues(error);
  if (!issues.length) return { headline: messageText(error, language), problems: [], fields: new Set() };
  const problems = issues.map((issue) => {
    const problem = messageText(issue, language);
    const label = issue.field ? fieldLabelKey(issue.field) : null;
    const field = label ? t(`field.${label.key}`, relabel(label.params)) : issue.field;
    return { field: issue.field, text: field ? t('problemAt', { field, problem }) : problem };
  });
  return { headline: t(refusedKey, { count: problems.length }), problems, fields: new Set(issues.map((i) => i.field)) };
}

/** What an input at `path` carries (its own `className` kept) when the last refusal names it. */
export function invalidProps(
  fields: ReadonlySet<string> | undefined,
  path: string,
  className?: string,
): { 'aria-invalid'?: true; className?: string } {
  if (!fields?.has(path)) return className ? { className } : {};
  return { 'aria-invalid': true, className: className ? `${className} field-invalid` : 'field-invalid' };
}

/** Whether the refusal names `prefix` or a field inside it (to open a folded criterion that holds one). */
export function touches(fields: ReadonlySet<string> | undefined, prefix: string): boolean {
  if (!fields) return false;
  for (const f of fields) if (f === prefix || f.startsWith(`${prefix}.`) || f.startsWith(`${prefix}[`)) return true;
  return false;
}
