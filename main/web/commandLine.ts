/**
 * The web shell's command line: one table of options, from which node:util's parseArgs reads the arguments and the
 * help is written, so the two never disagree. A mistake is a usage error (exit 2, one line), not a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help, for a string option. */
  value?: string;
  description: MessageCode;
}

export const WEB_OPTIONS = {
  session: { type: 'string', value: 'FICHIER', description: 'web.option_session' },
  empty: { type: 'boolean', description: 'web.option_empty' },
  'read-only': { type: 'boolean', description: 'web.option_read_only' },
  'sessions-dir': { type: 'string', value: 'DOSSIER', description: 'web.option_sessions_dir' },
  port: { type: 'string', value: 'N', description: 'web.option_port' },
  'data-dir': { type: 'string', value: 'DOSSIER', description: 'web.option_data_dir' },
  renderer: { type: 'string', value: 'DOSSIER', description: 'web.option_renderer' },
  help: { type: 'boolean', short: 'h', description: 'web.option_help' },
} as const satisfies Record<string, OptionSpec>;

export interface WebArguments {
  session?: string;
  empty?: boolean;
  'read-only'?: boolean;
  'sessions-dir'?: string;
  port?: number;
  'data-dir'?: string;
  renderer?: string;
  help?: boolean;
}

export type ParsedCommandLine = { ok: true; values: WebArguments } | { ok: false; message: string };

/** The help text, generated from WEB_OPTIONS. */
export function webUsage(): string {
  const rows = Object.entries(WEB_OPTIONS).map(([name, spec]: [string, OptionSpec]) => [
    `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    messageText({ code: spec.description }),
  ]);
  const width = Math.max(...rows.map(([flag]) => flag!.length));
  return [
    messageText({ code: 'web.usage' }),
    '',
    messageText({ code: 'web.usage_intro' }),
    '',
    ...rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`),
  ].join('\n');
}

export function parseWebArguments(argv: string[]): ParsedCommandLine {
  const options = Object.fromEntries(
    Object.entries(WEB_OPTIONS).map(([name, spec]: [string, OptionSpec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]),
  ) as ParseArgsConfig['options'];
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as typeof values;
  } catch (error) {
    // parseArgs names the unknown option or the missing value, in English: shown as it is, with the way to help.
    return { ok: false, message: messageText({ code: 'web.usage_error', params: { detail: (error as Error).message } }) };
  }
  const { port, ...rest } = values;
  if (port === undefined) return { ok: true, values: rest as WebArguments };
  const number = Number(port);
  if (typeof port !== 'string' || !/^\d{1,5}$/.test(port) || number > 65535) {
    return { ok: false, message: messageText({ code: 'web.bad_port', params: { value: String(port) } }) };
  }
  return { ok: true, values: { ...(rest as WebArguments), port: number } };
}
