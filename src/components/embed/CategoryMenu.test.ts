import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import CategoryMenu from './CategoryMenu.svelte';
import { renderWithState } from '../../../tests/component/harness';

describe('CategoryMenu (the embed’s folded categories)', () => {
  it('says how many categories are on, opens its toggles, and Escape folds them back onto the button', async () => {
    const { app } = renderWithState(CategoryMenu);
    const button = screen.getByRole('button', { name: /Categorías/ });
    expect(button).toHaveTextContent('7/7');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: /Marcha/ })).toBeNull();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: /Marcha/ }));
    expect(app.categories).not.toContain('march');
    expect(button).toHaveTextContent('6/7');

    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('folds when the reader presses elsewhere, without taking the focus', async () => {
    renderWithState(CategoryMenu);
    const button = screen.getByRole('button', { name: /Categorías/ });
    await userEvent.click(button);
    await userEvent.click(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
