/** Reads a JSON file handed to the core (committee, conflicts, eligibility) and validates it, listing every faulty field. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { issueMessage } from '../../common/api/validate.ts';
import { AppError } from '../../common/result.ts';

/** `source` names the file for the person who wrote it (e.g. « Comité « membres.json » »). */
export function parseWith<S extends z.ZodType>(schema: S, json: unknown, source: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new AppError('scoring.file_invalid', { source }, { issues: parsed.error.issues.map(issueMessage) });
}

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new AppError('scoring.file_unreadable', { path, detail: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    throw new AppError('scoring.file_not_json', { path, detail: (cause as Error).message });
  }
}
