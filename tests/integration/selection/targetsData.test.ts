/** Targets as session data: the defaults seeded by migration 0009, and the labels the catalogue words. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { territoiresVolontairesTargets, type Target } from '../../../common/deliberation/targets.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { migrations } from '../../../main/db/migrations/index.ts';
import { listTargets } from '../../../main/db/targetsRepo.ts';
import { isContested, selectionBoundary } from '../../../main/selection/rankFirmness.ts';
import { targetLabelMessage } from '../../../main/selection/targetLabels.ts';

describe('migration 0009', () => {
  it('gives a session made before targets existed the call’s six defaults, in order', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'comitia-targets-')), 'old.comitia');
    const v4 = await openSessionDb(path, { create: true, migrations: migrations.filter((m) => m.version <= 4) });
    expect(v4.pragma('user_version', { simple: true })).toBe(4);
    v4.close();
    const db = await openSessionDb(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(9);
      expect(listTargets(db)).toEqual(territoiresVolontairesTargets());
    } finally {
      db.close();
    }
  });
});

describe('target labels', () => {
  it('word the call’s defaults from the catalogue in either language', () => {
    for (const t of territoiresVolontairesTargets()) {
      const m = targetLabelMessage(t);
      expect(m, t.id).not.toBeNull();
      expect(messageText(m!, 'fr')).toBe(t.label);
      expect(messageText(m!, 'en')).not.toBe(t.label);
    }
  });

  it('keep a label the secretariat wrote, and one that no longer matches its bounds', () => {
    const selected: Target = { id: 'selected', label: 'Au moins 40 collectivités retenues', kind: 'count', min: 40, max: null };
    expect(targetLabelMessage({ ...selected, label: 'Quarante au moins' })).toBeNull();
    // Bounds changed but the old words kept: the secretariat's text, not a catalogue text saying 45.
    expect(targetLabelMessage({ ...selected, min: 45 })).toBeNull();
    expect(targetLabelMessage({ ...selected, min: 45, label: 'Au moins 45 collectivités retenues' })).toEqual({
      code: 'selection.label_selected',
      params: { min: 45 },
    });
  });
});

describe('« contesté »', () => {
  it('is a range that crosses the count target’s boundary, and nothing without a count target', () => {
    const targets = territoiresVolontairesTargets();
    expect(selectionBoundary(targets)).toBe(40);
    expect(selectionBoundary(targets.filter((t) => t.kind !== 'count'))).toBeNull();
    expect(selectionBoundary([{ id: 'n', label: 'n', kind: 'count', min: null, max: 12 }])).toBe(12);
    expect(isContested(38, 44, 40)).toBe(true);
    expect(isContested(40, 41, 40)).toBe(true);
    expect(isContested(41, 50, 40)).toBe(false);
    expect(isContested(30, 40, 40)).toBe(false);
    expect(isContested(1, 60, null)).toBe(false);
  });
});
