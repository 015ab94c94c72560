/** The targets follow the decisions recorded in the room: « retenu » and « retenu sous réserve » count, a withdrawal does not. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli } from '../../fixtures/cli.ts';

it('counts the selected dossiers of the decisions in `comitia targets`', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comitia-decided-targets-'));
  const session = join(dir, 'demo.comitia');
  expect((await cli('demo', session)).code).toBe(0);
  const members = JSON.parse((await cli('members', session, '--json')).out) as { id: string; role: string }[];
  const attendance = join(dir, 'attendance.json');
  writeFileSync(attendance, JSON.stringify(members.map((m) => ({ member: m.id, status: 'present' }))));
  expect((await cli('attendance', session, '--set', attendance)).code).toBe(0);
  const dossiers = (JSON.parse((await cli('dossiers', session, '--json')).out) as { id: string }[]).map((d) => d.id);
  const current = async () => {
    const r = await cli('targets', session, '--json');
    expect(r.code).toBe(0);
    return (JSON.parse(r.out) as { targets: { id: string; current: number | null }[] }).targets.find((t) => t.id === 'selected')!.current;
  };
  expect(await current()).toBe(0);
  const decisions = join(dir, 'decisions.json');
  writeFileSync(
    decisions,
    JSON.stringify([
      { dossier: dossiers[0], decision: 'retenu', motivation: 'Projet solide.' },
      { dossier: dossiers[1], decision: 'retenu sous réserve', motivation: 'À préciser.', conditions: 'Convention signée.' },
      { dossier: dossiers[2], decision: 'non retenu', motivation: 'Hors du champ.' },
    ]),
  );
  const decided = await cli('decide', session, '--set', decisions);
  expect(decided.err).toBe('');
  expect(decided.code).toBe(0);
  expect(await current()).toBe(2);
});
