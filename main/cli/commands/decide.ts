/**
 * `comitia decide SESSION [--set FILE.json] [--reason TEXT] [--quorum-override TEXT] [--meeting ID] [--json]`: the
 * decisions, listed or recorded from `[{"dossier", "decision", "motivation", "waitlistPosition", "votes"}]` in one
 * transaction, rejected whole on an invalid entry. `decision` is the committee's word (`retenu`, `retenu sous
 * réserve`, `liste d'attente`, `non retenu`, `ajourné`) or the core's code; `votes` is `{"pour", "contre",
 * "abstention"}` or a list `[{"member", "choice", "castBy"}]`. After the lock, `--reason` is required.
 */
import type { DecisionKind } from '../../../common/deliberation/decisions.ts';
import type { CliRuntime } from '../context.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';
import { meetingOption } from './meetingOption.ts';

/** The committee's words (accents and apostrophes as typed, or not) for the core's codes. */
const DECISION_WORDS: Record<string, DecisionKind> = {
  retenu: 'retenu',
  'retenu sous réserve': 'retenu_sous_reserve',
  'retenu sous reserve': 'retenu_sous_reserve',
  "liste d'attente": 'liste_attente',
  'liste d’attente': 'liste_attente',
  'non retenu': 'non_retenu',
  ajourné: 'ajourne',
  ajourne: 'ajourne',
};

export const decisionCode = (word: unknown): unknown =>
  typeof word === 'string' ? (DECISION_WORDS[word.trim().toLowerCase()] ?? word.trim()) : word;

/** One entry of the file as the API takes it; anything unexpected is passed on for the schema to name. */
function toApiEntry(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
  const { decision, votes, ...rest } = entry as Record<string, unknown>;
  const ballot = votes == null ? undefined : Array.isArray(votes) ? { kind: 'members', votes } : { kind: 'counts', counts: votes };
  return { ...rest, decision: decisionCode(decision), ...(ballot ? { ballot } : {}) };
}

export function registerDecideCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('decide')
    .description(cli.say('cli.cmd_decide'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--set <FILE.json>', cli.say('cli.opt_decide_set'))
    .option('--reason <TEXT>', cli.say('cli.opt_reason'))
    .option('--quorum-override <TEXT>', cli.say('cli.opt_quorum_override'))
    .option('--meeting <ID>', cli.say('cli.opt_meeting'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { set?: string; reason?: string; quorumOverride?: string; meeting?: string; json?: boolean }) => {
      await cli.open(path);
      const meeting = meetingOption(cli, options.meeting);
      if (options.set !== undefined) {
        const raw: unknown = readJsonFile(options.set);
        const decisions = (Array.isArray(raw) ? raw.map(toApiEntry) : raw) as never;
        const result = await cli.call(
          'decisionsRecord',
          {
            decisions,
            meeting,
            reason: options.reason ?? null,
            quorumOverride: options.quorumOverride === undefined ? null : { reason: options.quorumOverride },
          },
          fromFile(options.set, 'decisions'),
        );
        if (options.json) return cli.json(result);
        return cli.out(cli.say('cli.decisions_saved', { count: result.decisions.length, votes: result.votes.length }));
      }
      const decisions = await cli.call('decisionsList', {});
      if (options.json) return cli.json(decisions);
      for (const d of decisions) {
        const position = d.waitlistPosition === null ? '' : ` #${d.waitlistPosition}`;
        cli.out(`${d.dossier.padEnd(12)} ${cli.say(`deliberation.decision_${d.decision}`)}${position}  ${d.motivation}`);
      }
    });
}
