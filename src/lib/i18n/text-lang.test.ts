import { describe, expect, it } from 'vitest';
import { guessTextLang } from './text-lang';

describe('guessTextLang', () => {
  it.each([
    ['Enfrentamientos en Juliaca dejan 17 muertos tras protesta en el aeropuerto', 'es'],
    ['Perú: Represión letal contra manifestantes', 'es'],
    ['Peru: Deadly force used against protesters in the south', 'en'],
    ['Deaths mount as Peru protests spread to the capital', 'en'],
    ['Protestas en Andahuaylas dejan dos fallecidos', 'es'],
    ['[titular no visto; slug: deaths-in-the-south-of-peru]', 'es'],
    ['Peruvian court approves extended pre-trial detention for Castillo', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(guessTextLang(text)).toBe(lang);
  });

  it.each(['Informe 190', 'Puno', 'Dina Boluarte', ''])('no guess for %j', (text) => {
    expect(guessTextLang(text)).toBeUndefined();
  });
});
