import { useTranslation } from 'react-i18next';

/** An area a later capability fills: it says what it will hold, and shows no invented data. */
export function FutureArea({ area }: { area: 'scoring' | 'deliberation' | 'minutes' }) {
  const { t } = useTranslation();
  const items = t(`future.${area}.items`, { returnObjects: true }) as string[];
  return (
    <section aria-labelledby="area-title" className="future">
      <h1 id="area-title">{t(`future.${area}.title`)}</h1>
      <p>{t('future.intro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
