import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('drops a byte-order mark and keeps a last line without a newline', () => {
    expect(parseCsv('\uFEFFa,b\n1,')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});
