/**
 * One source row → one dossier, checked against the reference data. An error rejects the row (no ID, no name
 * anywhere); everything else the row says wrongly becomes a warning kept on the dossier, with the column it concerns,
 * as a message code (common/i18n/messages/import.ts). The place (échelon, codes, département, région) is worked out
 * in dossierPlace.ts, the countries in dossierCountries.ts.
 */
import type { Dossier, DossierState } from '../../common/domain/types.ts';
import { stateFromLabel } from '../../common/import/dsLayout.ts';
import { profileFromValue, schemesFromValue } from '../../common/import/dossierValues.ts';
import { cellToText, parseCount, parseFrenchDate, parseText, parseYesNo, type CellValue } from '../../common/import/frenchValues.ts';
import type { RowIssue } from '../../common/import/types.ts';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import type { FieldColumns } from './columnMapping.ts';
import type { CompanionColumns } from './companionColumns.ts';
import { checkDac, resolveCountries } from './dossierCountries.ts';
import { resolvePlace } from './dossierPlace.ts';
import type { ReferenceIndex } from './referenceIndex.ts';
import { isEmpty, rowCells, storedWarning, type RowCells } from './rowCells.ts';
import type { SourceRow } from './sourceTable.ts';

export { resolveCountries } from './dossierCountries.ts';

export type DossierDraft = Omit<Dossier, 'attachments' | 'changedAfterScoringAt'>;

export type RowOutcome =
  | { kind: 'empty'; row: number }
  | ({ kind: 'skipped'; row: number; id: string } & Pick<RowIssue, 'code' | 'params'>)
  | { kind: 'rejected'; row: number; id: string | null; issues: RowIssue[] }
  | { kind: 'dossier'; row: number; dossier: DossierDraft; warnings: RowIssue[] };

export interface RowContext {
  headers: readonly string[];
  columns: FieldColumns;
  /** Columns kept as additional fields. */
  extraColumns: readonly number[];
  ref: ReferenceIndex;
  /** démarches-simplifiées' companion columns of the place fields (found once per file: findCompanionColumns). */
  companions?: CompanionColumns;
}

/** The text of a source ID: a number cell 1234 (or 1234.0) is "1234", never "1234.0" or "1,234". */
export function idText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return cellToText(v).trim();
}

/** A parsing failure as a warning: the wrapper's code quotes the problem (`$t(import.<problem>)`). */
const problem = (p: { problem: string; params: Record<string, string> }): Record<string, string> => ({ problem: p.problem, ...p.params });

function readState(r: RowCells): DossierState | 'brouillon' {
  if (!r.has('state') || isEmpty(r.cell('state'))) return 'en_construction';
  const label = cellToText(r.cell('state')).trim();
  const parsed = stateFromLabel(label);
  if (parsed) return parsed;
  r.warn('state', 'import.unknown_state', { value: label });
  return 'en_construction';
}

function readPopulation(r: RowCells): number | null {
  if (!r.has('population')) return null;
  const p = parseCount(r.cell('population'));
  if (!p.ok) {
    r.warn('population', 'import.population_invalid', problem(p));
    return null;
  }
  // démarches-simplifiées writes 0 for a number left empty; no collectivité has no inhabitants.
  return p.value === 0 ? null : p.value;
}

function readFlag(r: RowCells, field: 'firstTimeInternational' | 'firstTimeVolunteering'): boolean | null {
  if (!r.has(field)) return null;
  const v = parseYesNo(r.cell(field));
  if (v.ok) return v.value;
  r.warn(field, 'import.yes_no_invalid', problem(v));
  return null;
}

function readDate(r: RowCells, field: 'depositedAt'): string | null {
  if (!r.has(field)) return null;
  const d = parseFrenchDate(r.cell(field));
  if (d.ok) return d.value;
  r.warn(field, 'import.date_invalid', problem(d));
  return null;
}

function readCount(r: RowCells, field: 'missionsSending' | 'missionsHosting' | 'missionsSci' | 'missionsVsi'): number | null {
  if (!r.has(field)) return null;
  const n = parseCount(r.cell(field));
  if (n.ok) return n.value;
  r.warn(field, 'import.missions_invalid', problem(n));
  return null;
}

/** Several answer columns mapped to `narrative` are joined, each under its header. */
function readNarrative(r: RowCells, columns: FieldColumns): string | null {
  const list = columns.narrative ?? [];
  const parts = list
    .map((i) => ({ header: r.headers[i]!, text: parseText(r.cells[i] ?? null) }))
    .filter((p): p is { header: string; text: string } => p.text !== null);
  if (parts.length === 0) return null;
  return list.length === 1 ? parts[0]!.text : parts.map((p) => `${p.header}\n${p.text}`).join('\n\n');
}

export function buildDossier(source: SourceRow, ctx: RowContext): RowOutcome {
  const { headers, columns, ref } = ctx;
  if (source.cells.every(isEmpty)) return { kind: 'empty', row: source.row };
  const r = rowCells(source, headers, columns);

  const id = idText(r.cell('id'));
  if (id === '') return { kind: 'rejected', row: source.row, id: null, issues: [r.issue('id', 'import.missing_id')] };
  const state = readState(r);
  if (state === 'brouillon') return { kind: 'skipped', row: source.row, id, code: 'import.draft' };

  const where = resolvePlace(r, ref, ctx.companions ?? {});
  const { place } = where;

  let name = parseText(r.cell('name'));
  if (!name && place?.name) {
    name = place.name;
    r.warn('name', 'import.name_from_reference', { name, by: place.source.by, ...place.source.params });
  }
  if (!name) return { kind: 'rejected', row: source.row, id, issues: [{ ...r.issue('name', 'import.missing_name'), dossierId: id }] };

  const population = readPopulation(r) ?? place?.population ?? null;
  const referent = parseText(r.cell('referent'));
  const email = parseText(r.cell('email'));
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) r.warn('email', 'import.email_invalid', { value: email });

  const profile = profileFromValue(r.cell('profile'));
  if (!profile.ok) r.warn('profile', `import.${profile.problem}` as MessageCode, profile.params);

  const firstTimeInternational = readFlag(r, 'firstTimeInternational');
  const firstTimeVolunteering = readFlag(r, 'firstTimeVolunteering');
  const countryWarn = (code: MessageCode, params: Record<string, string | number>): void => r.warn('countries', code, params);
  const countries = resolveCountries(r.cell('countries'), ref, countryWarn);
  const depositedAt = readDate(r, 'depositedAt');
  checkDac(countries, depositedAt, ref, countryWarn);

  const missionsSending = readCount(r, 'missionsSending');
  const missionsHosting = readCount(r, 'missionsHosting');
  const missionsSci = readCount(r, 'missionsSci');
  const missionsVsi = readCount(r, 'missionsVsi');
  const { schemes, unknown } = schemesFromValue(r.cell('schemes'));
  for (const u of unknown) r.warn('schemes', 'import.unknown_scheme', { value: u });
  if (!schemes.includes('SCI') && (missionsSci ?? 0) > 0) schemes.push('SCI');
  if (!schemes.includes('VSI') && (missionsVsi ?? 0) > 0) schemes.push('VSI');
  schemes.sort();

  const extraFields: Record<string, string> = {};
  for (const i of ctx.extraColumns) {
    const text = parseText(source.cells[i] ?? null);
    if (text !== null) extraFields[headers[i]!] = text;
  }

  const dossier: DossierDraft = {
    id,
    name,
    echelon: where.echelon,
    insee: where.insee,
    siren: where.siren,
    departement: where.departement,
    region: where.region,
    outreMer: ref.isOverseas(where.departement, where.region),
    population,
    referent,
    email,
    profile: profile.ok ? profile.value : null,
    firstTimeInternational,
    firstTimeVolunteering,
    countries,
    priorityCountry: countries.some((c) => ref.isPriority(c)),
    partnerAuthority: parseText(r.cell('partnerAuthority')),
    schemes,
    missionsSending,
    missionsHosting,
    missionsSci,
    missionsVsi,
    narrative: readNarrative(r, columns),
    state,
    depositedAt,
    extraFields,
    warnings: r.warnings.map(storedWarning),
  };
  return { kind: 'dossier', row: source.row, dossier, warnings: r.warnings.map((w) => ({ ...w, dossierId: id })) };
}
