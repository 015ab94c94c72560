/** The interface's addresses: every page reads back from the path it writes, older addresses move, others are unknown. */
import { describe, expect, it } from 'vitest';
import { parseRoute, pathOf, routes, type AppRoute } from '../../../renderer/src/routes.ts';

describe('routes', () => {
  const pages: [AppRoute, string][] = [
    [routes.dossierList, '/dossiers'],
    [routes.dossierImport, '/dossiers/import'],
    [routes.dossier('10001'), '/dossiers/10001'],
    [routes.dossier('a b/c'), '/dossiers/a%20b%2Fc'],
    [routes.scoring(), '/notation'],
    [routes.scoring('sheet'), '/notation/feuille'],
    [routes.scoring('ranking'), '/notation/classement'],
    [routes.scoring('whatIf'), '/notation/simulation'],
    [routes.scoring('conflicts'), '/notation/conflits'],
    [routes.area('deliberation'), '/deliberation'],
    [routes.deliberation('room'), '/deliberation/seance'],
    [routes.projector(), '/projecteur'],
    [routes.projector(3), '/projecteur/3'],
    [routes.area('minutes'), '/pv'],
    [routes.settings(), '/reglages'],
    [routes.settings('committee'), '/reglages/comite'],
    [routes.settings('backups'), '/reglages/sauvegardes'],
  ];

  it.each(pages)('%o is written %s and read back', (route, path) => {
    expect(pathOf(route)).toBe(path);
    expect(parseRoute(path)).toEqual({ kind: 'page', route });
  });

  it('reads a trailing slash as the same page', () => {
    expect(parseRoute('/notation/classement/')).toEqual({ kind: 'page', route: routes.scoring('ranking') });
  });

  it.each([
    ['/', routes.dossierList],
    ['', routes.dossierList],
    ['/scoring', routes.scoring()],
    ['/minutes', routes.area('minutes')],
    ['/settings', routes.settings()],
    ['/dossiers/id/10001', routes.dossier('10001')],
  ])('the older address %s moves to the current one', (path, to) => {
    expect(parseRoute(path)).toEqual({ kind: 'moved', to });
  });

  it.each(['/nimporte', '/notation/inconnu', '/notation/feuille/extra', '/pv/2022', '/reglages/autre', '/dossiers/1/2', '/dossiers/%E0%A4%A', '/scoring/sheet', '/projecteur/0', '/projecteur/x', '/projecteur/2/3'])(
    '%s is not a page',
    (path) => {
      expect(parseRoute(path)).toEqual({ kind: 'notFound', path });
    },
  );
});
