/** The router's glue: wouter on the hash, and the typed route of the current address. */
import { useMemo, type ReactNode } from 'react';
import { Router, useLocation } from 'wouter';
import { navigate as navigateHash, useHashLocation } from 'wouter/use-hash-location';
import { parseRoute, pathOf, type AppRoute, type RouteMatch } from './routes.ts';

export function HashRouter({ children }: { children: ReactNode }) {
  return <Router hook={useHashLocation}>{children}</Router>;
}

/** Where the address points (re-rendered when it changes). */
export function useRouteMatch(): RouteMatch {
  const [location] = useLocation();
  // The same object while the address stays: effects that depend on it run once per address.
  return useMemo(() => parseRoute(location), [location]);
}

/** Goes to a page; `replace` for an address that only corrects the current one (an older address, a default tab). */
export function navigate(route: AppRoute, options: { replace?: boolean } = {}): void {
  navigateHash(pathOf(route), options);
}
