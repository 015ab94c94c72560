import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECHELONS, type Dossier, type Grid, type Member, type ProgressEvent } from '../../common/domain/types.ts';
import { verifyAuditChain } from '../../main/audit/auditLog.ts';
import { openSessionDb, type Db } from '../../main/db/connection.ts';
import { listDossiers } from '../../main/db/dossierRepo.ts';
import { readGrid } from '../../main/db/gridRepo.ts';
import { listMembers } from '../../main/db/memberRepo.ts';
import { countRows, readSessionIdentity } from '../../main/db/sessionRepo.ts';
import { generateDemoDossiers, populateDemoSession } from '../../main/demo/demoSession.ts';
import { readScoringSettings } from '../../main/db/scoringSettingsRepo.ts';
import { loadTemplateGrid } from '../../main/grid/gridTemplate.ts';
import { rankingView } from '../../main/scoring/views.ts';
import { isOverseasRegion, referenceData } from '../../main/reference/referenceData.ts';

const ref = referenceData();
const dac = ref.dac.get('2022-2023')!;
let dir: string;
const opened: Db[] = [];

async function demoFile(name: string, seed?: number, onProgress?: (e: ProgressEvent) => void): Promise<Db> {
  const db = await openSessionDb(join(dir, name), { create: true });
  opened.push(db);
  populateDemoSession(db, { seed, onProgress });
  return db;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-demo-'));
});

afterAll(() => {
  for (const db of opened) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo session file', () => {
  let db: Db;
  let dossiers: Dossier[];
  let members: Member[];
  let grid: Grid;
  const events: ProgressEvent[] = [];

  beforeAll(async () => {
    db = await demoFile('demo.comitia', undefined, (e) => events.push(e));
    dossiers = listDossiers(db);
    members = listMembers(db);
    grid = readGrid(db);
  });

  it('holds 60 dossiers, 8 members, 6 criteria and 4 eligibility checks', () => {
    expect(dossiers).toHaveLength(60);
    expect(members).toHaveLength(8);
    expect(grid.criteria).toHaveLength(6);
    expect(grid.eligibility).toHaveLength(4);
    expect(countRows(db, 'criteria')).toBe(6);
  });

  it('names the session after the Territoires Volontaires 2022 call', () => {
    const identity = readSessionIdentity(db)!;
    expect(identity.title).toContain('Territoires Volontaires 2022');
    expect(identity.programme).toBe('Territoires Volontaires');
    expect(identity.callName).toBe('AMI Territoires Volontaires 2022');
  });

  it('stores the default grid template unchanged, with a written descriptor for every level', () => {
    expect(grid).toEqual(loadTemplateGrid());
    expect(grid.scale).toEqual({ min: 0, max: 3, step: 1 });
    for (const c of grid.criteria) {
      expect(Object.keys(c.levels).sort()).toEqual(['0', '1', '2', '3']);
      expect(c.weight).toBeGreaterThan(0);
    }
    const descriptors = grid.criteria.flatMap((c) => Object.values(c.levels));
    expect(new Set(descriptors).size).toBe(descriptors.length);
  });

  it('records one audit entry in an intact chain', () => {
    const rows = db.prepare('SELECT action, payload FROM audit_log').all() as { action: string; payload: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('demo.created');
    expect(JSON.parse(rows[0]!.payload)).toMatchObject({ dossiers: 60, members: 8, criteria: 6 });
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('reports progress up to completion', () => {
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.task === 'demo' && e.done <= e.total)).toBe(true);
    const last = events.at(-1)!;
    expect(last.done).toBe(last.total);
  });

  it('has applicants of every échelon, outre-mer included', () => {
    const echelons = new Set(dossiers.map((d) => d.echelon));
    for (const e of ECHELONS.filter((x) => x !== 'autre')) expect(echelons).toContain(e);
    expect(dossiers.filter((d) => d.outreMer).length).toBeGreaterThanOrEqual(4);
    expect(new Set(dossiers.map((d) => d.name)).size).toBe(60);
  });

  it('draws every applicant from the reference data, with consistent codes and populations', () => {
    const communePopulation = new Map(ref.epciMembers.map((m) => [m.insee, m.population]));
    for (const d of dossiers) {
      expect(ref.regions.has(d.region!), d.name).toBe(true);
      expect(d.outreMer, d.name).toBe(isOverseasRegion(d.region!));
      if (d.departement !== null) expect(ref.departements.get(d.departement)?.region, d.name).toBe(d.region);
      expect(d.population, d.name).toBeGreaterThan(0);
      switch (d.echelon) {
        case 'commune': {
          const c = ref.communes.get(d.insee!);
          expect(c, `${d.name} ${d.insee}`).toBeDefined();
          expect(c!.departement).toBe(d.departement);
          expect(c!.region).toBe(d.region);
          // "Le Havre" gives "Ville du Havre": the article merges into "du"/"des".
          expect(d.name).toContain(c!.name.replace(/^(Le|Les) /, ''));
          expect(d.population).toBe(communePopulation.get(d.insee!));
          break;
        }
        case 'epci': {
          const e = ref.epci.get(d.siren!);
          expect(e, `${d.name} ${d.siren}`).toBeDefined();
          expect(d.name).toBe(e!.name);
          expect(e!.departement).toBe(d.departement);
          expect(d.population).toBe(e!.population);
          break;
        }
        case 'departement':
          expect(d.departement).not.toBeNull();
          expect(d.name).toMatch(/^Département /);
          break;
        case 'region':
          expect(d.departement).toBeNull();
          expect(d.name).toBe(`Région ${ref.regions.get(d.region!)!.name.replace(/^La /, '')}`);
          break;
        default:
          throw new Error(`unexpected échelon ${d.echelon}`);
      }
    }
  });

  it('partners with countries of the DAC 2022-2023 list, mostly priority countries', () => {
    for (const d of dossiers) {
      expect(d.countries.length, d.name).toBeGreaterThanOrEqual(1);
      expect(d.countries.length, d.name).toBeLessThanOrEqual(2);
      for (const c of d.countries) expect(dac.has(c), `${d.name}: ${c}`).toBe(true);
      expect(d.priorityCountry, d.name).toBe(d.countries.some((c) => ref.priorityCountries.has(c)));
    }
    expect(dossiers.filter((d) => d.priorityCountry).length).toBeGreaterThan(30);
  });

  it('plans missions whose figures add up, near the programme targets', () => {
    for (const d of dossiers) {
      const sci = d.missionsSci!;
      const vsi = d.missionsVsi!;
      expect(d.missionsSending! + d.missionsHosting!, d.name).toBe(sci + vsi);
      expect(d.schemes.includes('SCI'), d.name).toBe(sci > 0);
      expect(d.schemes.includes('VSI'), d.name).toBe(vsi > 0);
      // Hosting (réciprocité) happens under the Service Civique; the VSI only sends volunteers abroad.
      expect(d.missionsHosting!, d.name).toBeLessThanOrEqual(sci);
    }
    const sci = dossiers.reduce((n, d) => n + d.missionsSci!, 0);
    const vsi = dossiers.reduce((n, d) => n + d.missionsVsi!, 0);
    expect(sci + vsi).toBeGreaterThanOrEqual(200);
    expect(sci + vsi).toBeLessThanOrEqual(300);
    expect(vsi).toBeGreaterThanOrEqual(40);
    expect(sci).toBeGreaterThan(2 * vsi);
  });

  it('mixes profiles and has about 60% first-timers', () => {
    expect(new Set(dossiers.map((d) => d.profile))).toEqual(new Set([1, 2, 3]));
    const firstTimers = dossiers.filter((d) => d.firstTimeInternational || d.firstTimeVolunteering).length;
    expect(firstTimers / 60).toBeGreaterThanOrEqual(0.45);
    expect(firstTimers / 60).toBeLessThanOrEqual(0.75);
  });

  it('looks like a démarches-simplifiées export of the call', () => {
    const ids = dossiers.map((d) => d.id);
    expect(new Set(ids).size).toBe(60);
    for (const d of dossiers) {
      expect(d.id).toMatch(/^\d{7}$/);
      expect(d.depositedAt! >= '2022-02-14' && d.depositedAt! < '2022-03-31', d.depositedAt!).toBe(true);
      expect(d.email, d.name).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/);
      const sentences = d.narrative!.split(/(?<=\.)\s+/);
      expect(sentences.length, d.narrative!).toBeGreaterThanOrEqual(2);
      expect(sentences.length, d.narrative!).toBeLessThanOrEqual(4);
      expect(d.narrative!.toLowerCase()).not.toContain('lorem');
    }
    const building = dossiers.filter((d) => d.state === 'en_construction').length;
    expect(building).toBeGreaterThan(0);
    expect(dossiers.filter((d) => d.state === 'en_instruction').length).toBeGreaterThan(50);
    expect(building + dossiers.filter((d) => d.state === 'en_instruction').length).toBe(60);
    const warned = dossiers.filter((d) => d.warnings.length > 0);
    expect(warned.length).toBeGreaterThanOrEqual(2);
    expect(warned.length).toBeLessThanOrEqual(3);
    expect(new Set(dossiers.map((d) => d.narrative)).size).toBe(60);
  });

  it('names the committee after its institutions, with one chair and one secretary', () => {
    expect(members.filter((m) => m.role === 'chair')).toHaveLength(1);
    expect(members.filter((m) => m.role === 'secretary')).toHaveLength(1);
    const institutions = members.map((m) => m.institution).join('\n');
    for (const name of [
      'DAECT',
      'Agence du Service Civique',
      'France Volontaires',
      'Cités Unies France',
      'Régions de France',
      'Départements de France',
      'Intercommunalités de France',
      'AMF',
    ]) {
      expect(institutions).toContain(name);
    }
    expect(members.some((m) => /[éèëêïîôü]/i.test(m.name))).toBe(true);
    expect(new Set(members.map((m) => m.id)).size).toBe(8);
  });

  it('is scored blind, as the committee would: a member sees no one else’s scores before finishing their sheet', () => {
    expect(readScoringSettings(db)).toMatchObject({ blind: true });
    expect(() => rankingView(db, 'asc')).toThrow(expect.objectContaining({ code: 'scoring.blind_scoring', params: { name: 'Nadia Benhamou' } }));
    // The secretariat is never blinded.
    expect(rankingView(db, null).rankBy).toBe('normalized');
    const payload = JSON.parse(db.prepare('SELECT payload FROM audit_log').pluck().get() as string) as { blind: boolean };
    expect(payload.blind).toBe(true);
  });

  it('refuses to fill a session that already has dossiers, leaving it unchanged', () => {
    expect(() => populateDemoSession(db, { seed: 7 })).toThrow(expect.objectContaining({ code: 'session.demo_not_empty' }));
    expect(listDossiers(db)).toEqual(dossiers);
    expect(countRows(db, 'members')).toBe(8);
  });
});

describe('demo determinism and scale', () => {
  it('gives identical dossiers for the same seed and different ones for another seed', async () => {
    const a = listDossiers(await demoFile('a.comitia', 42));
    const b = listDossiers(await demoFile('b.comitia', 42));
    const c = listDossiers(await demoFile('c.comitia', 43));
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.map((d) => d.name).sort()).not.toEqual(a.map((d) => d.name).sort());
  });

  it('generates 5,000 dossiers with distinct ids by reusing applicants', () => {
    const many = generateDemoDossiers(5000, 1);
    expect(many).toHaveLength(5000);
    expect(new Set(many.map((d) => d.id)).size).toBe(5000);
    expect(many.every((d) => /^\d{7}$/.test(d.id))).toBe(true);
    expect(new Set(many.map((d) => d.name)).size).toBe(60);
  });

  it('is a pure function of its seed', () => {
    expect(generateDemoDossiers(60, 5)).toEqual(generateDemoDossiers(60, 5));
    expect(generateDemoDossiers(10, 5)).toHaveLength(10);
    expect(generateDemoDossiers(0, 5)).toEqual([]);
  });
});
