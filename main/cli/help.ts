/**
 * Usage lines and help pages, written from the commands' declarations (names, arguments, options, descriptions):
 * nothing here lists a command by hand, so a new command or option shows up in `--help` and in usage errors by
 * being declared. Commander's own help is replaced because its headings are English only.
 */
import type { Argument, Command, Option } from 'commander';
import type { Say } from './texts.ts';

/** `comitia scores import`: the names from the root down. */
export function commandPath(cmd: Command): string[] {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names;
}

const argumentTerm = (a: Argument): string => {
  const name = a.variadic ? `${a.name()}…` : a.name();
  return a.required ? name : `[${name}]`;
};

/** `--set FILE.json` rather than commander's `--set <FILE.json>`: the README's and the old usage's way. */
const optionTerm = (o: Option): string => o.flags.replace(/<([^>]+)>/g, '$1');

/** The options declared on the command (its usage), without the help option commander adds to each. */
const declaredOptions = (cmd: Command): Option[] => cmd.options.filter((o) => !o.hidden);

/** What the help lists: the declared options and `-h, --help`. */
const ownOptions = (cmd: Command): Option[] => cmd.createHelp().visibleOptions(cmd);

function leaves(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => (c.commands.length ? leaves(c) : [c]));
}

/**
 * The command's usage: `comitia grid SESSION [--json] [--set FILE.json] …`. A group (`scores`) has one line per
 * sub-command; the root names the global options and a command.
 */
export function usageLines(cmd: Command, say: Say): string[] {
  if (!cmd.parent) {
    const globals = declaredOptions(cmd).map((o) => `[${optionTerm(o)}]`);
    return [[cmd.name(), ...globals, say('cli.usage_command')].join(' ')];
  }
  if (cmd.commands.length) return leaves(cmd).flatMap((c) => usageLines(c, say));
  // A required option (`package export … --member ID`) is written without brackets.
  const options = declaredOptions(cmd).map((o) => (o.mandatory ? optionTerm(o) : `[${optionTerm(o)}]`));
  return [[...commandPath(cmd), ...cmd.registeredArguments.map(argumentTerm), ...options].join(' ')];
}

function section(title: string, items: [term: string, description: string][]): string[] {
  if (!items.length) return [];
  const width = Math.max(...items.map(([term]) => term.length));
  return ['', title, ...items.map(([term, description]) => `  ${term.padEnd(width)}  ${description}`.trimEnd())];
}

/** The whole help page of a command (or of the root): usage, description, arguments, options, commands. */
export function helpText(cmd: Command, say: Say): string {
  const lines = usageLines(cmd, say).map((usage) => say('cli.help_usage', { usage }));
  const description = cmd.description();
  if (description) lines.push('', description);
  lines.push(...section(say('cli.help_arguments'), cmd.registeredArguments.map((a) => [argumentTerm(a), a.description])));
  const own = ownOptions(cmd).map((o): [string, string] => [optionTerm(o), o.description]);
  const globals: [string, string][] = [];
  for (let c = cmd.parent; c; c = c.parent) {
    for (const o of declaredOptions(c)) globals.push([optionTerm(o), o.description]);
  }
  // The root's own options are the global ones.
  if (cmd.parent) {
    lines.push(...section(say('cli.help_options'), own), ...section(say('cli.help_global_options'), globals));
  } else {
    lines.push(...section(say('cli.help_global_options'), own));
  }
  if (cmd.commands.length) {
    // Long usages (import, scoring-settings) read better with the description on the line below.
    lines.push('', say('cli.help_commands'));
    for (const leaf of leaves(cmd)) {
      for (const usage of usageLines(leaf, say)) lines.push(`  ${usage.split(' ').slice(1).join(' ')}`);
      lines.push(`      ${leaf.description()}`);
    }
  }
  if (!cmd.parent) lines.push('', say('cli.help_more'), say('cli.help_exit_codes'));
  return lines.join('\n');
}
