/**
 * The import assistant as an explicit state machine (a pure reducer, unit-tested in tests/unit/import): files →
 * preview (the file being read) → mapping → check (a dry run, then its report) → running (the import) → report,
 * with cancel during the check and the run. Cancelling needs no retries: the core announces a call by its first
 * progress event (`import.progress_reading`, sent once the call is registered), and the cancellation is sent when
 * both the user asked for it and that event has arrived (useImportAssistant.ts).
 */
import type { PickedFile } from '../../../common/api/bridge.ts';
import type { ProgressEvent } from '../../../common/domain/types.ts';
import type { ColumnMapping } from '../../../common/import/fields.ts';
import type { DelimiterChoice, EncodingChoice, ImportPreview, ImportReport } from '../../../common/import/types.ts';

export type Step = 'files' | 'preview' | 'mapping' | 'check' | 'running' | 'report';

/** The steps the user sees listed: reading a file belongs to the step it was asked from, a dry run to the mapping. */
export type ShownStep = 'files' | 'mapping' | 'check' | 'report';
export const SHOWN_STEPS: readonly ShownStep[] = ['files', 'mapping', 'check', 'report'];

/** The first progress label of every import call: from then on the core knows the call and can cancel it. */
export const FIRST_PROGRESS_LABEL = 'import.progress_reading';

export interface ImportState {
  step: Step;
  source: PickedFile | null;
  attachments: PickedFile | null;
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  /** Where a preview was asked from (the files, or the mapping when the encoding or separator changes). */
  previewFrom: 'files' | 'mapping';
  preview: ImportPreview | null;
  mapping: ColumnMapping;
  saveAs: string;
  /** The dry run's report; null while it runs (step `check`). */
  checked: ImportReport | null;
  final: ImportReport | null;
  progress: ProgressEvent | null;
  /** The running call has announced itself (its first progress event came). */
  started: boolean;
  cancel: 'none' | 'wanted' | 'sent';
  error: string | null;
}

export type ImportAction =
  | { type: 'sourceChosen'; file: PickedFile | null }
  | { type: 'attachmentsChosen'; file: PickedFile | null }
  | { type: 'previewAsked'; encoding: EncodingChoice; delimiter: DelimiterChoice }
  | { type: 'previewRead'; preview: ImportPreview }
  | { type: 'mappingChanged'; mapping: ColumnMapping }
  | { type: 'saveAsChanged'; name: string }
  | { type: 'checkAsked' }
  | { type: 'checkDone'; report: ImportReport }
  | { type: 'runAsked' }
  | { type: 'runDone'; report: ImportReport }
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'cancelAsked' }
  | { type: 'cancelSent' }
  | { type: 'failed'; error: string }
  | { type: 'error'; error: string | null }
  | { type: 'backToFiles' }
  | { type: 'backToMapping' }
  | { type: 'restart' };

export const initialImportState: ImportState = {
  step: 'files',
  source: null,
  attachments: null,
  encoding: 'auto',
  delimiter: 'auto',
  previewFrom: 'files',
  preview: null,
  mapping: {},
  saveAs: '',
  checked: null,
  final: null,
  progress: null,
  started: false,
  cancel: 'none',
  error: null,
};

/** A long call (dry run or import) starts: no progress, no cancellation yet. */
const call = (s: ImportState, step: 'check' | 'running'): ImportState => ({
  ...s, step, error: null, progress: null, started: false, cancel: 'none', ...(step === 'check' ? { checked: null } : {}),
});

/** A long call ended (done, refused or cancelled). */
const ended = { progress: null, started: false, cancel: 'none' } as const;

export function importReducer(s: ImportState, a: ImportAction): ImportState {
  switch (a.type) {
    case 'sourceChosen':
      return s.step === 'files' ? { ...s, source: a.file, encoding: 'auto', delimiter: 'auto', error: null } : s;
    case 'attachmentsChosen':
      return s.step === 'files' ? { ...s, attachments: a.file, error: null } : s;
    case 'previewAsked':
      if (!s.source || (s.step !== 'files' && s.step !== 'mapping')) return s;
      return { ...s, step: 'preview', previewFrom: s.step, encoding: a.encoding, delimiter: a.delimiter, error: null };
    case 'previewRead':
      return s.step === 'preview' ? { ...s, step: 'mapping', preview: a.preview, mapping: a.preview.mapping } : s;
    case 'mappingChanged':
      return s.step === 'mapping' ? { ...s, mapping: a.mapping } : s;
    case 'saveAsChanged':
      return s.step === 'mapping' ? { ...s, saveAs: a.name } : s;
    case 'checkAsked':
      return s.step === 'mapping' ? call(s, 'check') : s;
    case 'checkDone':
      return s.step === 'check' && s.checked === null ? { ...s, ...ended, checked: a.report } : s;
    case 'runAsked':
      return s.step === 'check' && s.checked !== null ? call(s, 'running') : s;
    case 'runDone':
      return s.step === 'running' ? { ...s, ...ended, step: 'report', final: a.report } : s;
    case 'progress': {
      const inCall = s.step === 'running' || (s.step === 'check' && s.checked === null);
      if (!inCall || a.event.task !== 'import') return s;
      // Until the call's own first event, events still in flight from an earlier call are not this one's.
      if (!s.started && a.event.label !== FIRST_PROGRESS_LABEL) return s;
      return { ...s, progress: a.event, started: true };
    }
    case 'cancelAsked': {
      const inCall = s.step === 'running' || (s.step === 'check' && s.checked === null);
      return inCall && s.cancel === 'none' ? { ...s, cancel: 'wanted' } : s;
    }
    case 'cancelSent':
      return s.cancel === 'wanted' ? { ...s, cancel: 'sent' } : s;
    case 'failed':
      // A refused or cancelled step goes back to where the user can change what was refused.
      if (s.step === 'preview') return { ...s, step: s.previewFrom, error: a.error };
      if (s.step === 'check' && s.checked === null) return { ...s, ...ended, step: 'mapping', error: a.error };
      if (s.step === 'running') return { ...s, ...ended, step: 'check', error: a.error };
      return { ...s, error: a.error };
    case 'error':
      return { ...s, error: a.error };
    case 'backToFiles':
      return s.step === 'mapping' ? { ...s, step: 'files', error: null } : s;
    case 'backToMapping':
      return s.step === 'check' && s.checked !== null ? { ...s, step: 'mapping', error: null } : s;
    case 'restart':
      return s.step === 'report' ? initialImportState : s;
  }
}

/** What the step list and the heading show. */
export function shownStep(s: ImportState): ShownStep {
  if (s.step === 'preview') return s.previewFrom;
  if (s.step === 'check') return s.checked === null ? 'mapping' : 'check';
  if (s.step === 'running') return 'check';
  return s.step;
}

/** A call is in flight: the controls that would start another are disabled. */
export const isBusy = (s: ImportState): boolean => s.step === 'preview' || s.step === 'running' || (s.step === 'check' && s.checked === null);

/** The cancellation can go to the core: asked for, and the call known there. */
export const shouldSendCancel = (s: ImportState): boolean => s.cancel === 'wanted' && s.started;
