import type { Role } from '@claimdesk/shared';
import JSZip from 'jszip';
import { roleSessions, SAMPLE_ARTICLE, type RoleSession } from './support/articles';
import { startTestApp, type TestApp } from './support/test-app';

/** A minimal but valid Word document with one paragraph per entry. */
async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

const HTML_ARTICLE = `<!doctype html>
<html><head><title>Council roads spending | The Gazette</title>
<meta property="og:site_name" content="The Gazette"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-08-15T10:00:00Z">
<script>document.write('<p>Injected: 99% of readers agree.</p>')</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council roads spending</h1>
<p>The council spent $3.5m on roads in 2024, up 12% from the year before, the annual report shows.</p>
<script>alert("stolen cookies")</script>
<p>"We will fix every pothole by 2026," the mayor, Ann Smith, said on Tuesday.</p>
<p>Figures released by the transport agency show 1,200 potholes were repaired last year, twice as many as in 2022.</p>
<img src="x" onerror="alert(1)"><noscript>Enable JavaScript</noscript>
</article><footer>Copyright 2025</footer></body></html>`;

describe('article upload', () => {
  let testApp: TestApp;
  let as: Record<Role, RoleSession>;
  const CAP = 20_000;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_ARTICLE_BYTES: String(CAP) });
    as = await roleSessions(testApp);
  });
  afterAll(() => testApp.close());

  const upload = (role: Role = 'checker') =>
    testApp.http().post('/api/articles/upload').set('Cookie', as[role].cookie);
  const articleCount = async () =>
    (await testApp.http().get('/api/articles?limit=200').set('Cookie', as.admin.cookie).expect(200)).body
      .items.length;

  it('refuses anonymous callers with 401 and viewers with 403', async () => {
    await testApp
      .http()
      .post('/api/articles/upload')
      .attach('file', Buffer.from('Text.'), 'a.txt')
      .expect(401);
    await upload('viewer').attach('file', Buffer.from('Text.'), 'a.txt').expect(403);
  });

  it('imports a .txt file byte for byte, CRLF and all', async () => {
    const text = SAMPLE_ARTICLE.replace(/\n/g, '\r\n');
    const { body } = await upload().attach('file', Buffer.from(text, 'utf8'), 'alaska.txt').expect(201);
    expect(body.article.text).toBe(text);
    expect(body.claimsCreated).toBeGreaterThan(5);
    expect(body.article.title).toBe(
      'Donald Trump and Vladimir Putin meet in Alaska to discuss peace without Ukraine.',
    );
  });

  it('imports Markdown as written, titled from its first heading, with form fields as metadata', async () => {
    const text = '# Potholes\n\nThe council repaired 1,200 potholes in 2024, twice as many as in 2022.\n';
    const { body } = await upload()
      .field('outlet', 'The Gazette')
      .field('publishedAt', '2025-01-02T03:04:05Z')
      .attach('file', Buffer.from(text), 'potholes.md')
      .expect(201);
    expect(body.article).toMatchObject({
      text,
      title: 'Potholes',
      outlet: 'The Gazette',
      publishedAt: '2025-01-02T03:04:05.000Z',
    });
  });

  it('imports HTML as plain text paragraphs with its metadata, scripts gone', async () => {
    const { body } = await upload().attach('file', Buffer.from(HTML_ARTICLE), 'roads.html').expect(201);
    const { text, title, outlet, author, publishedAt } = body.article;
    expect(text).toContain(
      'The council spent $3.5m on roads in 2024, up 12% from the year before, the annual report shows.',
    );
    expect(text).toContain('\n\n"We will fix every pothole by 2026," the mayor, Ann Smith, said on Tuesday.');
    for (const leaked of ['alert', 'stolen', 'Injected', 'color: red', 'Enable JavaScript', '<', 'Home']) {
      expect(text).not.toContain(leaked);
    }
    expect({ title, outlet, author, publishedAt }).toEqual({
      title: 'Council roads spending | The Gazette',
      outlet: 'The Gazette',
      author: 'Jane Doe',
      publishedAt: '2025-08-15T10:00:00.000Z',
    });
    expect(body.claimsCreated).toBeGreaterThan(0);
  });

  it('imports a .docx document with mammoth', async () => {
    const docx = await makeDocx([
      'Potholes doubled',
      'The council repaired 1,200 potholes in 2024, twice as many as in 2022.',
      '"We will fix every pothole by 2026," the mayor said.',
    ]);
    const { body } = await upload().attach('file', docx, 'potholes.docx').expect(201);
    expect(body.article.text).toBe(
      'Potholes doubled\n\nThe council repaired 1,200 potholes in 2024, twice as many as in 2022.\n\n"We will fix every pothole by 2026," the mayor said.',
    );
    expect(body.article.title).toBe('Potholes doubled');
  });

  it('refuses bad files with a coded 4xx and stores nothing', async () => {
    const before = await articleCount();
    const latin1 = Buffer.from('Caf\xe9 prices rose 12% in 2024.', 'latin1');
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const cases: [Buffer, string, number, string][] = [
      [latin1, 'latin1.txt', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [binary, 'image.txt', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.from('%PDF-1.7'), 'report.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.from('plain'), 'no-extension', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.from('not a zip at all'), 'fake.docx', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 'broken.docx', 422, 'UNPROCESSABLE'],
      [Buffer.from(''), 'empty.txt', 422, 'UNPROCESSABLE'],
      [
        Buffer.from('<html><body><script>alert(1)</script></body></html>'),
        'empty.html',
        422,
        'UNPROCESSABLE',
      ],
      [Buffer.from('a'.repeat(CAP + 1)), 'long.txt', 413, 'PAYLOAD_TOO_LARGE'],
      [Buffer.from('a'.repeat(CAP * 6)), 'huge.txt', 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [bytes, name, status, code] of cases) {
      const response = await upload().attach('file', bytes, name);
      expect({ name, status: response.status, code: response.body.code }).toEqual({ name, status, code });
    }
    expect(await articleCount()).toBe(before);
  });

  it('refuses a missing file, a wrong field name and unknown fields with 400', async () => {
    await upload().field('title', 'No file').expect(400);
    await upload().attach('document', Buffer.from('Text.'), 'a.txt').expect(400);
    await upload().field('importedBy', 'me').attach('file', Buffer.from('Text.'), 'a.txt').expect(400);
    await upload().field('publishedAt', 'soon').attach('file', Buffer.from('Text.'), 'a.txt').expect(400);
    const json = await upload().send({ file: 'Text.' });
    expect(json.status).toBe(400);
  });
});
