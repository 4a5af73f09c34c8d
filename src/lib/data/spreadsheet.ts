/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts with `=`, `+`, `-`
 * or `@` as a formula (`=HYPERLINK(…)`, `=cmd|…`), and a leading tab or carriage return can smuggle one past a
 * check. Every text cell of a download goes through `neutraliseFormula`: such a cell gets a leading apostrophe,
 * which spreadsheets read as "this is text". Numbers (negative coordinates included) stay numbers, and so does a
 * text cell that is a plain number ("-12.5"), which no spreadsheet runs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function neutraliseFormula<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  if (!FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}
