/**
 * Where an applicant is: échelon, INSEE code, SIREN, département, région, from the identifiers first (reference
 * data), démarches-simplifiées' companion columns second (companionColumns.ts), the declared labels last. Every
 * disagreement becomes a warning on the column concerned; a correction the import made (an échelon taken from the
 * INSEE code, a code proposed from the companion columns) is worded as one to confirm.
 */
import type { Echelon } from '../../common/domain/types.ts';
import { echelonFromLabel } from '../../common/import/dossierValues.ts';
import { cellToText } from '../../common/import/frenchValues.ts';
import type { ParamValue } from '../../common/i18n/messageCode.ts';
import { companionCommune, companionDepartement, companionEpci, type CompanionColumns } from './companionColumns.ts';
import type { ReferenceIndex } from './referenceIndex.ts';
import { isEmpty, type RowCells } from './rowCells.ts';

/** What identified a place, for messages: `import.by_<by>` with its parameters ("le code INSEE 01053"). */
export interface PlaceSource {
  by: 'insee' | 'code' | 'region_code' | 'departement_code' | 'siren' | 'companion';
  params: Record<string, ParamValue>;
}

export interface Place {
  echelon: Echelon;
  departement: string | null;
  region: string | null;
  name: string;
  population: number | null;
  insee?: string;
  source: PlaceSource;
}

export interface DossierPlace {
  echelon: Echelon;
  insee: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  /** The place the identifiers designate, if any (its name and population fill in what the row lacks). */
  place: Place | undefined;
}

const bySource = (s: PlaceSource): Record<string, ParamValue> => ({ by: s.by, ...s.params });

/** SIREN: 9 digits with a Luhn check digit (INSEE). A SIRET (14 digits) starts with its SIREN. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The INSEE code column: a commune (5 characters), or a département, région or collectivité code. */
function placesFromInsee(r: RowCells, ref: ReferenceIndex, companions: CompanionColumns, declared: Echelon | null, out: Place[]): string | null {
  const raw = r.cell('insee');
  if (isEmpty(raw)) return null;
  let code = typeof raw === 'number' ? String(raw) : cellToText(raw).replace(/\s/g, '').toUpperCase();
  if (/^\d{4}$/.test(code)) code = `0${code}`; // a spreadsheet drops the leading zero of 01053
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) {
    const commune = ref.commune(code);
    if (commune) {
      out.push({
        echelon: 'commune', departement: commune.departement, region: commune.region, name: commune.name,
        population: ref.communePopulation(code) ?? null, insee: code, source: { by: 'insee', params: { code } },
      });
      return code;
    }
    const named = companionCommune(companions, r.cells, ref);
    if (named?.commune) {
      const c = named.commune;
      r.warn('insee', 'import.insee_unknown_found', { code, name: c.name, departement: named.departement!.name, found: c.insee });
      out.push({
        echelon: 'commune', departement: c.departement, region: c.region, name: c.name,
        population: ref.communePopulation(c.insee) ?? null, source: { by: 'companion', params: { column: named.column } },
      });
    } else {
      r.warn('insee', 'import.insee_unknown', { code });
    }
    return code;
  }
  // Départements and régions have INSEE codes too (2 or 3 characters); collectivités with départemental
  // powers have theirs (69M, 75C, 972R).
  const ctcd = ref.departementalCollectivity(code);
  const dep = ref.departement(code);
  const reg = ref.region(code);
  if (ctcd) {
    const asDep = ref.departement(code.replace(/[A-Z]$/, ''));
    const echelon: Echelon = /R$/.test(code) ? 'region' : 'departement';
    out.push({ echelon, departement: echelon === 'departement' ? (asDep?.code ?? null) : null, region: ctcd.region, name: ctcd.name, population: null, source: { by: 'code', params: { code } } });
  } else if (reg && (declared === 'region' || !dep)) {
    out.push({ echelon: 'region', departement: null, region: reg.code, name: reg.name, population: null, source: { by: 'region_code', params: { code: reg.code } } });
  } else if (dep) {
    out.push({ echelon: 'departement', departement: dep.code, region: dep.region, name: dep.name, population: null, source: { by: 'departement_code', params: { code: dep.code } } });
  } else {
    r.warn('insee', 'import.insee_malformed', { code: cellToText(raw).trim() });
  }
  return null;
}

/** The SIREN column: an EPCI, a commune (communes are legal persons too), a département or a région. */
function placesFromSiren(r: RowCells, ref: ReferenceIndex, companions: CompanionColumns, out: Place[]): string | null {
  const raw = r.cell('siren');
  if (isEmpty(raw)) return null;
  const digits = (typeof raw === 'number' ? String(raw) : cellToText(raw)).replace(/[\s.\u00a0-]/g, '');
  const nine = /^\d{14}$/.test(digits) ? digits.slice(0, 9) : digits;
  if (!/^\d{9}$/.test(nine)) {
    r.warn('siren', 'import.siren_malformed', { value: cellToText(raw).trim() });
    return null;
  }
  if (!luhnValid(nine)) r.warn('siren', 'import.siren_checksum', { siren: nine });
  const source: PlaceSource = { by: 'siren', params: { siren: nine } };
  const epci = ref.epci(nine);
  const commune = epci ? undefined : ref.communeBySiren(nine);
  if (epci) {
    const dep = ref.departement(epci.departement);
    out.push({ echelon: 'epci', departement: epci.departement, region: dep?.region ?? null, name: epci.name, population: epci.population || null, source });
  } else if (commune) {
    out.push({ echelon: 'commune', departement: commune.departement, region: commune.region, name: commune.name, population: ref.communePopulation(commune.insee) ?? null, insee: commune.insee, source });
  } else if (/^2[23]/.test(nine)) {
    // Départements' SIREN start with 22, régions' with 23 (INSEE's numbering of legal persons of public law).
    out.push({ echelon: /^22/.test(nine) ? 'departement' : 'region', departement: null, region: null, name: '', population: null, source });
  } else {
    const named = companionEpci(companions, r.cells, ref);
    if (named?.epci) {
      const e = named.epci;
      const dep = ref.departement(e.departement);
      r.warn('siren', 'import.siren_unknown_found', { siren: nine, name: e.name, departement: dep?.name ?? e.departement, found: e.siren });
      out.push({ echelon: 'epci', departement: e.departement, region: dep?.region ?? null, name: e.name, population: e.population || null, source: { by: 'companion', params: { column: named.column } } });
    } else {
      r.warn('siren', 'import.siren_unknown', { siren: nine });
    }
  }
  return nine;
}

export function resolvePlace(r: RowCells, ref: ReferenceIndex, companions: CompanionColumns): DossierPlace {
  const declared = echelonFromLabel(r.cell('echelon'));
  if (!declared.ok) r.warn('echelon', `import.${declared.problem}` as 'import.unknown_echelon', declared.params);
  const declaredEchelon = declared.ok ? declared.value : null;

  const candidates: Place[] = [];
  let insee = placesFromInsee(r, ref, companions, declaredEchelon, candidates);
  const siren = placesFromSiren(r, ref, companions, candidates);

  // The declared échelon picks among the identified places when it matches one; otherwise the SIREN (the legal
  // person itself) wins over the INSEE code (which may be the seat commune of a grouping).
  const place =
    candidates.find((c) => c.echelon === declaredEchelon) ??
    candidates.find((c) => c.source.by === 'siren') ??
    candidates[0];
  let echelon: Echelon;
  if (place) {
    echelon = place.echelon;
    if (declaredEchelon && declaredEchelon !== place.echelon) {
      const label = cellToText(r.cell('echelon')).trim();
      if (place.echelon === 'commune') {
        r.warn('echelon', 'import.echelon_corrected', { declared: label, name: place.name, ...bySource(place.source) });
      } else {
        r.warn('echelon', 'import.echelon_mismatch', { declared: label, found: place.echelon, ...bySource(place.source) });
      }
    }
  } else {
    echelon = declaredEchelon ?? 'autre';
    if (!declaredEchelon) r.warn(r.has('echelon') ? 'echelon' : r.has('insee') ? 'insee' : 'siren', 'import.echelon_unknown');
  }
  if (place?.insee && !insee) insee = place.insee;

  let departement = place?.departement ?? null;
  let region = place?.region ?? null;
  const depRaw = r.cell('departement');
  if (!isEmpty(depRaw)) {
    const text = typeof depRaw === 'number' ? String(depRaw) : cellToText(depRaw);
    const dep = ref.departement(text);
    if (!dep) r.warn('departement', 'import.departement_unknown', { value: text.trim() });
    else if (departement && dep.code !== departement) {
      r.warn('departement', 'import.departement_mismatch', { value: text.trim(), found: departement, ...bySource(place!.source) });
    } else if (!departement) {
      departement = dep.code;
      region ??= dep.region;
    }
  }
  // Nothing identified the département: the companion columns of a commune, EPCI or département field may.
  if (!departement) {
    const dep =
      companionCommune(companions, r.cells, ref)?.departement ??
      companionEpci(companions, r.cells, ref)?.departement ??
      companionDepartement(companions, r.cells, ref);
    if (dep) {
      departement = dep.code;
      region ??= dep.region;
    }
  }
  const regRaw = r.cell('region');
  if (!isEmpty(regRaw)) {
    const text = typeof regRaw === 'number' ? String(regRaw) : cellToText(regRaw);
    const reg = ref.region(text);
    if (!reg) r.warn('region', 'import.region_unknown', { value: text.trim() });
    else if (region && reg.code !== region) {
      const source = place ? bySource(place.source) : { by: 'departement' };
      r.warn('region', 'import.region_mismatch', { value: text.trim(), found: region, ...source });
    } else region ??= reg.code;
  }
  if (departement && !region) region = ref.departement(departement)?.region ?? null;
  return { echelon, insee, siren, departement, region, place };
}
