import { describe, expect, it, vi } from 'vitest';
import { replaceSearch } from './history';

const loc = (search: string, hash = '') => ({ search, hash, pathname: '/atlas/' }) as Location;

describe('replaceSearch', () => {
  it('writes a new query, keeping the hash, and clears to the path when empty', () => {
    const hist = { state: { a: 1 }, replaceState: vi.fn() } as unknown as History;
    expect(replaceSearch('?lang=en', loc('?lang=es', '#x'), hist)).toBe(true);
    expect(hist.replaceState).toHaveBeenLastCalledWith({ a: 1 }, '', '/atlas/?lang=en#x');
    replaceSearch('', loc('?lang=es'), hist);
    expect(hist.replaceState).toHaveBeenLastCalledWith({ a: 1 }, '', '/atlas/');
    // An emptied query with a hash must not resolve "#x" against the old query (which would keep it).
    replaceSearch('', loc('?lang=es', '#x'), hist);
    expect(hist.replaceState).toHaveBeenLastCalledWith({ a: 1 }, '', '/atlas/#x');
  });

  it('does nothing when the query is already right', () => {
    const hist = { state: null, replaceState: vi.fn() } as unknown as History;
    expect(replaceSearch('?lang=es', loc('?lang=es'), hist)).toBe(true);
    expect(hist.replaceState).not.toHaveBeenCalled();
  });

  it('swallows a browser that refuses (rate limit, sandbox) instead of throwing', () => {
    const hist = {
      state: null,
      replaceState: () => {
        throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
      },
    } as unknown as History;
    expect(replaceSearch('?lang=en', loc('?lang=es'), hist)).toBe(false);
  });
});
