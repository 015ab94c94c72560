/** The router's glue: wouter on the hash, and the typed route of the current address. */
import type { ReactNode } from 'react';
import { Router, useLocation } from 'wouter';
import { navigate as navigateHash, useHashLocation } from 'wouter/use-hash-location';
import { parseRoute, pathOf, type AppRoute, type RouteMatch } from './routes.ts';

export function HashRouter({ children }: { children: ReactNode }) {
  return <Router hook={useHashLocation}>{children}</Router>;
}

/** Where the address points (re-rendered when it changes). */
export function useRouteMatch(): RouteMatch {
  const [location] = useLocation();
  return parseRoute(location);
}

/** Goes to a page; `replace` for an address that only corrects the current one (an older address, a default tab). */
export function navigate(route: AppRoute, options: { replace?: boolean } = {}): void {
  navigateHash(pathOf(route), options);
}
