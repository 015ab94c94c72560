import type { AgLocaleOptions } from 'ag-charts-community';
import { AG_CHARTS_LOCALE_EN_US, AG_CHARTS_LOCALE_FR_FR } from 'ag-charts-locale';

/**
 * AG Charts' own texts (« Aucune donnée à afficher », the toolbar, the accessible descriptions) in the interface's
 * language: French unless English is chosen. Every chart's options take it as `locale`, as every grid takes
 * gridLocale.ts.
 */
export const chartLocale = (language: string): AgLocaleOptions => ({
  localeText: language === 'en' ? AG_CHARTS_LOCALE_EN_US : AG_CHARTS_LOCALE_FR_FR,
});
