/**
 * The annexes of the minutes, each optional but the fingerprint: attendance sheet, individual scoring grids (named,
 * or anonymised as « Membre A », « Membre B »…), agreement statistics per criterion, and the data fingerprint with
 * the head of the audit chain. Lettered A, B, C… in the order present.
 */
import { frenchNumber, memberLetter } from '../../../common/minutes/frenchTypography.ts';
import { attendanceLabel, minutesText as t, typeset } from '../../../common/minutes/minutesText.ts';
import type { IndividualGrid, MinutesInput } from '../../../common/minutes/types.ts';
import { cell, heading, numberCell, paragraph, table } from './blocks.ts';
import type { Content, ContentObject } from './pdfRenderer.ts';

function attendanceSheet(input: MinutesInput, letter: string): [ContentObject, ...Content[]] {
  const rows = input.attendance.map((a) => [
    cell(typeset(a.member.name)),
    cell(typeset(a.member.organisation ?? '')),
    cell(attendanceLabel(a.status)),
    // Left empty: members sign the printed sheet in the room.
    cell('', { margin: [0, 10, 0, 10] }),
  ]);
  return [
    heading(t('minutes.h_annex_attendance', { letter }), 1),
    table([t('minutes.col_member'), t('minutes.col_organisation'), t('minutes.col_status'), t('minutes.col_signature')], rows, ['*', '*', 70, 110], {
      dontBreakRows: true,
    }),
  ];
}

function individualGrids(input: MinutesInput, letter: string): [ContentObject, ...Content[]] {
  const annex = input.annexes.individualGrids ?? { mode: 'named', grids: [] };
  const criteria = input.framework.criteria;
  const applicant = new Map(input.results.map((r) => [r.dossierId, r.applicant]));
  const gridTable = (grid: IndividualGrid): Content => {
    const rows = grid.scores.map((s) => [
      cell(typeset(`${applicant.get(s.dossierId) ?? ''} (${s.dossierId})`)),
      ...criteria.map((c) => {
        const v = s.values[c.id];
        return numberCell(v === undefined ? t('minutes.not_scored') : frenchNumber(v));
      }),
    ]);
    return table([t('minutes.col_dossier'), ...criteria.map((c) => typeset(c.label))], rows, ['*', ...criteria.map(() => 64)], { fontSize: 7 });
  };
  return [
    heading(t('minutes.h_annex_grids', { letter }), 1),
    ...(annex.mode === 'anonymised' ? [paragraph(t('minutes.grids_anonymised'))] : []),
    ...annex.grids.flatMap((grid, i) => [
      heading(annex.mode === 'anonymised' ? t('minutes.anonymous_member', { letter: memberLetter(i) }) : typeset(grid.memberName), 2),
      gridTable(grid),
    ]),
  ];
}

function agreement(input: MinutesInput, letter: string): [ContentObject, ...Content[]] {
  const stats = input.annexes.agreement ?? [];
  const value = (v: number | undefined) => numberCell(v === undefined ? '—' : frenchNumber(v, 3, true));
  return [
    heading(t('minutes.h_annex_agreement', { letter }), 1),
    paragraph(t('minutes.agreement_intro')),
    table(
      [t('minutes.col_criterion'), t('minutes.col_alpha'), t('minutes.col_icc')],
      stats.map((s) => [cell(typeset(s.label)), value(s.alpha), value(s.icc)]),
      ['*', 60, 60],
    ),
  ];
}

function fingerprint(input: MinutesInput, letter: string): [ContentObject, ...Content[]] {
  return [
    heading(t('minutes.h_annex_fingerprint', { letter }), 1),
    paragraph(t('minutes.fingerprint_intro')),
    paragraph(input.fingerprint, { style: 'hash' }),
    ...(input.annexes.auditHeadHash ? [paragraph(t('minutes.audit_head', { hash: input.annexes.auditHeadHash }), { style: 'hashLine' })] : []),
  ];
}

/** All annexes, lettered in order, each starting on a new page. */
export function annexSections(input: MinutesInput): Content[] {
  const parts: ((letter: string) => [ContentObject, ...Content[]])[] = [];
  if (input.annexes.attendanceSheet) parts.push((l) => attendanceSheet(input, l));
  if (input.annexes.individualGrids) parts.push((l) => individualGrids(input, l));
  if (input.annexes.agreement) parts.push((l) => agreement(input, l));
  parts.push((l) => fingerprint(input, l));
  return parts.flatMap((part, i) => {
    const [first, ...rest] = part(memberLetter(i));
    return [{ ...first, pageBreak: 'before' as const }, ...rest];
  });
}
