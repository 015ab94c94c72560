import type { Command } from '../command.ts';
import { demoCommand, infoCommand, newCommand } from '../sessionCommands.ts';
import { scoringCommands } from '../scoringCommands.ts';
import { importCommands } from '../importCommands.ts';

/** Every sub-command of `comitia`. A capability adds its commands here (one line each). */
export const commands: readonly Command[] = [newCommand, demoCommand, infoCommand, ...scoringCommands, ...importCommands];
