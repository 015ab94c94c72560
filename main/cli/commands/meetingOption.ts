/** `--meeting ID` of the deliberation commands: a positive integer; omitted, the latest meeting (null). */
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';

export function meetingOption(cli: CliRuntime, value: string | undefined): number | null {
  if (value === undefined) return null;
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) {
    throw new UsageError(cli.say('cli.choice_expected', { option: '--meeting', choices: cli.say('cli.meeting_id'), value }), cli.action);
  }
  return id;
}
