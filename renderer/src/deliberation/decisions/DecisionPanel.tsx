/**
 * The vote and the decision on one dossier (issue 9, « Votes and decisions »), reusable wherever a dossier is
 * discussed (Délibération › Décisions, the room's current dossier). The vote is taken as counts or member by member
 * (a represented member's vote cast by the proxy holder, recused members shown out of the room); its outcome is
 * previewed with the core's own tally. The decision is recorded with its vote in one call (decisionsRecord): the
 * core refuses a missing motivation, a quorum not met without the chair's override, a change after the lock without
 * a reason, and each refusal is shown next to the field it concerns.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_KINDS, type DecisionKind } from '../../../../common/deliberation/decisions.ts';
import { VOTE_CHOICES, type VoteChoice } from '../../../../common/deliberation/votes.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { roomKeys } from '../room/roomKeys.ts';
import { useQuorumOverride } from '../room/quorumOverride.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { buildBallot, fieldOf, previewTally, voterRows, type BallotForm, type FormField, type VoteMode } from './ballot.ts';
import { useWho } from './useWho.ts';
import './decisions.css';

const EMPTY_COUNTS = { pour: '', contre: '', abstention: '' };

/** The error shown next to one field, tied to it by aria-describedby. */
function FieldError({ id, error }: { id: string; error: AppErrorShape | null }) {
  return error ? <p id={id} role="alert" className="error field-error">{errorMessage(error)}</p> : null;
}

/**
 * `meeting`: the meeting the room follows (Séance); without it, the latest, as the core reads an omitted meeting. In
 * the room, the chair's quorum override stated in the banner (room/quorumOverride.ts) goes with each decision.
 */
export function DecisionPanel({ dossier, meeting = null }: { dossier: string; meeting?: number | null }) {
  const { t, i18n } = useTranslation('decisions');
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const conflicts = useApiQuery(queryKeys.conflicts(), () => api.conflictsList({}));
  const attendance = useApiQuery(meeting === null ? queryKeys.latestAttendance() : roomKeys.attendance(meeting), () => api.attendanceGet({ meeting }));
  const roomOverride = useQuorumOverride(meeting);
  const settings = useApiQuery(queryKeys.deliberationSettings(), () => api.deliberationSettingsGet({}));
  const decisions = useApiQuery(queryKeys.decisions(), () => api.decisionsList({}));
  const votes = useApiQuery(queryKeys.votes(dossier), () => api.votesList({ dossier }));
  const phrases = useApiQuery(queryKeys.decisionsPart('phrases'), () => api.motivationPhrasesList({}));
  const lock = useApiQuery(queryKeys.lock(), () => api.lockGet({}));
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const who = useWho();

  const [form, setForm] = useState<BallotForm>({ mode: 'counts', counts: EMPTY_COUNTS, chairVote: '', choices: {} });
  const [kind, setKind] = useState<DecisionKind>('retenu');
  const [motivation, setMotivation] = useState('');
  const [conditions, setConditions] = useState('');
  const [position, setPosition] = useState('');
  const [override, setOverride] = useState('');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ field: FormField; error: AppErrorShape } | null>(null);
  const [busy, setBusy] = useState(false);

  // Another dossier: a fresh form.
  useEffect(() => {
    setForm({ mode: 'counts', counts: EMPTY_COUNTS, chairVote: '', choices: {} });
    setKind('retenu');
    setMotivation('');
    setConditions('');
    setPosition('');
    setReason('');
    setRefusal(null);
  }, [dossier]);

  const memberList = useMemo(() => members.data ?? [], [members.data]);
  const recused = useMemo(() => (conflicts.data ?? []).filter((c) => c.dossier === dossier).map((c) => c.member), [conflicts.data, dossier]);
  const entries = useMemo(() => attendance.data?.entries ?? [], [attendance.data]);
  const voteSettings = settings.data?.votes ?? null;
  const rows = useMemo(() => (voteSettings ? voterRows(memberList, entries, recused, voteSettings) : []), [memberList, entries, recused, voteSettings]);
  const ballot = buildBallot(form, rows);
  const tally = ballot && voteSettings ? previewTally(ballot, dossier, memberList, entries, recused, voteSettings) : null;
  const noMeeting = attendance.errorShape?.code === 'deliberation.no_meeting';
  const quorum = attendance.data?.quorum ?? null;
  const locked = lock.data?.locked ?? false;
  const recorded = (decisions.data ?? []).find((d) => d.dossier === dossier && d.withdrawnAt === null) ?? (decisions.data ?? []).find((d) => d.dossier === dossier) ?? null;
  const recordedVote = recorded?.vote != null ? (votes.data ?? []).find((v) => v.id === recorded.vote) ?? null : null;
  const kindPhrases = (phrases.data ?? []).find((p) => p.kind === kind)?.phrases ?? [];
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const errorFor = (field: FormField) => (refusal?.field === field ? refusal.error : null);
  const described = (field: FormField) => (refusal?.field === field ? { 'aria-describedby': `decision-${field}-error`, 'aria-invalid': true as const } : {});
  const id = (name: string) => `decision-${dossier}-${name}`;

  const insertPhrase = (phrase: string) => setMotivation((m) => (m.trim() === '' ? phrase : `${m.trimEnd()} ${phrase}`));
  const setChoice = (member: string, choice: VoteChoice | undefined) => setForm((f) => ({ ...f, choices: { ...f.choices, [member]: choice } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    const r = await api.decisionsRecord({
      decisions: [
        {
          dossier,
          decision: kind,
          motivation,
          conditions: kind === 'retenu_sous_reserve' ? conditions : null,
          waitlistPosition: kind === 'liste_attente' ? (position.trim() === '' ? null : Number(position)) : null,
          ballot,
        },
      ],
      meeting,
      quorumOverride: override.trim() ? { reason: override } : roomOverride ? { reason: roomOverride } : null,
      reason: reason.trim() ? reason : null,
      actor: null,
    });
    setBusy(false);
    if (!r.ok) {
      setRefusal({ field: fieldOf(r.error), error: r.error });
      return;
    }
    setReason('');
  };

  const showOverride = (quorum !== null && !quorum.met) || refusal?.field === 'quorum';
  return (
    <section className="decision-panel" aria-labelledby={id('title')} data-testid="decision-panel">
      <h3 id={id('title')}>{t('panel.title', { dossier, name: (dossiers.data ?? []).find((d) => d.id === dossier)?.name ?? '' })}</h3>
      {recorded ? (
        <div className="decision-recorded" role="status" data-testid="decision-recorded">
          <p>
            <strong>{t('panel.recorded', { decision: t(`kind.${recorded.decision}`) })}</strong>
            {recorded.waitlistPosition !== null ? ` (${recorded.waitlistPosition})` : ''} — {t('panel.recordedBy', { who: who(recorded.decidedBy), when: date(recorded.decidedAt) })}
          </p>
          <p className="muted">{recorded.motivation}</p>
          {recorded.conditions ? <p className="muted">{t('panel.conditions')} : {recorded.conditions}</p> : null}
          {recordedVote ? <p>{t('panel.recordedVote', { ...recordedVote.counts, outcome: t(`outcome.${recordedVote.outcome}`) })}</p> : null}
          {recorded.quorumOverride ? <p>{t('panel.override', { by: who(recorded.quorumOverride.by), reason: recorded.quorumOverride.reason })}</p> : null}
          {recorded.withdrawnAt ? <p>{t('panel.withdrawn', { when: date(recorded.withdrawnAt) })}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('panel.none')}</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('panel.voteTitle')}</legend>
          <div className="vote-modes" role="radiogroup" aria-label={t('panel.voteMode')}>
            {(['counts', 'members', 'none'] as const).map((mode: VoteMode) => (
              <label key={mode}>
                <input type="radio" name={id('mode')} checked={form.mode === mode} onChange={() => setForm((f) => ({ ...f, mode }))} />
                {t(mode === 'counts' ? 'panel.modeCounts' : mode === 'members' ? 'panel.modeMembers' : 'panel.modeNone')}
              </label>
            ))}
          </div>
          {form.mode === 'counts' ? (
            <div className="vote-counts">
              {VOTE_CHOICES.map((c) => (
                <label key={c}>
                  {t(`choice.${c}`)}
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    value={form.counts[c]}
                    onChange={(e) => setForm((f) => ({ ...f, counts: { ...f.counts, [c]: e.target.value } }))}
                  />
                </label>
              ))}
              <label>
                {t('panel.chairVote')}
                <select value={form.chairVote} onChange={(e) => setForm((f) => ({ ...f, chairVote: e.target.value as VoteChoice | '' }))}>
                  <option value="">{t('panel.chairVoteNone')}</option>
                  {VOTE_CHOICES.map((c) => <option key={c} value={c}>{t(`choice.${c}`)}</option>)}
                </select>
              </label>
            </div>
          ) : null}
          {form.mode === 'members' ? (
            noMeeting ? <p className="note">{t('panel.noMeeting')}</p>
            : rows.length === 0 ? <p className="note">{t('panel.noVoters')}</p>
            : (
              <table className="data-table roll-call" data-testid="roll-call">
                <thead>
                  <tr>
                    <th scope="col">{t('panel.colMember')}</th>
                    <th scope="col">{t('panel.colCastBy')}</th>
                    <th scope="col">{t('panel.colChoice')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.member.id} data-member={r.member.id} className={r.recused ? 'recused' : undefined}>
                      <th scope="row">{r.member.name}</th>
                      <td>{r.recused ? <span className="tag">{t('panel.recused')}</span> : r.castBy && r.castBy.id !== r.member.id ? r.castBy.name : t('panel.himself')}</td>
                      <td>
                        <select
                          aria-label={`${t('panel.colChoice')} — ${r.member.name}`}
                          disabled={r.recused}
                          value={form.choices[r.member.id] ?? ''}
                          onChange={(e) => setChoice(r.member.id, e.target.value === '' ? undefined : (e.target.value as VoteChoice))}
                        >
                          <option value="">{t('panel.noChoice')}</option>
                          {VOTE_CHOICES.map((c) => <option key={c} value={c}>{t(`choice.${c}`)}</option>)}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          ) : null}
          {tally?.ok ? (
            <p className="vote-tally" aria-live="polite" data-testid="vote-tally" data-outcome={tally.result.outcome}>
              {t('panel.tally', { ...tally.result.counts, outcome: t(`outcome.${tally.result.outcome}`) })}{' '}
              <span className="muted">{t('panel.tallyRule', { cast: tally.result.cast, voters: tally.result.voters, required: tally.result.required })}</span>
              {tally.result.castingVote ? <> {t('panel.castingVote')}</> : null}
            </p>
          ) : null}
          {tally && !tally.ok ? <p className="error" role="alert" data-testid="vote-refused">{errorMessage(tally.error)}</p> : null}
          <FieldError id="decision-vote-error" error={errorFor('vote')} />
        </fieldset>
        <fieldset>
          <legend>{t('panel.decisionTitle')}</legend>
          <label htmlFor={id('kind')}>{t('panel.decision')}</label>
          <select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)} {...described('decision')}>
            {DECISION_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </select>
          <FieldError id="decision-decision-error" error={errorFor('decision')} />
          {kind === 'retenu_sous_reserve' ? (
            <>
              <label htmlFor={id('conditions')}>{t('panel.conditions')}</label>
              <textarea id={id('conditions')} rows={2} value={conditions} onChange={(e) => setConditions(e.target.value)} {...described('conditions')} />
              <FieldError id="decision-conditions-error" error={errorFor('conditions')} />
            </>
          ) : null}
          {kind === 'liste_attente' ? (
            <>
              <label htmlFor={id('position')}>{t('panel.position')}</label>
              <input id={id('position')} type="number" min={1} value={position} onChange={(e) => setPosition(e.target.value)} {...described('position')} />
              <FieldError id="decision-position-error" error={errorFor('position')} />
            </>
          ) : null}
          <label htmlFor={id('motivation')}>{t('panel.motivation')}</label>
          <textarea id={id('motivation')} rows={3} value={motivation} onChange={(e) => setMotivation(e.target.value)} {...described('motivation')} />
          <FieldError id="decision-motivation-error" error={errorFor('motivation')} />
          <div className="phrases" role="group" aria-label={t('panel.phrases')}>
            {kindPhrases.length === 0 ? <span className="muted">{t('panel.phrasesNone')}</span> : null}
            {kindPhrases.map((p) => (
              <button key={p} type="button" className="phrase" aria-label={t('panel.insert', { phrase: p })} onClick={() => insertPhrase(p)}>
                {p}
              </button>
            ))}
          </div>
        </fieldset>
        {showOverride ? (
          <fieldset className="quorum-override">
            {quorum && !quorum.met ? <p className="note">{t('panel.quorumNotMet', { counted: quorum.counted, required: quorum.required })}</p> : null}
            <label htmlFor={id('override')}>{t('panel.overrideReason')}</label>
            <input id={id('override')} value={override} onChange={(e) => setOverride(e.target.value)} {...described('quorum')} />
            <FieldError id="decision-quorum-error" error={errorFor('quorum')} />
          </fieldset>
        ) : null}
        {locked || refusal?.field === 'reason' ? (
          <fieldset className="post-lock">
            <p className="note">{t('panel.lockedNote')}</p>
            <label htmlFor={id('reason')}>{t('panel.lockedReason')}</label>
            <input id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value)} {...described('reason')} />
            <FieldError id="decision-reason-error" error={errorFor('reason')} />
          </fieldset>
        ) : null}
        <FieldError id="decision-form-error" error={errorFor('form')} />
        <button type="submit" className="primary" disabled={busy}>{busy ? t('panel.recording') : t('panel.record')}</button>
      </form>
    </section>
  );
}
