import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it.each([
    ['https://larepublica.pe/politica/2023/01/09/juliaca', 'https://larepublica.pe/politica/2023/01/09/juliaca'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://Example.ORG/a b', 'https://example.org/a%20b'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['https://example.org/?q=<script>', 'https://example.org/?q=%3Cscript%3E'],
    ['https://xn--caete-rta.pe/', 'https://xn--caete-rta.pe/'],
  ])('keeps a web address: %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/0b5c',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '//evil.example/path',
    '/relative/path',
    'relative',
    '',
    'https://',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.org/',
    'http://[not-an-ip]/',
    `https://example.org/${'a'.repeat(5000)}`,
  ])('refuses %j', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('refuses anything that is not a string', () => {
    for (const v of [null, undefined, 42, {}, ['https://example.org'], new URL('https://example.org')])
      expect(safeHref(v)).toBeNull();
  });
});
