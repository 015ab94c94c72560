/**
 * The interface's catalogues, one i18next namespace per capability: `translation` (the shell: navigation, header,
 * areas), then one file per capability exporting `{ fr, en }` (French first; `en` typed `Translation<typeof fr>`).
 * They live in common/ with the core's messages (architecture: catalogues are read by every edge), so the renderer,
 * the tests and any later edge word the interface from one place. A capability adds its file here with one line;
 * the renderer (renderer/src/i18n/index.ts) loads them all, and its i18next type declaration takes the French side
 * of this table, so a key missing from French fails `tsc -b` wherever `t()` names it.
 */
import { en } from './en.ts';
import { fr } from './fr.ts';
import * as decisions from './decisions.ts';
import * as backups from './backups.ts';
import * as deliberation from './deliberation.ts';
import * as deliberationRules from './deliberationRules.ts';
import * as exchange from './exchange.ts';
import * as importing from './import.ts';
import * as minutes from './minutes.ts';
import * as room from './room.ts';
import * as notes from './notes.ts';
import * as scoring from './scoring.ts';
import * as scoringSettings from './scoringSettings.ts';

export const interfaceNamespaces = {
  translation: { fr, en },
  scoring,
  import: importing,
  scoringSettings,
  deliberation,
  deliberationRules,
  minutes,
  room,
  notes,
  exchange,
  decisions,
  backups,
};

/** The French catalogue of every interface namespace: the reference the keys are checked against. */
export type InterfaceCatalogue = { [Ns in keyof typeof interfaceNamespaces]: (typeof interfaceNamespaces)[Ns]['fr'] };
