/**
 * The Dossiers area's own routes, under its hash (App.tsx routes on the first segment and falls back to this area):
 * `#/dossiers` the grid, `#/dossiers/import` the import assistant, `#/dossiers/id/<id>` a dossier's page.
 */
export type DossiersRoute = { view: 'list' } | { view: 'import' } | { view: 'dossier'; id: string };

export function routeFromHash(hash: string): DossiersRoute {
  if (hash === '#/dossiers/import') return { view: 'import' };
  const m = /^#\/dossiers\/id\/(.+)$/.exec(hash);
  if (m) {
    try {
      return { view: 'dossier', id: decodeURIComponent(m[1]!) };
    } catch {
      return { view: 'list' };
    }
  }
  return { view: 'list' };
}

export const LIST_HASH = '#/dossiers';
export const IMPORT_HASH = '#/dossiers/import';
export const dossierHash = (id: string): string => `#/dossiers/id/${encodeURIComponent(id)}`;
