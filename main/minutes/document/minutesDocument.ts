/**
 * The procès-verbal as a PDF/A-2b file, from a `MinutesInput` (common/minutes/types.ts).
 *
 * Order: title, (table of contents), the body (bodySections.ts, in the order of shared/design/domain.md), the
 * annexes, then the signature page. The annexes come BEFORE the signatures on purpose: a PAdES signature covers the
 * whole file, so the annexes are signed either way, but a reader expects what the signatories attest to stand
 * above their names, and the signing library needs the frames on the very last page (signatureFrames.ts).
 *
 * Every page carries the session in its header, the data fingerprint and « Page n / N » in its footer; a session
 * not locked is a draft, with « PROJET » across every page. A table of contents is added when the document runs
 * past a few pages.
 */
import { AppError } from '../../../common/result.ts';
import { dateInWords } from '../../../common/minutes/frenchTypography.ts';
import { minutesText as t } from '../../../common/minutes/minutesText.ts';
import type { MinutesInput } from '../../../common/minutes/types.ts';
import { projectVersion } from '../../paths.ts';
import { FRENCH_REPERTOIRE } from '../signing/appearance.ts';
import { annexSections } from './annexSections.ts';
import { bodySections } from './bodySections.ts';
import type { Content, DocDefinition } from './pdfRenderer.ts';
import { renderPdf } from './pdfRenderer.ts';
import { PAGE_MARGIN } from './signatureFrames.ts';
import { signatureSection } from './signatureSection.ts';
import { documentStyles } from './styles.ts';

/**
 * From this many pages on, the minutes open with a table of contents. The shortest minutes already take five or six
 * (body, fingerprint annex, signature page): a contents page helps from about eight.
 */
export const TOC_FROM_PAGES = 8;

export interface MinutesOptions {
  /** Force the table of contents on or off; by default it appears from TOC_FROM_PAGES pages on. */
  toc?: boolean;
  /** The PDF's creation date (metadata only); now by default. */
  creationDate?: Date;
}

export interface RenderedMinutes {
  pdf: Buffer;
  pages: number;
  toc: boolean;
}

/** Refuses an input the document would print wrongly: results out of rank order, a waiting list naming strangers. */
export function checkMinutesInput(input: MinutesInput): void {
  if (!/^[0-9a-f]{64}$/.test(input.fingerprint)) throw new AppError('minutes.fingerprint_invalid', { value: input.fingerprint });
  let previous = -Infinity;
  for (const row of input.results) {
    if (row.rank < previous) throw new AppError('minutes.results_not_sorted', { id: row.dossierId, rank: row.rank, previous });
    previous = row.rank;
  }
  const waiting = new Set(input.results.filter((r) => r.decision === 'liste_attente').map((r) => r.dossierId));
  for (const id of input.waitingList) if (!waiting.has(id)) throw new AppError('minutes.waiting_list_unknown', { id });
}

/** Header, footer and watermark shared by the minutes and the letters. */
export function pageFurniture(input: MinutesInput): Pick<DocDefinition, 'header' | 'footer' | 'watermark' | 'pageSize' | 'pageMargins' | 'language' | 'styles' | 'defaultStyle'> {
  const session = t('minutes.header', { programme: input.programme, number: input.sessionNumber, date: dateInWords(input.date) });
  const fingerprint = t('minutes.footer_fingerprint', { fingerprint: input.fingerprint });
  const margin = PAGE_MARGIN;
  return {
    pageSize: 'A4',
    // Header and footer live in the top and bottom margins (20 mm), the body between.
    pageMargins: [margin, margin, margin, margin],
    language: 'fr-FR',
    header: () => ({ text: session, style: 'header', margin: [margin, margin / 2 - 4, margin, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: fingerprint, style: 'footer', width: '*' },
        { text: t('minutes.page', { page, pages }), style: 'footer', alignment: 'right', width: 70 },
      ],
      margin: [margin, margin / 2 - 2, margin, 0],
    }),
    ...(input.locked ? {} : { watermark: { text: t('minutes.draft'), color: '#b0b0b0', opacity: 0.25, bold: true, fontSize: 110 } }),
    styles: documentStyles,
    defaultStyle: { fontSize: 9.5, lineHeight: 1.15 },
  };
}

/** The metadata of the file (PDF Info and XMP, as PDF/A wants both). */
export function minutesMetadata(input: MinutesInput, creationDate?: Date): DocDefinition['info'] {
  return {
    title: t('minutes.doc_title', { number: input.sessionNumber }),
    author: input.organiser,
    subject: t('minutes.doc_subject', { programme: input.programme, call: input.call }),
    // The anchors a verifier reads without parsing the pages (`comitia audit verify --minutes`, issue 10).
    keywords: [
      'procès-verbal',
      input.programme,
      input.call,
      `empreinte-sha256=${input.fingerprint}`,
      ...(input.annexes.auditHeadHash ? [`journal-audit=${input.annexes.auditHeadHash}`] : []),
    ].join('; '),
    creator: `Comitia ${projectVersion()}`,
    producer: `Comitia ${projectVersion()} (pdfmake)`,
    ...(creationDate ? { creationDate } : {}),
  };
}

/** The pdfmake document definition of the minutes. */
export function minutesDocDefinition(input: MinutesInput, options: { toc: boolean; creationDate?: Date }): DocDefinition {
  checkMinutesInput(input);
  const title: Content[] = [
    { text: t('minutes.doc_title', { number: input.sessionNumber }), style: 'title' },
    { text: `${t('minutes.programme', { programme: input.programme })}\n${t('minutes.call', { call: input.call })}`, style: 'subtitle' },
    ...(input.locked ? [] : [{ text: t('minutes.draft_notice'), style: 'draftNotice' }]),
  ];
  const toc: Content[] = options.toc ? [{ toc: { title: { text: t('minutes.toc'), style: 'h1' } } }, { text: '', pageBreak: 'after' }] : [];
  return {
    ...pageFurniture(input),
    info: minutesMetadata(input, options.creationDate),
    content: [...title, ...toc, ...bodySections(input), ...annexSections(input), ...signatureSection(input)],
  };
}

/** What the signature boxes may draw: the French repertoire and both signatories' names as the minutes know them. */
export function signatureGlyphs(input: MinutesInput): string {
  return FRENCH_REPERTOIRE + input.chair.name + input.secretary.name;
}

/** A rough page count from the input's size, to decide on the table of contents without rendering twice. */
export function estimatedPages(input: MinutesInput): number {
  const lines =
    60 +
    input.attendance.length +
    input.guests.length +
    input.agenda.length +
    input.framework.criteria.reduce((n, c) => n + 1 + c.levels.length, 0) +
    input.conflicts.reduce((n, d) => n + 2 + d.declarations.length + d.recusals.length, 0) +
    input.results.length * 3 +
    input.waitingList.length +
    input.ineligible.length * 2 +
    input.targets.length +
    input.postLockChanges.length * 2;
  const annexLines =
    (input.annexes.attendanceSheet ? input.attendance.length * 2.5 : 0) +
    (input.annexes.individualGrids?.grids.reduce((n, g) => n + 2 + g.scores.length, 0) ?? 0) +
    (input.annexes.agreement?.length ?? 0) +
    15;
  return Math.ceil(lines / 55) + Math.ceil(annexLines / 60) + 1;
}

function pageCount(pdf: Buffer): number {
  // pdfkit writes one "/Type /Page" dictionary per page (and "/Type /Pages" for the tree).
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

/**
 * Renders the minutes. The table of contents appears from TOC_FROM_PAGES pages on: an input clearly that long gets
 * it at once, one that might be is rendered once without and again with it if it turned out long.
 */
export async function renderMinutes(input: MinutesInput, options: MinutesOptions = {}): Promise<RenderedMinutes> {
  const render = async (toc: boolean): Promise<RenderedMinutes> => {
    const pdf = await renderPdf(minutesDocDefinition(input, { toc, ...(options.creationDate ? { creationDate: options.creationDate } : {}) }), {
      glyphs: signatureGlyphs(input),
    });
    return { pdf, pages: pageCount(pdf), toc };
  };
  if (options.toc !== undefined) return render(options.toc);
  if (estimatedPages(input) >= 2 * TOC_FROM_PAGES) return render(true);
  const first = await render(false);
  return first.pages >= TOC_FROM_PAGES ? render(true) : first;
}
