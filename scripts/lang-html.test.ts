import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../src/lib/i18n/strings';
import { htmlInLang, langRewrite, TITLES } from './lang-html';

const html = readFileSync('index.html', 'utf8');

describe('the page served in the language of ?lang= (issue 7)', () => {
  it("titles are the catalogue's", () => {
    for (const lang of ['es', 'en'] as const)
      expect(TITLES[lang]).toBe(`${t('title', lang)} · ${t('titleOther', lang)}`);
  });

  it('the English copy: lang="en" and the English title, nothing else changed', () => {
    const en = htmlInLang(html, 'en');
    expect(en).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(en).toContain('<title>Peru Protest Atlas · Atlas de las protestas en el Perú</title>');
    expect(en.replace('lang="en"', 'lang="es"').replace(/<title>[^<]*</, '')).toBe(html.replace(/<title>[^<]*</, ''));
    expect(htmlInLang(html, 'es')).toBe(html);
  });

  it.each([
    ['/?lang=en', '/index.en.html?lang=en'],
    ['/graficos/peru/?from=2023-01-15&lang=en', '/graficos/peru/index.en.html?from=2023-01-15&lang=en'],
    ['/index.html?lang=en', '/index.en.html?lang=en'],
    ['/?lang=es', '/?lang=es'],
    ['/', '/'],
    ['/data/core.json?lang=en', '/data/core.json?lang=en'],
  ])('%s is served from %s', (url, served) => {
    const req = { url } as Parameters<typeof langRewrite>[0];
    langRewrite(req, {} as Parameters<typeof langRewrite>[1], () => {});
    expect(req.url).toBe(served);
  });
});
