/**
 * Words for the core's messages at the edges that are not the interface: the CLI (French by default, English on
 * request) and the minutes (French). The same i18next engine and catalogues as the interface, so interpolation,
 * plurals and number formatting agree everywhere.
 */
import i18next from 'i18next';
import type { Language } from '../domain/types.ts';
import type { AppErrorShape } from '../result.ts';
import { isMessageCode } from './messageCode.ts';
import { messagesEn, messagesFr } from './messages/index.ts';
import { runtimeLookup, type RuntimeLookup } from './translation.ts';

export const MESSAGES_NAMESPACE = 'messages';

/** The catalogues in i18next's `resources` shape, for the renderer's instance and for this one. */
export const messageResources = {
  fr: { [MESSAGES_NAMESPACE]: messagesFr },
  en: { [MESSAGES_NAMESPACE]: messagesEn },
} as const;

const translators = new Map<Language, RuntimeLookup>();

function translator(language: Language): RuntimeLookup {
  let t = translators.get(language);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      resources: messageResources,
      lng: language,
      fallbackLng: 'fr',
      ns: [MESSAGES_NAMESPACE],
      defaultNS: MESSAGES_NAMESPACE,
      // Nothing here is HTML: the terminal and the PDF take text as it is.
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    t = runtimeLookup(instance.t.bind(instance));
    translators.set(language, t);
  }
  return t;
}

/**
 * What a person reads for a message: the catalogue's text with its parameters. A code the catalogue does not know
 * (a newer file read by an older version) is shown as it is rather than hidden.
 */
export function messageText(message: Pick<AppErrorShape, 'code' | 'params'>, language: Language = 'fr'): string {
  const params = message.params ?? {};
  if (isMessageCode(message.code)) return String(translator(language)(message.code, params));
  return message.code;
}

/** One problem of a refused argument or file: where it is, and what is wrong there. */
export interface IssueMessage {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** The problems an error carries in `details.issues` (zod validation, file checks), if any. */
export function errorIssues(error: Pick<AppErrorShape, 'details'>): IssueMessage[] {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is IssueMessage => typeof i === 'object' && i !== null && typeof (i as IssueMessage).code === 'string',
  );
}

/** The whole of an error as text: its message, then every problem it lists, each naming its field. */
export function errorText(error: AppErrorShape, language: Language = 'fr'): string {
  const lines = [messageText(error, language)];
  for (const issue of errorIssues(error)) {
    const problem = messageText(issue, language);
    lines.push(issue.field ? messageText({ code: 'validation.issue_at', params: { field: issue.field, problem } }, language) : problem);
  }
  return lines.join('\n  ');
}
