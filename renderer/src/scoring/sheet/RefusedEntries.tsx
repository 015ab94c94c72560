import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_PREFIX, type FocusedCell } from './SheetGrid.tsx';
import type { CellDraft } from './sheetModel.ts';

/**
 * Entries the scale refused, each with its message and a way back to its cell; nothing typed is dropped silently.
 * One entry at a time (the latest first) with the count and previous/next, so that a row of refusals never pushes
 * the grid off screen.
 */
export function RefusedEntries({ drafts, onGoTo }: { drafts: ReadonlyMap<string, CellDraft>; onGoTo: (cell: FocusedCell) => void }) {
  const { t } = useTranslation('scoring');
  // Newest first: the map keeps insertion order, and the entry just typed is the one to read.
  const entries = [...drafts.entries()].reverse();
  const newest = entries[0]?.[0] ?? null;
  // Which entry is shown, by key; a new refusal brings the view back to it.
  const [picked, setPicked] = useState<{ key: string; newest: string | null } | null>(null);
  const at = picked && picked.newest === newest ? Math.max(0, entries.findIndex(([key]) => key === picked.key)) : 0;
  const shown = entries[at];
  const go = (index: number) => setPicked({ key: entries[index]![0], newest });

  return (
    <div className="refused" role="alert" aria-atomic="false">
      {shown ? (
        <>
          <p className="refused-count">
            <strong>{t('sheet.refusedCount', { count: entries.length })}</strong>
            {entries.length > 1 ? (
              <>
                {' · '}
                <span data-testid="refused-position">{t('sheet.refusedPosition', { index: at + 1, count: entries.length })}</span>{' '}
                <button type="button" disabled={at === 0} onClick={() => go(at - 1)}>
                  {t('sheet.refusedPrevious')}
                </button>{' '}
                <button type="button" disabled={at === entries.length - 1} onClick={() => go(at + 1)}>
                  {t('sheet.refusedNext')}
                </button>
              </>
            ) : null}
          </p>
          <ul>
            <li key={shown[0]}>
              <span>{shown[1].error}</span>{' '}
              <button
                type="button"
                onClick={() => {
                  const [dossier, criterion] = shown[0].split('\u0000') as [string, string];
                  onGoTo({ dossier, column: `${SCORE_PREFIX}${criterion}` });
                }}
              >
                {t('sheet.goToCell')}
              </button>
            </li>
          </ul>
        </>
      ) : null}
    </div>
  );
}
