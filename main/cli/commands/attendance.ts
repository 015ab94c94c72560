/**
 * `comitia attendance SESSION [--set FILE.json] [--meeting ID] [--json]`: the attendance sheet of a meeting (the
 * latest one by default) with the quorum, read or replaced by `[{"member", "status", "by"}]`. When the session has no
 * meeting yet, `--set` opens one dated today, in the room.
 */
import type { CliRuntime } from '../context.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';
import { meetingOption } from './meetingOption.ts';

export function registerAttendanceCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('attendance')
    .description(cli.say('cli.cmd_attendance'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--set <FILE.json>', cli.say('cli.opt_attendance_set'))
    .option('--meeting <ID>', cli.say('cli.opt_meeting'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { set?: string; meeting?: string; json?: boolean }) => {
      await cli.open(path);
      let meeting = meetingOption(cli, options.meeting);
      if (options.set !== undefined) {
        const entries = readJsonFile(options.set);
        if (meeting === null && (await cli.call('meetingsList', {})).length === 0) {
          meeting = (await cli.call('meetingCreate', { date: new Date().toISOString().slice(0, 10), kind: 'room' })).id;
        }
        const view = await cli.call('attendanceSet', { meeting, entries }, fromFile(options.set, 'entries'));
        if (options.json) return cli.json(view);
        const { counted, required, met } = view.quorum;
        return cli.out(cli.say(met ? 'cli.attendance_saved_quorum' : 'cli.attendance_saved_no_quorum', { meeting: view.meeting.id, counted, required }));
      }
      const view = await cli.call('attendanceGet', { meeting });
      if (options.json) return cli.json(view);
      for (const e of view.entries) cli.out(`${e.member.padEnd(24)} ${e.status}${e.by ? ` (${e.by})` : ''}`);
      const { counted, required, met } = view.quorum;
      cli.out(cli.say(met ? 'cli.quorum_met' : 'cli.quorum_not_met', { counted, required }));
    });
}
