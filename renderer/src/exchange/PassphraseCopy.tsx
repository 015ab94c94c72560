import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A passphrase's « Copier » button and what came of it: the clipboard may refuse (no permission, no focus), and the
 * person must know whether it now holds the passphrase. Used by one member's package and by all members' table.
 */
export function PassphraseCopy({ passphrase, label }: { passphrase: string; label: string }) {
  const { t } = useTranslation('exchange');
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(passphrase);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>{' '}
      {copied === null ? null : <span className="muted">{copied ? t('export.copied') : t('export.copyFailed')}</span>}
    </>
  );
}
