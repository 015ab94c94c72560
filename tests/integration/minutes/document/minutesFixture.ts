/**
 * A realistic `MinutesInput` of any size, deterministic: a committee of eight with accented names, a Territoires
 * Volontaires grid, `dossiers` results with every decision, recusals, a waiting list, ineligible dossiers, targets,
 * a post-lock change and every annex. Used by the document tests and the `minutes` bench case.
 */
import { DECISION_CODES, type DecisionCode, type MinutesInput, type Person } from '../../../../common/minutes/types.ts';

export const CHAIR: Person = { id: 'm1', name: 'Hélène Dupré', organisation: 'Délégation à l’action extérieure des collectivités territoriales' };
export const SECRETARY: Person = { id: 's1', name: 'Anaïs Lefèvre-Çelik', organisation: 'France Volontaires' };

const MEMBERS: Person[] = [
  CHAIR,
  { id: 'm2', name: 'François Núñez', organisation: 'Agence française de développement' },
  { id: 'm3', name: 'Zoé Brûlé', organisation: 'Cités Unies France' },
  { id: 'm4', name: 'Jérôme Ødegård', organisation: 'Ministère de l’Europe et des Affaires étrangères' },
  { id: 'm5', name: 'Maëlle Günther', organisation: 'Régions de France' },
  { id: 'm6', name: 'Noël Štěpánek', organisation: 'Départements de France' },
  { id: 'm7', name: 'Inès Ferrère', organisation: 'Association des maires de France' },
  { id: 'm8', name: 'Loïc Marchés', organisation: 'Agence du service civique' },
];

const COMMUNES = ['Saint-Étienne', 'Besançon', 'Châlons-en-Champagne', 'Pointe-à-Pitre', 'Évry-Courcouronnes', 'Lons-le-Saunier', 'Mâcon', 'Sète'];
const COUNTRIES = ['Sénégal', 'Bénin', 'Vietnam', 'Équateur', 'Madagascar', 'Tunisie', 'Côte d’Ivoire', 'Pérou'];
const ECHELONS = ['Commune', 'Département', 'Région', 'EPCI'];

export function decisionOf(index: number): DecisionCode {
  return DECISION_CODES[index % DECISION_CODES.length]!;
}

export function sampleMinutes(options: { dossiers?: number; locked?: boolean; grids?: 'named' | 'anonymised' | 'none' } = {}): MinutesInput {
  const n = options.dossiers ?? 12;
  const criteria = [
    { id: 'c1', label: 'Qualité du projet', weight: 3, scaleMin: 0, scaleMax: 3, levels: [0, 1, 2, 3].map((v) => ({ value: v, descriptor: ['absent', 'insuffisant', 'satisfaisant', 'excellent'][v]! })) },
    { id: 'c2', label: 'Réciprocité du partenariat', weight: 2, scaleMin: 0, scaleMax: 3, levels: [] },
    { id: 'c3', label: 'Ancrage territorial', weight: 1, scaleMin: 0, scaleMax: 3, levels: [] },
  ];
  const results = Array.from({ length: n }, (_, i) => {
    const decision = decisionOf(i);
    return {
      dossierId: `D${String(i + 1).padStart(4, '0')}`,
      rank: i + 1,
      applicant: `${COMMUNES[i % COMMUNES.length]} n°${i + 1}`,
      echelon: ECHELONS[i % ECHELONS.length]!,
      country: COUNTRIES[i % COUNTRIES.length]!,
      missions: 1 + (i % 4),
      raw: 3 - (i * 2.5) / Math.max(n, 1),
      normalised: 1.5 - (i * 3) / Math.max(n, 1),
      decision,
      motivation: `Projet ${i % 2 ? 'solide' : 'prometteur'} : partenariat réciproque avec ${COUNTRIES[i % COUNTRIES.length]} ; budget « réaliste » !`,
      ...(decision === 'retenu_sous_reserve' ? { conditions: ['Convention signée avant le 30 juin', 'Référent désigné'] } : {}),
      ...(i === 1 ? { vote: { for: 5, against: 2, abstentions: 0 } } : {}),
    };
  });
  const waitingList = results.filter((r) => r.decision === 'liste_attente').map((r) => r.dossierId);
  const grids =
    options.grids === 'none'
      ? undefined
      : {
          mode: options.grids ?? 'named',
          grids: MEMBERS.slice(1).map((m, k) => ({
            memberId: m.id,
            memberName: m.name,
            scores: results.map((r, i) => {
              // Every ninth dossier unscored by the member (a recusal, an absence).
              const values: Record<string, number> = (i + k) % 9 === 0 ? {} : { c1: (i + k) % 4, c2: (i * k) % 4, c3: (i + 2 * k) % 4 };
              return { dossierId: r.dossierId, values };
            }),
          })),
        };
  return {
    programme: 'Territoires Volontaires',
    call: 'Appel à projets 2022',
    organiser: 'France Volontaires',
    sessionNumber: 3,
    date: '2022-04-12',
    openedAt: '14:30',
    closedAt: '17:05',
    venue: { kind: 'place', place: 'Salle Émile-Zola, 27 rue de la Convention, 75015 Paris' },
    chair: CHAIR,
    secretary: SECRETARY,
    attendance: [
      ...MEMBERS.slice(0, 5).map((member) => ({ member, status: 'present' as const, voting: true })),
      { member: MEMBERS[5]!, status: 'represented' as const, representedBy: 'Zoé Brûlé', voting: true },
      { member: MEMBERS[6]!, status: 'excused' as const, voting: true },
      { member: MEMBERS[7]!, status: 'absent' as const, voting: true, arrivedAt: '15:10' },
    ],
    guests: [{ id: 'g1', name: 'Bérénice Aubépine', organisation: 'Ambassade de France au Sénégal', role: 'experte' }],
    quorum: { votingMembers: 8, presentOrRepresented: 6, required: 5, reached: true },
    agenda: ['Approbation du procès-verbal de la séance précédente', 'Examen des candidatures', 'Questions diverses'],
    framework: {
      callReference: 'Appel à projets publié le 1er février 2022, clos le 15 mars 2022.',
      criteria,
      eligibilityChecks: [
        { id: 'e1', label: 'Collectivité territoriale française' },
        { id: 'e2', label: 'Dossier complet à la date de clôture' },
      ],
      targets: [
        { id: 't1', label: 'Part de collectivités primo-accédantes', goal: 0.3, unit: 'share' },
        { id: 't2', label: 'Missions en Afrique', goal: 20, unit: 'count' },
      ],
    },
    conflicts: [
      {
        dossierId: 'D0002',
        applicant: results[1]?.applicant ?? 'Besançon',
        declarations: [{ memberId: 'm3', memberName: 'Zoé Brûlé', interest: 'ancienne élue de la commune' }],
        recusals: [{ memberId: 'm5', memberName: 'Maëlle Günther', reason: 'conjoint agent de la collectivité', leftAt: '15:40', returnedAt: '15:55' }],
      },
      { dossierId: 'D0003', applicant: results[2]?.applicant ?? 'Châlons', declarations: [], recusals: [{ memberId: 'm2', memberName: 'François Núñez', reason: 'partenaire financier du projet' }] },
    ],
    method: {
      eligibility: 'vérifiée par le secrétariat avant la notation, sur pièces',
      scoring: 'chaque membre a noté les dossiers pour lesquels il n’avait pas de conflit d’intérêts, critère par critère',
      normalisation: 'z_scores',
      tieBreaks: [
        { id: 'tb1', description: 'le dossier le mieux noté sur le critère « Qualité du projet » passe devant' },
        { id: 'tb2', description: 'puis la collectivité primo-accédante' },
      ],
      votingRule: 'majorité simple des voix exprimées',
      chairHasCastingVote: true,
    },
    results,
    waitingList,
    ineligible: [
      { dossierId: 'X0001', applicant: 'Association Élan', checkId: 'e1', checkLabel: 'Collectivité territoriale française', detail: 'association loi 1901' },
      { dossierId: 'X0002', applicant: 'Saint-Gaudens', checkId: 'e2', checkLabel: 'Dossier complet à la date de clôture' },
    ],
    targets: [
      { targetId: 't1', label: 'Part de collectivités primo-accédantes', goal: 0.3, current: 0.275, unit: 'share', met: false },
      { targetId: 't2', label: 'Missions en Afrique', goal: 20, current: 1234, unit: 'count', met: true },
    ],
    postLockChanges: [
      { at: '2022-04-14T10:20:00', dossierId: 'D0004', applicant: results[3]?.applicant ?? 'Pointe-à-Pitre', change: 'décision : liste d’attente → retenu', reason: 'désistement d’un lauréat', by: 'Hélène Dupré' },
    ],
    locked: options.locked ?? true,
    annexes: {
      attendanceSheet: true,
      ...(grids ? { individualGrids: grids } : {}),
      agreement: criteria.map((c, i) => ({ criterionId: c.id, label: c.label, alpha: 0.61 + i / 10, icc: 0.55 + i / 10 })),
      auditHeadHash: 'b'.repeat(64),
    },
    fingerprint: 'a1'.repeat(32),
    signedAt: 'Paris',
  };
}
