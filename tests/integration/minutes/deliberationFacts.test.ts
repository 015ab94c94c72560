/**
 * The minutes carry what the room decided: attendance and quorum, the decisions with their motivations and
 * conditions, the waiting list, the lock (no « PROJET » once locked), read from the deliberation's own records.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli } from '../../fixtures/cli.ts';
import { inspectPdf } from './document/pdfTools.ts';
import { scoredDemoSession } from './sessionFixture.ts';

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
/** The watermark is rotated: read it with the document tests' bbox reader (one large word per page). */
const draftMark = (pdf: string) => inspectPdf(readFileSync(pdf)).largeWords.some((w) => w === 'PROJET');

it('prints the attendance, the quorum, the decisions and the waiting list recorded in the room, and no PROJET once locked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comitia-minutes-facts-'));
  const { path } = await scoredDemoSession(join(dir, 'pv.comitia'));
  const members = JSON.parse((await cli('members', path, '--json')).out) as { id: string; name: string }[];
  const attendance = join(dir, 'attendance.json');
  writeFileSync(attendance, JSON.stringify(members.map((m, i) => ({ member: m.id, status: i === members.length - 1 ? 'excused' : 'present' }))));
  expect((await cli('attendance', path, '--set', attendance)).code).toBe(0);
  const ranking = JSON.parse((await cli('rank', path, '--json')).out) as { ranking: { dossier: string }[] };
  const [a, b, c] = ranking.ranking.map((r) => r.dossier);
  const decisions = join(dir, 'decisions.json');
  writeFileSync(
    decisions,
    JSON.stringify([
      { dossier: a, decision: 'retenu', motivation: 'Partenariat ancien et missions bien encadrées.' },
      { dossier: b, decision: 'retenu sous réserve', motivation: 'Projet pertinent.', conditions: 'Délibération du conseil à transmettre.' },
      { dossier: c, decision: "liste d'attente", motivation: 'Bon dossier, enveloppe atteinte.', waitlistPosition: 1 },
    ]),
  );
  const decided = await cli('decide', path, '--set', decisions);
  expect(decided.err).toBe('');
  const draft = join(dir, 'draft.pdf');
  expect((await cli('minutes', path, '--out', draft, '--annexes', 'none')).code).toBe(0);
  const before = text(draft);
  expect(before).toContain('Partenariat ancien et missions bien encadrées.');
  expect(before).toContain('Délibération du conseil à transmettre.');
  expect(draftMark(draft)).toBe(true);
  expect(before).toMatch(/quorum/i);
  expect(before).toContain(members[0]!.name);
  expect((await cli('lock', path)).code).toBe(0);
  const final = join(dir, 'final.pdf');
  expect((await cli('minutes', path, '--out', final, '--annexes', 'none')).code).toBe(0);
  expect(draftMark(final)).toBe(false);
}, 60_000);
