import { QueryClient } from '@tanstack/react-query';

/**
 * The page's query cache. Data is fresh until the core says otherwise (change events, changeFollower.ts): no refetch
 * on focus, on reconnection or on a timer, and no retry (the core answers errors as Results; a failed call is shown,
 * not repeated). Queries left by every view are kept five minutes, so that coming back to an area draws at once.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}
