import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_FR } from '@ag-grid-community/locale';

/** AG Grid's own texts (filters, menus, pagination) in the interface's language: French unless English is chosen. */
export const gridLocale = (language: string): Record<string, string> => (language === 'en' ? AG_GRID_LOCALE_EN : AG_GRID_LOCALE_FR);
