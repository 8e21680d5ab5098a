import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { CLAIM_STATE_INFO } from '@claimdesk/shared';
import { claimAsChecked, reportUrl, type ExportRow, type Publisher, type ReportArticle } from '../export-row';
import { rationaleText } from '../../reviews/rationale-text';
import { registerPdfFonts, writePdfText, type PdfFace } from './pdf-fonts';
import {
  articleByline,
  displayDate,
  isReworded,
  isWebUrl,
  NO_APPROVED_CLAIMS,
  ratingLabel,
} from './report-text';

const INK = '#1b1b1b';
const MUTED = '#5a5a5a';
const ACCENT = '#0b4f8a';

/**
 * The article report as PDF, drawn with pdfkit (no browser on the server). Returns the document stream at
 * once and draws pages as rows arrive, so the first bytes leave before the last claim is read. A failure
 * while reading rows destroys the stream with that error.
 *
 * Text is set in DejaVu, embedded from the `dejavu-fonts-ttf` package as subsets (see pdf-fonts.ts), so
 * names and quotes outside Latin-1 come out as written: te reo Māori macrons, Polish, Czech, Turkish,
 * Vietnamese, Cyrillic, Greek, arrows, the minus sign. DejaVu has no CJK: such characters print as U+FFFD.
 * Right-to-left text (Hebrew, Arabic) is drawn, but in logical order (pdfkit does no bidi reordering).
 */
export function pdfReport(
  article: ReportArticle,
  publisher: Publisher,
  pages: AsyncIterable<readonly ExportRow[]>,
): Readable {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    info: { Title: `Fact-check: ${article.title}`, Author: publisher.name, Subject: 'Fact-check report' },
  });
  registerPdfFonts(doc);
  void draw(doc, article, publisher, pages).then(
    () => doc.end(),
    (error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return doc;
}

async function draw(
  doc: PDFKit.PDFDocument,
  article: ReportArticle,
  publisher: Publisher,
  pages: AsyncIterable<readonly ExportRow[]>,
): Promise<void> {
  drawHeader(doc, article, publisher);
  let count = 0;
  for await (const rows of pages) {
    for (const row of rows) {
      count += 1;
      drawClaim(doc, row, count);
    }
  }
  if (count === 0) write(doc, 'sans-oblique', 11, MUTED, NO_APPROVED_CLAIMS);
  doc.moveDown(2);
  write(doc, 'sans', 8, MUTED, `Published by ${publisher.name}. Online: ${reportUrl(publisher, article.id)}`);
}

/** Sets size and colour, then writes in the face (with fallback for characters it lacks). */
function write(
  doc: PDFKit.PDFDocument,
  face: PdfFace,
  size: number,
  color: string,
  text: string,
  options?: PDFKit.Mixins.TextOptions,
): PDFKit.PDFDocument {
  doc.fontSize(size).fillColor(color);
  return writePdfText(doc, face, text, options);
}

function drawHeader(doc: PDFKit.PDFDocument, article: ReportArticle, publisher: Publisher): void {
  write(doc, 'sans', 9, MUTED, `Fact-check report by ${publisher.name}`);
  doc.moveDown(0.5);
  write(doc, 'sans-bold', 20, INK, article.title);
  const byline = articleByline(article);
  if (byline) write(doc.moveDown(0.3), 'sans', 10, MUTED, byline);
  if (article.url && isWebUrl(article.url)) {
    write(doc, 'sans', 9, ACCENT, article.url, { link: article.url, underline: false });
  }
  doc.moveDown(1);
  rule(doc);
}

function drawClaim(doc: PDFKit.PDFDocument, row: ExportRow, number: number): void {
  doc.moveDown(0.8);
  write(doc, 'sans-bold', 9, MUTED, `CLAIM ${number}`);
  doc.moveDown(0.2);
  write(doc, 'serif', 13, INK, claimAsChecked(row));
  if (isReworded(row)) write(doc.moveDown(0.2), 'sans', 9, MUTED, `In the article: "${row.claimText}"`);
  if (row.speaker) write(doc.moveDown(0.2), 'sans', 9, MUTED, `Said by ${row.speaker}`);
  doc.moveDown(0.4);
  write(doc, 'sans-bold', 11, INK, `Rating: ${ratingLabel(row)}`);
  if (row.state !== 'approved') write(doc, 'sans', 9, MUTED, `State: ${CLAIM_STATE_INFO[row.state].label}`);
  // The rationale is Markdown; a PDF shows its words, not its asterisks.
  const rationale = row.rationale ? rationaleText(row.rationale) : '';
  if (rationale) write(doc.moveDown(0.3), 'serif', 11, INK, rationale);
  if (row.sources.length > 0) {
    write(doc.moveDown(0.4), 'sans-bold', 9, INK, 'Sources');
    row.sources.forEach((source, index) => {
      const label = source.url ? `${source.title.trim()}: ${source.url}` : source.title.trim();
      const link = source.url && isWebUrl(source.url) ? source.url : null;
      write(doc, 'sans', 9, link ? ACCENT : INK, `${index + 1}. ${label}`, link ? { link } : {});
    });
  }
  const approved = displayDate(row.approvedAt);
  if (approved) write(doc.moveDown(0.3), 'sans', 8, MUTED, `Approved ${approved}`);
  doc.moveDown(0.6);
  rule(doc);
}

function rule(doc: PDFKit.PDFDocument): void {
  const y = doc.y;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor('#d8d8d8')
    .stroke();
  doc.moveDown(0.2);
}
