/**
 * A small RFC 4180 CSV reader that remembers the line each record starts on, so that validation errors can
 * point an editor at the exact line of data/events.csv. (d3-dsv loses line numbers once a quoted field spans
 * lines.) Blank lines are skipped.
 */

export interface CsvRecord {
  /** 1-based line number where the record starts in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let startLine = 1;
  let inQuotes = false;
  let quotedAt = 0;
  let fieldStarted = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !fieldStarted)) rows.push({ line: startLine, cells });
    cells = [];
    cell = '';
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          inQuotes = false;
          const next = src[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new CsvSyntaxError(
              line,
              'text after a closing quote; a quote inside a quoted field must be doubled ("")',
            );
          }
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== '')
        throw new CsvSyntaxError(
          line,
          'a quote in the middle of an unquoted field; wrap the whole field in quotes and double the inner quote',
        );
      inQuotes = true;
      quotedAt = line;
      fieldStarted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      cell += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(quotedAt, 'a quoted field is never closed; add the missing closing quote');
  if (cell !== '' || cells.length > 0) endRecord();
  const [head, ...records] = rows;
  if (!head) throw new CsvSyntaxError(1, 'the file is empty; it needs a header row');
  return { header: head.cells.map((h) => h.trim()), records };
}

/** Quote a value for CSV output when needed. */
export function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}
