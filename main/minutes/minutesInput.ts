/**
 * From the session file to the typed minutes (`MinutesInput`, common/minutes/types.ts) and to the decisive data
 * the fingerprint is computed over (`DecisiveData`, fingerprint.ts) — both from the SAME reading, so the
 * fingerprint printed in the minutes is the one `comitia fingerprint SESSION` recomputes.
 *
 * Scoring facts come from the session's tables through the scoring analysis the interface and the CLI use
 * (common/scoring/analyse.ts), without any viewer's masking: the minutes are the committee's record. Deliberation
 * facts (meeting, attendance, votes, decisions, lock…) come through `DeliberationFacts` (deliberationFacts.ts);
 * while no decision is recorded the minutes are a PROJET.
 */
import { messageText } from '../../common/i18n/translateMessage.ts';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { minutesText as t } from '../../common/minutes/minutesText.ts';
import type { Annexes, Criterion, DossierConflicts, IndividualGrid, IneligibleDossier, MinutesInput, Person, ResultRow } from '../../common/minutes/types.ts';
import { agreementOf, analyse, rankingOf } from '../../common/scoring/analyse.ts';
import { scoresInSession } from '../../common/scoring/input.ts';
import { AppError } from '../../common/result.ts';
import { ANNEX_PRESETS, type AnnexOptions, type AnnexPreset } from '../../common/minutes/versions.ts';
import type { Grid, Member } from '../../common/domain/types.ts';
import { auditHead } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { listEligibilityResults } from '../db/eligibilityRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { readScoringSettings } from '../db/scoringSettingsRepo.ts';
import { readSessionIdentity } from '../db/sessionRepo.ts';
import { referenceIndex } from '../import/referenceIndex.ts';
import { loadScoringInput } from '../scoring/loadInput.ts';
import { deliberationFacts, type DeliberationFacts } from './deliberationFacts.ts';
import { decisiveDataFingerprint, type DecisiveData } from './fingerprint.ts';

export { ANNEX_PRESETS, type AnnexOptions, type AnnexPreset };

export interface SessionMinutes {
  input: MinutesInput;
  decisive: DecisiveData;
  /** The audit chain's head when the minutes were read (null for an empty log). */
  auditHead: { seq: number; hash: string } | null;
}

function person(member: Member | undefined): Person {
  if (!member) return { id: '', name: t('minutes.not_recorded') };
  return { id: member.id, name: member.name, ...(member.institution ? { organisation: member.institution } : {}) };
}

function criteriaOf(grid: Grid): Criterion[] {
  return grid.criteria.map((c) => {
    const scale = c.scale ?? grid.scale;
    const levels = Object.entries(c.levels)
      .map(([value, descriptor]) => ({ value: Number(value), descriptor }))
      .filter((l) => Number.isFinite(l.value) && l.descriptor.trim() !== '')
      .sort((a, b) => a.value - b.value);
    return { id: c.id, label: c.label, weight: c.weight, scaleMin: scale.min, scaleMax: scale.max, levels };
  });
}

/** A tie-break rule of the grid (`criterion:<id>` or `deposited`) in words. */
function tieBreakWords(rule: string, grid: Grid): string {
  if (rule === 'deposited') return t('minutes.tb_deposited');
  const criterion = rule.startsWith('criterion:') ? grid.criteria.find((c) => `criterion:${c.id}` === rule) : undefined;
  return criterion ? t('minutes.tb_criterion', { label: criterion.label }) : t('minutes.tb_rule', { rule });
}

/** The échelon as the results table prints it (the short « EPCI » fits its column). */
const echelonWords = (echelon: string): string =>
  echelon === 'epci' ? 'EPCI' : messageText({ code: `import.echelon_${echelon}` as MessageCode }, 'fr');

function todayInParis(now: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * Reads the session and builds its minutes. `facts` defaults to what the deliberation has recorded; `now` dates a
 * draft whose meeting is not recorded yet.
 */
export function sessionMinutes(db: Db, annexes: AnnexOptions, options: { facts?: DeliberationFacts; now?: Date } = {}): SessionMinutes {
  const identity = readSessionIdentity(db);
  if (!identity) throw new AppError('minutes.session_missing');
  const facts = options.facts ?? deliberationFacts(db);
  const scoring = loadScoringInput(db);
  const grid = scoring.grid;
  const settings = readScoringSettings(db);
  const analysis = analyse(scoring);
  const ranking = rankingOf(analysis, settings);
  const members = new Map(listMembers(db).map((m) => [m.id, m]));
  const dossiers = new Map(listDossiers(db).map((d) => [d.id, d]));
  const ref = referenceIndex();
  const applicant = (id: string) => dossiers.get(id)?.name ?? id;
  const decisions = new Map(facts.decisions.map((d) => [d.dossierId, d]));
  const normalisation = settings.rankBy === 'normalized' ? 'z_scores' : 'none';

  const results: ResultRow[] = ranking.ranking.map((row) => {
    const dossier = dossiers.get(row.dossier);
    const decided = decisions.get(row.dossier);
    return {
      dossierId: row.dossier,
      rank: row.rank,
      applicant: applicant(row.dossier),
      echelon: dossier ? echelonWords(dossier.echelon) : '',
      country: (dossier?.countries ?? []).map((c) => ref.countryName(c)).join(', '),
      missions: (dossier?.missionsSending ?? 0) + (dossier?.missionsHosting ?? 0),
      raw: row.raw,
      ...(normalisation === 'z_scores' && Number.isFinite(row.normalized) ? { normalised: row.normalized } : {}),
      ...(decided ? { decision: decided.decision } : {}),
      motivation: decided?.motivation ?? '',
      ...(decided?.conditions?.length ? { conditions: decided.conditions } : {}),
      ...(decided?.vote ? { vote: decided.vote } : {}),
    };
  });

  const checkLabel = new Map(grid.eligibility.map((c) => [c.id, c.label]));
  const notes = new Map(listEligibilityResults(db).map((r) => [`${r.dossier}\u0000${r.check}`, r.note]));
  const ineligible: IneligibleDossier[] = ranking.ineligible.map((d) => {
    const [first, ...others] = d.failed;
    const note = first ? notes.get(`${d.dossier}\u0000${first}`) : null;
    const detail = [note, ...others.map((id) => checkLabel.get(id) ?? id)].filter(Boolean).join(' ; ');
    return {
      dossierId: d.dossier,
      applicant: applicant(d.dossier),
      checkId: first ?? '',
      checkLabel: first ? (checkLabel.get(first) ?? first) : '',
      ...(detail ? { detail } : {}),
    };
  });

  const conflictsByDossier = new Map<string, DossierConflicts>();
  const conflictsOf = (dossierId: string): DossierConflicts => {
    let entry = conflictsByDossier.get(dossierId);
    if (!entry) {
      entry = { dossierId, applicant: applicant(dossierId), declarations: [], recusals: [] };
      conflictsByDossier.set(dossierId, entry);
    }
    return entry;
  };
  const conflicts = listConflicts(db);
  for (const c of conflicts) {
    const entry = conflictsOf(c.dossier);
    conflictsByDossier.set(c.dossier, { ...entry, recusals: [...entry.recusals, { memberId: c.member, memberName: members.get(c.member)?.name ?? c.member, reason: c.reason }] });
  }
  for (const d of facts.declarations) {
    const entry = conflictsOf(d.dossierId);
    conflictsByDossier.set(d.dossierId, { ...entry, declarations: [...entry.declarations, { memberId: d.memberId, memberName: members.get(d.memberId)?.name ?? d.memberId, interest: d.interest }] });
  }

  const scorers = [...members.values()].filter((m) => scoresInSession(m.role));
  const grids: IndividualGrid[] = scorers.map((m) => {
    const byDossier = new Map<string, Record<string, number>>();
    for (const s of scoring.scores) {
      if (s.member !== m.id) continue;
      const values = byDossier.get(s.dossier) ?? {};
      values[s.criterion] = s.value;
      byDossier.set(s.dossier, values);
    }
    return { memberId: m.id, memberName: m.name, scores: results.map((r) => ({ dossierId: r.dossierId, values: byDossier.get(r.dossierId) ?? {} })) };
  });
  const labels = new Map(grid.criteria.map((c) => [c.id, c.label]));
  const head = auditHead(db);
  const annexParts: Annexes = {
    attendanceSheet: annexes.attendanceSheet,
    ...(annexes.individualGrids ? { individualGrids: { mode: annexes.anonymised ? 'anonymised' : 'named', grids } } : {}),
    ...(annexes.agreement
      ? {
          agreement: agreementOf(analysis).criteria.map((c) => ({
            criterionId: c.criterion,
            label: labels.get(c.criterion) ?? c.criterion,
            ...(c.alpha !== null && Number.isFinite(c.alpha) ? { alpha: c.alpha } : {}),
            ...(c.icc21 !== null && Number.isFinite(c.icc21) ? { icc: c.icc21 } : {}),
          })),
        }
      : {}),
    ...(annexes.auditHead && head ? { auditHeadHash: head.hash } : {}),
  };

  const ineligibleIds = new Set(ranking.ineligible.map((d) => d.dossier));
  const rankOf = new Map(ranking.ranking.map((r) => [r.dossier, r.rank]));
  const waitingPosition = new Map(facts.waitingList.map((id, i) => [id, i + 1]));
  const decisive: DecisiveData = {
    dossiers: [...dossiers.keys()].map((id) => ({ id, eligible: !ineligibleIds.has(id) })),
    scores: scoring.scores.map((s) => ({ memberId: s.member, dossierId: s.dossier, criterionId: s.criterion, value: s.value })),
    conflicts: [
      ...conflicts.map((c) => ({ memberId: c.member, dossierId: c.dossier, kind: 'recusal' as const })),
      ...facts.declarations.map((d) => ({ memberId: d.memberId, dossierId: d.dossierId, kind: 'declaration' as const })),
    ],
    attendance: facts.attendance.map((a) => ({ memberId: a.member.id, status: a.status, voting: a.voting, ...(a.representedBy ? { representedBy: a.representedBy } : {}) })),
    votes: facts.decisions.flatMap((d) => (d.vote ? [{ dossierId: d.dossierId, ...d.vote }] : [])),
    decisions: facts.decisions.map((d) => ({
      dossierId: d.dossierId,
      decision: d.decision,
      rank: rankOf.get(d.dossierId) ?? 0,
      ...(d.conditions?.length ? { conditions: d.conditions } : {}),
      ...(waitingPosition.has(d.dossierId) ? { waitingPosition: waitingPosition.get(d.dossierId)! } : {}),
    })),
    grid: {
      criteria: grid.criteria.map((c) => {
        const scale = c.scale ?? grid.scale;
        return { id: c.id, weight: c.weight, scaleMin: scale.min, scaleMax: scale.max };
      }),
      eligibilityChecks: grid.eligibility.map((e) => ({ id: e.id })),
      tieBreaks: grid.tieBreak.map((id, order) => ({ id, order })),
      normalisation,
    },
  };

  const when = todayInParis(options.now ?? new Date());
  const meeting = facts.meeting;
  const memberList = [...members.values()];
  const input: MinutesInput = {
    programme: identity.programme || identity.title,
    call: identity.callName || identity.title,
    organiser: meeting?.organiser ?? (identity.programme || identity.title),
    sessionNumber: meeting?.number ?? 1,
    date: meeting?.date ?? when.date,
    openedAt: meeting?.openedAt || when.time,
    closedAt: meeting?.closedAt || when.time,
    venue: meeting?.venue ?? { kind: 'place', place: t('minutes.not_recorded') },
    chair: person(memberList.find((m) => m.role === 'chair')),
    secretary: person(memberList.find((m) => m.role === 'secretary')),
    attendance: facts.attendance,
    guests: facts.guests,
    ...(facts.quorum ? { quorum: facts.quorum } : {}),
    agenda: meeting?.agenda ?? [],
    framework: { criteria: criteriaOf(grid), eligibilityChecks: grid.eligibility.map((e) => ({ id: e.id, label: e.label })), targets: facts.targets },
    conflicts: [...conflictsByDossier.values()].sort((a, b) => (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : 0)),
    method: {
      eligibility: t('minutes.method_eligibility'),
      scoring: t('minutes.method_scoring'),
      normalisation,
      tieBreaks: grid.tieBreak.map((rule) => ({ id: rule, description: tieBreakWords(rule, grid) })),
      votingRule: facts.votingRule ?? t('minutes.voting_rule_unset'),
      chairHasCastingVote: facts.chairHasCastingVote,
    },
    results,
    waitingList: facts.waitingList,
    ineligible,
    targets: facts.targetOutcomes,
    postLockChanges: facts.postLockChanges,
    // Without decisions there is nothing to attest: a PROJET whatever the lock says.
    locked: facts.locked && facts.decisions.length > 0,
    annexes: annexParts,
    fingerprint: decisiveDataFingerprint(decisive),
    ...(meeting?.signedAt ? { signedAt: meeting.signedAt } : {}),
  };
  return { input, decisive, auditHead: head };
}

/** The fingerprint of the session's decisive data (what `comitia fingerprint` prints). */
export function sessionFingerprint(db: Db, facts?: DeliberationFacts): string {
  return sessionMinutes(db, ANNEX_PRESETS.none, facts ? { facts } : {}).input.fingerprint;
}
