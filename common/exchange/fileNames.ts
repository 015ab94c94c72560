/**
 * The names the application proposes for the files of the offline review (issue 11). The extensions say what a file
 * is to the person carrying it and filter the desktop's dialogs; the core reads the content, whatever the name.
 */
export const PACKAGE_EXTENSION = '.comitia-paquet';
export const RETURN_EXTENSION = '.comitia-retour';

/** A name safe on every system from a member's id and a date (YYYY-MM-DD): letters, digits and hyphens only. */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'membre';

export const packageFileName = (member: string, day: string): string => `dossier-de-notation-${slug(member)}-${day}${PACKAGE_EXTENSION}`;
export const returnFileName = (member: string, sequence: number): string => `notes-${slug(member)}-${sequence}${RETURN_EXTENSION}`;
