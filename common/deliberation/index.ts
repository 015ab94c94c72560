/** The deliberation's pure core: attendance and quorum, votes, decisions, targets, rank ranges. */
export * from './quorum.ts';
export * from './votes.ts';
export * from './decisions.ts';
export * from './targets.ts';
export * from './rankRange.ts';
