import type { ReferenceLabels } from '../../common/domain/types.ts';
import { referenceData } from './referenceData.ts';

let cached: ReferenceLabels | null = null;

/** The display names of codes the interface shows (countries, régions, départements), built once. */
export function referenceLabels(): ReferenceLabels {
  if (cached) return cached;
  const ref = referenceData();
  const countries: ReferenceLabels['countries'] = {};
  for (const c of ref.countries.values()) countries[c.alpha3] = { fr: c.nameFr, en: c.nameEn };
  // Kosovo is on the DAC list under the non-ISO code XKX.
  countries.XKX ??= { fr: 'Kosovo', en: 'Kosovo' };
  cached = {
    countries,
    regions: Object.fromEntries([...ref.regions.values()].map((r) => [r.code, r.name])),
    departements: Object.fromEntries([...ref.departements.values()].map((d) => [d.code, d.name])),
  };
  return cached;
}
