import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

/**
 * The faces the PDF report uses, in place of the PDF standard fonts it used to name (which cover WinAnsi /
 * Latin-1 only): DejaVu (Bitstream Vera licence, DejaVu changes public domain), shipped as TrueType by the
 * `dejavu-fonts-ttf` npm package and embedded by pdfkit as subsets (only the glyphs a report uses). The
 * condensed cut keeps line lengths close to those of Helvetica and Times.
 */
export type PdfFace = 'sans' | 'sans-bold' | 'sans-oblique' | 'serif';

const FILES: Record<PdfFace, string> = {
  sans: 'DejaVuSansCondensed.ttf', // was Helvetica
  'sans-bold': 'DejaVuSansCondensed-Bold.ttf', // was Helvetica-Bold
  'sans-oblique': 'DejaVuSansCondensed-Oblique.ttf', // was Helvetica-Oblique
  serif: 'DejaVuSerifCondensed.ttf', // was Times-Roman
};

/**
 * Where a face lacks a character, the next face in its list draws it: DejaVu Serif has about 3,400
 * characters, DejaVu Sans about 5,900 (✓ ❤, Hebrew, Arabic, more symbols), and the bold and oblique cuts a
 * few less than the regular one.
 */
const FALLBACKS: Record<PdfFace, readonly PdfFace[]> = {
  sans: ['sans'],
  'sans-bold': ['sans-bold', 'sans'],
  'sans-oblique': ['sans-oblique', 'sans'],
  serif: ['serif', 'sans'],
};

const FACES = Object.keys(FILES) as PdfFace[];
const REPLACEMENT = 0xfffd;
/** Passed through as they are: pdfkit breaks lines at these itself. */
const CONTROL_WHITESPACE = new Set(['\n', '\r', '\t']);
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
const WHITESPACE = /^\s$/u;
const MARK = /^\p{M}$/u;

let loaded: Record<PdfFace, Font> | null = null;

/**
 * Read and parsed on first use, from the installed package (resolved like a module, so src, dist and tests
 * agree), then shared by every document: parsing DejaVu's layout tables costs ~50 ms, too much per export.
 * Safe to share: fontkit reads a font synchronously and each document keeps its own subset.
 */
function faces(): Record<PdfFace, Font> {
  if (!loaded) {
    const entries = FACES.map((face) => {
      const font = create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FILES[face]}`)));
      if (!('hasGlyphForCodePoint' in font)) throw new Error(`${FILES[face]} is a font collection`);
      return [face, font] as const;
    });
    loaded = Object.fromEntries(entries) as Record<PdfFace, Font>;
  }
  return loaded;
}

/** pdfkit's name for a face's font, as registered by registerPdfFonts. */
const fontName = (face: PdfFace) => `claimdesk-${face}`;

/** Makes the faces known to a document; pdfkit embeds only those a page then uses. */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  const all = faces();
  // pdfkit (0.20) takes a fontkit font as well as a file or buffer; its typings list only the latter.
  for (const face of FACES) doc.registerFont(fontName(face), all[face] as unknown as Buffer);
}

export interface PdfRun {
  face: PdfFace;
  text: string;
}

/** Per face: code point → the face in its fallback list that draws it, or null when none does. */
const coverage = new Map<PdfFace, Map<number, PdfFace | null>>();

function drawnBy(face: PdfFace, codePoint: number): PdfFace | null {
  let known = coverage.get(face);
  if (!known) coverage.set(face, (known = new Map()));
  let found = known.get(codePoint);
  if (found === undefined) {
    const all = faces();
    found = FALLBACKS[face].find((candidate) => all[candidate].hasGlyphForCodePoint(codePoint)) ?? null;
    known.set(codePoint, found);
  }
  return found;
}

/**
 * Splits text into runs, each drawn by one face: the asked-for face where it has the character, else the
 * first fallback that does. Text is NFC-normalised first (a decomposed "a + combining macron" becomes "ā",
 * which the fonts have). A character no face has (CJK, flags, many emoji) becomes U+FFFD, so the page and
 * the text layer agree on the loss instead of showing an empty box and extracting as nothing; an invisible
 * format character no face has (a tag character) is dropped, and a space no face has (U+3000) is a plain one.
 */
export function pdfRuns(face: PdfFace, text: string): PdfRun[] {
  const runs: PdfRun[] = [];
  let current: PdfFace = face;
  let chunk = '';
  for (const char of text.normalize('NFC')) {
    let drawn: string = char;
    let by: PdfFace;
    const codePoint = char.codePointAt(0)!;
    if (CONTROL_WHITESPACE.has(char)) by = current;
    // A combining mark stays with its letter when that run's face has it.
    else if (MARK.test(char) && drawnBy(current, codePoint) === current) by = current;
    else {
      const found = drawnBy(face, codePoint);
      if (found) by = found;
      else if (INVISIBLE.test(char)) continue;
      else if (WHITESPACE.test(char)) [drawn, by] = [' ', current];
      else [drawn, by] = [String.fromCodePoint(REPLACEMENT), drawnBy(face, REPLACEMENT) ?? face];
    }
    if (by !== current && chunk) {
      runs.push({ face: current, text: chunk });
      chunk = '';
    }
    current = by;
    chunk += drawn;
  }
  if (chunk || runs.length === 0) runs.push({ face: current, text: chunk });
  return runs;
}

/**
 * Writes text at the cursor like doc.text, in the given face with fallback: one text() call when one face
 * draws it all, else one call per run, chained with `continued` so pdfkit wraps them as one paragraph. pdfkit
 * misplaces continued runs that hold line breaks, so each line is then a chain of its own.
 */
export function writePdfText(
  doc: PDFKit.PDFDocument,
  face: PdfFace,
  text: string,
  options: PDFKit.Mixins.TextOptions = {},
): PDFKit.PDFDocument {
  const runs = pdfRuns(face, text);
  if (runs.length === 1) return doc.font(fontName(runs[0].face)).text(runs[0].text, options);
  for (const line of splitLines(runs)) {
    if (line.length === 0) doc.moveDown(); // what text() does for an empty line
    line.forEach((run, i) => {
      doc.font(fontName(run.face)).text(run.text, { ...options, continued: i < line.length - 1 });
    });
  }
  return doc;
}

/** The runs of each line, without the line breaks; an empty line has no runs. Like text(), ignores a final break. */
function splitLines(runs: PdfRun[]): PdfRun[][] {
  const lines: PdfRun[][] = [[]];
  for (const run of runs) {
    run.text.split(/\r\n|\r|\n/).forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ face: run.face, text: part });
    });
  }
  if (lines.length > 1 && lines[lines.length - 1].length === 0) lines.pop();
  return lines;
}
