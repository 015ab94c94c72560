import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFileKind, PickedFile } from '../../../common/api/bridge.ts';
import { bridge, fileAccess, uploadFile } from '../transport.ts';
import { formatSize } from './format.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

const ACCEPT: Record<ImportFileKind, string> = {
  source: '.xlsx,.csv,.txt,.tsv,.ods,.xls',
  attachments: '.zip',
};

/**
 * Chooses one file for the import. The desktop opens its native dialog; the browser shows a file input and sends
 * the file to the web shell. Either way the assistant receives a PickedFile (an opaque reference and a name).
 */
export function FileChooser({ kind, file, onChange, onError, disabled }: {
  kind: ImportFileKind;
  file: PickedFile | null;
  onChange: (file: PickedFile | null) => void;
  onError: (message: string | null) => void;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('import');
  const id = useId();
  const [sending, setSending] = useState<string | null>(null);
  const label = kind === 'source' ? t('files.source') : t('files.attachments');
  const help = kind === 'source' ? t('files.sourceHelp') : t('files.attachmentsHelp');

  const pickNative = async () => {
    onError(null);
    const picked = await bridge.dialogs!.pickImportFile(kind);
    if (picked) onChange(picked);
  };

  const upload = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    onError(null);
    setSending(chosen.name);
    const result = await uploadFile(chosen, kind);
    setSending(null);
    // The same file can be chosen again after an error or a removal.
    input.value = '';
    if (result.ok) onChange(result.value);
    else onError(errorMessage(result.error));
  };

  return (
    <div className="file-chooser">
      {fileAccess === 'upload' ? (
        <>
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type="file"
            accept={ACCEPT[kind]}
            disabled={disabled || sending !== null}
            aria-describedby={`${id}-help`}
            onChange={(e) => void upload(e.currentTarget)}
          />
        </>
      ) : (
        <>
          <span className="file-chooser-label" id={`${id}-label`}>
            {label}
          </span>
          {/* Two "Choose…" buttons on one page: each is named after its file as well (visible words first). */}
          <button
            type="button"
            aria-label={`${file ? t('files.change') : t('files.choose')} ${label}`}
            aria-describedby={`${id}-help`}
            disabled={disabled}
            onClick={() => void pickNative()}
          >
            {file ? t('files.change') : t('files.choose')}
          </button>
        </>
      )}
      <p className="muted" id={`${id}-help`}>
        {help}
      </p>
      <p className="file-chosen" aria-live="polite">
        {sending
          ? t('files.sending', { name: sending })
          : file
            ? t('files.chosen', { name: file.name, size: formatSize(file.size, i18n.language) })
            : t('files.none')}
        {file && !sending && kind === 'attachments' ? (
          <button type="button" className="link-button" disabled={disabled} onClick={() => onChange(null)}>
            {t('files.remove')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
