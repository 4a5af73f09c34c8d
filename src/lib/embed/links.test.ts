import { describe, expect, it } from 'vitest';
import { attr, embedHref, fullAtlasHref, iframeCode, resizerScriptHref, responsiveCode } from './links';

const page = 'https://news.example/graficos/peru-2023/?embed=1&childId=a&initialWidth=600#x';

describe('links between the embed and the full atlas', () => {
  it('the full atlas: same view, no embed, no pym parameters, no fragment', () => {
    expect(fullAtlasHref(page, '?from=2023-01-15&to=2023-01-22&lang=en&embed=1&parentUrl=x')).toBe(
      'https://news.example/graficos/peru-2023/?from=2023-01-15&to=2023-01-22&lang=en',
    );
  });

  it('the embed: same view with embed=1, from the full page or from an embed', () => {
    expect(embedHref('https://news.example/graficos/peru-2023/', '?cat=march,strike&map=6/-12/-75')).toBe(
      'https://news.example/graficos/peru-2023/?cat=march,strike&map=6/-12/-75&embed=1',
    );
    expect(embedHref(page, '?embed=1&childId=a')).toBe('https://news.example/graficos/peru-2023/?embed=1');
  });

  it('the resizer script sits beside the atlas, on any sub-path', () => {
    expect(resizerScriptHref(page)).toBe('https://news.example/graficos/peru-2023/embed.js');
  });
});

describe('embed code', () => {
  const frame = { src: 'https://a.example/?from=2023-01-15&embed=1', title: 'Atlas "Perú" <1>', height: 640.2 };

  it('a plain iframe: title, 100 % wide, the height, lazy, escaped attributes', () => {
    expect(iframeCode(frame)).toBe(
      '<iframe src="https://a.example/?from=2023-01-15&amp;embed=1" title="Atlas &quot;Perú&quot; &lt;1&gt;" ' +
        'width="100%" height="640" style="width:100%;border:0" loading="lazy"></iframe>',
    );
  });

  it('the responsive variant marks the frame for the resizer and loads it', () => {
    const code = responsiveCode(frame, 'https://a.example/embed.js');
    expect(code).toContain(' data-peru-protest-atlas></iframe>\n');
    expect(code.endsWith('<script async src="https://a.example/embed.js"></script>')).toBe(true);
  });

  it('escapes every character that could end an attribute', () => {
    expect(attr(`"'<>&`)).toBe(`&quot;'&lt;&gt;&amp;`);
  });
});
