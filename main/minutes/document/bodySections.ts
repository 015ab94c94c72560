/**
 * The body of the procès-verbal, section by section, in the order users expect (shared/design/domain.md, "The
 * minutes"): session, attendance, quorum, agenda, framework, conflicts of interest, method, results, waiting list,
 * ineligible dossiers, targets, post-lock changes, closing. Each function takes the typed input and returns pdfmake
 * content; words come from the `minutes` catalogue, typographed.
 */
import { dateInWords, dateTimeInWords, frenchNumber, frenchPercent, timeInWords } from '../../../common/minutes/frenchTypography.ts';
import { decisionLabel, minutesText as t, typeset } from '../../../common/minutes/minutesText.ts';
import type { AttendanceEntry, MinutesInput, Person, ResultRow, TargetOutcome } from '../../../common/minutes/types.ts';
import { cell, heading, numberCell, paragraph, table } from './blocks.ts';
import type { Content, ContentObject } from './pdfRenderer.ts';

export function personLabel(p: Person): string {
  return typeset([p.name, p.organisation, p.role].filter(Boolean).join(', '));
}

export function sessionSection(input: MinutesInput): Content[] {
  const venue =
    input.venue.kind === 'place'
      ? t('minutes.venue_place', { place: input.venue.place })
      : input.venue.tool
        ? t('minutes.venue_video_tool', { tool: input.venue.tool })
        : t('minutes.venue_video');
  return [
    heading(`1. ${t('minutes.h_session')}`),
    paragraph(
      t('minutes.held_on', { date: dateInWords(input.date), opened: timeInWords(input.openedAt), closed: timeInWords(input.closedAt) }),
    ),
    paragraph(venue),
    paragraph(t('minutes.chaired_by', { name: personLabel(input.chair) })),
    paragraph(t('minutes.secretary', { name: personLabel(input.secretary) })),
  ];
}

function attendanceLine(a: AttendanceEntry): string {
  const notes: string[] = [];
  if (a.status === 'represented' && a.representedBy) notes.push(t('minutes.represented_by', { proxy: a.representedBy }));
  if (a.arrivedAt) notes.push(t('minutes.arrived_at', { time: timeInWords(a.arrivedAt) }));
  if (a.leftAt) notes.push(t('minutes.left_at', { time: timeInWords(a.leftAt) }));
  return notes.length ? `${personLabel(a.member)} (${notes.join(', ')})` : personLabel(a.member);
}

export function attendanceSection(input: MinutesInput): Content[] {
  const group = (label: string, entries: readonly string[]): Content[] => [
    heading(label, 2),
    entries.length ? { ul: entries.map((e) => paragraph(e)) } : paragraph(t('minutes.none')),
  ];
  const of = (status: AttendanceEntry['status']) => input.attendance.filter((a) => a.status === status).map(attendanceLine);
  return [
    heading(`2. ${t('minutes.h_attendance')}`),
    ...group(t('minutes.present'), of('present')),
    ...group(t('minutes.represented'), of('represented')),
    ...group(t('minutes.excused'), of('excused')),
    ...group(t('minutes.absent'), of('absent')),
    ...group(t('minutes.guests'), input.guests.map(personLabel)),
  ];
}

export function quorumSection(input: MinutesInput): Content[] {
  const q = input.quorum;
  if (!q) return [heading(`3. ${t('minutes.h_quorum')}`), paragraph(t('minutes.quorum_not_recorded'))];
  const params = { members: q.votingMembers, present: q.presentOrRepresented, required: q.required };
  return [
    heading(`3. ${t('minutes.h_quorum')}`),
    paragraph(q.reached ? t('minutes.quorum_reached', params) : t('minutes.quorum_not_reached', params)),
  ];
}

export function agendaSection(input: MinutesInput): Content[] {
  return [
    heading(`4. ${t('minutes.h_agenda')}`),
    input.agenda.length ? { ol: input.agenda.map((item) => paragraph(typeset(item))) } : paragraph(t('minutes.none')),
  ];
}

function targetGoal(target: { goal: number; unit: 'count' | 'share' }): string {
  return target.unit === 'share' ? frenchPercent(target.goal) : frenchNumber(target.goal, 0);
}

export function frameworkSection(input: MinutesInput): Content[] {
  const f = input.framework;
  const criteria = f.criteria.map((c) => [
    cell(typeset(c.label)),
    numberCell(frenchNumber(c.weight)),
    cell(t('minutes.scale', { min: frenchNumber(c.scaleMin), max: frenchNumber(c.scaleMax) })),
    cell(c.levels.map((l) => `${frenchNumber(l.value)}${'\u00A0'}: ${typeset(l.descriptor)}`).join('\n'), { fontSize: 8 }),
  ]);
  return [
    heading(`5. ${t('minutes.h_framework')}`),
    ...(f.callReference ? [paragraph(typeset(f.callReference))] : []),
    heading(t('minutes.criteria'), 2),
    table(
      [t('minutes.col_criterion'), t('minutes.col_weight'), t('minutes.col_scale'), t('minutes.col_levels')],
      criteria,
      ['*', 40, 60, '*'],
    ),
    heading(t('minutes.eligibility_checks'), 2),
    f.eligibilityChecks.length ? { ul: f.eligibilityChecks.map((c) => paragraph(typeset(c.label))) } : paragraph(t('minutes.none')),
    heading(t('minutes.targets'), 2),
    f.targets.length
      ? { ul: f.targets.map((g) => paragraph(`${typeset(g.label)} (${t('minutes.col_goal').toLowerCase()}\u00A0: ${targetGoal(g)})`)) }
      : paragraph(t('minutes.none')),
  ];
}

export function conflictsSection(input: MinutesInput): Content[] {
  const withConflicts = input.conflicts.filter((d) => d.declarations.length || d.recusals.length);
  const body: Content[] = withConflicts.length
    ? withConflicts.flatMap((d) => [
        heading(typeset(`${d.applicant} (${d.dossierId})`), 2),
        {
          ul: [
            ...d.declarations.map((x) => paragraph(t('minutes.declared_interest', { member: typeset(x.memberName), interest: typeset(x.interest) }))),
            ...d.recusals.map((r) =>
              paragraph(
                r.leftAt && r.returnedAt
                  ? t('minutes.recused_out', { member: typeset(r.memberName), reason: typeset(r.reason), from: timeInWords(r.leftAt), to: timeInWords(r.returnedAt) })
                  : t('minutes.recused', { member: typeset(r.memberName), reason: typeset(r.reason) }),
              ),
            ),
          ],
        },
      ])
    : [paragraph(t('minutes.no_conflicts'))];
  return [heading(`6. ${t('minutes.h_conflicts')}`), ...body];
}

export function methodSection(input: MinutesInput): Content[] {
  const m = input.method;
  return [
    heading(`7. ${t('minutes.h_method')}`),
    paragraph(t('minutes.m_eligibility', { text: typeset(m.eligibility) })),
    paragraph(t('minutes.m_scoring', { text: typeset(m.scoring) })),
    paragraph(m.normalisation === 'z_scores' ? t('minutes.m_normalisation_z') : t('minutes.m_normalisation_none')),
    ...(m.tieBreaks.length
      ? [paragraph(t('minutes.m_tie_breaks')), { ol: m.tieBreaks.map((r) => paragraph(typeset(r.description))) }]
      : [paragraph(t('minutes.m_no_tie_breaks'))]),
    paragraph(t('minutes.m_voting', { text: typeset(m.votingRule) })),
    paragraph(m.chairHasCastingVote ? t('minutes.m_casting_vote') : t('minutes.m_no_casting_vote')),
  ];
}

/** Two table rows per dossier: the figures, then its motivation (and conditions, vote) across the whole width. */
function resultRows(row: ResultRow, withNormalised: boolean): Content[][] {
  const figures: Content[] = [
    numberCell(String(row.rank)),
    cell(typeset(row.applicant), { bold: true }),
    cell(typeset(row.echelon)),
    cell(typeset(row.country)),
    numberCell(frenchNumber(row.missions, 0)),
    numberCell(frenchNumber(row.raw, 2, true)),
    ...(withNormalised ? [numberCell(row.normalised === undefined ? '—' : frenchNumber(row.normalised, 2, true))] : []),
    cell(decisionLabel(row.decision), { bold: true }),
  ];
  // An undecided dossier has no motivation yet: its row stands alone.
  const notes: string[] = row.motivation.trim() ? [t('minutes.motivation', { text: typeset(row.motivation) })] : [];
  if (row.conditions?.length) notes.push(t('minutes.conditions', { text: row.conditions.map(typeset).join(' ; ') }));
  if (row.vote) {
    const v = { for: row.vote.for, against: row.vote.against, abstentions: row.vote.abstentions };
    notes.push(row.vote.castingVote ? t('minutes.vote_casting', v) : t('minutes.vote', v));
  }
  if (notes.length === 0) return [figures];
  const span = figures.length;
  const detail: ContentObject = { text: notes.join('\n'), colSpan: span, style: 'note' };
  return [figures, [detail, ...Array.from({ length: span - 1 }, () => '')]];
}

export function resultsSection(input: MinutesInput): Content[] {
  const withNormalised = input.method.normalisation === 'z_scores';
  const header = [
    t('minutes.col_rank'),
    t('minutes.col_applicant'),
    t('minutes.col_echelon'),
    t('minutes.col_country'),
    t('minutes.col_missions'),
    t('minutes.col_raw'),
    ...(withNormalised ? [t('minutes.col_normalised')] : []),
    t('minutes.col_decision'),
  ];
  const widths = withNormalised ? [26, '*', 58, 52, 42, 38, 54, 64] : [26, '*', 70, 60, 42, 44, 70];
  // Each dossier is one row of an outer table, holding a small table of its figures and its motivation: the outer
  // table never splits a row across pages, so a dossier's figures and motivation are always read together.
  const inner = (body: readonly (readonly Content[])[]): ContentObject => ({ table: { widths, body }, layout: 'noBorders' });
  const results: ContentObject = {
    table: {
      headerRows: 1,
      widths: ['*'],
      dontBreakRows: true,
      body: [
        [inner([header.map((h) => ({ text: h, style: 'th', fontSize: 7.5 }))])],
        ...input.results.map((r) => [inner(resultRows(r, withNormalised))]),
      ],
    },
    layout: 'lightHorizontalLines',
    style: 'table',
    fontSize: 8,
  };
  return [heading(`8. ${t('minutes.h_results')}`), input.results.length ? results : paragraph(t('minutes.none'))];
}

export function waitingListSection(input: MinutesInput): Content[] {
  const byId = new Map(input.results.map((r) => [r.dossierId, r]));
  return [
    heading(`9. ${t('minutes.h_waiting_list')}`),
    input.waitingList.length
      ? { ol: input.waitingList.map((id) => paragraph(typeset(`${byId.get(id)?.applicant ?? id} (${id})`))) }
      : paragraph(t('minutes.none')),
  ];
}

export function ineligibleSection(input: MinutesInput): Content[] {
  const rows = input.ineligible.map((d) => [
    cell(typeset(`${d.applicant} (${d.dossierId})`)),
    cell(typeset(d.detail ? `${d.checkLabel} : ${d.detail}` : d.checkLabel)),
  ]);
  return [
    heading(`10. ${t('minutes.h_ineligible')}`),
    rows.length ? table([t('minutes.col_applicant'), t('minutes.col_failed_check')], rows, ['*', '*']) : paragraph(t('minutes.none')),
  ];
}

function targetValue(outcome: TargetOutcome, value: number): string {
  return outcome.unit === 'share' ? frenchPercent(value) : frenchNumber(value, 0);
}

export function targetsSection(input: MinutesInput): Content[] {
  const rows = input.targets.map((g) => [
    cell(typeset(g.label)),
    numberCell(targetValue(g, g.goal)),
    numberCell(targetValue(g, g.current)),
    cell(g.met ? t('minutes.yes') : t('minutes.no'), { bold: !g.met }),
  ]);
  return [
    heading(`11. ${t('minutes.h_targets')}`),
    rows.length
      ? table([t('minutes.col_target'), t('minutes.col_goal'), t('minutes.col_current'), t('minutes.col_met')], rows, ['*', 50, 50, 50])
      : paragraph(t('minutes.none')),
  ];
}

export function postLockSection(input: MinutesInput): Content[] {
  const rows = input.postLockChanges.map((c) => [
    cell(dateTimeInWords(c.at)),
    cell(typeset(`${c.applicant} (${c.dossierId}) : ${c.change}`)),
    cell(typeset(c.reason)),
    cell(typeset(c.by)),
  ]);
  return [
    heading(`12. ${t('minutes.h_post_lock')}`),
    rows.length
      ? table([t('minutes.col_when'), t('minutes.col_change'), t('minutes.col_reason'), t('minutes.col_by')], rows, [80, '*', '*', 70])
      : paragraph(t('minutes.none')),
  ];
}

export function closingSection(input: MinutesInput): Content[] {
  return [heading(`13. ${t('minutes.h_closing')}`), paragraph(t('minutes.closing', { time: timeInWords(input.closedAt) }))];
}

/** The whole body, in order. */
export function bodySections(input: MinutesInput): Content[] {
  return [
    ...sessionSection(input),
    ...attendanceSection(input),
    ...quorumSection(input),
    ...agendaSection(input),
    ...frameworkSection(input),
    ...conflictsSection(input),
    ...methodSection(input),
    ...resultsSection(input),
    ...waitingListSection(input),
    ...ineligibleSection(input),
    ...targetsSection(input),
    ...postLockSection(input),
    ...closingSection(input),
  ];
}
