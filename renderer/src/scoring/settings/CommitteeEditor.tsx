import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, type Member, type MemberRole } from '../../../../common/domain/types.ts';
import { api } from '../../transport.ts';
import { invalidProps, type RefusalView } from './fieldProblems.ts';
import { useRefusal } from './useRefusal.ts';
import { newKey } from './gridDraft.ts';
import { RefusalNotice } from './RefusalNotice.tsx';

type Row = Member & { key: number; isNew: boolean };

/**
 * The committee, in the order the minutes list it: id, name, institution, role (observers neither score nor vote).
 * Saved as a whole; the core refuses to drop a member who has scores or declared conflicts. A refusal lists every
 * problem, naming the member by its row (« Identifiant du membre n° 9 »), and marks the fields.
 */
export function CommitteeEditor({ members, onSaved }: { members: Member[]; onSaved: (m: Member[]) => void }) {
  const { t } = useTranslation('scoring');
  const wordRefusal = useRefusal();
  const [rows, setRows] = useState<Row[]>(() => members.map((m) => ({ ...m, key: newKey(), isNew: false })));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [refusal, setRefusal] = useState<RefusalView | null>(null);
  const field = (i: number, name: string, className?: string) => invalidProps(refusal?.fields, `members[${i}].${name}`, className);
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    const r = await api.membersSet({
      members: rows.map(({ id, name, institution, role }) => ({ id: id.trim(), name, institution, role })),
      actor: 'secretariat',
    });
    if (!r.ok) {
      setStatus(null);
      setRefusal(wordRefusal(r.error, 'committeeRefused'));
      return;
    }
    setRefusal(null);
    setRows(r.value.map((m) => ({ ...m, key: newKey(), isNew: false })));
    setStatus({ ok: true, text: t('committee.saved', { count: r.value.length }) });
    onSaved(r.value);
  };

  return (
    <form
      className="committee-editor"
      aria-labelledby="committee-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="committee-title">{t('committee.title')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('committee.id')}</th>
            <th scope="col">{t('committee.name')}</th>
            <th scope="col">{t('committee.institution')}</th>
            <th scope="col">{t('committee.role')}</th>
            <th scope="col">{t('conflicts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m, i) => (
            <tr key={m.key}>
              <td>
                {m.isNew ? (
                  <input {...field(i, 'id')} aria-label={t('committee.id')} size={14} value={m.id} onChange={(e) => set(i, { id: e.target.value })} />
                ) : (
                  <code {...field(i, 'id')}>{m.id}</code>
                )}
              </td>
              <td>
                <input {...field(i, 'name')} aria-label={t('committee.nameOf', { id: m.id || '…' })} value={m.name} onChange={(e) => set(i, { name: e.target.value })} />
              </td>
              <td>
                <input {...field(i, 'institution', 'wide')} aria-label={t('committee.institutionOf', { id: m.id || '…' })} value={m.institution} onChange={(e) => set(i, { institution: e.target.value })} />
              </td>
              <td>
                <select {...field(i, 'role')} aria-label={t('committee.roleOf', { id: m.id || '…' })} value={m.role} onChange={(e) => set(i, { role: e.target.value as MemberRole })}>
                  {MEMBER_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                  {t('gridEditor.remove')}
                  <span className="visually-hidden"> — {m.name || m.id}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" onClick={() => setRows([...rows, { id: '', name: '', institution: '', role: 'member', key: newKey(), isNew: true }])}>
          {t('committee.add')}
        </button>
        <button type="submit" className="primary">
          {t('committee.save')}
        </button>
        <p role="status" className={status?.ok === false ? 'error' : 'muted'}>
          {status?.text}
        </p>
      </div>
      {refusal ? <RefusalNotice id="committee-refusal" refusal={refusal} /> : null}
    </form>
  );
}
