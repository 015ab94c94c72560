import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../common/import/types.ts';
import { formatSize } from '../import/format.ts';
import { attachmentUrl, bridge } from '../transport.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

const isPdf = (a: AttachmentInfo): boolean => a.mediaType === 'application/pdf';

/** The attachment shown first: the applicant's full PDF, else the first PDF. */
export function firstShown(list: readonly AttachmentInfo[]): AttachmentInfo | null {
  return list.find((a) => a.category === 'dossier_pdf' && isPdf(a)) ?? list.find(isPdf) ?? null;
}

/**
 * A dossier's files. PDFs are shown inside the application, in a frame on the shell's attachment URL (served
 * sandboxed, see main/files/attachmentResponse.ts); other files are opened by the system from a private copy
 * (desktop) or downloaded (web shell), never rendered by our page.
 */
export function DossierAttachments({ attachments }: { attachments: AttachmentInfo[] }) {
  const { t, i18n } = useTranslation();
  const [shownId, setShownId] = useState<number | null>(() => firstShown(attachments)?.id ?? null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const shown = attachments.find((a) => a.id === shownId) ?? null;
  const dialogs = bridge.dialogs;

  const open = async (a: AttachmentInfo) => {
    const r = await dialogs!.openAttachment(a.id);
    setStatus(r.ok ? { text: t('dossier.attachmentOpened', { name: r.value.fileName }), error: false } : { text: errorMessage(r.error), error: true });
  };
  const save = async (a: AttachmentInfo) => {
    const r = await dialogs!.saveAttachment(a.id);
    if (r.ok && r.value === null) return;
    setStatus(r.ok ? { text: t('dossier.attachmentSaved', { path: r.value!.path }), error: false } : { text: errorMessage(r.error), error: true });
  };

  if (attachments.length === 0) return <p className="muted">{t('dossier.attachmentsEmpty')}</p>;
  return (
    <div className="attachments">
      <table className="data-table attachment-list" aria-label={t('dossier.attachmentsList')}>
        <tbody>
          {attachments.map((a) => (
            <tr key={a.id} aria-current={a.id === shownId ? 'true' : undefined}>
              <td>
                <span className="badge">{t(`dossier.attachmentKind.${a.category}`)}</span>
              </td>
              <th scope="row">{a.fileName}</th>
              <td className="muted">{formatSize(a.size, i18n.language)}</td>
              <td className="attachment-actions">
                {isPdf(a) ? (
                  <button type="button" aria-pressed={a.id === shownId} onClick={() => setShownId(a.id)} aria-label={`${t('dossier.attachmentShow')} ${a.fileName}`}>
                    {t('dossier.attachmentShow')}
                  </button>
                ) : null}
                {dialogs ? (
                  <>
                    <button type="button" onClick={() => void open(a)} aria-label={`${t('dossier.attachmentOpen')} ${a.fileName}`}>
                      {t('dossier.attachmentOpen')}
                    </button>
                    <button type="button" onClick={() => void save(a)} aria-label={`${t('dossier.attachmentSave')} ${a.fileName}`}>
                      {t('dossier.attachmentSave')}
                    </button>
                  </>
                ) : (
                  <a href={attachmentUrl(a.id, { download: true })} download={a.fileName} aria-label={`${t('dossier.attachmentDownload')} ${a.fileName}`}>
                    {t('dossier.attachmentDownload')}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status ? (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      ) : null}
      {shown ? (
        <iframe
          key={shown.id}
          className="pdf-viewer"
          title={t('dossier.attachmentViewer', { name: shown.fileName })}
          // PDF open parameters Chromium's viewer reads: no thumbnail pane, page fitted to the frame's width.
          src={`${attachmentUrl(shown.id)}#navpanes=0&view=FitH`}
        />
      ) : (
        <p className="muted">{t('dossier.attachmentNoPreview')}</p>
      )}
    </div>
  );
}
