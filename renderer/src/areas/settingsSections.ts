import { SECTION_SLUGS, type SettingsSection } from '../routes.ts';

/** The element id a Réglages sub-page (`#/reglages/grille`…) scrolls to. */
export const sectionAnchor = (section: SettingsSection): string => `reglages-${SECTION_SLUGS[section]}`;
