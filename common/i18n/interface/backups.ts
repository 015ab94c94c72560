/**
 * The texts of Réglages › Sauvegardes and of the storage banners shown above every page (namespace `backups`):
 * the session's checked copies (main/backup), read-only sessions, the audit warning, a full disk (issue 12).
 * French first; English typed against it.
 */
import type { Translation } from '../translation.ts';

export const fr = {
  title: 'Sauvegardes',
  intro:
    'Copies de la session gardées à côté du fichier, dans le dossier « {{folder}} » : avant une migration, un import, le verrouillage, à la fermeture, et à la demande. Les plus anciennes sont supprimées au fil des nouvelles copies.',
  noSession: 'Aucune session ouverte : ses sauvegardes apparaîtront ici.',
  none: 'Aucune sauvegarde pour cette session.',
  caption: 'Sauvegardes de la session, la plus récente d’abord',
  column: {
    date: 'Date',
    reason: 'Motif',
    size: 'Taille',
    check: 'Vérification',
    action: 'Action',
  },
  reason: {
    migration: 'Avant une migration',
    import: 'Avant un import',
    lock: 'Avant le verrouillage',
    close: 'À la fermeture',
    manual: 'À la demande',
    restore: 'Avant une restauration',
  },
  checked: 'Intègre (contrôlée à la copie)',
  checkedHelp: 'Chaque copie est contrôlée (PRAGMA quick_check) avant d’être gardée, puis de nouveau avant d’être restaurée.',
  create: 'Créer une sauvegarde maintenant',
  creating: 'Sauvegarde en cours…',
  created: 'Sauvegarde créée le {{date}}.',
  restore: 'Restaurer',
  restoreLabel: 'Restaurer la sauvegarde du {{date}}',
  readOnly: 'Session ouverte en lecture seule : aucune sauvegarde ne peut être créée ni restaurée.',
  confirm: {
    title: 'Restaurer la sauvegarde du {{date}} ?',
    aside:
      'L’état actuel de la session est d’abord copié à part (sauvegarde « Avant une restauration ») : cette restauration pourra elle-même être annulée.',
    reopen:
      'La session est ensuite fermée, remplacée par la copie « {{reason}} » du {{date}}, puis rouverte : ce qui a été enregistré depuis ce moment n’y figurera plus.',
    confirm: 'Restaurer cette sauvegarde',
    cancel: 'Annuler',
    running: 'Restauration en cours…',
  },
  restored:
    'Sauvegarde du {{date}} (« {{reason}} ») restaurée : la session a été rouverte dans l’état de ce moment ({{dossiers}} dossiers, {{members}} membres). L’état d’avant est gardé dans la liste, « Avant une restauration ».',
  banner: {
    readOnly: 'Session ouverte en lecture seule : vous pouvez tout consulter, aucune modification ne sera enregistrée.',
    readOnlyAsked: 'Elle a été ouverte ainsi à la demande (option --read-only).',
    readOnlyNotWritable: 'Le fichier ne peut pas être modifié : support protégé en écriture ou droits insuffisants.',
    audit: 'Journal d’audit : le journal de cette session a été modifié hors de Comitia.',
    auditHelp: 'Consultez le journal de la délibération et la provenance du fichier avant de poursuivre.',
    storage: 'Enregistrement impossible :',
    dismiss: 'Fermer ce message',
  },
} as const;

export const en: Translation<typeof fr> = {
  title: 'Backups',
  intro:
    'Copies of the session kept beside the file, in the folder “{{folder}}”: before a migration, an import, the lock, on close, and on request. The oldest are removed as new copies are taken.',
  noSession: 'No session open: its backups will appear here.',
  none: 'No backup for this session.',
  caption: 'Backups of the session, newest first',
  column: {
    date: 'Date',
    reason: 'Reason',
    size: 'Size',
    check: 'Check',
    action: 'Action',
  },
  reason: {
    migration: 'Before a migration',
    import: 'Before an import',
    lock: 'Before the lock',
    close: 'On close',
    manual: 'On request',
    restore: 'Before a restore',
  },
  checked: 'Sound (checked when copied)',
  checkedHelp: 'Every copy is checked (PRAGMA quick_check) before it is kept, and again before it is restored.',
  create: 'Create a backup now',
  creating: 'Backing up…',
  created: 'Backup created on {{date}}.',
  restore: 'Restore',
  restoreLabel: 'Restore the backup of {{date}}',
  readOnly: 'Session opened read-only: no backup can be created or restored.',
  confirm: {
    title: 'Restore the backup of {{date}}?',
    aside: 'The current state of the session is first copied aside (backup “Before a restore”): this restore can itself be undone.',
    reopen:
      'The session is then closed, replaced by the “{{reason}}” copy of {{date}}, and opened again: what was saved since then will no longer be in it.',
    confirm: 'Restore this backup',
    cancel: 'Cancel',
    running: 'Restoring…',
  },
  restored:
    'Backup of {{date}} (“{{reason}}”) restored: the session was opened again as it was then ({{dossiers}} dossiers, {{members}} members). The state before is kept in the list, “Before a restore”.',
  banner: {
    readOnly: 'Session opened read-only: you can look at everything, no change will be saved.',
    readOnlyAsked: 'It was opened so on purpose (option --read-only).',
    readOnlyNotWritable: 'The file cannot be changed: write-protected medium or insufficient rights.',
    audit: 'Audit log: the log of this session has been changed outside Comitia.',
    auditHelp: 'Check the deliberation’s log and where the file came from before going on.',
    storage: 'Could not save:',
    dismiss: 'Close this message',
  },
};
