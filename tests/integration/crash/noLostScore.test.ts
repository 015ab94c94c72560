/**
 * No lost score: a process recording scores through the core is killed (SIGKILL) at random moments; after each kill
 * the file opens, passes integrity_check, and holds every acknowledged score. A few kills here; `npm run bench`
 * (case crash) runs 50 and more.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openSessionDb } from '../../../main/db/connection.ts';
import { populateDemoSession } from '../../../main/demo/demoSession.ts';
import { killLoop } from '../../fixtures/crash/killLoop.ts';

it('keeps every acknowledged score and an intact file across kills at random moments', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'comitia-crash-')), 'crash.comitia');
  const db = await openSessionDb(path, { create: true });
  populateDemoSession(db, { seed: 11 });
  db.close();
  const report = await killLoop({ path, kills: 4, seed: 2026, maxDelayMs: 400 });
  expect(report.kills).toBe(4);
  expect(report.acknowledged).toBeGreaterThan(0);
  expect(report.integrityFailures).toBe(0);
  expect(report.lost).toBe(0);
}, 60_000);
