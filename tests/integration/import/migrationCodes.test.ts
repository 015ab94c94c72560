/**
 * Migration 0004 (import messages as codes): a session written by the previous version, with French warning
 * sentences on its dossiers and imports logged with their history and attachments, opens with its warnings as
 * codes (the old text kept whole when it is not the "changed after scoring" one), its foreign keys intact, and an
 * imports log that accepts ODS sources.
 */
import { describe, expect, it } from 'vitest';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { getDossier, upsertDossier } from '../../../main/db/dossierRepo.ts';
import { insertHistory } from '../../../main/db/dossierHistoryRepo.ts';
import { insertImport } from '../../../main/db/importRepo.ts';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations/index.ts';
import { warningFromSentence } from '../../../main/db/migrations/0004-import-codes.ts';
import { tempDir } from '../../fixtures/import/dsExport.ts';

const dossier = {
  id: '10001', name: 'Ville de Bourg-en-Bresse', echelon: 'commune' as const, insee: '01053', siren: null, departement: '01',
  region: '84', outreMer: false, population: null, referent: null, email: null, profile: null, firstTimeInternational: null,
  firstTimeVolunteering: null, countries: [], priorityCountry: false, partnerAuthority: null, schemes: [], missionsSending: null,
  missionsHosting: null, missionsSci: null, missionsVsi: null, narrative: null, state: 'en_construction' as const, depositedAt: null,
  extraFields: {}, warnings: [],
};

const OLD = [
  'Pays partenaire(s) : pays « Atlantide » inconnu (nom français ou anglais, ou code ISO attendu)',
  'Modifié après le début de la notation (import du 02/04/2022) : Réponses rédigées, Pays partenaires.',
];

describe('migration 0004: import warnings as codes', () => {
  it('turns a sentence into its column and the old text, and the changed-after-scoring one into its own code', () => {
    expect(warningFromSentence(OLD[0]!)).toEqual({ column: 'Pays partenaire(s)', code: 'import.legacy', params: { text: 'pays « Atlantide » inconnu (nom français ou anglais, ou code ISO attendu)' } });
    expect(warningFromSentence(OLD[1]!)).toEqual({ column: null, code: 'import.changed_after_scoring', params: { date: '02/04/2022', fields: 'Réponses rédigées, Pays partenaires' } });
    expect(messageText(warningFromSentence(OLD[1]!))).toBe(OLD[1]);
  });

  it('converts a version-3 session in place, keeps its imports and the rows that refer to them, and accepts ODS', async () => {
    const path = `${tempDir('comitia-mig4-')}/v3.comitia`;
    const v3 = await openSessionDb(path, { create: true, migrations: migrations.filter((m) => m.version <= 3) });
    const importId = insertImport(v3, { fileName: 'export.xlsx', fileSize: 10, sha256: 'a'.repeat(64), format: 'xlsx', layout: 'ds-2024', attachments: null, mapping: {}, importedAt: '2022-04-02T10:00:00Z' });
    upsertDossier(v3, dossier);
    v3.prepare('UPDATE dossiers SET warnings = ?, changed_after_scoring_at = ?, last_import_id = ? WHERE id = ?').run(JSON.stringify(OLD), '2022-04-02T10:00:00Z', importId, '10001');
    insertHistory(v3, { dossierId: '10001', importId, at: '2022-04-02T10:00:00Z', kind: 'created', changes: [] });
    expect(v3.pragma('user_version', { simple: true })).toBe(3);
    v3.close();

    let backup = '';
    const db = await openSessionDb(path, { onBackup: (p) => (backup = p) });
    try {
      expect(backup).toMatch(/\.backups\/.*-migration\.comitia$/);
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      const d = getDossier(db, '10001')!;
      expect(d.changedAfterScoringAt).toBe('2022-04-02T10:00:00Z');
      expect(d.warnings.map((w) => w.code)).toEqual(['import.legacy', 'import.changed_after_scoring']);
      expect(d.warnings.map((w) => (w.column ? `${w.column} : ${messageText(w)}` : messageText(w)))).toEqual(OLD);
      expect(db.prepare('SELECT file_name, format FROM imports').all()).toEqual([{ file_name: 'export.xlsx', format: 'xlsx' }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      insertImport(db, { fileName: 'export.ods', fileSize: 10, sha256: 'b'.repeat(64), format: 'ods', layout: 'ds-2024', attachments: null, mapping: {}, importedAt: '2022-05-01T10:00:00Z' });
      expect(() => insertImport(db, { fileName: 'x.pdf', fileSize: 1, sha256: 'c'.repeat(64), format: 'pdf' as never, layout: 'ds', attachments: null, mapping: {}, importedAt: '' })).toThrow(/CHECK/);
      // The history still refers to the import it came from.
      expect(() => db.prepare('DELETE FROM imports WHERE id = ?').run(importId)).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});
