import { describe, expect, it } from 'vitest';
import { independentPublisher, originalPublisher, publisherKey, sourceUrlProblems } from './source-rules';

describe('source URLs', () => {
  const kinds = (url: string) => sourceUrlProblems(url).map((p) => p.kind);

  it('accepts an ordinary article address on the publisher’s own domain', () => {
    expect(kinds('https://larepublica.pe/sociedad/2023/01/20/paro-nacional-lrsd')).toEqual([]);
    expect(kinds('https://diarioelpueblo.com.pe/index.php/2023/01/20/un-fallecido/')).toEqual([]);
    expect(kinds('https://andina.pe/agencia/noticia-sutran-72-puntos-928018.aspx')).toEqual([]);
    expect(kinds('https://www.devdiscourse.com/article/law-order/2320289-peru')).toEqual([]);
  });

  it.each([
    ['a mirror on an unrelated domain', 'https://829842.bflnqr70.asia/print/77892', 'mirror', /servindi\.org/],
    ['a development host', 'https://dev.willax.pe/?p=68764', 'dev-host', /"dev"/],
    ['a "-dev" host', 'http://ojopublico.jerre-dev.xyz/ultimas-noticias/4070/x', 'dev-host', /"jerre-dev"/],
    ['a test host', 'https://web.test.ohchr.un-icc.cloud/es/press-releases/x', 'dev-host', /"test"/],
    ['a beta host', 'https://beta.gestion.pe/peru/x-noticia/', 'dev-host', /"beta"/],
    ['a lab host', 'https://lab01.eltiempo.pe/local/x/', 'dev-host', /"lab01"/],
    ['a mail host', 'https://mail.canalb.pe/noticias/politica/x', 'dev-host', /"mail"/],
    ['a staging host', 'https://prensalibre-com-develop.go-vip.co/x', 'dev-host', /develop/],
    [
      'a CDN origin host',
      'https://elcomercio-elcomercio-prod.cdn.arcpublishing.com/peru/x-noticia',
      'cdn-origin',
      /on elcomercio\.pe/,
    ],
    ['an origin server', 'https://lsw1.panamericana.pe/locales/367502-x', 'cdn-origin', /on panamericana\.pe/],
    ['an explicit port', 'https://larepublica.pe:443/sociedad/2022/12/19/x', 'port', /":443"/],
    [
      'a second path glued on',
      'https://andina.pe/ingles/noticia-x-679237.aspx/www.gob.%20pe/noticia-y-921418.aspx',
      'glued',
      /glued/,
    ],
    ['a tag page', 'https://lanoticia.com.pe/tag/ecuador/?random-post=1', 'listing', /not an article/],
    ['a tag page with pages', 'https://argentina.indymedia.org/etiqueta/pedro-castillo/page/3', 'listing', /tag/],
    ['a date archive', 'https://contrapodernews.com/2023/01/10', 'listing', /archive/],
    ['a home page', 'https://example.pe/', 'listing', /home page/],
    ['plain http', 'http://emol.com/noticias/Nacional/2023/01/25/1084938/x.html', 'http', /write https:\/\/emol\.com/],
  ])('rejects %s', (_label, url, kind, message) => {
    const problems = sourceUrlProblems(url);
    const p = problems.find((x) => x.kind === kind);
    expect(p, JSON.stringify(problems)).toBeDefined();
    expect(p!.message).toMatch(message);
  });
});

describe('independent publishers', () => {
  it('reads the original author from "Outlet (Original)"', () => {
    expect(originalPublisher('Expreso (EFE)')).toBe('EFE');
    expect(originalPublisher('La Decana (La República)')).toBe('La República');
    expect(originalPublisher('Infobae')).toBe('Infobae');
  });

  it('collapses spellings that differ only in accents, case or punctuation', () => {
    expect(publisherKey('PrensaPerú')).toBe(publisherKey('Prensa Peru'));
    expect(publisherKey('Perú21')).toBe(publisherKey('peru 21'));
  });

  it('wire copy counts once, under the agency; compilations and aggregators never count', () => {
    const keys = [
      independentPublisher('Expreso (EFE)', 'wire'),
      independentPublisher('Infobae (EFE)', 'wire'),
      independentPublisher('EFE', 'wire'),
    ];
    expect(new Set(keys).size).toBe(1);
    expect(independentPublisher('Infobae', 'press')).not.toBe(keys[0]);
    expect(independentPublisher('Política y Economía', 'aggregator')).toBeNull();
    expect(independentPublisher('never-forget-peru', 'compilation')).toBeNull();
    expect(independentPublisher('Wikipedia', 'reference')).toBeNull();
  });
});
