/**
 * Crash kills during single operations (issue 12): an import, a migration, a lock, a package export, the writing of
 * the minutes, each killed (SIGKILL) at a few random moments. After each kill the session opens, passes
 * integrity_check, and holds the state before the operation or after it, never a mixture; the files written for the
 * user are absent or whole. The cases are tests/fixtures/crash/operationCases.ts; `npm run bench` runs more kills.
 */
import { describe, expect, it } from 'vitest';
import { crashCase } from '../../fixtures/crash/operationCases.ts';
import type { Operation } from '../../fixtures/crash/operationChild.ts';

/** Kills per operation: one per step of it (the minutes: generate, sign, export), two for a single step. */
const KILLS: Record<Operation, number> = { import: 2, migrate: 2, lock: 2, package: 2, minutes: 3 };

describe.each(Object.keys(KILLS) as Operation[])('killed during %s', (operation) => {
  it('leaves the state before or after, an intact file, no half-written file', async () => {
    const report = await crashCase(operation, { kills: KILLS[operation], seed: 12_000 + operation.length });
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(KILLS[operation]);
  }, 60_000);
});
