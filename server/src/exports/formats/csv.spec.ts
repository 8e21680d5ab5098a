import { sampleRow } from '../fixtures/rows';
import { CSV_COLUMNS, csvLine, CsvEncoder, neutraliseFormula } from './csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\rcmd'])(
    'defuses %j with a leading apostrophe',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['plain', '1+1', ' =x', ''])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('CsvEncoder', () => {
  const encode = (bom = false) => {
    const encoder = new CsvEncoder({ bom });
    const row = sampleRow({
      claimText: 'He said "no", then left',
      checkedText: '=HYPERLINK("http://evil.example","click")',
      rationale: 'Line one\nline two, with comma',
    });
    return encoder.start() + encoder.page([row]) + encoder.end();
  };

  it('starts with the header row, ends records with CRLF', () => {
    const text = encode();
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('quotes fields with quotes, commas and line breaks, doubling inner quotes', () => {
    const text = encode();
    expect(text).toContain('"He said ""no"", then left"');
    expect(text).toContain('"Line one\nline two, with comma"');
    expect(text).toContain('"https://stats.example.gov/unemployment\nhttps://archive.example.org/speech"');
  });

  it('neutralises a formula in any cell', () => {
    expect(encode()).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('adds a UTF-8 byte-order mark only when asked', () => {
    expect(encode(true).charCodeAt(0)).toBe(0xfeff);
    expect(encode(false).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes only the header for no rows', () => {
    const encoder = new CsvEncoder();
    expect(encoder.start() + encoder.page([]) + encoder.end()).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('csvLine', () => {
  it.each([
    [['a', 'b'], 'a,b\r\n'],
    [['', ''], ',\r\n'],
    [['x,y'], '"x,y"\r\n'],
    [['say "hi"'], '"say ""hi"""\r\n'],
    [['line\nbreak', 'cr\rreturn'], '"line\nbreak","cr\rreturn"\r\n'],
    [['Ünïcödé — ✓'], 'Ünïcödé — ✓\r\n'],
  ])('writes %j as %j', (cells, expected) => {
    expect(csvLine(cells)).toBe(expected);
  });
});
