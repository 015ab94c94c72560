/** The import assistant's state machine (renderer/src/import/importMachine.ts): its steps, cancellation, refusals. */
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportReport } from '../../../common/import/types.ts';
import {
  FIRST_PROGRESS_LABEL,
  importReducer,
  initialImportState,
  isBusy,
  shouldSendCancel,
  shownStep,
  type ImportAction,
  type ImportState,
} from '../../../renderer/src/import/importMachine.ts';

const preview = { mapping: { ID: 'id' }, headers: ['ID'] } as unknown as ImportPreview;
const report = (imported: number) => ({ imported, rejected: [], warnings: [] }) as unknown as ImportReport;
const source = { ref: 'r1', name: 'export.ods', size: 10 };
const run = (...actions: ImportAction[]): ImportState => actions.reduce(importReducer, initialImportState);
const progress = (label: string, done = 0): ImportAction => ({ type: 'progress', event: { task: 'import', done, total: 10, label } });

const atMapping = (): ImportAction[] => [
  { type: 'sourceChosen', file: source },
  { type: 'previewAsked', encoding: 'auto', delimiter: 'auto' },
  { type: 'previewRead', preview },
];

describe('the import assistant’s steps', () => {
  it('goes files → preview → mapping → check → running → report, and shows four steps', () => {
    const steps: string[] = [];
    let s = initialImportState;
    for (const a of [
      ...atMapping(),
      { type: 'checkAsked' },
      { type: 'checkDone', report: report(5) },
      { type: 'runAsked' },
      { type: 'runDone', report: report(5) },
    ] as ImportAction[]) {
      s = importReducer(s, a);
      steps.push(`${s.step}/${shownStep(s)}`);
    }
    expect(steps).toEqual(['files/files', 'preview/files', 'mapping/mapping', 'check/mapping', 'check/check', 'running/check', 'report/report']);
    expect(s.final).toEqual(report(5));
    expect(s.mapping).toEqual({ ID: 'id' });
    expect(importReducer(s, { type: 'restart' })).toEqual(initialImportState);
  });

  it('ignores what a step does not offer (no check before a preview, no run before a check)', () => {
    expect(run({ type: 'checkAsked' }).step).toBe('files');
    expect(run(...atMapping(), { type: 'runAsked' }).step).toBe('mapping');
    expect(run({ type: 'previewAsked', encoding: 'auto', delimiter: 'auto' }).step).toBe('files');
  });

  it('a refusal returns to the step where the user can change what was refused, with the message', () => {
    expect(run({ type: 'sourceChosen', file: source }, { type: 'previewAsked', encoding: 'auto', delimiter: 'auto' }, { type: 'failed', error: 'vide' })).toMatchObject({ step: 'files', error: 'vide' });
    const reread = run(...atMapping(), { type: 'previewAsked', encoding: 'windows-1252', delimiter: ';' });
    expect(shownStep(reread)).toBe('mapping');
    expect(importReducer(reread, { type: 'failed', error: 'illisible' })).toMatchObject({ step: 'mapping', error: 'illisible' });
    expect(run(...atMapping(), { type: 'checkAsked' }, { type: 'failed', error: 'zip' })).toMatchObject({ step: 'mapping', error: 'zip' });
    const refusedRun = run(...atMapping(), { type: 'checkAsked' }, { type: 'checkDone', report: report(2) }, { type: 'runAsked' }, { type: 'failed', error: 'annulé' });
    expect(refusedRun).toMatchObject({ step: 'check', error: 'annulé', checked: report(2), cancel: 'none', progress: null });
  });

  it('choosing another file forgets the encoding and separator forced for the previous one', () => {
    const s = run(...atMapping(), { type: 'previewAsked', encoding: 'windows-1252', delimiter: ';' }, { type: 'previewRead', preview }, { type: 'backToFiles' }, { type: 'sourceChosen', file: { ...source, ref: 'r2' } });
    expect(s).toMatchObject({ step: 'files', encoding: 'auto', delimiter: 'auto' });
  });
});

describe('cancelling a check or an import', () => {
  it('is sent once the core has announced the call, however early the user asked', () => {
    const asked = run(...atMapping(), { type: 'checkDone', report: report(1) }, { type: 'checkAsked' }, { type: 'cancelAsked' });
    expect(asked.cancel).toBe('wanted');
    expect(shouldSendCancel(asked)).toBe(false);
    // An event left over from an earlier call does not count as this call's announcement.
    const stale = importReducer(asked, progress('import.progress_saving', 5));
    expect(stale.started).toBe(false);
    const announced = importReducer(stale, progress(FIRST_PROGRESS_LABEL));
    expect(shouldSendCancel(announced)).toBe(true);
    const sent = importReducer(announced, { type: 'cancelSent' });
    expect(sent.cancel).toBe('sent');
    expect(shouldSendCancel(sent)).toBe(false);
    expect(importReducer(sent, { type: 'cancelAsked' }).cancel).toBe('sent');
    expect(importReducer(sent, { type: 'failed', error: 'Import annulé' })).toMatchObject({ step: 'mapping', cancel: 'none', started: false });
  });

  it('follows the progress of the running call only, and is busy meanwhile', () => {
    const running = run(...atMapping(), { type: 'checkAsked' }, { type: 'checkDone', report: report(1) }, { type: 'runAsked' }, progress(FIRST_PROGRESS_LABEL), progress('import.progress_checking', 4));
    expect(running.progress).toMatchObject({ label: 'import.progress_checking', done: 4 });
    expect(isBusy(running)).toBe(true);
    const done = importReducer(running, { type: 'runDone', report: report(1) });
    expect(isBusy(done)).toBe(false);
    expect(importReducer(done, progress(FIRST_PROGRESS_LABEL)).progress).toBeNull();
    expect(importReducer(done, { type: 'cancelAsked' }).cancel).toBe('none');
  });
});
