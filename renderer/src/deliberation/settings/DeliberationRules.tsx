/**
 * Réglages › Règles de la délibération (issue 9: « The quorum rule is a setting », « the majority rule … and the
 * chair's casting vote on a tie are settings »): the session's quorum and vote rules, as the core keeps them
 * (deliberationSettingsGet/Set). The quorum banner of the room and the decision panel's tally read them back through
 * the change events. One list of voting roles serves the quorum and the votes: a member who counts for the quorum is
 * one who may vote.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationSettings } from '../../../../common/deliberation/records.ts';
import type { QuorumRule } from '../../../../common/deliberation/quorum.ts';
import { MAJORITY_RULES, type MajorityRule } from '../../../../common/deliberation/votes.ts';
import { MEMBER_ROLES, type MemberRole, type SessionInfo } from '../../../../common/domain/types.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { sectionAnchor } from '../../areas/settingsSections.ts';
import { api } from '../../transport.ts';
import './deliberationRules.css';

interface Form {
  rule: QuorumRule['kind'];
  count: string;
  /** Percent, as typed. */
  fraction: string;
  countRepresented: boolean;
  maxProxies: string;
  roles: MemberRole[];
  majority: MajorityRule;
  castingVote: boolean;
}

function formOf(s: DeliberationSettings): Form {
  const rule = s.quorum.rule;
  return {
    rule: rule.kind,
    count: rule.kind === 'count' ? String(rule.count) : '',
    fraction: rule.kind === 'fraction' ? String(Math.round(rule.fraction * 1000) / 10) : '',
    countRepresented: s.quorum.countRepresented,
    maxProxies: String(s.quorum.maxProxiesPerHolder),
    roles: [...s.quorum.votingRoles],
    majority: s.votes.majority,
    castingVote: s.votes.chairCastingVote,
  };
}

/** The numbers as typed (a comma is a decimal point in French); the core checks their ranges and says what is wrong. */
const numberOf = (typed: string): number => Number(typed.trim().replace(',', '.'));

function ruleOf(form: Form): QuorumRule {
  if (form.rule === 'count') return { kind: 'count', count: numberOf(form.count) };
  if (form.rule === 'fraction') return { kind: 'fraction', fraction: numberOf(form.fraction) / 100 };
  return { kind: 'majority' };
}

export function DeliberationRules({ info }: { info: SessionInfo | null }) {
  const { t } = useTranslation('deliberationRules');
  const { t: ts } = useTranslation('scoring');
  const settings = useApiQuery(queryKeys.deliberationSettings(), () => api.deliberationSettingsGet({}), { enabled: info !== null });
  const [form, setForm] = useState<Form | null>(null);
  const [status, setStatus] = useState<{ error: AppErrorShape | string | null; saved: boolean }>({ error: null, saved: false });

  // The stored rules fill the form once, and again after a save (the core's answer is what is kept).
  const stored = settings.data;
  useEffect(() => {
    if (stored && form === null) setForm(formOf(stored));
  }, [stored, form]);

  const change = (patch: Partial<Form>) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    setStatus({ error: null, saved: false });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    if (form.roles.length === 0) {
      setStatus({ error: t('noRole'), saved: false });
      return;
    }
    const r = await api.deliberationSettingsSet({
      quorum: { rule: ruleOf(form), countRepresented: form.countRepresented, maxProxiesPerHolder: numberOf(form.maxProxies), votingRoles: form.roles },
      votes: { majority: form.majority, chairCastingVote: form.castingVote, votingRoles: form.roles },
      actor: null,
    });
    // A refusal keeps what was typed beside the core's message; a success shows what the core kept.
    if (r.ok) {
      setForm(formOf(r.value));
      setStatus({ error: null, saved: true });
    } else setStatus({ error: r.error, saved: false });
  };

  return (
    <section aria-labelledby={sectionAnchor('deliberationRules')} className="deliberation-rules">
      <h2 id={sectionAnchor('deliberationRules')}>{t('title')}</h2>
      {info === null ? <p>{t('noSession')}</p> : null}
      {info !== null && form ? (
        <form onSubmit={(e) => void save(e)}>
          <p className="muted">{t('intro')}</p>
          <fieldset>
            <legend>{t('quorumRule')}</legend>
            {(['majority', 'count', 'fraction'] as const).map((kind) => (
              <label key={kind} className="choice">
                <input type="radio" name="quorum-rule" value={kind} checked={form.rule === kind} onChange={() => change({ rule: kind })} /> {t(`rule.${kind}`)}
              </label>
            ))}
            {form.rule === 'count' ? (
              <label>
                {t('count')} <input type="text" inputMode="numeric" size={4} value={form.count} onChange={(e) => change({ count: e.target.value })} />
              </label>
            ) : null}
            {form.rule === 'fraction' ? (
              <label>
                {t('fraction')} <input type="text" inputMode="decimal" size={5} value={form.fraction} onChange={(e) => change({ fraction: e.target.value })} />
              </label>
            ) : null}
            <label className="choice">
              <input type="checkbox" checked={form.countRepresented} onChange={(e) => change({ countRepresented: e.target.checked })} /> {t('countRepresented')}
            </label>
            <label>
              {t('maxProxies')} <input type="text" inputMode="numeric" size={3} value={form.maxProxies} onChange={(e) => change({ maxProxies: e.target.value })} />
            </label>
          </fieldset>
          <fieldset className="roles">
            <legend>{t('votingRoles')}</legend>
            {MEMBER_ROLES.map((role) => (
              <label key={role} className="choice">
                <input
                  type="checkbox"
                  checked={form.roles.includes(role)}
                  onChange={(e) => change({ roles: e.target.checked ? [...form.roles, role] : form.roles.filter((r) => r !== role) })}
                />{' '}
                {ts(`role.${role}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('majority')}</legend>
            {MAJORITY_RULES.map((rule) => (
              <label key={rule} className="choice">
                <input type="radio" name="majority-rule" value={rule} checked={form.majority === rule} onChange={() => change({ majority: rule })} /> {t(`majorityRule.${rule}`)}
              </label>
            ))}
            <label className="choice">
              <input type="checkbox" checked={form.castingVote} onChange={(e) => change({ castingVote: e.target.checked })} /> {t('castingVote')}
            </label>
          </fieldset>
          <button type="submit">{t('save')}</button>
          <p aria-live="polite" role={status.error ? 'alert' : undefined} className={status.error ? 'error' : 'muted'}>
            {status.error ? (typeof status.error === 'string' ? status.error : errorMessage(status.error)) : status.saved ? t('saved') : ''}
          </p>
        </form>
      ) : null}
    </section>
  );
}
