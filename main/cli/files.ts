/**
 * JSON files named on the command line (`--set FILE.json`, `--mapping FILE.json`): the CLI reads them, the method
 * they are handed to checks them (its schema and the core's rules), and a refusal names the file.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../common/result.ts';
import type { ArgumentOrigin } from './failures.ts';

/**
 * The file's JSON value. Typed `never` on purpose: it goes, unchecked, into the argument of one method, whose
 * schema is what checks it (an argument typed from the file would only pretend to be checked here).
 */
export function readJsonFile(path: string): never {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('core.file_unreadable', { path, detail: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as never;
  } catch (cause) {
    throw new AppError('cli.json_unreadable', { path, detail: (cause as Error).message });
  }
}

/** The origin of an argument read from `path` and passed as the method's field `under`. */
export const fromFile = (path: string, under: string): ArgumentOrigin => ({ file: path, under });
