/**
 * One source row → one dossier, checked against the reference data. An error rejects the row (no ID, no name
 * anywhere); everything else the row says wrongly becomes a warning kept on the dossier, with the column it concerns.
 * The échelon, département, région and outre-mer status follow from the INSEE code or the SIREN when one resolves.
 */
import type { Dossier, DossierState, Echelon } from '../../common/domain/types.ts';
import { stateFromLabel } from '../../common/import/dsLayout.ts';
import { echelonFromLabel, ECHELON_LABELS_FR, profileFromValue, schemesFromValue } from '../../common/import/dossierValues.ts';
import type { MappableField } from '../../common/import/fields.ts';
import {
  cellToText,
  parseCount,
  parseFrenchDate,
  parseText,
  parseYesNo,
  type CellValue,
} from '../../common/import/frenchValues.ts';
import type { RowIssue } from '../../common/import/types.ts';
import type { FieldColumns } from './columnMapping.ts';
import type { ReferenceIndex } from './referenceIndex.ts';
import type { SourceRow } from './sourceTable.ts';

export type DossierDraft = Omit<Dossier, 'attachments'>;

export type RowOutcome =
  | { kind: 'empty'; row: number }
  | { kind: 'skipped'; row: number; id: string; reason: string }
  | { kind: 'rejected'; row: number; id: string | null; issues: RowIssue[] }
  | { kind: 'dossier'; row: number; dossier: DossierDraft; warnings: RowIssue[] };

export interface RowContext {
  headers: readonly string[];
  columns: FieldColumns;
  /** Columns kept as additional fields. */
  extraColumns: readonly number[];
  ref: ReferenceIndex;
}

const isEmpty = (v: CellValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The text of a source ID: a number cell 1234 (or 1234.0) is "1234", never "1234.0" or "1,234". */
export function idText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return cellToText(v).trim();
}

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

interface Place {
  echelon: Echelon;
  departement: string | null;
  region: string | null;
  name: string;
  population: number | null;
  insee?: string;
  /** What identified it, for messages: "le code INSEE 01053". */
  by: string;
}

export function buildDossier(source: SourceRow, ctx: RowContext): RowOutcome {
  const { headers, columns, ref } = ctx;
  const cells = source.cells;
  if (cells.every(isEmpty)) return { kind: 'empty', row: source.row };
  const warnings: RowIssue[] = [];
  const errors: RowIssue[] = [];
  const col = (field: MappableField): number | undefined => columns[field]?.[0];
  const header = (field: MappableField): string => {
    const i = col(field);
    return i === undefined ? field : headers[i]!;
  };
  const cell = (field: MappableField): CellValue => {
    const i = col(field);
    return i === undefined ? null : (cells[i] ?? null);
  };
  const warn = (field: MappableField, reason: string): void => {
    warnings.push({ row: source.row, column: header(field), reason });
  };

  const id = idText(cell('id'));
  if (id === '') {
    return { kind: 'rejected', row: source.row, id: null, issues: [{ row: source.row, column: header('id'), reason: "identifiant du dossier manquant" }] };
  }

  let state: DossierState = 'en_construction';
  if (col('state') !== undefined && !isEmpty(cell('state'))) {
    const label = cellToText(cell('state')).trim();
    const parsed = stateFromLabel(label);
    if (parsed === 'brouillon') {
      return { kind: 'skipped', row: source.row, id, reason: 'dossier en brouillon, jamais déposé' };
    }
    if (parsed) state = parsed;
    else warn('state', `état « ${label} » inconnu : « En construction » retenu`);
  }

  // Échelon and place: from the identifiers first (reference data), the declared labels second.
  const declared = echelonFromLabel(cell('echelon'));
  if (!declared.ok) warn('echelon', declared.reason);
  const declaredEchelon = declared.ok ? declared.value : null;

  const candidates: Place[] = [];
  let insee: string | null = null;
  const inseeRaw = cell('insee');
  if (!isEmpty(inseeRaw)) {
    let code = typeof inseeRaw === 'number' ? String(inseeRaw) : cellToText(inseeRaw).replace(/\s/g, '').toUpperCase();
    if (/^\d{4}$/.test(code)) code = `0${code}`; // a spreadsheet drops the leading zero of 01053
    if (/^(\d{5}|2[AB]\d{3})$/.test(code)) {
      insee = code;
      const commune = ref.commune(code);
      if (commune) {
        candidates.push({
          echelon: 'commune', departement: commune.departement, region: commune.region, name: commune.name,
          population: ref.communePopulation(code) ?? null, insee: code, by: `le code INSEE ${code}`,
        });
      } else {
        warn('insee', `code INSEE « ${code} » absent du référentiel des communes (COG 2026)`);
      }
    } else {
      // Départements and régions have INSEE codes too (2 or 3 characters); collectivités with départemental
      // powers have theirs (69M, 75C, 972R).
      const ctcd = ref.departementalCollectivity(code);
      const dep = ref.departement(code);
      const reg = ref.region(code);
      if (ctcd) {
        const asDep = ref.departement(code.replace(/[A-Z]$/, ''));
        const echelon: Echelon = /R$/.test(code) ? 'region' : 'departement';
        candidates.push({ echelon, departement: echelon === 'departement' ? (asDep?.code ?? null) : null, region: ctcd.region, name: ctcd.name, population: null, by: `le code ${code}` });
      } else if (reg && (declaredEchelon === 'region' || !dep)) {
        candidates.push({ echelon: 'region', departement: null, region: reg.code, name: reg.name, population: null, by: `le code région ${reg.code}` });
      } else if (dep) {
        candidates.push({ echelon: 'departement', departement: dep.code, region: dep.region, name: dep.name, population: null, by: `le code département ${dep.code}` });
      } else {
        warn('insee', `code INSEE « ${cellToText(inseeRaw).trim()} » mal formé (5 caractères attendus, par exemple 01053 ou 2A004)`);
      }
    }
  }

  let siren: string | null = null;
  const sirenRaw = cell('siren');
  if (!isEmpty(sirenRaw)) {
    const digits = (typeof sirenRaw === 'number' ? String(sirenRaw) : cellToText(sirenRaw)).replace(/[\s.\u00a0-]/g, '');
    const nine = /^\d{14}$/.test(digits) ? digits.slice(0, 9) : digits;
    if (!/^\d{9}$/.test(nine)) {
      warn('siren', `SIREN « ${cellToText(sirenRaw).trim()} » mal formé (9 chiffres attendus)`);
    } else {
      siren = nine;
      if (!luhnValid(nine)) warn('siren', `SIREN « ${nine} » invalide (clé de contrôle incorrecte)`);
      const epci = ref.epci(nine);
      const commune = epci ? undefined : ref.communeBySiren(nine);
      if (epci) {
        const dep = ref.departement(epci.departement);
        candidates.push({ echelon: 'epci', departement: epci.departement, region: dep?.region ?? null, name: epci.name, population: epci.population || null, by: `le SIREN ${nine}` });
      } else if (commune) {
        candidates.push({ echelon: 'commune', departement: commune.departement, region: commune.region, name: commune.name, population: ref.communePopulation(commune.insee) ?? null, insee: commune.insee, by: `le SIREN ${nine}` });
      } else if (/^22/.test(nine) || /^23/.test(nine)) {
        // Départements' SIREN start with 22, régions' with 23 (INSEE's numbering of legal persons of public law).
        candidates.push({ echelon: /^22/.test(nine) ? 'departement' : 'region', departement: null, region: null, name: '', population: null, by: `le SIREN ${nine}` });
      } else {
        warn('siren', `SIREN « ${nine} » absent des référentiels (EPCI 2025, communes) : l'échelon n'a pas pu en être déduit`);
      }
    }
  }

  // The declared échelon picks among the identified places when it matches one; otherwise the SIREN (the legal
  // person itself) wins over the INSEE code (which may be the seat commune of a grouping).
  const place =
    candidates.find((c) => c.echelon === declaredEchelon) ??
    candidates.find((c) => c.by.startsWith('le SIREN')) ??
    candidates[0];
  let echelon: Echelon;
  if (place) {
    echelon = place.echelon;
    if (declaredEchelon && declaredEchelon !== place.echelon) {
      warn('echelon', `échelon déclaré « ${cellToText(cell('echelon')).trim()} » mais ${place.by} désigne : ${ECHELON_LABELS_FR[place.echelon]} ; ${ECHELON_LABELS_FR[place.echelon]} retenu`);
    }
  } else {
    echelon = declaredEchelon ?? 'autre';
    if (!declaredEchelon) {
      const where = col('echelon') !== undefined ? 'echelon' : col('insee') !== undefined ? 'insee' : 'siren';
      warn(where, "échelon indéterminé (ni code INSEE ou SIREN reconnu, ni échelon déclaré) : « Autre » retenu");
    }
  }
  if (place?.insee && !insee) insee = place.insee;

  let departement = place?.departement ?? null;
  let region = place?.region ?? null;
  const depRaw = cell('departement');
  if (!isEmpty(depRaw)) {
    const text = typeof depRaw === 'number' ? String(depRaw) : cellToText(depRaw);
    const dep = ref.departement(text);
    if (!dep) warn('departement', `département « ${text.trim()} » inconnu`);
    else if (departement && dep.code !== departement) {
      warn('departement', `département déclaré « ${text.trim()} » mais ${place!.by} est dans le département ${departement} : ${departement} retenu`);
    } else if (!departement) {
      departement = dep.code;
      region ??= dep.region;
    }
  }
  const regRaw = cell('region');
  if (!isEmpty(regRaw)) {
    const text = typeof regRaw === 'number' ? String(regRaw) : cellToText(regRaw);
    const reg = ref.region(text);
    if (!reg) warn('region', `région « ${text.trim()} » inconnue`);
    else if (region && reg.code !== region) {
      warn('region', `région déclarée « ${text.trim()} » mais ${place?.by ?? 'le département'} est dans la région ${region} : ${region} retenue`);
    } else region ??= reg.code;
  }
  if (departement && !region) region = ref.departement(departement)?.region ?? null;

  let name = parseText(cell('name'));
  if (!name) {
    if (place?.name) {
      name = place.name;
      warn('name', `nom du candidat absent : « ${name} » repris du référentiel d'après ${place.by}`);
    } else {
      errors.push({ row: source.row, column: header('name'), reason: 'nom du candidat manquant', dossierId: id });
    }
  }

  let population: number | null = null;
  if (col('population') !== undefined) {
    const p = parseCount(cell('population'));
    if (!p.ok) warn('population', `population : ${p.reason}`);
    // démarches-simplifiées writes 0 for a number left empty; no collectivité has no inhabitants.
    else population = p.value === 0 ? null : p.value;
  }
  population ??= place?.population ?? null;

  const referent = parseText(cell('referent'));
  const email = parseText(cell('email'));
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) warn('email', `adresse électronique « ${email} » invalide`);

  const profile = profileFromValue(cell('profile'));
  if (!profile.ok) warn('profile', profile.reason);

  const flag = (field: 'firstTimeInternational' | 'firstTimeVolunteering'): boolean | null => {
    if (col(field) === undefined) return null;
    const v = parseYesNo(cell(field));
    if (!v.ok) {
      warn(field, `${v.reason} (Oui/Non attendu)`);
      return null;
    }
    return v.value;
  };
  const firstTimeInternational = flag('firstTimeInternational');
  const firstTimeVolunteering = flag('firstTimeVolunteering');

  const countries = resolveCountries(cell('countries'), ref, (reason) => warn('countries', reason));
  const depositedAt = (() => {
    if (col('depositedAt') === undefined) return null;
    const d = parseFrenchDate(cell('depositedAt'));
    if (!d.ok) {
      warn('depositedAt', d.reason);
      return null;
    }
    return d.value;
  })();
  checkDac(countries, depositedAt, ref, (reason) => warn('countries', reason));

  const count = (field: 'missionsSending' | 'missionsHosting' | 'missionsSci' | 'missionsVsi'): number | null => {
    if (col(field) === undefined) return null;
    const n = parseCount(cell(field));
    if (!n.ok) {
      warn(field, `nombre de missions : ${n.reason}`);
      return null;
    }
    return n.value;
  };
  const missionsSending = count('missionsSending');
  const missionsHosting = count('missionsHosting');
  const missionsSci = count('missionsSci');
  const missionsVsi = count('missionsVsi');

  const { schemes, unknown } = schemesFromValue(cell('schemes'));
  for (const u of unknown) warn('schemes', `dispositif « ${u} » inconnu (Service Civique ou VSI attendu)`);
  if (!schemes.includes('SCI') && (missionsSci ?? 0) > 0) schemes.push('SCI');
  if (!schemes.includes('VSI') && (missionsVsi ?? 0) > 0) schemes.push('VSI');
  schemes.sort();

  const narrativeParts = (columns.narrative ?? [])
    .map((i) => ({ header: headers[i]!, text: parseText(cells[i] ?? null) }))
    .filter((p): p is { header: string; text: string } => p.text !== null);
  const narrative =
    narrativeParts.length === 0
      ? null
      : (columns.narrative ?? []).length === 1
        ? narrativeParts[0]!.text
        : narrativeParts.map((p) => `${p.header}\n${p.text}`).join('\n\n');

  const extraFields: Record<string, string> = {};
  for (const i of ctx.extraColumns) {
    const text = parseText(cells[i] ?? null);
    if (text !== null) extraFields[headers[i]!] = text;
  }

  if (errors.length) return { kind: 'rejected', row: source.row, id, issues: errors };

  const dossier: DossierDraft = {
    id,
    name: name!,
    echelon,
    insee,
    siren,
    departement,
    region,
    outreMer: ref.isOverseas(departement, region),
    population,
    referent,
    email,
    profile: profile.ok ? profile.value : null,
    firstTimeInternational,
    firstTimeVolunteering,
    countries,
    priorityCountry: countries.some((c) => ref.isPriority(c)),
    partnerAuthority: parseText(cell('partnerAuthority')),
    schemes,
    missionsSending,
    missionsHosting,
    missionsSci,
    missionsVsi,
    narrative,
    state,
    depositedAt,
    extraFields,
    warnings: warnings.map((w) => `${w.column} : ${w.reason}`),
  };
  return { kind: 'dossier', row: source.row, dossier, warnings: warnings.map((w) => ({ ...w, dossierId: id })) };
}

/**
 * Country names or codes → ISO alpha-3, in order, without repeats. A whole value is tried first ("Bolivie, État
 * plurinational de" is one country), then its choices; adjacent pieces are re-joined when together they name one.
 */
export function resolveCountries(value: CellValue, ref: ReferenceIndex, warn: (reason: string) => void): string[] {
  const text = cellToText(value).trim();
  if (text === '') return [];
  const whole = ref.country(text);
  if (whole) return [whole.alpha3];
  const pieces = text.split(/\s*[,;\n\r/]\s*|\s+et\s+/).map((p) => p.trim()).filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const joined = i + 1 < pieces.length ? ref.country(`${pieces[i]}, ${pieces[i + 1]}`) : undefined;
    if (joined) {
      found.push(joined.alpha3);
      i += 1;
      continue;
    }
    const c = ref.country(pieces[i]!);
    if (c) found.push(c.alpha3);
    else warn(`pays « ${pieces[i]} » inconnu (nom français ou anglais, ou code ISO attendu)`);
  }
  return [...new Set(found)];
}

/** Warns about countries absent from the DAC list of ODA recipients in force when the dossier was deposited. */
function checkDac(countries: string[], depositedAt: string | null, ref: ReferenceIndex, warn: (reason: string) => void): void {
  const lists = ref.dacLists();
  if (!lists.length || !countries.length) return;
  const year = depositedAt ? Number(depositedAt.slice(0, 4)) : new Date().getFullYear();
  const list = lists.find((l) => year >= l.from && year <= l.to) ?? (year < lists[0]!.from ? lists[0]! : lists.at(-1)!);
  for (const c of countries) {
    if (!list.members.has(c)) {
      warn(`${ref.countryName(c)} (${c}) ne figure pas sur la liste CAD des pays bénéficiaires de l'APD ${list.name}`);
    }
  }
}
