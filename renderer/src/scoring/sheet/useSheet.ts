/**
 * A member's sheet, loaded from the core and kept in step with every keystroke that commits a value: each change is
 * saved at once (one write at a time, in typing order), a refused entry stays in its cell as typed, and the sheet is
 * fetched again once the writes have settled (completeness, totals, what remains).
 */
import type { AppErrorShape } from '../../../../common/result.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScoringSheet } from '../../../../common/scoring/views.ts';
import { api } from '../../transport.ts';
import { SaveQueue } from '../saveQueue.ts';
import { readDrafts, writeDrafts } from './draftStore.ts';
import { cellKey, patchScore, type CellDraft } from './sheetModel.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

export interface SheetState {
  sheet: ScoringSheet | null;
  loadError: string | null;
  pending: ReadonlyMap<string, number | null>;
  drafts: ReadonlyMap<string, CellDraft>;
  saving: boolean;
  reload: () => void;
  saveValue: (dossier: string, criterion: string, value: number) => void;
  clearValue: (dossier: string, criterion: string) => void;
  /** Keeps a refused entry in its cell, with the message saying why. */
  refuse: (dossier: string, criterion: string, draft: CellDraft) => void;
  /** Forgets a refused entry (the person cleared the cell). */
  dropDraft: (dossier: string, criterion: string) => void;
  saveComment: (dossier: string, criterion: string, comment: string) => Promise<string | null>;
}

const without = <V,>(map: ReadonlyMap<string, V>, key: string) => {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
};
const withEntry = <V,>(map: ReadonlyMap<string, V>, key: string, value: V) => new Map(map).set(key, value);

const SETTLE_MS = 120;

export function useSheet(options: {
  /** The session file: refused entries are kept per session and member until corrected. */
  sessionPath: string;
  member: string;
  viewer: string | null;
  /** `secretariat` when the secretariat types for the member; undefined when the member types. */
  enteredBy: string | undefined;
  actor: string;
  /** Called after each write reached the file (the ranking follows). */
  onChanged: () => void;
  refreshTick: number;
}): SheetState {
  const { sessionPath, member, viewer, enteredBy, actor, onChanged, refreshTick } = options;
  const [sheet, setSheet] = useState<ScoringSheet | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The sheet is mounted once per member (SheetView keys it), so the stored drafts are read once, here.
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CellDraft>>(() => readDrafts(sessionPath, member));
  useEffect(() => writeDrafts(sessionPath, member, drafts), [sessionPath, member, drafts]);
  const [pending, setPending] = useState<ReadonlyMap<string, number | null>>(new Map());
  /** Moves when a write starts: a sheet fetched before it is stale and must not overwrite what was typed. */
  const writes = useRef(0);
  /** The latest write of each cell: an earlier one finishing late does not touch the cell's state. */
  const latest = useRef(new Map<string, number>());
  const reloadRef = useRef<() => void>(() => undefined);
  const settleTimer = useRef<number | undefined>(undefined);
  // Once the writes have settled, the sheet is fetched again for its counters and totals: a moment later, so that
  // the ranking (what people watch) is asked first, and so that a row typed at speed costs one fetch, not six.
  const queue = useMemo(
    () =>
      new SaveQueue(() => {
        window.clearTimeout(settleTimer.current);
        settleTimer.current = window.setTimeout(() => reloadRef.current(), SETTLE_MS);
      }),
    [],
  );
  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const reload = useCallback(() => {
    const startedAt = writes.current;
    void api.scoringSheet({ member, viewer }).then((r) => {
      if (startedAt !== writes.current || queue.busy) return;
      if (r.ok) {
        setSheet(r.value);
        setLoadError(null);
      } else setLoadError(errorMessage(r.error));
    });
  }, [member, viewer, queue]);
  reloadRef.current = reload;

  useEffect(() => reload(), [reload, refreshTick]);

  const write = useCallback(
    (dossier: string, criterion: string, value: number | null, send: () => Promise<{ ok: boolean; error?: AppErrorShape; patch?: ScoringSheet['rows'][number]['scores'][string] | null }>) => {
      const key = cellKey(dossier, criterion);
      // A new write postpones the sheet's reload: it would only compete with the write on the wire.
      window.clearTimeout(settleTimer.current);
      writes.current += 1;
      const seq = writes.current;
      latest.current.set(key, seq);
      setDrafts((d) => without(d, key));
      setPending((p) => withEntry(p, key, value));
      queue.push(async () => {
        const r = await send();
        const current = latest.current.get(key) === seq;
        if (r.ok && r.patch !== undefined) setSheet((s) => s && patchScore(s, dossier, criterion, r.patch ?? null));
        if (current) {
          if (!r.ok) setDrafts((d) => withEntry(d, key, { typed: value === null ? '' : String(value), error: (r.error ? errorMessage(r.error) : '') }));
          setPending((p) => without(p, key));
        }
        if (r.ok) onChanged();
      });
    },
    [queue, onChanged],
  );

  const saveValue = useCallback(
    (dossier: string, criterion: string, value: number) =>
      write(dossier, criterion, value, async () => {
        const r = await api.scoreSet({ member, dossier, criterion, value, ...(enteredBy ? { enteredBy } : {}) });
        return r.ok
          ? { ok: true, patch: { value: r.value.value, comment: r.value.comment, enteredBy: r.value.enteredBy, updatedAt: r.value.updatedAt } }
          : { ok: false, error: r.error };
      }),
    [write, member, enteredBy],
  );

  const clearValue = useCallback(
    (dossier: string, criterion: string) =>
      write(dossier, criterion, null, async () => {
        const r = await api.scoreClear({ member, dossier, criterion, actor });
        return r.ok ? { ok: true, patch: null } : { ok: false, error: r.error };
      }),
    [write, member, actor],
  );

  const refuse = useCallback((dossier: string, criterion: string, draft: CellDraft) => {
    const key = cellKey(dossier, criterion);
    latest.current.set(key, (writes.current += 1));
    setPending((p) => without(p, key));
    setDrafts((d) => withEntry(d, key, draft));
  }, []);

  const dropDraft = useCallback((dossier: string, criterion: string) => {
    const key = cellKey(dossier, criterion);
    latest.current.set(key, (writes.current += 1));
    setDrafts((d) => without(d, key));
  }, []);

  const saveComment = useCallback(
    async (dossier: string, criterion: string, comment: string): Promise<string | null> => {
      const stored = sheet?.rows.find((r) => r.dossier === dossier)?.scores[criterion];
      if (!stored) return null;
      const r = await api.scoreSet({ member, dossier, criterion, value: stored.value, comment, ...(enteredBy ? { enteredBy } : {}) });
      if (!r.ok) return errorMessage(r.error);
      setSheet((s) => s && patchScore(s, dossier, criterion, { value: r.value.value, comment: r.value.comment, enteredBy: r.value.enteredBy, updatedAt: r.value.updatedAt }));
      return null;
    },
    [sheet, member, enteredBy],
  );

  return { sheet, loadError, pending, drafts, saving: pending.size > 0, reload, saveValue, clearValue, refuse, dropDraft, saveComment };
}
