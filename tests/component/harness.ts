import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { AppState } from '../../src/lib/state/app-state.svelte';
import { inMemoryDataset } from '../../src/lib/data/in-memory';
import type { EventCollection } from '../../src/lib/data/schema';
import fixture from '../fixtures/events.small.json';
import WithAppState from './WithAppState.svelte';

/** A loaded AppState over the small fixture. */
export function fixtureState(): AppState {
  const app = new AppState();
  app.setData(inMemoryDataset(fixture as unknown as EventCollection, () => app.detailsChanged()));
  return app;
}

export function renderWithState(component: Component<any>, app = fixtureState(), props: Record<string, unknown> = {}) {
  return { app, ...render(WithAppState, { props: { app, component, props } }) };
}
