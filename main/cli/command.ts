/** What every `comitia` sub-command is: a name, a usage line, and a run function returning the exit code. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  name: string;
  /** One line, e.g. `info FILE [--json]`. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: exit code 2 with the usage. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

/**
 * Splits arguments into positionals and `--flag [value]` options. `booleans` lists flags that take no value.
 * Unknown flags are usage errors, so a typo never runs a command with a default it did not mean.
 */
export function parseArgs(
  args: string[],
  spec: { booleans?: string[]; values?: string[]; positionals: number; optionalPositionals?: number },
): { positionals: string[]; flags: Map<string, string | true> } {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (spec.booleans?.includes(name)) flags.set(name, true);
      else if (spec.values?.includes(name)) {
        const v = args[i + 1];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`l'option --${name} attend une valeur`);
        flags.set(name, v);
        i += 1;
      } else throw new UsageError(`option inconnue : ${a}`);
    } else positionals.push(a);
  }
  const max = spec.positionals + (spec.optionalPositionals ?? 0);
  if (positionals.length < spec.positionals || positionals.length > max) {
    throw new UsageError(`nombre d'arguments inattendu (${positionals.length})`);
  }
  return { positionals, flags };
}
