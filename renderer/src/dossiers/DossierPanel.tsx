import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels } from '../../../common/domain/types.ts';
import { DossierFacts } from './DossierFacts.tsx';
import { DossierWarnings } from './DossierWarnings.tsx';
import { hrefOf, routes } from '../routes.ts';

/** The selected dossier beside the grid: warnings, fields, and the way to its full page (history, opinions, files). */
export function DossierPanel({ dossier, labels, onClose, onChanged }: {
  dossier: Dossier;
  labels: ReferenceLabels;
  onClose: () => void;
  onChanged: (d: Dossier) => void;
}) {
  const { t } = useTranslation();
  return (
    <aside className="dossier-panel" aria-labelledby="dossier-title">
      <div className="panel-head">
        <h2 id="dossier-title">{dossier.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('dossier.close')}>
          ×
        </button>
      </div>
      <p className="muted">
        {t('dossiers.col.id')} {dossier.id} · {t(`echelon.${dossier.echelon}`)} · {t(`state.${dossier.state}`)}
      </p>
      <p>
        <a className="button-link" href={hrefOf(routes.dossier(dossier.id))}>
          {t('dossier.openPage')}
        </a>
      </p>
      <DossierWarnings dossier={dossier} onChanged={onChanged} compact />
      <DossierFacts dossier={dossier} labels={labels} />
    </aside>
  );
}
