// CSV cells: RFC 4180 quoting and reversible formula-injection protection.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvRecord,
  protectFormula,
  quoteField,
  unprotectFormula,
} from '../../../src/core/export/csvCells';

describe('protectFormula', () => {
  it.each(['=1+1', '+31 20 555', '-2 killed', '@SUM(A1)', '\tindented', '\rreturn'])(
    'prefixes an apostrophe to %j',
    (text) => {
      expect(protectFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(protectFormula('Saravan, 18 January')).toBe('Saravan, 18 January');
  });

  it('adds one more apostrophe to text that already looks protected', () => {
    expect(protectFormula("'=1")).toBe("''=1");
  });

  it('leaves an apostrophe before ordinary text alone', () => {
    expect(protectFormula("'tis")).toBe("'tis");
  });
});

describe('unprotectFormula', () => {
  it.each(['=1+1', "'=1", "''-x", "'tis", '-', '', 'plain', '@', "'"])(
    'restores %j exactly',
    (text) => {
      expect(unprotectFormula(protectFormula(text))).toBe(text);
    },
  );
});

describe('quoteField', () => {
  it('quotes a comma', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(quoteField('say "no"')).toBe('"say ""no"""');
  });

  it('quotes line breaks', () => {
    expect(quoteField('one\ntwo')).toBe('"one\ntwo"');
  });

  it('quotes surrounding spaces', () => {
    expect(quoteField(' padded ')).toBe('" padded "');
  });

  it('leaves a plain field unquoted', () => {
    expect(quoteField('Mirjaveh')).toBe('Mirjaveh');
  });
});

describe('csvCell', () => {
  it('writes negative numbers as numbers, never protected', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
  });

  it('writes null, undefined and non-finite numbers as empty', () => {
    expect([csvCell(null), csvCell(undefined), csvCell(NaN)]).toEqual(['', '', '']);
  });

  it('protects, then quotes, a formula with a comma', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
});

describe('csvRecord', () => {
  it('ends with CRLF', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('reads back through a CSV parser as the same texts', () => {
    const texts = ['a,b', 'say "no"', 'one\r\ntwo', '=cmd', ' x ', 'Mīrjāveh – ✓'];
    const parsed = Papa.parse<string[]>(csvRecord(texts), { skipEmptyLines: true }).data[0]!;
    expect(parsed.map(unprotectFormula)).toEqual(texts);
  });
});
