/**
 * Always in sight in the Séance view: whether the meeting has its quorum, as the core counts it (attendanceGet's
 * `quorum`, never recounted here), and below quorum the chair's override with its mandatory reason (quorumOverride.ts:
 * the decisions recorded next carry it to the core).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuorumResult } from '../../../../common/deliberation/quorum.ts';
import { setQuorumOverride, useQuorumOverride } from './quorumOverride.ts';

export function QuorumBanner({ meeting, quorum }: { meeting: number | null; quorum: QuorumResult | null }) {
  const { t } = useTranslation('room');
  const reason = useQuorumOverride(meeting);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);

  if (meeting === null || quorum === null) {
    return (
      <div className="quorum-banner quorum-none" role="status" data-testid="quorum-banner">
        {t('quorum.noMeeting')}
      </div>
    );
  }
  const params = { count: quorum.counted, voting: quorum.votingMembers, required: quorum.required };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setMissing(true);
    setQuorumOverride(meeting, text);
    setMissing(false);
    setOpen(false);
  };

  return (
    <div className={`quorum-banner ${quorum.met ? 'quorum-met' : 'quorum-unmet'}`} data-testid="quorum-banner">
      <p role="status" className="quorum-text">
        <span aria-hidden="true">{quorum.met ? '✔ ' : '⚠ '}</span>
        {quorum.met ? t('quorum.met', params) : t('quorum.notMet', params)}
      </p>
      {!quorum.met && reason ? (
        <p className="quorum-override" data-testid="quorum-override">
          {t('quorum.overrideActive', { reason })}{' '}
          <button type="button" onClick={() => setQuorumOverride(meeting, null)}>
            {t('quorum.overrideClear')}
          </button>
        </p>
      ) : null}
      {!quorum.met && !reason ? (
        open ? (
          <form className="override-form" onSubmit={submit}>
            <label>
              {t('quorum.overrideReason')}
              <textarea
                value={text}
                aria-required="true"
                aria-invalid={missing || undefined}
                aria-describedby={missing ? 'override-missing' : undefined}
                onChange={(e) => setText(e.target.value)}
              />
            </label>
            {missing ? (
              <span id="override-missing" className="field-error" role="alert">
                {t('quorum.overrideMissing')}
              </span>
            ) : null}
            <button type="submit">{t('quorum.overrideSave')}</button>
          </form>
        ) : (
          <button type="button" onClick={() => setOpen(true)}>
            {t('quorum.override')}
          </button>
        )
      ) : null}
    </div>
  );
}
