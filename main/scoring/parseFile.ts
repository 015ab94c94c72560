/** Reads a JSON file handed to the CLI and validates it, naming the first faulty field in French. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { fieldName, issueMessage } from '../../common/api/validate.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';
import { AppError } from '../../common/result.ts';

export function parseWith<S extends z.ZodType>(schema: S, json: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: fieldName(i.path), message: messageText(issueMessage(i)) }));
  const first = issues[0]!;
  const where = first.field ? `entrée ${first.field} : ` : '';
  throw new AppError('invalid_file', `${what} invalide, ${where}${first.message}.`, { issues });
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('not_found', `Fichier « ${path} » illisible (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}).`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('invalid_file', `« ${path} » n'est pas un JSON lisible (${(cause as Error).message}).`);
  }
}
