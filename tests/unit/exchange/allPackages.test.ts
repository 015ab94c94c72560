/** The loop behind « Préparer les dossiers de tous les membres » (renderer/src/exchange/allPackages.ts) and its desktop dialog. */
import { describe, expect, it } from 'vitest';
import { DIALOGS } from '../../../common/api/bridge.ts';
import { packageFileName } from '../../../common/exchange/fileNames.ts';
import { fail, ok } from '../../../common/result.ts';
import { exportEach } from '../../../renderer/src/exchange/allPackages.ts';

describe('exportEach', () => {
  it('runs one member at a time, in order, and a failure or a throw stops only that member', async () => {
    let running = 0;
    const seen: string[] = [];
    const outcomes = await exportEach(
      ['a', 'b', 'c', 'd'],
      async (member) => {
        running += 1;
        expect(running).toBe(1);
        seen.push(member);
        await new Promise((r) => setTimeout(r, 1));
        running -= 1;
        if (member === 'b') return fail('exchange.unknown_member', { member });
        if (member === 'c') throw new Error('ipc closed');
        return ok(`${member}.pkg`);
      },
      () => {},
    );
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    expect(outcomes).toEqual([
      { member: 'a', state: 'done', value: 'a.pkg' },
      { member: 'b', state: 'failed', error: { code: 'exchange.unknown_member', params: { member: 'b' } } },
      { member: 'c', state: 'failed', error: { code: 'core.transport', params: { detail: 'Error: ipc closed' } } },
      { member: 'd', state: 'done', value: 'd.pkg' },
    ]);
  });
});

describe('the desktop folder dialog for all packages', () => {
  const names = DIALOGS.pickPackagesFolder.argument;
  it('takes the names fileNames.ts gives, and no name that could leave the folder chosen', () => {
    expect(names.safeParse([packageFileName('cuf', '2026-12-02'), packageFileName('Hélène Dupré', '2026-12-02')]).success).toBe(true);
    for (const bad of ['../x.comitia-paquet', 'a/b.comitia-paquet', 'a\\b.comitia-paquet', '.comitia-paquet', 'x.comitia', 'x.comitia-paquet\n'])
      expect(names.safeParse([bad]).success, bad).toBe(false);
    expect(names.safeParse([]).success).toBe(false);
  });
});
