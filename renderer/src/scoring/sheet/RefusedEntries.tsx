import { useTranslation } from 'react-i18next';
import { SCORE_PREFIX, type FocusedCell } from './SheetGrid.tsx';
import type { CellDraft } from './sheetModel.ts';

/** Entries the scale refused, each with its message and a way back to its cell; nothing typed is dropped silently. */
export function RefusedEntries({ drafts, onGoTo }: { drafts: ReadonlyMap<string, CellDraft>; onGoTo: (cell: FocusedCell) => void }) {
  const { t } = useTranslation('scoring');
  const entries = [...drafts.entries()];
  return (
    <div className="refused" role="alert" aria-atomic="false">
      {entries.length ? (
        <ul>
          {entries.map(([key, draft]) => {
            const [dossier, criterion] = key.split('\u0000') as [string, string];
            return (
              <li key={key}>
                <span>{draft.error}</span>{' '}
                <button type="button" onClick={() => onGoTo({ dossier, column: `${SCORE_PREFIX}${criterion}` })}>
                  {t('sheet.goToCell')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
