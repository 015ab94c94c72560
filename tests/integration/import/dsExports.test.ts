import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../common/domain/types.ts';
import { verifyAuditChain } from '../../../main/audit/auditLog.ts';
import { listAvis } from '../../../main/db/dossierHistoryRepo.ts';
import { listImports } from '../../../main/db/importRepo.ts';
import { dsCsv, sampleDossiers, tempDir, writeBytes, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { cli, cliImport, newSession, withDb } from '../../fixtures/import/session.ts';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function dossiers(session: string): Promise<Dossier[]> {
  const r = await cli('dossiers', session, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Dossier[];
}

describe.each(['2022', '2024'] as const)('a démarches-simplifiées XLSX export, %s layout', (layout) => {
  let session: string;
  let source: string;
  let result: Awaited<ReturnType<typeof cliImport>>;

  beforeAll(async () => {
    session = await newSession(dir, `ds-${layout}.comitia`);
    source = await writeDsXlsx(dir, `export-${layout}.xlsx`, { layout, etablissements: true });
    result = await cliImport(session, source);
  });

  it('imports every submitted dossier, skips the draft and counts the warnings (CLI JSON contract)', () => {
    expect(result.code).toBe(0);
    expect(result.json).toEqual({ imported: 5, updated: 0, unchanged: 0, skipped: 1, rejected: [], warnings: 2, dossiers: 5 });
  });

  it('lists the dossiers with the fields of the contract, identity derived from the reference data', async () => {
    const list = await dossiers(session);
    expect(list.map((d) => d.id).sort()).toEqual(['10001', '10002', '10003', '10005', '10006']);
    const byId = new Map(list.map((d) => [d.id, d]));
    expect(byId.get('10001')).toMatchObject({
      name: 'Ville de Bourg-en-Bresse', echelon: 'commune', insee: '01053', departement: '01', region: '84', outreMer: false,
      firstTimeInternational: false, firstTimeVolunteering: true, countries: ['SEN'], priorityCountry: true,
      missionsSending: 3, missionsHosting: 1, state: 'en_construction', schemes: ['SCI', 'VSI'], profile: 1,
      depositedAt: '2022-03-10T14:00:00', warnings: [], attachments: 0,
    });
    expect(byId.get('10002')).toMatchObject({ echelon: 'epci', siren: '200040350', departement: '01', countries: ['BEN', 'TGO'], state: 'en_instruction' });
    expect(byId.get('10003')).toMatchObject({ echelon: 'departement', departement: '971', region: '01', outreMer: true, state: 'accepte' });
    expect(byId.get('10005')).toMatchObject({ outreMer: true, region: '02', missionsSending: 1234, priorityCountry: false });
    expect(byId.get('10005')!.warnings).toHaveLength(2);
    expect(byId.get('10006')).toMatchObject({ echelon: 'region', region: '84', state: 'refuse' });
    for (const d of list) {
      for (const key of ['id', 'name', 'echelon', 'insee', 'siren', 'departement', 'region', 'outreMer', 'firstTimeInternational', 'firstTimeVolunteering', 'countries', 'priorityCountry', 'missionsSending', 'missionsHosting', 'state', 'warnings', 'attachments']) {
        expect(d).toHaveProperty(key);
      }
    }
  });

  it('stores formula-looking cells as text, never evaluated', async () => {
    const d = (await dossiers(session)).find((x) => x.id === '10005')!;
    expect(d.narrative).toContain('=HYPERLINK("http://exemple.invalid","cliquez")');
    expect(d.narrative).toContain('@SUM(1+1)');
    expect(d.referent).toBe('+33 6 00 00 00 00');
  });

  it('keeps unmapped columns, repeated blocks and establishments as additional fields', async () => {
    const list = await dossiers(session);
    const d1 = list.find((x) => x.id === '10001')!;
    expect(d1.extraFields).toMatchObject({
      "Engagement de l'exécutif": 'on',
      'Date de la délibération': '15 janvier 2022',
      Commune: 'Bourg-en-Bresse (01000)',
      'Missions prévues 1 - Pays de la mission': 'Sénégal',
      'Missions prévues 2 - Durée (mois)': '12',
      Instructeurs: 'instruction@exemple.gouv.fr',
    });
    expect(d1.extraFields[layout === '2022' ? 'Archivé' : 'À archiver']).toBe('Non');
    expect(list.find((x) => x.id === '10002')!.extraFields).toMatchObject({ 'Etablissements 1 - Établissement SIRET': '20004035000013' });
  });

  it('records the expert opinions of the Avis sheet, the source file and an audit entry', async () => {
    await withDb(session, (db) => {
      const avis = listAvis(db, '10001');
      expect(avis).toHaveLength(1);
      expect(avis[0]).toMatchObject({ question: 'Le partenariat est-il actif ?', answerYesNo: true, expert: 'expert@exemple.org', createdAt: '2022-04-01' });
      const [log] = listImports(db);
      const bytes = readFileSync(source);
      expect(log).toMatchObject({
        fileName: `export-${layout}.xlsx`, fileSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
        layout: `ds-${layout}`, imported: 5, skipped: 1, rejected: 0, warnings: 2,
      });
      const audit = db.prepare(`SELECT action, payload FROM audit_log WHERE action = 'import'`).all() as { payload: string }[];
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.payload)).toMatchObject({ fileName: `export-${layout}.xlsx`, imported: 5 });
      expect(verifyAuditChain(db)).toBeNull();
    });
  });
});

describe('a démarches-simplifiées CSV export', () => {
  it('reads the UTF-8 export with its BOM, separator ","', async () => {
    const session = await newSession(dir, 'csv.comitia');
    const source = writeBytes(dir, 'export.csv', dsCsv('2024', sampleDossiers()));
    const r = await cliImport(session, source);
    expect(r.json).toMatchObject({ imported: 5, skipped: 1, rejected: [] });
    const d = (await dossiers(session)).find((x) => x.id === '10001')!;
    expect(d).toMatchObject({ name: 'Ville de Bourg-en-Bresse', insee: '01053', countries: ['SEN'], depositedAt: '2022-03-10T14:00:00' });
  });

  it('tolerates missing optional columns and extra ones', async () => {
    const session = await newSession(dir, 'csv-min.comitia');
    const text = '\ufeffID,État du dossier,Nom de la collectivité,Commune (Code INSEE),Colonne ajoutée par un modèle\n1,En instruction,Ville de Bourg-en-Bresse,01053,valeur\n';
    const r = await cliImport(session, writeBytes(dir, 'minimal.csv', text));
    expect(r.json).toMatchObject({ imported: 1, rejected: [], warnings: 0 });
    const [d] = await dossiers(session);
    expect(d).toMatchObject({ echelon: 'commune', state: 'en_instruction', extraFields: { 'Colonne ajoutée par un modèle': 'valeur' } });
  });

  it('rejects a row without a name, reporting its row and column, and imports the others', async () => {
    const session = await newSession(dir, 'csv-rej.comitia');
    const text = 'ID,Nom de la collectivité,Pays\n1,Ville A,Mali\n2,,Niger\n';
    const r = await cliImport(session, writeBytes(dir, 'rejet.csv', text));
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ imported: 1, rejected: [{ row: 3, column: 'Nom de la collectivité', reason: 'nom du candidat manquant' }], dossiers: 1 });
  });

  it('prints a French summary without --json', async () => {
    const session = await newSession(dir, 'csv-text.comitia');
    const r = await cli('import', session, writeBytes(dir, 'texte.csv', dsCsv('2022', sampleDossiers())));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Import de « texte\.csv » \(export démarches-simplifiées \(format 2022\)\) : 5 importés/);
    expect(r.out).toContain('ligne 6, colonne « Pays partenaire(s) » : pays « Atlantide » inconnu');
  });
});
