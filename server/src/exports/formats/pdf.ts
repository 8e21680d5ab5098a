import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import { CLAIM_STATE_INFO } from '@claimdesk/shared';
import { claimAsChecked, reportUrl, type ExportRow, type Publisher, type ReportArticle } from '../export-row';
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
 * Uses the PDF standard fonts (no font files to ship), which cover Latin-1 only.
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
  if (count === 0) doc.font('Helvetica-Oblique').fontSize(11).fillColor(MUTED).text(NO_APPROVED_CLAIMS);
  doc.moveDown(2);
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor(MUTED)
    .text(`Published by ${publisher.name}. Online: ${reportUrl(publisher, article.id)}`);
}

function drawHeader(doc: PDFKit.PDFDocument, article: ReportArticle, publisher: Publisher): void {
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`Fact-check report by ${publisher.name}`);
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(article.title);
  const byline = articleByline(article);
  if (byline) doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(MUTED).text(byline);
  if (article.url && isWebUrl(article.url)) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(ACCENT)
      .text(article.url, { link: article.url, underline: false });
  }
  doc.moveDown(1);
  rule(doc);
}

function drawClaim(doc: PDFKit.PDFDocument, row: ExportRow, number: number): void {
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED).text(`CLAIM ${number}`);
  doc.moveDown(0.2);
  doc.font('Times-Roman').fontSize(13).fillColor(INK).text(claimAsChecked(row));
  if (isReworded(row))
    doc
      .moveDown(0.2)
      .font('Helvetica')
      .fontSize(9)
      .fillColor(MUTED)
      .text(`In the article: "${row.claimText}"`);
  if (row.speaker)
    doc.moveDown(0.2).font('Helvetica').fontSize(9).fillColor(MUTED).text(`Said by ${row.speaker}`);
  doc.moveDown(0.4);
  doc
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor(INK)
    .text(`Rating: ${ratingLabel(row)}`);
  if (row.state !== 'approved') {
    doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`State: ${CLAIM_STATE_INFO[row.state].label}`);
  }
  if (row.rationale?.trim())
    doc.moveDown(0.3).font('Times-Roman').fontSize(11).fillColor(INK).text(row.rationale.trim());
  if (row.sources.length > 0) {
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(9).fillColor(INK).text('Sources');
    row.sources.forEach((source, index) => {
      const label = source.url ? `${source.title.trim()}: ${source.url}` : source.title.trim();
      const link = source.url && isWebUrl(source.url) ? source.url : null;
      doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor(link ? ACCENT : INK)
        .text(`${index + 1}. ${label}`, link ? { link } : {});
    });
  }
  const approved = displayDate(row.approvedAt);
  if (approved) doc.moveDown(0.3).font('Helvetica').fontSize(8).fillColor(MUTED).text(`Approved ${approved}`);
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
