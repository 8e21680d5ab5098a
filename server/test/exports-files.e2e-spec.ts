import { VERDICT_SCALE } from '@claimdesk/shared';
import { DataSource } from 'typeorm';
import { makeUser, sessionCookie } from './support/factories';
import {
  binaryParser,
  csvObjects,
  getInChunks,
  lfRecordsToCrlf,
  libreOfficeRoundTrip,
  parseCsv,
  pdfToText,
} from './support/export-files';
import { seedApprovedClaims, seedArticle, type SeededArticle } from './support/export-seed';
import { startTestApp, type TestApp } from './support/test-app';

/** The files as other programs read them: LibreOffice for CSV, poppler's pdftotext for PDF; and streaming. */
describe('exports: files as other tools read them', () => {
  let testApp: TestApp;
  let cookie: string;
  let report: SeededArticle;
  let bulk: SeededArticle[];

  beforeAll(async () => {
    testApp = await startTestApp({
      PUBLISHER_NAME: 'Desk Check',
      PUBLIC_BASE_URL: 'https://reports.example.org',
    });
    const editor = await makeUser(testApp, 'editor');
    const checker = await makeUser(testApp, 'checker');
    cookie = await sessionCookie(testApp, editor.user.id);
    const dataSource = testApp.app.get(DataSource);
    const people = { checkerId: checker.user.id, editorId: editor.user.id };
    report = await seedArticle(
      dataSource,
      people,
      { title: 'Council approves the budget', outlet: 'The Daily Example' },
      [
        ...VERDICT_SCALE.map((rating, i) => ({
          text: `Claim ${i + 1} about the budget rated ${rating.id}.`,
          rating: rating.id,
          rationale: `Because source ${i + 1} says so.`,
          sources: [{ url: `https://stats.example.gov/t/${i}`, title: `Table ${i}` }],
        })),
        {
          text: '=1+1',
          checkedText: '+SUM(A1:A9)',
          speaker: '@handle',
          rating: 'false',
          rationale: '-minus first\nthen "quotes", commas; and Ünïcödé — ✓',
        },
        { text: 'Not yet approved claim.', state: 'in_review', rating: 'true' },
      ],
    );
    bulk = await seedApprovedClaims(dataSource, people, 3000, { perArticle: 1000 });
  });
  afterAll(() => testApp.close());

  describe('CSV in LibreOffice', () => {
    let csv: Buffer;

    beforeAll(async () => {
      const response = await testApp
        .http()
        .get(`/api/exports/claims.csv?article=${report.article.id}&bom=true`)
        .set('Cookie', cookie)
        .buffer(true)
        .parse(binaryParser)
        .expect(200);
      csv = response.body as Buffer;
    });

    it('opened with default detection, no cell becomes a formula', () => {
      const { contentXml, csv: back } = libreOfficeRoundTrip(csv);
      expect(contentXml).not.toContain('table:formula');
      const hostile = csvObjects(lfRecordsToCrlf(back)).find((row) => row.claim_text === "'=1+1")!;
      expect(hostile).toMatchObject({ claim_as_checked: "'+SUM(A1:A9)", speaker: "'@handle" });
    }, 120_000);

    it('imported as text, every cell round-trips exactly (quotes, line breaks, UTF-8)', () => {
      const original = parseCsv(csv.toString('utf8').replace(/^\uFEFF/, ''));
      const { csv: back } = libreOfficeRoundTrip(csv, { textColumns: original[0].length });
      expect(parseCsv(lfRecordsToCrlf(back))).toEqual(original);
      const hostile = csvObjects(lfRecordsToCrlf(back)).find((row) => row.claim_text === "'=1+1")!;
      expect(hostile.rationale).toBe('\'-minus first\nthen "quotes", commas; and Ünïcödé — ✓');
    }, 120_000);
  });

  it('PDF text (pdftotext) holds the title and every claim with its rating', async () => {
    const response = await testApp
      .http()
      .get(`/api/articles/${report.article.id}/report.pdf`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="claimdesk-report-council-approves-the-budget.pdf"',
    );
    const text = pdfToText(response.body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain('Council approves the budget');
    VERDICT_SCALE.forEach((rating, i) => {
      expect(text).toContain(`Claim ${i + 1} about the budget rated ${rating.id}.`);
      expect(text).toContain(`Rating: ${rating.label}`);
      expect(text).toContain(`1. Table ${i}: https://stats.example.gov/t/${i}`);
    });
    expect(text).not.toContain('Not yet approved claim.');
  });

  it('streams a large export in many chunks, without a Content-Length', async () => {
    const { status, headers, chunks } = await getInChunks(`${testApp.url}/api/exports/claims.csv`, cookie);
    expect(status).toBe(200);
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(headers['content-length']).toBeUndefined();
    expect(chunks.length).toBeGreaterThan(5);
    const rows = csvObjects(Buffer.concat(chunks).toString('utf8'));
    expect(rows).toHaveLength(3000 + VERDICT_SCALE.length + 1);
    // Article order, with every claim exactly once across the page boundaries.
    const bulkIds = new Set(bulk.flatMap((article) => article.claimIds));
    expect(rows.filter((row) => bulkIds.has(row.claim_id)).map((row) => row.claim_id)).toEqual(
      [...bulk]
        .sort((a, b) => a.article.id.localeCompare(b.article.id))
        .flatMap((article) => article.claimIds),
    );
  });

  it('streams ClaimReview JSON-LD for thousands of claims as one valid array', async () => {
    const { chunks } = await getInChunks(`${testApp.url}/api/exports/claims.jsonld`, cookie);
    expect(chunks.length).toBeGreaterThan(5);
    const reviews = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[];
    expect(reviews).toHaveLength(3000 + VERDICT_SCALE.length + 1);
  });
});
