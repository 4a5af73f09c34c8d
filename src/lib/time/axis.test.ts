import { describe, expect, it } from 'vitest';
import { utcScale } from './utc-scale';
import { axisTicks, monthLabel } from './axis';

describe('axisTicks', () => {
  const scale = utcScale([new Date('2022-12-07T00:00Z'), new Date('2023-04-01T00:00Z')], [0, 1150]);

  it('labels each month start in the chosen language, in UTC', () => {
    const labels = axisTicks(scale, 'es')
      .filter((t) => t.label)
      .map((t) => t.label);
    expect(labels).toEqual(['dic 2022', 'ene 2023', 'feb', 'mar']);
    expect(
      axisTicks(scale, 'en')
        .filter((t) => t.label)
        .map((t) => t.label),
    ).toEqual(['Dec 2022', 'Jan 2023', 'Feb', 'Mar']);
  });

  it('names the partial first month at the start of the axis, unless it is too narrow for a label', () => {
    const first = axisTicks(scale, 'es')[0]!;
    expect(first).toMatchObject({ x: 0, label: 'dic 2022' });
    const late = utcScale([new Date('2022-12-30T00:00Z'), new Date('2023-04-01T00:00Z')], [0, 300]);
    expect(axisTicks(late, 'es').filter((t) => t.label)[0]!.label).toBe('ene 2023');
  });

  it('adds a minor tick on Mondays, sorted by position', () => {
    const ticks = axisTicks(scale, 'en');
    expect(ticks.filter((t) => !t.major).length).toBeGreaterThan(10);
    expect(ticks.map((t) => t.x)).toEqual([...ticks.map((t) => t.x)].sort((a, b) => a - b));
  });

  it('names December with its year', () => {
    expect(monthLabel(new Date('2022-12-01T00:00Z'), 'es')).toBe('dic 2022');
  });
});
