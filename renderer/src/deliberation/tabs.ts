/**
 * The Délibération area's views, in the order of its tab list. The room's views (attendance, votes, decisions…)
 * join this list; each view lives in its own file.
 */
import type { DeliberationView } from '../routes.ts';

export const DELIBERATION_VIEWS: readonly DeliberationView[] = ['room', 'targets', 'proposal', 'decisions', 'waitingList', 'audit'];
