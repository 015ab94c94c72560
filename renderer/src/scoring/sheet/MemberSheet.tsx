import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';
import type { Member } from '../../../../common/domain/types.ts';
import { formatNumber } from '../format.ts';
import { SheetReadingNote } from '../../notes/ReadingNote.tsx';
import { LiveRanking } from '../ranking/LiveRanking.tsx';
import { useScoring } from '../ScoringContext.ts';
import { RefusedEntries } from './RefusedEntries.tsx';
import { ScoreDetail } from './ScoreDetail.tsx';
import { SheetGrid, SCORE_PREFIX, type FocusedCell } from './SheetGrid.tsx';
import { buildRows, readTypedCheck, readTypedScore, type SheetGridRow } from './sheetModel.ts';
import { SheetToolbar } from './SheetToolbar.tsx';
import { useEligibility } from './useEligibility.ts';
import { useSheet } from './useSheet.ts';

const LIVE_KEY = 'comitia.scoring.liveRanking';

/** One member's sheet: the grid, what remains, the refused entries, the focused score's detail and comment. */
export function MemberSheet({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('scoring');
  const { sessionPath, grid, dossiers, viewer, actor, basket, toggleBasket } = useScoring();
  const sheet = useSheet({
    sessionPath,
    member: member.id,
    viewer,
    enteredBy: viewer === null ? 'secretariat' : undefined,
    actor,
  });
  const eligibility = useEligibility(actor);
  const { reload } = sheet;
  const apiRef = useRef<GridApi<SheetGridRow> | null>(null);
  const commentRef = useRef<HTMLTextAreaElement | null>(null);
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  // The dossier a keystroke just scored. Enter (or Tab at the end of a row) moves the focus on to the next dossier;
  // the live ranking keeps following the one just scored, to show where it lands, until the focus moves again.
  const [scored, setScored] = useState<string | null>(null);
  /** The cell just scored, until the focus has left it once (AG Grid moves it a task or more after the keystroke). */
  const leaving = useRef<FocusedCell | null>(null);
  const followFocus = useCallback((cell: FocusedCell | null) => {
    setFocused(cell);
    const from = leaving.current;
    // The editor closing gives the focus back to the cell scored: not yet the move.
    if (from && cell && cell.dossier === from.dossier && cell.column === from.column) return;
    leaving.current = null;
    if (!from) setScored(null);
  }, []);
  const markScored = useCallback((dossier: string, criterion: string) => {
    setScored(dossier);
    leaving.current = { dossier, column: `${SCORE_PREFIX}${criterion}` };
  }, []);
  const [notice, setNotice] = useState('');
  const [live, setLive] = useState(() => localStorage.getItem(LIVE_KEY) === 'on');
  const [search, setSearch] = useState('');
  const [showChecks, setShowChecks] = useState(false);
  const canCheck = viewer === null;

  const criteria = useMemo(() => grid.criteria.map((c) => c.id), [grid]);
  const { sheet: loaded, pending, drafts } = sheet;
  const previousRows = useRef<ReadonlyMap<string, SheetGridRow>>(new Map());
  const rows = useMemo(() => {
    const next = loaded ? buildRows(loaded, dossiers, criteria, { pending, drafts }, eligibility.results, basket, previousRows.current) : [];
    previousRows.current = new Map(next.map((r) => [r.id, r]));
    return next;
  }, [loaded, pending, drafts, dossiers, criteria, eligibility.results, basket]);

  const lang = i18n.language;
  // The grid's callbacks stay the same functions from render to render (the grid is memoised): what they read of the
  // sheet comes through a ref.
  const loadedRef = useRef(loaded);
  loadedRef.current = loaded;
  const { clearValue, dropDraft, saveValue, refuse } = sheet;
  const { record } = eligibility;
  const onScore = useCallback(
    (dossier: string, criterionId: string, typed: unknown) => {
      const criterion = grid.criteria.find((c) => c.id === criterionId);
      if (!criterion) return;
      const scale = criterion.scale ?? grid.scale;
      const read = readTypedScore(typed, scale);
      const row = loadedRef.current?.rows.find((r) => r.dossier === dossier);
      if (read.kind === 'clear') {
        if (row?.scores[criterionId]) {
          clearValue(dossier, criterionId);
          markScored(dossier, criterionId);
        } else dropDraft(dossier, criterionId);
      } else if (read.kind === 'value') {
        saveValue(dossier, criterionId, read.value);
        markScored(dossier, criterionId);
      } else {
        const error = t(`sheet.refused.${read.reason}`, {
          dossier: dossiers.get(dossier)?.name ?? dossier,
          id: dossier,
          criterion: criterion.label,
          typed: read.typed,
          min: formatNumber(scale.min, lang, 3),
          max: formatNumber(scale.max, lang, 3),
          step: formatNumber(scale.step, lang, 3),
        });
        refuse(dossier, criterionId, { typed: read.typed, error });
      }
    },
    [grid, clearValue, dropDraft, saveValue, refuse, markScored, dossiers, t, lang],
  );

  const onCheck = useCallback(
    (dossier: string, check: string, typed: unknown) => {
      const read = readTypedCheck(typed);
      const label = grid.eligibility.find((e) => e.id === check)?.label ?? check;
      if (read.kind === 'refused') {
        setNotice(t('sheet.checkRefused', { typed: read.typed, dossier: dossiers.get(dossier)?.name ?? dossier, check: label }));
        return;
      }
      const passed = read.kind === 'clear' ? null : read.passed;
      // Whether this answer takes the dossier out of the ranking, or brings it back: said at once, not left to be
      // discovered in the ranking tab.
      const failedBefore = loadedRef.current?.rows.find((r) => r.dossier === dossier)?.failedChecks ?? [];
      const name = dossiers.get(dossier)?.name ?? dossier;
      void record(dossier, check, passed).then(() => {
        if (passed === false && failedBefore.length === 0) setNotice(t('sheet.leftRanking', { dossier: name, check: label }));
        else if (passed !== false && failedBefore.length > 0 && failedBefore.every((c) => c === check)) setNotice(t('sheet.backInRanking', { dossier: name }));
        reload();
      });
    },
    [grid, record, dossiers, t, reload],
  );

  const goToCell = useCallback((cell: FocusedCell) => {
    const api = apiRef.current;
    let node = api?.getRowNode(cell.dossier);
    if (api && node && node.rowIndex === null) {
      // Filtered out by the search: show every row again to reach it.
      setSearch('');
      api.setGridOption('quickFilterText', '');
      node = api.getRowNode(cell.dossier);
    }
    if (!api || !node || node.rowIndex === null) return;
    api.ensureIndexVisible(node.rowIndex);
    api.ensureColumnVisible(cell.column);
    api.setFocusedCell(node.rowIndex, cell.column);
  }, []);

  /** Focuses the first (or last) criterion of a displayed row: the search field's Enter, Ctrl+Home, Ctrl+End. */
  const focusScore = useCallback(
    (where: 'first' | 'last') => {
      const api = apiRef.current;
      const count = api?.getDisplayedRowCount() ?? 0;
      if (!api || count === 0 || criteria.length === 0) return;
      const rowIndex = where === 'first' ? 0 : count - 1;
      const column = `${SCORE_PREFIX}${where === 'first' ? criteria[0] : criteria[criteria.length - 1]}`;
      api.ensureIndexVisible(rowIndex);
      api.ensureColumnVisible(column);
      api.setFocusedCell(rowIndex, column);
    },
    [criteria],
  );

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    focusScore('first');
  };

  // Ctrl+Home / Ctrl+End as in a spreadsheet: the first and last scores of the sheet (AG Grid's own go to the
  // comparison checkbox column). Caught before the grid sees them, and not while a cell is being edited.
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey) || (e.key !== 'Home' && e.key !== 'End')) return;
    if ((e.target as HTMLElement).tagName === 'INPUT' || !apiRef.current) return;
    e.preventDefault();
    e.stopPropagation();
    focusScore(e.key === 'Home' ? 'first' : 'last');
  };

  const onLockedKey = useCallback(
    (dossier: string) => setNotice(t('sheet.lockedNotice', { name: member.name, dossier: dossiers.get(dossier)?.name ?? dossier })),
    [t, member.name, dossiers],
  );

  const onCommentKey = useCallback((cell: FocusedCell) => {
    setFocused(cell);
    // The detail panel renders the comment field for this cell on the next frame; the caret goes after what is
    // already written, to add to it rather than type over its start.
    requestAnimationFrame(() => {
      const box = commentRef.current;
      if (!box) return;
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    });
  }, []);

  const toggleLive = () => {
    localStorage.setItem(LIVE_KEY, live ? 'off' : 'on');
    setLive(!live);
  };

  const focusedCriterion = focused?.column.startsWith(SCORE_PREFIX) ? focused.column.slice(SCORE_PREFIX.length) : null;
  const focusedRow = focused ? rows.find((r) => r.id === focused.dossier) ?? null : null;

  if (sheet.loadError && !sheet.sheet) return <p role="alert">{sheet.loadError}</p>;
  if (!sheet.sheet) return <p aria-live="polite">{t('loading')}</p>;

  return (
    <div className="member-sheet">
      <SheetToolbar member={member} sheet={sheet.sheet} saving={sheet.saving} refused={sheet.drafts.size} live={live} onToggleLive={toggleLive} onMarked={reload} />
      <div className="filters" role="search">
        <label htmlFor="sheet-search">{t('sheet.search')}</label>
        <input id="sheet-search" type="search" value={search} placeholder={t('sheet.searchPlaceholder')} onChange={(e) => setSearch(e.target.value)} onKeyDown={onSearchKey} />
        {canCheck && grid.eligibility.length ? (
          <button type="button" className="checks-toggle" aria-pressed={showChecks} title={t('sheet.eligibilityHelp')} onClick={() => setShowChecks(!showChecks)}>
            {t('sheet.eligibility')}
          </button>
        ) : null}
      </div>
      <RefusedEntries drafts={sheet.drafts} onGoTo={goToCell} />
      <p className="notice" aria-live="polite">
        {notice || eligibility.error}
      </p>
      <div className="sheet-body">
        <div className="grid-wrap sheet-grid" data-testid="sheet-grid" onKeyDownCapture={onGridKey}>
          <SheetGrid
            rows={rows}
            grid={grid}
            canScore
            canCheck={canCheck}
            showChecks={canCheck && showChecks}
            search={search}
            apiRef={apiRef}
            onScore={onScore}
            onCheck={onCheck}
            onFocus={followFocus}
            onToggleCompare={toggleBasket}
            onCommentKey={onCommentKey}
            onLockedKey={onLockedKey}
          />
        </div>
        <div className="sheet-side">
          {live ? <LiveRanking follow={scored ?? focused?.dossier ?? null} /> : null}
          <ScoreDetail
            row={focusedRow}
            criterionId={focusedCriterion}
            commentRef={commentRef}
            onSaveComment={sheet.saveComment}
            onBack={() => focused && goToCell(focused)}
          />
          {focused ? (
            // The member's own reading note on the focused dossier (issue 9); the secretariat sees none.
            <SheetReadingNote viewer={viewer} dossier={focused.dossier} dossierName={dossiers.get(focused.dossier)?.name ?? focused.dossier} onBack={() => goToCell(focused)} />
          ) : null}
        </div>
      </div>
      <p className="keys muted" title={t('sheet.keys')}>
        {t('sheet.keys')}
      </p>
    </div>
  );
}
