/**
 * The words of the `comitia` command: the language chosen for this run, and a typed way to say a catalogue
 * message in it (common/i18n/messages/cli.ts for the CLI's own texts; the core's codes for its errors).
 */
import type { Language } from '../../common/domain/types.ts';
import { message, type MessageCode, type ParamArgs } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';

export type Say = <C extends MessageCode>(code: C, ...args: ParamArgs<C>) => string;

export function sayIn(language: Language): Say {
  return (code, ...args) => messageText(message(code, ...args), language);
}

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * French unless told otherwise: `--lang en` (or `--lang=en`) wins, else the locale of the terminal (LC_ALL, then
 * LANG, as POSIX orders them) when it starts with `en`. Read before the commands are declared, since their help
 * is written in it; a `--lang` value that is neither is refused later, as a usage error.
 */
export function cliLanguage(argv: readonly string[], env: Environment): Language {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'fr' || value === 'en') return value;
  }
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
