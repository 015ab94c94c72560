/**
 * The import assistant's state machine (importMachine.ts) wired to the core: each request the user makes is an
 * action, each API answer another; the progress channel feeds `progress` actions; a wanted cancellation is sent
 * once, as soon as the core knows the call.
 */
import { useCallback, useEffect, useReducer } from 'react';
import type { DelimiterChoice, EncodingChoice } from '../../../common/import/types.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api, bridge } from '../transport.ts';
import { importReducer, initialImportState, shouldSendCancel, type ImportState } from './importMachine.ts';

export interface ImportControls {
  preview(encoding: EncodingChoice, delimiter: DelimiterChoice): Promise<void>;
  check(): Promise<void>;
  run(): Promise<void>;
}

export function useImportAssistant(onImported: (report: NonNullable<ImportState['final']>) => void) {
  const [state, dispatch] = useReducer(importReducer, initialImportState);

  // Subscribed for the page's lifetime, so the event channel is open before the first import starts.
  useEffect(() => bridge.onProgress((event) => dispatch({ type: 'progress', event })), []);

  const wantCancel = shouldSendCancel(state);
  useEffect(() => {
    if (!wantCancel) return;
    dispatch({ type: 'cancelSent' });
    void api.importCancel({});
  }, [wantCancel]);

  const { source, attachments, encoding, delimiter, mapping, saveAs } = state;
  const runArgs = useCallback(
    () => ({ source: source!.ref, attachments: attachments?.ref ?? null, encoding, delimiter, mapping }),
    [source, attachments, encoding, delimiter, mapping],
  );

  const controls: ImportControls = {
    preview: async (enc, delim) => {
      if (!source) return;
      dispatch({ type: 'previewAsked', encoding: enc, delimiter: delim });
      const r = await api.importPreview({ source: source.ref, encoding: enc, delimiter: delim });
      dispatch(r.ok ? { type: 'previewRead', preview: r.value } : { type: 'failed', error: errorMessage(r.error) });
    },
    check: async () => {
      dispatch({ type: 'checkAsked' });
      const r = await api.importRun({ ...runArgs(), dryRun: true });
      dispatch(r.ok ? { type: 'checkDone', report: r.value } : { type: 'failed', error: errorMessage(r.error) });
    },
    run: async () => {
      dispatch({ type: 'runAsked' });
      const r = await api.importRun({ ...runArgs(), saveMappingAs: saveAs.trim() || null });
      if (!r.ok) return dispatch({ type: 'failed', error: errorMessage(r.error) });
      dispatch({ type: 'runDone', report: r.value });
      onImported(r.value);
    },
  };
  return { state, dispatch, controls };
}
