/**
 * The core's message catalogues: one namespace per part of the core, each file holding the French original and its
 * English translation. A message leaves the core as `{code, params}` (`code` = `<namespace>.<key>`); the edges
 * choose the words: the interface in French or English (i18next namespace `messages`), the CLI in French unless
 * told otherwise, the minutes in French.
 */
import * as cli from './cli.ts';
import * as core from './core.ts';
import * as deliberation from './deliberation.ts';
import * as exchange from './exchange.ts';
import * as grid from './grid.ts';
import * as importing from './import.ts';
import * as minutes from './minutes.ts';
import * as scoring from './scoring.ts';
import * as selection from './selection.ts';
import * as session from './session.ts';
import * as shell from './shell.ts';
import * as signing from './signing.ts';
import * as validation from './validation.ts';
import * as web from './web.ts';

export const messagesFr = {
  core: core.fr,
  validation: validation.fr,
  session: session.fr,
  grid: grid.fr,
  scoring: scoring.fr,
  deliberation: deliberation.fr,
  selection: selection.fr,
  import: importing.fr,
  web: web.fr,
  shell: shell.fr,
  cli: cli.fr,
  signing: signing.fr,
  minutes: minutes.fr,
  exchange: exchange.fr,
} as const;

export const messagesEn = {
  core: core.en,
  validation: validation.en,
  session: session.en,
  grid: grid.en,
  scoring: scoring.en,
  deliberation: deliberation.en,
  selection: selection.en,
  import: importing.en,
  web: web.en,
  shell: shell.en,
  cli: cli.en,
  signing: signing.en,
  minutes: minutes.en,
  exchange: exchange.en,
};

export type MessageCatalogue = typeof messagesFr;
