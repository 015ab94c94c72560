import type { Db } from './connection.ts';
import type { Dossier, DossierState, DossierWarning, Echelon, Scheme } from '../../common/domain/types.ts';

interface DossierRow {
  id: string;
  name: string;
  echelon: Echelon;
  insee: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  outre_mer: number;
  population: number | null;
  referent: string | null;
  email: string | null;
  profile: 1 | 2 | 3 | null;
  first_time_international: number | null;
  first_time_volunteering: number | null;
  countries: string;
  priority_country: number;
  partner_authority: string | null;
  schemes: string;
  missions_sending: number | null;
  missions_hosting: number | null;
  missions_sci: number | null;
  missions_vsi: number | null;
  narrative: string | null;
  state: DossierState;
  deposited_at: string | null;
  extra_fields: string;
  warnings: string;
  changed_after_scoring_at?: string | null;
  attachments: number;
}

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);
const bit = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);

function fromRow(r: DossierRow): Dossier {
  return {
    id: r.id,
    name: r.name,
    echelon: r.echelon,
    insee: r.insee,
    siren: r.siren,
    departement: r.departement,
    region: r.region,
    outreMer: r.outre_mer === 1,
    population: r.population,
    referent: r.referent,
    email: r.email,
    profile: r.profile,
    firstTimeInternational: flag(r.first_time_international),
    firstTimeVolunteering: flag(r.first_time_volunteering),
    countries: JSON.parse(r.countries) as string[],
    priorityCountry: r.priority_country === 1,
    partnerAuthority: r.partner_authority,
    schemes: JSON.parse(r.schemes) as Scheme[],
    missionsSending: r.missions_sending,
    missionsHosting: r.missions_hosting,
    missionsSci: r.missions_sci,
    missionsVsi: r.missions_vsi,
    narrative: r.narrative,
    state: r.state,
    depositedAt: r.deposited_at,
    extraFields: JSON.parse(r.extra_fields) as Record<string, string>,
    warnings: JSON.parse(r.warnings) as DossierWarning[],
    changedAfterScoringAt: r.changed_after_scoring_at ?? null,
    attachments: r.attachments,
  };
}

export function toRowParams(d: Omit<Dossier, 'attachments' | 'changedAfterScoringAt'>, now: string): Record<string, unknown> {
  return {
    id: d.id,
    name: d.name,
    echelon: d.echelon,
    insee: d.insee,
    siren: d.siren,
    departement: d.departement,
    region: d.region,
    outre_mer: d.outreMer ? 1 : 0,
    population: d.population,
    referent: d.referent,
    email: d.email,
    profile: d.profile,
    first_time_international: bit(d.firstTimeInternational),
    first_time_volunteering: bit(d.firstTimeVolunteering),
    countries: JSON.stringify(d.countries),
    priority_country: d.priorityCountry ? 1 : 0,
    partner_authority: d.partnerAuthority,
    schemes: JSON.stringify(d.schemes),
    missions_sending: d.missionsSending,
    missions_hosting: d.missionsHosting,
    missions_sci: d.missionsSci,
    missions_vsi: d.missionsVsi,
    narrative: d.narrative,
    state: d.state,
    deposited_at: d.depositedAt,
    extra_fields: JSON.stringify(d.extraFields),
    warnings: JSON.stringify(d.warnings),
    now,
  };
}

/** The dossier columns written from a Dossier, in the order of `toRowParams`' keys. */
export const DOSSIER_COLUMNS = [
  'id', 'name', 'echelon', 'insee', 'siren', 'departement', 'region', 'outre_mer', 'population', 'referent', 'email',
  'profile', 'first_time_international', 'first_time_volunteering', 'countries', 'priority_country',
  'partner_authority', 'schemes', 'missions_sending', 'missions_hosting', 'missions_sci', 'missions_vsi', 'narrative',
  'state', 'deposited_at', 'extra_fields', 'warnings',
] as const;

/** Inserts a dossier, or replaces every field of the one with the same source ID. */
export function upsertDossier(db: Db, d: Omit<Dossier, 'attachments' | 'changedAfterScoringAt'>, now = new Date().toISOString()): void {
  const stmt = db.prepare(
    `INSERT INTO dossiers (${DOSSIER_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (${DOSSIER_COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)
     ON CONFLICT (id) DO UPDATE SET ${DOSSIER_COLUMNS.filter((c) => c !== 'id')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}, updated_at = excluded.updated_at`,
  );
  stmt.run(toRowParams(d, now));
}

/**
 * The attachments count reads the `attachments` table when a later migration has created it; the foundation
 * schema has none, so the count is 0 until then.
 */
function attachmentsExpr(db: Db): string {
  const has = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'`).get();
  return has ? '(SELECT count(*) FROM attachments a WHERE a.dossier_id = d.id)' : '0';
}

export function listDossiers(db: Db): Dossier[] {
  const rows = db
    .prepare(`SELECT d.*, ${attachmentsExpr(db)} AS attachments FROM dossiers d ORDER BY d.name COLLATE NOCASE, d.id`)
    .all() as DossierRow[];
  return rows.map(fromRow);
}

export function getDossier(db: Db, id: string): Dossier | null {
  const row = db.prepare(`SELECT d.*, ${attachmentsExpr(db)} AS attachments FROM dossiers d WHERE d.id = ?`).get(id) as
    | DossierRow
    | undefined;
  return row ? fromRow(row) : null;
}
