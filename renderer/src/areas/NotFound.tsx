import { useTranslation } from 'react-i18next';
import { hrefOf, routes } from '../routes.ts';

/** An address that names no page: say so, and offer the way back (never show another page in its place). */
export function NotFound({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="area-title" className="not-found">
      <h1 id="area-title">{t('notFound.title')}</h1>
      <p>{t('notFound.text', { path: `#${path}` })}</p>
      <p>
        <a href={hrefOf(routes.dossierList)}>{t('notFound.back')}</a>
      </p>
    </section>
  );
}
