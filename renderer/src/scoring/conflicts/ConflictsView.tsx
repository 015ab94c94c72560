import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { formatDateTime, memberName } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';
import { ConflictForm } from './ConflictForm.tsx';
import { errorMessage } from '../../i18n/errorMessage.ts';

/**
 * The register of conflicts of interest: who stands aside for which dossier, why, since when. A member declares
 * their own; the secretariat records any member's and may withdraw a declaration made by mistake (audited).
 */
export function ConflictsView() {
  const { t, i18n } = useTranslation('scoring');
  const { members, dossiers, viewer, actor } = useScoring();
  const conflicts = useApiQuery(queryKeys.conflicts(), () => api.conflictsList({}));
  const [error, setError] = useState<string | null>(null);
  const list = (conflicts.data ?? []).filter((c) => viewer === null || c.member === viewer);

  const withdraw = async (member: string, dossier: string) => {
    const r = await api.conflictWithdraw({ member, dossier, actor });
    setError(r.ok ? null : errorMessage(r.error));
    if (r.ok) conflicts.reload();
  };

  return (
    <div className="conflicts">
      <p className="muted">{t('conflicts.intro')}</p>
      <ConflictForm onDeclared={conflicts.reload} />
      {error || conflicts.error ? (
        <p role="alert" className="error">
          {error ?? conflicts.error}
        </p>
      ) : null}
      <h2>{viewer === null ? t('conflicts.register', { count: list.length }) : t('conflicts.mine', { count: list.length })}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('conflicts.empty')}</p>
      ) : (
        <table className="data-table" data-testid="conflicts-table">
          <thead>
            <tr>
              <th scope="col">{t('conflicts.member')}</th>
              <th scope="col">{t('conflicts.dossier')}</th>
              <th scope="col">{t('conflicts.reason')}</th>
              <th scope="col">{t('conflicts.declaredAt')}</th>
              {viewer === null ? <th scope="col">{t('conflicts.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={`${c.member}:${c.dossier}`}>
                <td>{memberName(members, c.member)}</td>
                <td>
                  {dossiers.get(c.dossier)?.name ?? c.dossier} <span className="muted">{c.dossier}</span>
                </td>
                <td>{c.reason}</td>
                <td>{formatDateTime(c.declaredAt, i18n.language)}</td>
                {viewer === null ? (
                  <td>
                    <button type="button" onClick={() => void withdraw(c.member, c.dossier)}>
                      {t('conflicts.withdraw')}
                      <span className="visually-hidden">
                        {' '}
                        — {memberName(members, c.member)}, {dossiers.get(c.dossier)?.name ?? c.dossier}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
