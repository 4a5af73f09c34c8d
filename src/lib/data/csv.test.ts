import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and remembers each record line', () => {
    const t = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n\n3,,\n');
    expect(t.header).toEqual(['a', 'b', 'c']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', 'x, y', 'say "hi"'] },
      { line: 3, cells: ['2', 'two\nlines', 'z'] },
      { line: 6, cells: ['3', '', ''] },
    ]);
  });

  it('accepts CRLF and a byte-order mark', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n').records).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it.each([
    ['an unclosed quote', 'a\n"open\n', 2],
    ['text after a closing quote', 'a\n"x"y\n', 2],
    ['a stray quote inside a field', 'a\nab"c\n', 2],
  ])('reports %s with its line', (_l, text, line) => {
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).line).toBe(line);
    }
  });

  it('toCsv quotes what needs quoting and parses back', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [null, 3],
      ],
    );
    expect(parseCsv(text).records.map((r) => r.cells)).toEqual([
      ['x, y', 'say "hi"'],
      ['', '3'],
    ]);
  });
});
