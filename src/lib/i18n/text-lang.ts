/**
 * The language of a text that stays in its original language (a source's headline), for its `lang` attribute,
 * so that a screen reader reads a Spanish headline with Spanish pronunciation inside the English interface and
 * the other way round. The dataset does not record a headline's language, so it is guessed from common function
 * words and Spanish letters; when the evidence is weak the answer is undefined and no attribute is set (the text
 * then inherits the page's language, as before).
 */
import type { Lang } from '../url/url-state';

const ES = new Set(
  'el la los las de del y en que por para con un una se al su sus es son tras contra sobre entre durante según más no'.split(
    ' ',
  ),
);
const EN = new Set(
  'the of and to for on with by after is are as at from over amid during says say against into its their new'.split(
    ' ',
  ),
);

export function guessTextLang(text: string): Lang | undefined {
  // A bracketed description may quote a URL slug (often English words): only the editors' words count.
  text = text.replace(/\b(?:URL|slug):\s*\S+/gi, '');
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let es = /[áéíóúñ¿¡]/i.test(text) ? 2 : 0;
  let en = 0;
  for (const w of words) {
    if (ES.has(w)) es++;
    if (EN.has(w)) en++;
  }
  if (es > 0 && (en === 0 || (es >= 2 && es >= 2 * en))) return 'es';
  if (en > 0 && (es === 0 || (en >= 2 && en >= 2 * es))) return 'en';
  return undefined;
}
