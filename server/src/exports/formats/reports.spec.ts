import { ARTICLE, PUBLISHER, sampleRow } from '../fixtures/rows';
import { HtmlReportEncoder } from './html';
import { MarkdownReportEncoder } from './markdown';
import { pdfReport } from './pdf';
import { NO_APPROVED_CLAIMS } from './report-text';

const hostile = sampleRow({
  claimId: 'c-hostile',
  checkedText: '<script>alert(1)</script> & "friends"',
  speaker: '<img src=x onerror=alert(2)>',
  rationale: '</script><script>alert(3)</script>',
  sources: [
    { url: 'javascript:alert(4)', title: 'Bad link', archiveUrl: null },
    { url: 'https://ok.example/a?b=1&c=2', title: '<b>Title</b>', archiveUrl: null },
  ],
});

describe('MarkdownReportEncoder', () => {
  it('writes the title, byline, and each claim with rating, rationale and numbered sources', () => {
    const encoder = new MarkdownReportEncoder(ARTICLE, PUBLISHER);
    const text =
      encoder.start() +
      encoder.page([sampleRow(), sampleRow({ claimId: 'c2', rating: 'false' })]) +
      encoder.end();
    expect(text).toMatch(/^# Council approves the budget\n/);
    expect(text).toContain('The Daily Example · by Ann Writer · 2026\\-11\\-20');
    expect(text).toContain('## Claim 1: Mostly true');
    expect(text).toContain('## Claim 2: False');
    expect(text).toContain('1. Statistics office, table 4: <https://stats.example.gov/unemployment>');
    expect(text).toContain(
      '2. Speech transcript: <https://archive.example.org/speech> (archived: <https://web.archive.org/x>)',
    );
    expect(text).toContain('3. Phone interview with the statistics office\n');
    expect(text).not.toContain(NO_APPROVED_CLAIMS.replace(/\./g, '\\.'));
  });

  it('escapes markup in article text and never links a non-web URL', () => {
    const encoder = new MarkdownReportEncoder(ARTICLE, PUBLISHER);
    const text = encoder.page([hostile]);
    expect(text).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(text).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(text).not.toContain('<javascript:');
  });

  it('says so when there are no approved claims', () => {
    const encoder = new MarkdownReportEncoder(ARTICLE, PUBLISHER);
    expect(encoder.start() + encoder.end()).toContain(
      'No claims in this article have an approved verdict yet\\.',
    );
  });
});

describe('HtmlReportEncoder', () => {
  const render = (rows = [sampleRow()]) => {
    const encoder = new HtmlReportEncoder(ARTICLE, PUBLISHER);
    return encoder.start() + encoder.page(rows) + encoder.end();
  };

  it('is a complete document with a print stylesheet and an anchor per claim', () => {
    const html = render();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('@media print');
    expect(html).toContain(`id="claim-${sampleRow().claimId}"`);
    expect(html).toContain('Rating: Mostly true');
    expect(html).toContain('<p>The statistics office reports 2.8 points.</p>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every piece of text and drops non-web links', () => {
    const html = render([hostile]);
    expect(html).not.toMatch(/<script>alert|<img |<\/script><script>|<b>Title/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://ok.example/a?b=1&amp;c=2"');
  });

  it('embeds a ClaimReview per approved claim as JSON-LD that cannot close its script element', () => {
    const html = render([hostile]);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]),
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0].claimReviewed).toBe('<script>alert(1)</script> & "friends"');
  });

  it('marks internal, unapproved claims with their state and no ClaimReview', () => {
    const html = render([sampleRow({ state: 'in_review', approvedAt: null, approverName: null })]);
    expect(html).toContain('State: In review');
    expect(html).not.toContain('application/ld+json');
  });

  it('renders with a clear message when there are no approved claims', () => {
    expect(render([])).toContain(NO_APPROVED_CLAIMS);
  });
});

describe('pdfReport', () => {
  async function* pages() {
    yield [sampleRow()];
  }

  it('streams a PDF document', async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of pdfReport(ARTICLE, PUBLISHER, pages())) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
  });

  it('fails the stream when reading rows fails', async () => {
    const broken: AsyncIterable<never> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('database went away')) }),
    };
    const consume = async () => {
      for await (const _chunk of pdfReport(ARTICLE, PUBLISHER, broken)) void _chunk;
    };
    await expect(consume()).rejects.toThrow('database went away');
  });
});
