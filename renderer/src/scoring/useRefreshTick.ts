import { useEffect, useState } from 'react';

/** How often figures are fetched again while the area is shown, to follow changes made elsewhere (another window,
 * the CLI, a colleague on the same file). Reading the ranking of a session costs milliseconds. */
const POLL_MS = 15_000;

/**
 * A counter that moves when someone else's changes may have arrived: when the window regains focus or becomes
 * visible again, and every POLL_MS while it is visible.
 */
export function useRefreshTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => {
      if (document.visibilityState === 'visible') setTick((t) => t + 1);
    };
    const timer = window.setInterval(bump, POLL_MS);
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return tick;
}
