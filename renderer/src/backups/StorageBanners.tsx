/**
 * What the person must know about the session file whatever page they are on (issue 12): it is read-only (and why,
 * when the core says), its audit log was changed outside Comitia (the core's warning code and parameters), or a
 * write failed because the disk is full (data/storageFailures.ts). Always rendered, empty when all is well, so that
 * the app's layout keeps its rows.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../common/domain/types.ts';
import { dismissStorageFailure, onStorageFailure, storageFailure } from '../data/storageFailures.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { dateTime, uiLanguage } from './formatting.ts';
import './backups.css';

export function StorageBanners({ info }: { info: SessionInfo | null }) {
  const { t, i18n } = useTranslation('backups');
  const failure = useSyncExternalStore(onStorageFailure, storageFailure);
  const language = uiLanguage(i18n.language);
  const warning = info?.auditWarning ?? null;
  const why =
    info?.readOnlyReason === 'asked' ? t('banner.readOnlyAsked') : info?.readOnlyReason === 'not_writable' ? t('banner.readOnlyNotWritable') : null;
  return (
    <div className="storage-banners">
      {info?.readOnly ? (
        <p className="storage-banner storage-banner-readonly" role="status" data-testid="read-only-banner">
          <strong>{t('banner.readOnly')}</strong>
          {why ? <> {why}</> : null}
        </p>
      ) : null}
      {warning ? (
        <div className="storage-banner storage-banner-audit" role="alert" data-testid="audit-warning-banner">
          <strong>{t('banner.audit')}</strong>{' '}
          {/* The core's own words for what it found, its date in the person's clock. */}
          <span>
            {errorMessage({
              code: warning.code,
              params: typeof warning.params.at === 'string' ? { ...warning.params, at: dateTime(warning.params.at, language) } : warning.params,
            })}
          </span>{' '}
          <span>{t('banner.auditHelp')}</span>
        </div>
      ) : null}
      {failure ? (
        <div className="storage-banner storage-banner-failure" role="alert" data-testid="storage-failure-banner">
          <strong>{t('banner.storage')}</strong> <span>{errorMessage(failure)}</span>{' '}
          <button type="button" onClick={dismissStorageFailure}>
            {t('banner.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
