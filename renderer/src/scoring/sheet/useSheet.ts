/**
 * A member's sheet, from the query cache and kept in step with every keystroke that commits a value: each change is
 * saved at once (one write at a time, in typing order: values, clears and comments in one queue), a refused entry
 * stays in its cell as typed, and the sheet is fetched again once the writes have settled (completeness, totals,
 * what remains) or when a change event says someone else changed it. The rules are sheetReducer.ts's.
 */
import { useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StoredScore } from '../../../../common/scoring/records.ts';
import type { ScoringSheet, SheetScore } from '../../../../common/scoring/views.ts';
import type { Result } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { noteFetch, refetchAfterWrite } from '../../data/readsAfterWrites.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { SaveQueue } from '../saveQueue.ts';
import { readDrafts, writeDrafts } from './draftStore.ts';
import { initialSheetData, sheetReducer, storedScore, type SheetAction, type SheetData } from './sheetReducer.ts';
import type { CellDraft } from './sheetModel.ts';

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
  /** Resolves with the error's words, or null once saved (or when the cell has no score to comment on). */
  saveComment: (dossier: string, criterion: string, comment: string) => Promise<string | null>;
}

/** After the last answer, how long the queue must stay idle before the sheet is fetched again. */
const SETTLE_MS = 120;

/**
 * A score write just sent: the ranking and the other figures on screen are asked again at once, to run after it
 * (data/readsAfterWrites.ts), rather than when its change event gets through a main thread busy with the keystroke.
 */
function sent<T>(client: QueryClient, sheet: QueryKey, write: Promise<T>): Promise<T> {
  // Not the sheet itself: it is fetched once the writes have settled (SETTLE_MS).
  refetchAfterWrite(client, ['scores'], { besides: sheet });
  return write;
}

const sheetScore = (s: StoredScore): SheetScore => ({ value: s.value, comment: s.comment, enteredBy: s.enteredBy, updatedAt: s.updatedAt });

/** A fetched sheet, with the count of writes asked when the fetch started (sheetReducer drops it if more were since). */
interface Fetched {
  result: Result<ScoringSheet>;
  startedAt: number;
  /** Which mounted sheet fetched it: a sheet from the cache, fetched by an earlier one, counts no write of ours. */
  by: number;
}

let mounts = 0;

export function useSheet(options: {
  /** The session file: refused entries are kept per session and member until corrected. */
  sessionPath: string;
  member: string;
  viewer: string | null;
  /** `secretariat` when the secretariat types for the member; undefined when the member types. */
  enteredBy: string | undefined;
  actor: string;
}): SheetState {
  const { sessionPath, member, viewer, enteredBy, actor } = options;
  const client = useQueryClient();
  const [mount] = useState(() => (mounts += 1));
  // The sheet is mounted once per member (SheetView keys it), so the stored drafts are read once, here.
  const [data, setData] = useState<SheetData>(() => initialSheetData(readDrafts(sessionPath, member)));
  // The reducer's state is also kept here, synchronously: a queued write reads it when its turn comes (a comment
  // takes the value the file holds after the writes asked before it, not the one on screen when it was asked).
  const store = useRef(data);
  const dispatch = useCallback((action: SheetAction) => {
    store.current = sheetReducer(store.current, action);
    setData(store.current);
  }, []);
  useEffect(() => writeDrafts(sessionPath, member, data.drafts), [sessionPath, member, data.drafts]);

  // While writes are being asked and answered, the sheet is not fetched (a change event only marks it stale): it
  // would compete with the writes on the wire and be dropped. Once they have settled, one fetch: a row typed at speed
  // costs one fetch, not six, and the ranking (what people watch) is asked first.
  const [quiet, setQuiet] = useState(true);
  const settleTimer = useRef<number | undefined>(undefined);
  const key = useMemo(() => queryKeys.sheet(member, viewer), [member, viewer]);
  const queue = useMemo(
    () =>
      new SaveQueue(() => {
        window.clearTimeout(settleTimer.current);
        settleTimer.current = window.setTimeout(() => {
          setQuiet(true);
          void client.invalidateQueries({ queryKey: key, exact: true });
        }, SETTLE_MS);
      }),
    [client, key],
  );
  useEffect(() => () => window.clearTimeout(settleTimer.current), []);

  const query = useQuery<Fetched>({
    queryKey: key,
    queryFn: async (context) => {
      noteFetch(context);
      const startedAt = store.current.writes;
      return { result: await api.scoringSheet({ member, viewer }), startedAt, by: mount };
    },
    enabled: quiet,
  });
  const fetched = query.data;
  useEffect(() => {
    if (!fetched) return;
    const startedAt = fetched.by === mount ? fetched.startedAt : store.current.writes;
    const { result } = fetched;
    dispatch(result.ok ? { type: 'loaded', sheet: result.value, startedAt } : { type: 'loadFailed', error: errorMessage(result.error), startedAt });
  }, [fetched, mount, dispatch]);

  const reload = useCallback(() => void client.invalidateQueries({ queryKey: key, exact: true }), [client, key]);

  /** Puts a write in the queue; `send` runs when its turn comes. */
  const enqueue = useCallback(
    (task: () => Promise<void>) => {
      window.clearTimeout(settleTimer.current);
      setQuiet(false);
      queue.push(task);
    },
    [queue],
  );

  const writeValue = useCallback(
    (dossier: string, criterion: string, value: number | null, send: () => Promise<Result<SheetScore | null>>) => {
      dispatch({ type: 'valueAsked', dossier, criterion, value });
      const seq = store.current.writes;
      enqueue(async () => {
        const r = await send();
        // Drawn after what is urgent: the cell already shows the value; the ranking asked after it must not wait
        // behind the sheet's redraw of its own answer.
        startTransition(() =>
          dispatch({
            type: 'valueAnswered',
            dossier,
            criterion,
            seq,
            typed: value,
            result: r.ok ? { ok: true, score: r.value } : { ok: false, error: errorMessage(r.error) },
          }),
        );
      });
    },
    [dispatch, enqueue],
  );

  const saveValue = useCallback(
    (dossier: string, criterion: string, value: number) =>
      writeValue(dossier, criterion, value, async () => {
        const r = await sent(client, key, api.scoreSet({ member, dossier, criterion, value, ...(enteredBy ? { enteredBy } : {}) }));
        return r.ok ? { ok: true, value: sheetScore(r.value) } : r;
      }),
    [writeValue, member, enteredBy, client, key],
  );

  const clearValue = useCallback(
    (dossier: string, criterion: string) =>
      writeValue(dossier, criterion, null, async () => {
        const r = await sent(client, key, api.scoreClear({ member, dossier, criterion, actor }));
        return r.ok ? { ok: true, value: null } : r;
      }),
    [writeValue, member, actor, client, key],
  );

  const refuse = useCallback((dossier: string, criterion: string, draft: CellDraft) => dispatch({ type: 'refused', dossier, criterion, draft }), [dispatch]);
  const dropDraft = useCallback((dossier: string, criterion: string) => dispatch({ type: 'draftDropped', dossier, criterion }), [dispatch]);

  const saveComment = useCallback(
    (dossier: string, criterion: string, comment: string) =>
      new Promise<string | null>((resolve) => {
        dispatch({ type: 'commentAsked' });
        enqueue(async () => {
          // Read now, after the writes asked before this one have answered: the value the file holds.
          const stored = storedScore(store.current, dossier, criterion);
          if (!stored) {
            dispatch({ type: 'commentAnswered', dossier, criterion });
            resolve(null);
            return;
          }
          const r = await api.scoreSet({ member, dossier, criterion, value: stored.value, comment, ...(enteredBy ? { enteredBy } : {}) });
          dispatch({ type: 'commentAnswered', dossier, criterion, ...(r.ok ? { score: sheetScore(r.value) } : {}) });
          resolve(r.ok ? null : errorMessage(r.error));
        });
      }),
    [dispatch, enqueue, member, enteredBy],
  );

  const { sheet, loadError, pending, drafts } = data;
  return { sheet, loadError, pending, drafts, saving: pending.size > 0, reload, saveValue, clearValue, refuse, dropDraft, saveComment };
}
