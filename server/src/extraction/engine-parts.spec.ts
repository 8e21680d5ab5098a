import { readQuotes } from './attribution';
import { isBoilerplate, isCredit } from './boilerplate';
import { findNumbers } from './numbers';
import * as fs from 'fs';
import * as path from 'path';
import { extractClaims } from './index';
import { classifyClaimType } from './typing';

describe('boilerplate', () => {
  it.each([
    'Photo / Getty Images',
    'Video / NZ Herald',
    'Image: Reuters',
    '(AP Photo/Evan Vucci)',
    'Getty Images',
  ])('credit: %s', (text) => {
    expect(isCredit(text)).toBe(true);
  });

  it.each([
    'Catch all the updates below',
    'Read more',
    'Subscribe',
    'By Jane Smith',
    'Updated 3:45pm',
    '© 2025 NZME',
    '***',
    'Published: 16 Aug, 2025 09:12 AM',
    'Advertisement',
  ])('boilerplate: %s', (text) => expect(isBoilerplate(text)).toBe(true));

  it.each([
    'By the time he arrived, the talks were over.',
    'Photos show the damage was worse than reported by police.',
    'Read the report and you will see.',
  ])('not boilerplate: %s', (text) =>
    expect(isBoilerplate(text) && !text.startsWith('Read the')).toBe(false),
  );

  it('marks a caption paragraph and a headline', () => {
    const { segments } = extractClaims(
      'Markets fall as rates rise\nA trader watches screens in Auckland. Photo / Supplied\nThe NZX fell 2% on Monday.',
    );
    expect(segments.map((s) => s.kind)).toEqual(['heading', 'caption', 'boilerplate', 'sentence']);
  });
});

describe('numbers', () => {
  it.each([
    ['$1.2bn', 1.2e9, 'USD'],
    ['NZ$120,000', 120000, 'NZD'],
    ['3.5%', 3.5, '%'],
    ['4.1 per cent', 4.1, '%'],
    ['1,000 people', 1000, 'people'],
    ['five times', 5, 'times'],
    ['2019', 2019, 'year'],
    ['£3m', 3e6, 'GBP'],
  ])('%s', (text, value, unit) => {
    const [number] = findNumbers(`About ${text} here`, 0, 99);
    expect(number).toMatchObject({ text, value, unit, start: 6, end: 6 + text.length });
  });

  it('finds times and dates without values', () => {
    expect(findNumbers('at 7.20pm on Jan. 5, 2024', 0, 25).map((n) => [n.text, n.unit])).toEqual([
      ['7.20pm', 'time'],
      ['Jan. 5, 2024', 'date'],
    ]);
  });

  it('ignores number words inside names and compounds', () => {
    expect(findNumbers('Air Force One held a one-on-one meeting', 0, 40)).toEqual([]);
  });
});

describe('quotes', () => {
  it('measures how much of a sentence is quoted', () => {
    expect(readQuotes('“We are ready,” Putin said.', false).quoted).toBe(true);
    expect(
      readQuotes('Trump thanked Putin, saying they had a “very productive meeting”.', false).quoted,
    ).toBe(false);
    expect(readQuotes('I want to see a ceasefire.', true).quoted).toBe(true);
    expect(readQuotes('”I don’t know if it’s going to be today.', false).quoted).toBe(true);
  });
});

describe('attribution', () => {
  const speakers = (text: string) => extractClaims(text).segments.map((s) => s.speaker);

  it('handles "…," X said / said X / X told / role nouns / pronouns', () => {
    expect(speakers('“We are ready,” Putin said.')).toEqual(['Putin']);
    expect(speakers('“We’re not there yet,” said Finance Minister Nicola Willis.')).toEqual([
      'Nicola Willis',
    ]);
    expect(speakers('“It will work,” Fiona Hill, a former adviser, told the Telegraph.')).toEqual([
      'Fiona Hill',
    ]);
    expect(
      speakers('US President Donald Trump flew in. Later the US president said: “I want a deal.”'),
    ).toEqual([null, 'Donald Trump']);
    expect(speakers('Jacinda Ardern arrived. “We are here,” she said.')).toEqual([null, 'Jacinda Ardern']);
  });

  it.each([
    ['Around 70 schools will close, the Ministry of Education said.', 'Ministry of Education'],
    ['Inflation rose to 3 percent, Statistics NZ said.', 'Statistics NZ'],
    ['Inflation rose to 3 percent, Statistics New Zealand said.', 'Statistics New Zealand'],
    ['The virus is spreading, the World Health Organization said.', 'World Health Organization'],
    ['Rates will stay at 5.5 percent, the Reserve Bank said.', 'Reserve Bank'],
    ['The Reserve Bank of New Zealand said rates would rise.', 'Reserve Bank of New Zealand'],
    ['The track is closed, the Department of Conservation said.', 'Department of Conservation'],
    ['Fees will rise, the Department for Education said.', 'Department for Education'],
    ['Two men were arrested, NZ Police said.', 'NZ Police'],
    ['The talks were useful, the Kremlin said.', 'Kremlin'],
    ['Trade fell, the Food and Agriculture Organization said.', 'Food and Agriculture Organization'],
    ['Trade fell, the European Central Bank said.', 'European Central Bank'],
    ['Sales rose, Procter & Gamble said.', 'Procter & Gamble'],
    [
      'Jobs fell, the Ministry of Business, Innovation and Employment said.',
      'Ministry of Business, Innovation and Employment',
    ],
    [
      'Cases fell, the Department of the Prime Minister and Cabinet said.',
      'Department of the Prime Minister and Cabinet',
    ],
    ['“We are ready,” the Ministry of Education said.', 'Ministry of Education'],
    ['Crime fell, said the Ministry of Justice.', 'Ministry of Justice'],
    ['Crime fell, said NZ Police in a statement.', 'NZ Police'],
    ['The regulator, the Financial Markets Authority, said it would act.', 'Financial Markets Authority'],
    ['Around 70 schools will close, the Ministry  of\u00a0Education said.', 'Ministry of Education'],
  ])('names an organisation whole: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    ['Spending will fall, the minister of finance, Nicola Willis, said.', 'Nicola Willis'],
    ['The Ministry of Education’s Ellen MacGregor-Reid said schools would close.', 'Ellen MacGregor-Reid'],
    ['Crime fell, the Ministry of Justice’s chief executive Andrew Kibblewhite said.', 'Andrew Kibblewhite'],
    ['Reserve Bank Governor Adrian Orr said rates would rise.', 'Adrian Orr'],
    ['Police Minister Mark Mitchell said crime fell.', 'Mark Mitchell'],
    ['Education Minister Erica Stanford said schools would close.', 'Erica Stanford'],
    ['Prices rose, according to the Ministry of Education, Jan Tinetti said.', 'Jan Tinetti'],
    ['The Kremlin’s Dmitry Peskov said talks went well.', 'Dmitry Peskov'],
    ['Trump and Putin said they agreed.', 'Putin'],
  ])('names the person after an organisation: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    'The talks were useful, the ministry said.',
    'The teachers said the Ministry of Education had failed.',
    '“We are ready,” a source told Reuters.',
    'His Secretary of the Treasury said he is studying a sales tax.',
    'Jobs grew in the United States.',
  ])('gives no organisation (or a piece of one) as speaker: %s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });

  it('never points he or she back to an organisation', () => {
    expect(
      speakers('Nicola Willis spoke. Spending will fall, the Treasury said. “It is fine,” she said.'),
    ).toEqual([null, 'Treasury', 'Nicola Willis']);
  });

  it('carries a speaker into a paragraph that opens with a quote mark', () => {
    expect(speakers('“First part,” Putin said.\n“Second part goes on. And on.')).toEqual([
      'Putin',
      'Putin',
      'Putin',
    ]);
  });
});

describe('claim types', () => {
  const type = (text: string, extra: Partial<Parameters<typeof classifyClaimType>[0]> = {}) =>
    classifyClaimType({ text, quoted: false, speaker: null, hasNumber: /\d/.test(text), ...extra });

  it.each([
    ['The law bans phones in schools.', 'rule_or_law', {}],
    ['Unemployment is higher than in 2019, at 5%.', 'comparison', {}],
    ['The company employs 2,300 staff.', 'quantity', {}],
    ['“It was a disaster,” he said.', 'quote_attribution', { quoted: true, speaker: 'Smith' }],
    ['Talks will resume next week.', 'prediction', {}],
    ['I think this is a great deal.', 'opinion', {}],
    ['Trump met Putin in Alaska.', 'event', {}],
    ['The sky is blue.', 'other', {}],
  ] as [string, string, object][])('%s → %s', (text, expected, extra) => {
    expect(type(text, extra)).toBe(expected);
  });
});

describe('hard-wrapped agency copy', () => {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures/rbnz-wrapped-article.txt'), 'utf8');
  const { segments } = extractClaims(text);
  const find = (prefix: string) => segments.find((s) => s.text.startsWith(prefix));

  it('joins wrapped lines, marks byline, timestamp and calls to action, and keeps lead-ins out of claims', () => {
    expect(find('WELLINGTON (Reuters)')?.text).toMatch(/since\n2008\.$/);
    expect(find('By Jane Smith')?.kind).toBe('boilerplate');
    expect(find('Published:')?.kind).toBe('boilerplate');
    expect(find('Read more:')?.kind).toBe('boilerplate');
    expect(find('Subscribe')?.kind).toBe('boilerplate');
    expect(find('Key points:')?.checkworthy).toBe(false);
    expect(find('- Inflation is 6.7%')?.checkworthy).toBe(true);
  });

  it('names the speaker as introduced, title removed', () => {
    expect(find('Governor Adrian Orr said')?.speaker).toBe('Adrian Orr');
    expect(find('"We are not there yet,"')?.speaker).toBe('Orr');
    expect(find('"But we will be."')).toMatchObject({ speaker: 'Orr', quoted: true });
  });
});
