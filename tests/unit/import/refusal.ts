/** The French words of a refusal the import core raised as a code (AppError), for tests that read them. */
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { AppError } from '../../../common/result.ts';

const words = (error: unknown): string => {
  if (error instanceof AppError) return messageText(error);
  throw error;
};

/** The message of the AppError `fn` throws; fails when it throws none. */
export function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return words(error);
  }
  throw new Error('expected a refusal, got none');
}

/** The message of the AppError `promise` rejects with; fails when it resolves. */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return words(error);
  }
  throw new Error('expected a refusal, got none');
}
