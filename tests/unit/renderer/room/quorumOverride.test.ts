/** The chair's override of the quorum as the room keeps it until decisions carry it (renderer/.../quorumOverride.ts). */
import { describe, expect, it } from 'vitest';
import { quorumOverride, setQuorumOverride } from '../../../../renderer/src/deliberation/room/quorumOverride.ts';

describe("the chair's override", () => {
  it('is kept per meeting, trimmed, and withdrawn by a blank reason or null', () => {
    expect(quorumOverride(1)).toBeNull();
    setQuorumOverride(1, '  urgence du calendrier ');
    expect(quorumOverride(1)).toBe('urgence du calendrier');
    expect(quorumOverride(2)).toBeNull();
    expect(quorumOverride(null)).toBeNull();
    setQuorumOverride(1, '   ');
    expect(quorumOverride(1)).toBeNull();
    setQuorumOverride(2, 'x');
    setQuorumOverride(2, null);
    expect(quorumOverride(2)).toBeNull();
  });
});
