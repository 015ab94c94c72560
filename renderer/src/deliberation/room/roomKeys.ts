/**
 * Query keys of the room's views. Each starts with the topic whose change makes it stale (data/queryKeys.ts,
 * TOPIC_AFFECTS: `meetings`, `attendance`, `agenda`, `notes`), so the views follow every window and process without
 * polling; the projector follows the secretariat's current dossier through `agenda`.
 */
import type { AgendaOrder } from '../../../../common/deliberation/records.ts';

export const roomKeys = {
  meetings: () => ['meetings'] as const,
  /** The quorum and vote rules: `deliberationSettingsSet` announces `attendance`. */
  settings: () => ['attendance', 'settings'] as const,
  attendance: (meeting: number) => ['attendance', meeting] as const,
  agenda: (meeting: number, order: AgendaOrder) => ['agenda', meeting, order] as const,
  currentDossier: (meeting: number) => ['agenda', meeting, 'current'] as const,
  notes: (dossier: string) => ['notes', dossier] as const,
};
