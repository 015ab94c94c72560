/** Dossiers as targets see them, from a compact description. */
import type { Echelon } from '../../../common/domain/types.ts';
import type { TargetDossier } from '../../../common/deliberation/targets.ts';

export interface Facts {
  echelon?: Echelon;
  firstTime?: boolean;
  outreMer?: boolean;
  priority?: boolean;
  sci?: number | null;
  vsi?: number | null;
}

export function dossier(id: string, f: Facts = {}): TargetDossier {
  return {
    id,
    echelon: f.echelon ?? 'commune',
    outreMer: f.outreMer ?? false,
    firstTimeInternational: f.firstTime ?? false,
    firstTimeVolunteering: null,
    priorityCountry: f.priority ?? false,
    missionsSending: null,
    missionsHosting: null,
    missionsSci: f.sci === undefined ? 2 : f.sci,
    missionsVsi: f.vsi === undefined ? 0 : f.vsi,
  };
}
