import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../transport.ts';
import { useScoring } from '../ScoringContext.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

/** Declares a conflict of interest: member (the viewer themself, or any member for the secretariat), dossier, reason. */
export function ConflictForm({ onDeclared }: { onDeclared: () => void }) {
  const { t } = useTranslation('scoring');
  const { members, dossiers, viewer, actor } = useScoring();
  const [member, setMember] = useState(viewer ?? members[0]?.id ?? '');
  const [dossier, setDossier] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const sorted = useMemo(() => [...dossiers.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr')), [dossiers]);
  const who = viewer ?? member;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.conflictSet({ member: who, dossier, reason, actor });
    if (r.ok) {
      setMessage({ ok: true, text: t('conflicts.declared', { dossier: dossiers.get(dossier)?.name ?? dossier }) });
      setDossier('');
      setReason('');
      onDeclared();
    } else setMessage({ ok: false, text: errorMessage(r.error) });
  };

  return (
    <form className="conflict-form" onSubmit={(e) => void submit(e)} aria-labelledby="conflict-form-title">
      <h2 id="conflict-form-title">{t('conflicts.declare')}</h2>
      <div className="form-row">
        {viewer === null ? (
          <>
            <label htmlFor="conflict-member">{t('conflicts.member')}</label>
            <select id="conflict-member" value={member} onChange={(e) => setMember(e.target.value)}>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor="conflict-dossier">{t('conflicts.dossier')}</label>
        <select id="conflict-dossier" value={dossier} required onChange={(e) => setDossier(e.target.value)}>
          <option value="">{t('compare.choose')}</option>
          {sorted.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.id})
            </option>
          ))}
        </select>
        <label htmlFor="conflict-reason">{t('conflicts.reason')}</label>
        <input id="conflict-reason" value={reason} required placeholder={t('conflicts.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" className="primary">
          {t('conflicts.submit')}
        </button>
      </div>
      <p aria-live="polite" className={message?.ok === false ? 'error' : 'muted'}>
        {message?.text}
      </p>
    </form>
  );
}
