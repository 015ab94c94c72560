/**
 * The packages of all members at once (issue 11, « pour un membre ou pour tous »): the single export, called once per
 * member in turn (each call atomic and audited, each with its own proposed passphrase), where one member's failure
 * is recorded next to that member and does not stop the others. One at a time: sealing is the core's CPU work
 * (scrypt), so calls side by side would not finish sooner and the progress would say less.
 */
import type { AppErrorShape, Result } from '../../../common/result.ts';

export type MemberOutcome<T> =
  | { member: string; state: 'waiting' | 'running' }
  | { member: string; state: 'done'; value: T }
  | { member: string; state: 'failed'; error: AppErrorShape };

export const waiting = <T>(members: readonly string[]): MemberOutcome<T>[] => members.map((member) => ({ member, state: 'waiting' }));

/** Runs `exportOne` for each member in order; `onChange` receives the whole list after every step. */
export async function exportEach<T>(
  members: readonly string[],
  exportOne: (member: string, index: number) => Promise<Result<T>>,
  onChange: (outcomes: MemberOutcome<T>[]) => void,
): Promise<MemberOutcome<T>[]> {
  const outcomes = waiting<T>(members);
  const set = (index: number, outcome: MemberOutcome<T>) => {
    outcomes[index] = outcome;
    onChange([...outcomes]);
  };
  for (const [index, member] of members.entries()) {
    set(index, { member, state: 'running' });
    let result: Result<T>;
    try {
      result = await exportOne(member, index);
    } catch (cause) {
      // A transport failure (the web shell gone, a dropped connection) is this member's failure, not the loop's end.
      result = { ok: false, error: { code: 'core.transport', params: { detail: String(cause) } } };
    }
    set(index, result.ok ? { member, state: 'done', value: result.value } : { member, state: 'failed', error: result.error });
  }
  return outcomes;
}
