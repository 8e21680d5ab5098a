import { execFileSync } from 'node:child_process';
import type { ExportRow, ReportArticle } from '../export-row';
import { ARTICLE, PUBLISHER, sampleRow } from '../fixtures/rows';
import { pdfReport } from './pdf';
import { pdfRuns } from './pdf-fonts';

/** The PDF as other programs read it: poppler's pdftotext and pdffonts (poppler-utils; .ci/run installs it). */
async function render(rows: ExportRow[], article: ReportArticle = ARTICLE): Promise<Buffer> {
  async function* pages() {
    yield rows;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of pdfReport(article, PUBLISHER, pages())) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const pdfText = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

const pdfFonts = (pdf: Buffer) =>
  execFileSync('pdffonts', ['-'], { input: pdf, encoding: 'utf8' }).trim().split('\n').slice(2);

// Newsroom copy outside Latin-1: te reo Māori (the demo article is from the NZ Herald), Polish, Czech,
// Turkish, Romanian, Vietnamese, Cyrillic, Greek, arrows, the minus sign and typographic punctuation.
const TITLE = 'Tāmaki Makaurau: Māori seats, Łódź and Erdoğan — “Зеленский” in Αθήνα';
const CHECKED = 'Dvořák said Ōtautahi’s rates rose 4 % → 6 % while Zürich’s fell by −2 ‰.';
const IN_ARTICLE = 'Dvořák: rates “rose fast” in Ōtautahi.';
const SPEAKER = 'Володимир Зеленський';
const RATIONALE =
  'Statistics NZ (Tatauranga Aotearoa) shows 4.1 %; Ελληνική στατιστική ≈ 2 ± 0.5; Șerban, Nguyễn.';
const SOURCES = [
  'Te Kāhui Māori report, tāpiritanga 2',
  'Główny Urząd Statystyczny',
  'Türkiye İstatistik Kurumu',
];

const unicodeRow = sampleRow({
  claimText: IN_ARTICLE,
  checkedText: CHECKED,
  speaker: SPEAKER,
  rationale: RATIONALE,
  sources: SOURCES.map((title, i) => ({
    url: i === 0 ? 'https://stats.example.govt.nz/m' : null,
    title,
    archiveUrl: null,
  })),
});

describe('pdfReport text outside Latin-1', () => {
  let text: string;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await render([unicodeRow], {
      ...ARTICLE,
      title: TITLE,
      author: 'Hēmi Pōtae',
      outlet: 'Te Ao Māori News',
    });
    text = pdfText(pdf);
  });

  it('round-trips the title, byline, claim, speaker, rationale and source names through pdftotext', () => {
    for (const expected of [
      TITLE,
      'Te Ao Māori News · by Hēmi Pōtae',
      CHECKED,
      `In the article: "${IN_ARTICLE}"`,
      `Said by ${SPEAKER}`,
      RATIONALE,
      `1. ${SOURCES[0]}: https://stats.example.govt.nz/m`,
      `2. ${SOURCES[1]}`,
      `3. ${SOURCES[2]}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds every font it uses, subsetted, instead of the Latin-1 standard fonts', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+DejaVu\S*\s.*\byes\s+yes\s+yes\b/); // subset tag, emb, sub, uni
    }
    expect(pdf.length).toBeLessThan(120_000);
  });
});

describe('pdfReport characters its main faces lack', () => {
  it('splits text into runs by the face that has each character', () => {
    expect(pdfRuns('serif', 'Tāmaki ✓ done')).toEqual([
      { face: 'serif', text: 'Tāmaki ' },
      { face: 'sans', text: '✓' },
      { face: 'serif', text: ' done' },
    ]);
    expect(pdfRuns('sans-bold', 'Rating: Зеленский')).toEqual([
      { face: 'sans-bold', text: 'Rating: Зеленский' },
    ]);
    expect(pdfRuns('serif', '')).toEqual([{ face: 'serif', text: '' }]);
  });

  it('draws a character the serif lacks with the sans, inside the same paragraph and across paragraphs', async () => {
    const text = pdfText(
      await render([
        sampleRow({
          rationale:
            'Checked ✓ against the register ❤ 😀 — done, in a sentence long enough to wrap onto a second line of the page.\n\nSecond ✓\n\n✓ Third.',
        }),
      ]),
    );
    expect(text).toContain(
      'Checked ✓ against the register ❤ 😀 — done, in a sentence long enough to wrap onto a second line of the page. Second ✓ ✓ Third.',
    );
  });

  it('shows U+FFFD for characters no embedded font has (CJK), keeps the rest of the text, never throws', async () => {
    const pdf = await render(
      [
        sampleRow({
          checkedText: 'Xi Jinping (习近平) met Kishida (岸田文雄) in Tāmaki.',
          speaker: 'Ōtautahi\u3000press office', // ideographic space: no face has it, drawn as a space
          rationale: 'Flag 🇳🇿 and a tag\u{E0067} character.', // regional indicators lacking; a tag is invisible
        }),
      ],
      { ...ARTICLE, title: '中国 and Aotearoa' },
    );
    const text = pdfText(pdf);
    expect(text).toContain('\uFFFD\uFFFD and Aotearoa');
    expect(text).toContain(
      'Xi Jinping (\uFFFD\uFFFD\uFFFD) met Kishida (\uFFFD\uFFFD\uFFFD\uFFFD) in Tāmaki.',
    );
    expect(text).toContain('Said by Ōtautahi press office');
    expect(text).toContain('Flag \uFFFD\uFFFD and a tag character.');
  });

  it('writes decomposed accents (NFD input) as the composed letters', async () => {
    const text = pdfText(await render([sampleRow({ checkedText: 'Ma\u0304ori and Dvor\u030Ca\u0301k.' })]));
    expect(text).toContain('Māori and Dvořák.');
  });
});

describe('pdfReport rationale', () => {
  it('prints the Markdown rationale as text: its words and list items, not its asterisks', async () => {
    const text = pdfText(
      await render([
        sampleRow({
          rationale:
            'Matches the **official** figures, _roughly_.\n\n- table 3\n- [the report](https://stats.example.org/r)',
        }),
      ]),
    );
    expect(text).toContain('Matches the official figures, roughly.');
    expect(text).toContain('• table 3 • the report (https://stats.example.org/r)');
    expect(text).not.toMatch(/\*\*|_roughly_|\]\(/);
  });
});
