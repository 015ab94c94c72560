/**
 * The interface's addresses, typed: every area and sub-page is a value of `AppRoute`, read from the hash by
 * `parseRoute` and written by `hrefOf`, so that a link cannot name a page that does not exist. The router is wouter
 * with its hash location (router.tsx): a hash keeps the desktop's app:// page and the web shell's single file
 * working without server routes, and wouter is small (2 kB), kept up, and leaves the route table to us — TanStack
 * Router's generated route tree would have been more machinery than these dozen addresses need.
 *
 * The English addresses of the first versions (`#/scoring`, `#/minutes`, `#/settings`, `#/dossiers/id/<id>`) still
 * lead to their page: bookmarks and the e2e specs use them.
 */
import type { ScoringTab } from './scoring/ScoringContext.ts';

export type SettingsSection = 'language' | 'session' | 'grid' | 'rules' | 'committee' | 'offline' | 'backups' | 'deliberationRules';
/** The Délibération area's views (renderer/src/deliberation/tabs.ts lists them); the room's views join later. */
export type DeliberationView = 'room' | 'targets' | 'proposal' | 'decisions' | 'waitingList' | 'audit';

export type AppRoute =
  | { area: 'dossiers'; view: 'list' }
  | { area: 'dossiers'; view: 'import' }
  | { area: 'dossiers'; view: 'dossier'; id: string }
  /** `tab` null: the Notation area's own choice (the tab last shown in this window). */
  | { area: 'scoring'; tab: ScoringTab | null }
  /** `view` null: the area's first view. */
  | { area: 'deliberation'; view: DeliberationView | null }
  | { area: 'minutes' }
  /** The room's projector (`#/projecteur`, `#/projecteur/<meeting>`): no navigation; `meeting` null, the latest. */
  | { area: 'projector'; meeting: number | null }
  | { area: 'settings'; section: SettingsSection | null };

export type Area = AppRoute['area'];
/** The areas of the navigation bar (the projector is a page of its own, opened from the room). */
export const AREAS: readonly Exclude<Area, 'projector'>[] = ['dossiers', 'scoring', 'deliberation', 'minutes', 'settings'];

/** What the address says: a page, an older address to replace by the current one, or nothing we know. */
export type RouteMatch = { kind: 'page'; route: AppRoute } | { kind: 'moved'; to: AppRoute } | { kind: 'notFound'; path: string };

const AREA_SLUGS: Readonly<Record<Area, string>> = {
  dossiers: 'dossiers',
  scoring: 'notation',
  deliberation: 'deliberation',
  minutes: 'pv',
  settings: 'reglages',
  projector: 'projecteur',
};
const LEGACY_AREA_SLUGS: Readonly<Record<string, Area>> = { scoring: 'scoring', minutes: 'minutes', settings: 'settings' };

export const TAB_SLUGS: Readonly<Record<ScoringTab, string>> = {
  sheet: 'feuille',
  ranking: 'classement',
  compare: 'comparaison',
  whatIf: 'simulation',
  charts: 'graphiques',
  conflicts: 'conflits',
};
export const DELIBERATION_SLUGS: Readonly<Record<DeliberationView, string>> = {
  room: 'seance',
  targets: 'objectifs',
  proposal: 'proposition',
  decisions: 'decisions',
  waitingList: 'liste-attente',
  audit: 'journal',
};
export const SECTION_SLUGS: Readonly<Record<SettingsSection, string>> = {
  language: 'langue',
  session: 'session',
  grid: 'grille',
  rules: 'regles',
  committee: 'comite',
  offline: 'hors-ligne',
  backups: 'sauvegardes',
  deliberationRules: 'deliberation',
};

const bySlug = <K extends string>(slugs: Readonly<Record<K, string>>) =>
  new Map<string, K>(Object.entries<string>(slugs).map(([key, slug]) => [slug, key as K]));
const AREA_BY_SLUG = bySlug(AREA_SLUGS);
const TAB_BY_SLUG = bySlug(TAB_SLUGS);
const SECTION_BY_SLUG = bySlug(SECTION_SLUGS);
const DELIBERATION_BY_SLUG = bySlug(DELIBERATION_SLUGS);

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a router path (`/dossiers/10001`: the hash without its `#`). */
export function parseRoute(path: string): RouteMatch {
  const clean = path.split('?')[0]!.replace(/\/+$/, '');
  const segments = clean.split('/').filter((s) => s !== '');
  const notFound: RouteMatch = { kind: 'notFound', path };
  if (segments.length === 0) return { kind: 'moved', to: { area: 'dossiers', view: 'list' } };
  const [first, second, third, ...rest] = segments as [string, string | undefined, string | undefined, ...string[]];
  const legacy = LEGACY_AREA_SLUGS[first];
  if (legacy) {
    if (second !== undefined) return notFound;
    return { kind: 'moved', to: legacy === 'scoring' ? { area: 'scoring', tab: null } : legacy === 'settings' ? { area: 'settings', section: null } : { area: legacy } as AppRoute };
  }
  const area = AREA_BY_SLUG.get(first);
  if (!area) return notFound;
  const page = (route: AppRoute): RouteMatch => ({ kind: 'page', route });
  switch (area) {
    case 'dossiers': {
      if (second === undefined) return page({ area, view: 'list' });
      if (second === 'import' && third === undefined) return page({ area, view: 'import' });
      if (second === 'id' && third !== undefined && rest.length === 0) {
        const id = decoded(third);
        return id ? { kind: 'moved', to: { area, view: 'dossier', id } } : notFound;
      }
      const id = third === undefined ? decoded(second) : null;
      return id ? page({ area, view: 'dossier', id }) : notFound;
    }
    case 'scoring': {
      if (second === undefined) return page({ area, tab: null });
      const tab = TAB_BY_SLUG.get(second);
      return tab && third === undefined ? page({ area, tab }) : notFound;
    }
    case 'deliberation': {
      if (second === undefined) return page({ area, view: null });
      const view = DELIBERATION_BY_SLUG.get(second);
      return view && third === undefined ? page({ area, view }) : notFound;
    }
    case 'projector': {
      if (second === undefined) return page({ area, meeting: null });
      const meeting = /^[1-9]\d*$/.test(second) ? Number(second) : null;
      return meeting !== null && third === undefined ? page({ area, meeting }) : notFound;
    }
    case 'settings': {
      if (second === undefined) return page({ area, section: null });
      const section = SECTION_BY_SLUG.get(second);
      return section && third === undefined ? page({ area, section }) : notFound;
    }
    default:
      return second === undefined ? page({ area } as AppRoute) : notFound;
  }
}

/** The router path of a page (what `parseRoute` reads back). */
export function pathOf(route: AppRoute): string {
  const base = `/${AREA_SLUGS[route.area]}`;
  switch (route.area) {
    case 'dossiers':
      return route.view === 'list' ? base : route.view === 'import' ? `${base}/import` : `${base}/${encodeURIComponent(route.id)}`;
    case 'scoring':
      return route.tab ? `${base}/${TAB_SLUGS[route.tab]}` : base;
    case 'settings':
      return route.section ? `${base}/${SECTION_SLUGS[route.section]}` : base;
    case 'deliberation':
      return route.view ? `${base}/${DELIBERATION_SLUGS[route.view]}` : base;
    case 'projector':
      return route.meeting === null ? base : `${base}/${route.meeting}`;
    default:
      return base;
  }
}

/** The href of a page, for `<a href>`. */
export const hrefOf = (route: AppRoute): string => `#${pathOf(route)}`;

export const routes = {
  dossierList: { area: 'dossiers', view: 'list' } as AppRoute,
  dossierImport: { area: 'dossiers', view: 'import' } as AppRoute,
  dossier: (id: string): AppRoute => ({ area: 'dossiers', view: 'dossier', id }),
  scoring: (tab: ScoringTab | null = null): AppRoute => ({ area: 'scoring', tab }),
  settings: (section: SettingsSection | null = null): AppRoute => ({ area: 'settings', section }),
  deliberation: (view: DeliberationView | null = null): AppRoute => ({ area: 'deliberation', view }),
  projector: (meeting: number | null = null): AppRoute => ({ area: 'projector', meeting }),
  area: (area: Area): AppRoute =>
    area === 'dossiers'
      ? { area, view: 'list' }
      : area === 'scoring'
        ? { area, tab: null }
        : area === 'settings'
          ? { area, section: null }
          : area === 'deliberation'
            ? { area, view: null }
            : area === 'projector'
              ? { area, meeting: null }
              : ({ area } as AppRoute),
};
