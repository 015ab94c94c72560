/** Réglages › Règles de la délibération: the quorum and the vote rules of the session (issue 9). */
import type { Translation } from '../translation.ts';

export const fr = {
  title: 'Règles de la délibération',
  intro: 'Le quorum et la majorité s’appliquent à chaque décision enregistrée en séance ; ils sont gardés dans la session.',
  noSession: 'Ouvrez une session pour régler la délibération.',
  quorumRule: 'Règle du quorum',
  rule: { majority: 'Majorité des votants (plus de la moitié)', count: 'Nombre minimal de votants', fraction: 'Part minimale des votants' },
  count: 'Nombre de votants requis',
  fraction: 'Part requise (en %)',
  countRepresented: 'Les membres représentés comptent pour le quorum',
  maxProxies: 'Pouvoirs au plus par membre présent',
  votingRoles: 'Rôles qui votent (quorum et votes)',
  majority: 'Majorité requise pour une décision',
  majorityRule: { simple: 'Majorité simple des suffrages exprimés', absolute: 'Majorité absolue des votants', two_thirds: 'Deux tiers des suffrages exprimés' },
  castingVote: 'Voix prépondérante du président en cas d’égalité',
  save: 'Enregistrer le quorum et la majorité',
  saved: 'Quorum et majorité enregistrés.',
  noRole: 'Choisissez au moins un rôle qui vote.',
} as const;

export const en: Translation<typeof fr> = {
  title: 'Deliberation rules',
  intro: 'The quorum and the majority apply to every decision recorded in the meeting; they are kept in the session.',
  noSession: 'Open a session to set the deliberation rules.',
  quorumRule: 'Quorum rule',
  rule: { majority: 'Majority of the voting members (more than half)', count: 'Minimum number of voting members', fraction: 'Minimum share of the voting members' },
  count: 'Voting members required',
  fraction: 'Share required (in %)',
  countRepresented: 'Represented members count towards the quorum',
  maxProxies: 'Proxies at most per present member',
  votingRoles: 'Roles that vote (quorum and votes)',
  majority: 'Majority required for a decision',
  majorityRule: { simple: 'Simple majority of the votes cast', absolute: 'Absolute majority of the voting members', two_thirds: 'Two thirds of the votes cast' },
  castingVote: 'The chair’s casting vote on a tie',
  save: 'Save the quorum and majority',
  saved: 'Quorum and majority saved.',
  noRole: 'Choose at least one role that votes.',
};
