import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CustomCellEditorProps } from 'ag-grid-react';

/** How the edit started decides what the input holds: the character typed, nothing (Delete, Backspace), or the
 * cell's value (Enter, F2, double click). */
function startText(eventKey: string | null, value: unknown): string {
  if (eventKey && eventKey.length === 1) return eventKey;
  if (eventKey === 'Backspace' || eventKey === 'Delete') return '';
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The score cell's editor: a plain text input (so that "2,5" or a mistyped "5" reach our check as typed) where the
 * arrows up and down commit and move, as Enter and Tab do, so that a sheet is filled from the keyboard alone.
 */
export function ScoreEditor(props: CustomCellEditorProps<unknown, string | number>) {
  const { eventKey, value, onValueChange, api, node, column, colDef } = props;
  const [text, setText] = useState(() => startText(eventKey, value));
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    onValueChange(text);
    // Only once: the text the edit started with is the editor's value until the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run on mount only
  }, []);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    // After a typed character, the caret goes after it; after Enter or F2, the value is selected to be replaced.
    if (eventKey && eventKey.length === 1) el.setSelectionRange(el.value.length, el.value.length);
    else el.select();
  }, [eventKey]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    e.stopPropagation();
    const row = node.rowIndex ?? 0;
    const next = row + (e.key === 'ArrowDown' ? 1 : -1);
    api.stopEditing();
    const target = next >= 0 && next < api.getDisplayedRowCount() ? next : row;
    api.ensureIndexVisible(target);
    api.setFocusedCell(target, column);
  };

  return (
    <input
      ref={input}
      className="score-editor"
      value={text}
      inputMode="decimal"
      aria-label={colDef.headerName ?? ''}
      onChange={(e) => {
        setText(e.target.value);
        onValueChange(e.target.value);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
