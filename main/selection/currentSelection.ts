/**
 * The dossiers the committee has selected so far, for the targets dashboard and the CLI's `targets`. The decisions
 * (meetings, votes, « retenu » / « retenu sous réserve »…) are another branch's work (W1: main/deliberation,
 * migration 0005): until they are merged there is no decisions table to read, so this returns no dossier. When the
 * decisions land, their selected dossiers (retenu and retenu sous réserve) plug in here, and only here.
 */
import type { ApiContext } from '../apiContext.ts';

export function selectedDossierIds(_ctx: ApiContext): string[] {
  return [];
}

