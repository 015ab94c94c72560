/**
 * The notification letters: one per applicant with a result row, in French, as PDF/A-2b like the minutes (same
 * fonts, header with the session, footer with the data fingerprint, « PROJET » while the session is not locked).
 * The letter states the decision and the committee's motivation; conditions for « retenu sous réserve », the
 * position for the waiting list. Either one file per applicant (`renderLetters`) or one merged file, each letter
 * starting on a new page (`renderMergedLetters`).
 */
import { AppError } from '../../../common/result.ts';
import { dateInWords } from '../../../common/minutes/frenchTypography.ts';
import { minutesText as t, typeset } from '../../../common/minutes/minutesText.ts';
import type { MinutesInput, ResultRow } from '../../../common/minutes/types.ts';
import { checkMinutesInput, pageFurniture } from '../document/minutesDocument.ts';
import { renderPdf, type Content, type DocDefinition } from '../document/pdfRenderer.ts';
import { projectVersion } from '../../paths.ts';

export interface RenderedLetter {
  dossierId: string;
  applicant: string;
  /** A file name safe on every system: `lettre-<dossier id>.pdf`. */
  fileName: string;
  pdf: Buffer;
}

/** The decision paragraph(s) of one letter. */
function decisionParagraphs(input: MinutesInput, row: ResultRow): Content[] {
  const applicant = typeset(row.applicant);
  switch (row.decision) {
    case 'retenu':
      return [{ text: t('minutes.letter_retenu', { applicant }), style: 'p' }];
    case 'retenu_sous_reserve':
      return [
        { text: t('minutes.letter_retenu_sous_reserve', { applicant }), style: 'p' },
        { ul: (row.conditions ?? []).map((c) => ({ text: typeset(c), style: 'p' })) },
      ];
    case 'liste_attente': {
      const position = input.waitingList.indexOf(row.dossierId) + 1;
      return [
        {
          text: t('minutes.letter_liste_attente', { applicant, position: position || '—', count: input.waitingList.length }),
          style: 'p',
        },
      ];
    }
    case 'non_retenu':
      return [{ text: t('minutes.letter_non_retenu', { applicant }), style: 'p' }];
    case 'ajourne':
      return [{ text: t('minutes.letter_ajourne', { applicant }), style: 'p' }];
    case undefined:
      return [];
  }
}

/** The rows a letter goes to: those the committee has decided (letters tell a decision, never a pending rank). */
function decidedRows(input: MinutesInput): ResultRow[] {
  const rows = input.results.filter((row) => row.decision !== undefined);
  if (rows.length === 0) throw new AppError('minutes.no_decisions');
  return rows;
}

/** The content of one letter (without page furniture). */
export function letterContent(input: MinutesInput, row: ResultRow): Content[] {
  return [
    { text: typeset(input.organiser), style: 'letterHead' },
    {
      text: input.signedAt ? t('minutes.letter_place_date', { place: typeset(input.signedAt), date: dateInWords(input.date) }) : t('minutes.letter_date', { date: dateInWords(input.date) }),
      alignment: 'right', margin: [0, 0, 0, 18] },
    { text: typeset(row.applicant), bold: true, margin: [260, 0, 0, 24] },
    { text: t('minutes.letter_subject', { programme: input.programme, call: input.call }), bold: true, margin: [0, 0, 0, 2] },
    { text: t('minutes.letter_reference', { id: row.dossierId }), margin: [0, 0, 0, 16] },
    { text: t('minutes.letter_salutation'), style: 'p' },
    { text: t('minutes.letter_intro', { programme: input.programme, date: dateInWords(input.date), call: input.call }), style: 'p' },
    ...decisionParagraphs(input, row),
    { text: t('minutes.letter_motivation', { text: typeset(row.motivation) }), style: 'p' },
    { text: t('minutes.letter_closing'), style: 'p', margin: [0, 8, 0, 30] },
    { text: t('minutes.letter_signatory', { name: typeset(input.chair.name) }), margin: [260, 0, 0, 0] },
  ];
}

function letterDefinition(input: MinutesInput, content: Content, title: string): DocDefinition {
  return {
    ...pageFurniture(input),
    defaultStyle: { fontSize: 10.5, lineHeight: 1.25 },
    info: {
      title,
      author: input.organiser,
      subject: t('minutes.doc_subject', { programme: input.programme, call: input.call }),
      creator: `Comitia ${projectVersion()}`,
      producer: `Comitia ${projectVersion()} (pdfmake)`,
    },
    content,
  };
}

/** One PDF per applicant, in the order of the results. */
export async function renderLetters(input: MinutesInput): Promise<RenderedLetter[]> {
  checkMinutesInput(input);
  const letters: RenderedLetter[] = [];
  for (const row of decidedRows(input)) {
    const title = `${t('minutes.letter_reference', { id: row.dossierId })} — ${typeset(row.applicant)}`;
    const pdf = await renderPdf(letterDefinition(input, letterContent(input, row), title));
    letters.push({ dossierId: row.dossierId, applicant: row.applicant, fileName: `lettre-${row.dossierId.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`, pdf });
  }
  return letters;
}

/** All letters in one PDF, each on its own page(s). */
export async function renderMergedLetters(input: MinutesInput): Promise<Buffer> {
  checkMinutesInput(input);
  const content = decidedRows(input).map((row, i) => ({ stack: letterContent(input, row), ...(i > 0 ? { pageBreak: 'before' as const } : {}) }));
  return renderPdf(letterDefinition(input, content, t('minutes.doc_subject', { programme: input.programme, call: input.call })));
}
