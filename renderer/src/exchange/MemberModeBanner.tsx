/**
 * Member mode (issue 11): the open file is a member's review package. Said on every page, with « Exporter mes
 * notes » (the signed return: saved where the desktop's dialog says, or downloaded from the web shell) and when the
 * last return was written.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { returnFileName } from '../../../common/exchange/fileNames.ts';
import type { ReturnWritten } from '../../../common/exchange/records.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api } from '../transport.ts';
import { shortDateTime } from './dates.ts';
import { downloadOf, fileName, fileToWrite } from './exchangeFiles.ts';
import { useMemberMode } from './useMemberMode.ts';
import './exchange.css';

export function MemberModeBanner({ sessionOpen }: { sessionOpen: boolean }) {
  const { t, i18n } = useTranslation('exchange');
  const mode = useMemberMode(sessionOpen);
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}), { enabled: mode.data !== null });
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<ReturnWritten | null>(null);
  const [error, setError] = useState<string | null>(null);
  const info = mode.data;
  if (!info) return null;
  const name = members.data?.find((m) => m.id === info.member)?.name ?? info.member;

  const exportNotes = async () => {
    setError(null);
    const out = await fileToWrite('returnTarget', returnFileName(info.member, info.returnSequence + 1));
    if (out === null) return;
    setBusy(true);
    const r = await api.returnExport({ out });
    setBusy(false);
    if (r.ok) setWritten(r.value);
    else setError(errorMessage(r.error));
  };
  const link = written ? downloadOf(written.out) : null;

  return (
    <section className="member-mode" aria-label={t('member.banner')}>
      <p>
        <strong>{t('member.banner')}</strong> · {t('member.who', { name })}
      </p>
      <p className="muted">
        {info.lastReturnAt ? t('member.lastReturn', { sequence: info.returnSequence, date: shortDateTime(info.lastReturnAt, i18n.language) }) : t('member.noReturn')}
      </p>
      <button type="button" className="primary" onClick={() => void exportNotes()} disabled={busy}>
        {busy ? t('member.running') : t('member.export')}
      </button>
      {written ? (
        <p role="status">
          {t('member.written', {
            sequence: written.sequence,
            scores: t('member.scores', { count: written.scores }),
            declarations: t('member.declarations', { count: written.declarations }),
            notes: t('member.readingNotes', { count: written.readingNotes }),
          })}{' '}
          {link ? (
            <a href={link} download={fileName(written.out)}>
              {t('member.download')}
            </a>
          ) : (
            t('member.saved', { path: written.out })
          )}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
