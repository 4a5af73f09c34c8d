import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ShadeLegend from './ShadeLegend.svelte';

describe('ShadeLegend', () => {
  it('writes every rate bound with the same two significant digits, as Peru writes them (es-PE: a decimal point)', () => {
    const classes = { lower: [0.24, 0.41, 0.8], max: 1.5, colors: ['#eee', '#aaa', '#555'], integer: false };
    render(ShadeLegend, { mode: 'deaths-per-100k', classes, lang: 'es' });
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent!.trim());
    expect(rows.slice(0, 3)).toEqual(['0.24–0.41', '0.41–0.80', '0.80–1.5']);
  });

  it('writes counts as whole numbers, each class ending one below the next', () => {
    const classes = { lower: [1, 5, 20], max: 82, colors: ['#eee', '#aaa', '#555'], integer: true };
    render(ShadeLegend, { mode: 'events', classes, lang: 'en' });
    const rows = screen.getAllByRole('listitem').map((li) => li.textContent!.trim());
    expect(rows.slice(0, 3)).toEqual(['1–4', '5–19', '20–82']);
  });
});
